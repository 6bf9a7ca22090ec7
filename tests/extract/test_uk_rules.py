"""Ukrainian phrasings of dates and acts that the Ukrainian hold-out set showed we missed."""

from __future__ import annotations

from datetime import date

from otkaz.extract.dates import find_dates
from otkaz.extract.pipeline import extract_article
from otkaz.models import Article


def _dates(text: str, published: date) -> list[tuple[str, date | None, date | None]]:
    return [(m.surface, m.date_start, m.date_end) for m in find_dates(text, [(0, len(text))], published)]


def _run(text: str, published: str, title: str = "") -> list[list[str]]:
    article = Article(id="t", url="https://example.org/t", outlet="t", published_at=published,
                      language="uk", title=title, text=text)
    return [i.acts for i in extract_article(article).incidents]


def test_the_same_year_is_the_year_named_before_not_the_publication_year() -> None:
    found = _dates("У травні 2024 року він пішов. У серпні того ж року знову не повернувся.", date(2025, 9, 12))
    assert found[1] == ("У серпні того ж року", date(2024, 8, 1), date(2024, 8, 31))


def test_last_friday_in_the_genitive_resolves_to_that_friday() -> None:
    assert _dates("Минулої п'ятниці поліцейські затримали двох військових.", date(2024, 11, 26))[0][1:] == (
        date(2024, 11, 22), date(2024, 11, 22))


def test_the_next_day_follows_the_last_dated_event() -> None:
    found = _dates("У ніч на 3 грудня вони втекли. Наступного дня їх затримали.", date(2024, 12, 10))
    assert found[-1][1] == date(2024, 12, 4)


def test_refusing_to_go_to_positions_in_the_present_tense_is_a_refusal() -> None:
    text = "У понеділок близько тридцяти військовослужбовців бригади заявили, що відмовляються виходити на позиції без ротації.\n"
    assert ["refusal"] in _run(text, "2025-02-27")


def test_a_soldier_refusing_an_order_is_a_refusal() -> None:
    text = "У квітні 2025 року на Донеччині солдат відмовився виконати наказ командира зайняти позицію.\n"
    assert ["refusal"] in _run(text, "2025-08-28")


def test_soldiers_beating_their_commander_is_a_mutiny_not_coercion() -> None:
    text = "У суботу у Кремінній мобілізовані відмовилися йти в наступ і побили командира роти.\n"
    acts = _run(text, "2023-01-16")
    assert acts and "mutiny" in acts[0] and "enforcement" not in acts[0]


def test_an_explainer_on_returning_after_a_first_absence_carries_no_incident() -> None:
    text = (
        "Військовослужбовець, що вперше самовільно залишив частину, може уникнути відповідальності, якщо повернеться.\n"
        "Повторне СЗЧ або дезертирство караються на загальних підставах.\n"
    )
    assert _run(text, "2025-01-09") == []


def test_an_age_after_detained_is_not_the_number_detained() -> None:
    article = Article(id="t", url="https://example.org/t", outlet="t", published_at="2025-11-18", language="uk",
                      title="", text="У понеділок у Кам'янці-Подільському поліцейські затримали 34-річного "
                                     "військовослужбовця, який перебував у СЗЧ.\n")
    incidents = extract_article(article).incidents
    assert incidents and incidents[0].detained in (None, 1)
    assert incidents[0].participants.best in (None, 1)


def test_since_september_is_a_month_mention() -> None:
    found = _dates("Двоє військових ще з вересня перебували у СЗЧ.", date(2025, 11, 18))
    assert found and found[0][1:] == (date(2025, 9, 1), date(2025, 9, 30))


def test_a_suspicion_still_being_decided_is_not_a_prosecution() -> None:
    text = ("У понеділок у Кам'янці-Подільському поліцейські затримали військового, який перебував у СЗЧ. "
            "Вирішується питання про повідомлення йому про підозру.\n")
    assert _run(text, "2025-11-18") == [["enforcement"]]


def test_indictments_against_hundreds_of_soldiers_are_a_statistic_not_an_incident() -> None:
    text = "Упродовж 2024 року до суду скеровано обвинувальні акти щодо 1 250 військовослужбовців.\n"
    assert _run(text, "2025-02-04") == []


def test_june_last_year_and_the_night_into_tuesday() -> None:
    assert _dates("у червні минулого року", date(2024, 9, 3))[0][1] == date(2023, 6, 1)
    assert _dates("У ніч на вівторок п'ятеро строковиків утекли", date(2025, 12, 12))[0][1] == date(2025, 12, 9)


def test_not_returning_after_treatment_is_the_absence_itself() -> None:
    text = ("Міськрайонний суд призначив чотири роки ув'язнення 27-річному солдату, який у червні минулого "
            "року після лікування не повернувся до своєї частини.\n")
    assert ["desertion"] in _run(text, "2024-09-03")


def test_marines_who_refuse_an_order_are_soldiers() -> None:
    text = ("Минулого тижня близько двадцяти російських морських піхотинців відмовилися виконувати наказ "
            "переправлятися через Дніпро в районі Кринок на Херсонщині.\n")
    article = Article(id="t", url="https://example.org/t", outlet="t", published_at="2024-04-08", language="uk",
                      title="", text=text)
    incidents = extract_article(article).incidents
    assert [i.acts for i in incidents] == [["refusal"]]
    assert incidents[0].participants.best == 20


def test_a_detention_with_its_own_day_and_town_is_its_own_incident() -> None:
    text = ("У ніч на 3 березня троє мобілізованих самовільно залишили навчальний центр на Кіровоградщині. "
            "У середу їх затримали військовослужбовці Військової служби правопорядку в Кропивницькому.\n")
    acts = _run(text, "2025-03-07")
    assert ["desertion"] in acts and any("enforcement" in a for a in acts)


def test_an_arrest_dated_after_a_verdict_is_apart_from_the_verdict() -> None:
    text = ("Тернопільський міськрайонний суд призначив чотири роки ув'язнення солдату, який у червні минулого "
            "року після лікування не повернувся до своєї частини. "
            "Чоловіка затримали патрульні в Тернополі в березні 2024 року.\n")
    acts = _run(text, "2024-09-03")
    assert ["prosecution"] in acts and ["enforcement"] in acts


def test_a_suspicion_for_not_reporting_for_duty_passes_the_prefilter() -> None:
    text = ("Слідчі ДБР повідомили про підозру військовослужбовцю однієї з частин на Черкащині, "
            "який з березня 2024 року не з'являвся на службу.\n")
    assert ["prosecution"] in _run(text, "2025-06-17")


def test_a_search_of_the_parents_of_a_soldier_who_left_his_unit_is_enforcement() -> None:
    text = ("У вівторок у Кизилі поліцейські провели обшук у квартирі батьків контрактника, "
            "який залишив частину в зоні бойових дій.\n")
    assert ["enforcement"] in _run(text, "2025-01-30")


def _stats(text: str, published: str) -> list[tuple[str, int | None]]:
    article = Article(id="t", url="https://example.org/t", outlet="t", published_at=published, language="uk",
                      title="", text=text)
    return [(s.measure, s.value.best) for s in extract_article(article).statistics]


def test_guilty_verdicts_in_n_cases_are_convictions() -> None:
    text = ("Протягом 2025 року місцеві суди області розглянули 2 318 кримінальних справ про самовільне "
            "залишення військової частини. У 1 904 справах ухвалено обвинувальні вироки.\n")
    assert ("convictions", 1904) in _stats(text, "2026-01-20")


def test_indictments_against_n_soldiers_count_defendants() -> None:
    text = ("Упродовж 2024 року в області розпочато 3 140 кримінальних проваджень за фактами СЗЧ. "
            "До суду скеровано обвинувальні акти щодо 1 250 військовослужбовців.\n")
    assert ("defendants", 1250) in _stats(text, "2025-02-04")


def test_a_civilian_sentenced_for_ignoring_a_call_up_is_not_a_deserter() -> None:
    text = ("Районний суд засудив до трьох років позбавлення волі чоловіка, який двічі не з'явився до ТЦК "
            "за повісткою. Його визнали винним за статтею 336 ККУ.\n")
    assert _run(text, "2026-01-13") == []


def test_a_soldier_who_left_his_positions_in_a_verdict_deserted() -> None:
    text = ("Районний суд Житомира засудив солдата за дезертирство. За даними слідства, у січні 2023 року "
            "він залишив позиції під Бахмутом і майже рік переховувався.\n")
    assert ["desertion"] in _run(text, "2024-12-03")


def test_a_relative_clause_with_a_long_date_stays_the_convicts_past() -> None:
    text = ("Районний суд Київської області засудив до п'яти років позбавлення волі матроса, який у ніч на "
            "12 травня 2025 року самовільно залишив пункт постійної дислокації у Василькові.\n")
    acts = _run(text, "2025-09-23")
    assert ["desertion"] in acts and ["prosecution"] in acts


def test_one_sailor_or_soldier_in_the_dative_is_one_participant() -> None:
    text = ("Районний суд засудив до п'яти років позбавлення волі матроса, який у травні 2025 року "
            "самовільно залишив частину.\n")
    article = Article(id="t", url="https://example.org/t", outlet="t", published_at="2025-09-23", language="uk",
                      title="", text=text)
    bests = {i.participants.best for i in extract_article(article).incidents}
    assert bests == {1}


def test_escaping_a_guardhouse_after_beating_the_guard_is_mutiny_and_desertion() -> None:
    text = ("Позавчора у Первомайську Миколаївської області четверо військовослужбовців утекли з гауптвахти, "
            "побивши вартового.\n")
    article = Article(id="t", url="https://example.org/t", outlet="t", published_at="2025-04-10", language="uk",
                      title="", text=text)
    incidents = extract_article(article).incidents
    assert incidents and set(incidents[0].acts) == {"mutiny", "desertion"}
    assert incidents[0].date_start == "2025-04-08"


def test_a_claim_that_cannot_be_confirmed_is_unverified() -> None:
    text = ("Минулого понеділка поблизу Василівки російські командири розстріляли кількох своїх військових, "
            "які відмовилися йти в атаку, заявили в ГУР. Підтвердити цю інформацію незалежно неможливо.\n")
    article = Article(id="t", url="https://example.org/t", outlet="t", published_at="2025-10-16", language="uk",
                      title="", text=text)
    incidents = extract_article(article).incidents
    assert incidents and incidents[0].verification == "unverified"
    assert set(incidents[0].acts) == {"refusal", "enforcement"}
