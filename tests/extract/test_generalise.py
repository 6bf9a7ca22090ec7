"""Phrasings outside the dev corpus that the extractor must still read right (our own sentences)."""

from __future__ import annotations

from otkaz.extract import extract_article
from otkaz.extract.dates import find_dates
from otkaz.models import Article, Prediction


def _run(text: str, published: str | None = None, language: str | None = None) -> Prediction:
    return extract_article(Article(text=text, published_at=published, language=language))


def test_an_arrest_for_going_awol_is_enforcement_not_desertion() -> None:
    text = ("Border patrol detains two soldiers\n"
            "On Thursday military police detained two soldiers at a checkpoint near Tver who had left "
            "their unit without permission, the regional police said.\n")
    pred = _run(text, "2025-04-14", "en")
    assert [i.acts for i in pred.incidents] == [["enforcement"]]
    assert pred.incidents[0].date_start == "2025-04-10"


def test_searching_relatives_homes_is_enforcement() -> None:
    text = ("Полиция провела обыск в квартире родителей военнослужащего, который самовольно оставил часть. "
            "Мать несколько часов допрашивали о том, где находится сын.")
    pred = _run(text, "2024-12-18", "ru")
    assert [i.acts for i in pred.incidents] == [["enforcement"]]


def test_overpowering_guards_and_fleeing_is_mutiny_and_desertion() -> None:
    text = ("Six soldiers held in a guardhouse in Pskov for going AWOL overpowered the sentry on Friday night "
            "and escaped, a local channel reported.")
    pred = _run(text, "2024-06-03", "en")
    assert [i.acts for i in pred.incidents] == [["mutiny", "desertion"]]


def test_a_dated_absence_in_the_arrests_relative_clause_is_its_own_incident() -> None:
    text = ("В Чите военная полиция задержала контрактника, который две недели назад самовольно оставил "
            "воинскую часть в Забайкальском крае.")
    pred = _run(text, "2024-02-13", "ru")
    acts = sorted(tuple(i.acts) for i in pred.incidents)
    assert acts == [("desertion",), ("enforcement",)]
    absence = next(i for i in pred.incidents if i.acts == ["desertion"])
    assert (absence.date_start, absence.date_end, absence.date_precision) == ("2024-01-30", "2024-02-05", "week")


def test_ago_phrases_resolve_against_the_publication_date() -> None:
    from datetime import date

    text = "около месяца назад"
    [mention] = find_dates(text, [(0, len(text))], date(2024, 3, 21), True)
    assert (mention.date_start, mention.date_end, mention.precision) == (date(2024, 2, 1), date(2024, 2, 29), "month")


def test_a_penalty_in_prison_does_not_make_a_charge_a_civilian_story() -> None:
    text = ("Investigators detained five servicemen in the Dnipropetrovsk region on Friday who had left their "
            "brigade without permission. All five have been charged under Article 407 and face up to ten "
            "years in prison.")
    pred = _run(text, "2025-02-03", "en")
    assert [i.acts for i in pred.incidents] == [["enforcement", "prosecution"]]


def test_a_press_office_that_did_not_answer_confirms_nothing() -> None:
    text = ("Twelve marines refused to storm a village near Kurakhove last week, their relatives wrote in an "
            "appeal. The fleet's press office did not answer questions.")
    pred = _run(text, "2024-12-02", "en")
    assert pred.incidents and pred.incidents[0].verification == "reported"


def test_an_undated_unplaced_arrest_is_the_outcome_of_the_dated_absence() -> None:
    text = ("Восемь военнослужащих, которые 23 февраля покинули расположение части в Нижнем Тагиле, "
            "задержаны, сообщили в военной прокуратуре.")
    pred = _run(text, "2025-02-26", "ru")
    assert [(i.acts, i.date_start) for i in pred.incidents] == [(["desertion"], "2025-02-23")]


def test_a_digest_lead_names_the_place_of_the_next_arrest() -> None:
    text = ("Novosibirsk region. On Monday six soldiers left their unit in Berdsk without permission.\n"
            "Tver. Police detained a deserter at the railway station on Wednesday.\n")
    pred = _run(text, "2024-11-22", "en")
    assert [(i.acts, i.admin1) for i in pred.incidents] == [(["desertion"], "RU-NVS"), (["enforcement"], "RU-TVE")]
