"""Whole-article behaviour of extract_article on short reports written for these tests."""

from __future__ import annotations

from otkaz.extract import extract_article
from otkaz.models import Article, Prediction


def _run(text: str, published: str | None = None, language: str | None = None, url: str | None = None) -> Prediction:
    return extract_article(Article(text=text, published_at=published, language=language, url=url))


RIOT_THEN_ESCAPE = (
    "Soldiers wreck barracks and flee in Tver region\n"
    "Eight soldiers smashed windows in their barracks at a military unit in the Tver region on the evening "
    "of May 4 and then escaped from the unit. Police have caught five of them so far and are still "
    "searching for the others, the local outlet Tverskie Vesti reported.\n"
)


def test_riot_then_escape_is_one_incident_with_both_acts_in_order() -> None:
    pred = _run(RIOT_THEN_ESCAPE, "2024-05-06")
    assert pred.relevant
    assert len(pred.incidents) == 1
    incident = pred.incidents[0]
    assert incident.acts == ["mutiny", "desertion"]
    assert incident.date_start == "2024-05-04"
    assert incident.admin1 == "RU-TVE"


def test_no_publication_date_and_no_year_leaves_the_date_null() -> None:
    pred = _run(RIOT_THEN_ESCAPE)
    assert pred.incidents and pred.incidents[0].date_start is None


def test_url_date_resolves_a_yearless_day() -> None:
    pred = _run(RIOT_THEN_ESCAPE, url="https://news.example.org/2024/05/06/barracks")
    assert pred.incidents[0].date_start == "2024-05-04"


def test_detentions_after_an_escape_are_outcomes_not_a_second_incident() -> None:
    pred = _run(RIOT_THEN_ESCAPE, "2024-05-06")
    assert all("enforcement" not in i.acts for i in pred.incidents)


def test_events_on_different_days_are_separate_incidents() -> None:
    text = (
        "Military police hunt deserters in Ryazan region\n"
        "On June 3, military police detained two soldiers who had fled their unit, at a bus station in Ryazan. "
        "Relatives say both men were beaten.\n"
        "On July 19, masked men seized another deserter at his parents' home in Kasimov and drove him away.\n"
    )
    pred = _run(text, "2024-07-25")
    assert len(pred.incidents) == 2
    assert {i.date_start for i in pred.incidents} == {"2024-06-03", "2024-07-19"}
    assert all(i.acts == ["enforcement"] for i in pred.incidents)


def test_refusal_and_holding_in_a_basement_is_one_incident() -> None:
    text = (
        "Mobilized men who refused to return to the front line were locked in a basement by their commanders, "
        "relatives told the Astra channel. About thirty men are held there.\n"
    )
    pred = _run(text, "2023-02-01")
    assert len(pred.incidents) == 1
    assert pred.incidents[0].acts == ["refusal", "enforcement"]


def test_russian_report_of_an_escape() -> None:
    text = (
        "Вечером 2 апреля шесть контрактников самовольно покинули воинскую часть в Новосибирской области. "
        "Четверо из них уже задержаны, остальных разыскивают.\n"
    )
    pred = _run(text, "2025-04-04", "ru")
    assert len(pred.incidents) == 1
    incident = pred.incidents[0]
    assert incident.acts == ["desertion"]
    assert incident.date_start == "2025-04-02"
    assert incident.admin1 == "RU-NVS"


def test_draft_evasion_by_civilians_is_not_relevant() -> None:
    text = (
        "Thousands of men flee Russia to avoid the draft\n"
        "Long queues formed at border crossings as men tried to escape mobilization. Many said they would "
        "rather leave the country than receive a summons.\n"
    )
    pred = _run(text, "2022-09-27")
    assert not pred.relevant
    assert pred.reason == "draft_evasion"


def test_prison_escape_is_not_relevant() -> None:
    text = (
        "Две заключенных сбежали из исправительной колонии строгого режима. "
        "Беглецов задержали через сутки, сообщили в ГУФСИН.\n"
    )
    pred = _run(text, "2024-03-03", "ru")
    assert not pred.relevant
    assert pred.reason == "civilian_escape"


def test_legal_commentary_is_not_relevant() -> None:
    text = (
        "Статья 338 УК РФ. Дезертирство. Комментарий\n"
        "Дезертирство наказывается лишением свободы на срок до семи лет. Рассмотрим состав преступления подробно.\n"
    )
    pred = _run(text, None, "ru")
    assert not pred.relevant
    assert pred.reason == "legal_explainer"


def test_unrelated_news_is_rejected_by_the_prefilter() -> None:
    pred = _run("The city council approved a new budget for road repairs on Tuesday.", "2024-01-01")
    assert not pred.relevant and pred.reason == "not_prefiltered"


def test_denied_desertion_carries_nothing() -> None:
    text = "The regional commissar said that no soldiers had deserted and that the unit did not riot.\n"
    pred = _run(text, "2024-01-01")
    assert not pred.incidents


def test_summary_never_names_people_and_evidence_points_into_the_text() -> None:
    text = (
        "Private Arkady Velichko and two other conscripts deserted from a military unit in Kaliningrad on "
        "August 2, his mother Svetlana Velichko told reporters.\n"
    )
    pred = _run(text, "2024-08-05")
    assert pred.incidents
    for incident in pred.incidents:
        assert "Velichko" not in incident.summary and "Arkady" not in incident.summary
        for spans in incident.evidence.values():
            for span in spans:
                assert text[span.start:span.end] == span.quote


def test_recruiters_detaining_a_serviceman_who_went_awol_is_enforcement() -> None:
    text = (
        "У Житомирі співробітники ТЦК затримали військового, який самовільно залишив частину ще навесні. "
        "Його передали військовій службі правопорядку.\n"
    )
    pred = _run(text, "2025-06-10", "uk")
    assert [i.acts for i in pred.incidents] == [["enforcement"]]


def test_recruiters_catching_a_civilian_is_draft_evasion() -> None:
    text = (
        "У Житомирі співробітники ТЦК затримали чоловіка на зупинці та доставили його до ТЦК для уточнення "
        "даних, бо він не мав при собі повістки.\n"
    )
    pred = _run(text, "2025-06-10", "uk")
    assert not pred.relevant and pred.reason == "draft_evasion"


def test_a_verdict_is_apart_from_the_absence_it_punishes() -> None:
    text = (
        "A garrison military court in Chita sentenced a contract soldier to four years in a penal colony. "
        "According to the case file, on 3 March 2024 he left his unit in Borzya without permission "
        "and hid at a relative's flat for two months.\n"
    )
    pred = _run(text, "2025-01-20")
    acts = sorted(tuple(i.acts) for i in pred.incidents)
    assert acts == [("desertion",), ("prosecution",)]
    desertion = next(i for i in pred.incidents if i.acts == ["desertion"])
    assert desertion.date_start == "2024-03-03"


def test_a_similar_incident_in_another_village_is_another_incident() -> None:
    text = (
        "Masked men searching for deserters beat a farmer in the village of Ust-Karsk on May 5. "
        "A similar incident occurred in the neighbouring village of Shelopugino. "
        "On May 5, unidentified men seized a soldier who had not returned from leave and drove him away.\n"
    )
    pred = _run(text, "2025-05-09")
    assert len(pred.incidents) == 2


def test_relative_date_inside_a_quoted_post_is_not_resolved() -> None:
    text = (
        "Police detained a soldier who had publicly announced his AWOL. "
        "«Today I am leaving my unit without permission», he wrote in his post.\n"
    )
    pred = _run(text, "2024-10-09")
    assert all(i.date_start != "2024-10-09" or i.date_precision == "week" for i in pred.incidents)


def test_war_news_with_captured_villages_and_deserted_streets_carries_nothing() -> None:
    text = (
        "Russian forces captured the village of Krasnohorivka on Friday, the Defense Ministry said. "
        "Funerals were held for three soldiers. The deserted streets of the town were shelled, "
        "and Ukrainian troops seized weapons left behind by the retreating unit.\n"
    )
    pred = _run(text, "2024-05-05")
    assert not pred.incidents


def test_a_dated_incident_survives_legal_wording_around_it() -> None:
    text = (
        "Статья 337 УК РФ наказывается лишением свободы. Комментарий юриста к поправкам.\n"
        "Вечером 5 марта 2024 года двое контрактников самовольно покинули воинскую часть в селе Домна "
        "Забайкальского края.\n"
    )
    pred = _run(text, "2024-03-10", "ru")
    assert [i.acts for i in pred.incidents] == [["desertion"]]
    assert pred.incidents[0].date_start == "2024-03-05"


def test_another_similar_case_in_another_month_is_another_incident() -> None:
    text = (
        "Військовий суд засудив солдата, який двічі самовільно залишав частину. "
        "Уперше він самовільно залишив частину у березні 2024 року. "
        "Ще один аналогічний випадок зафіксували у вересні 2024 року.\n"
    )
    pred = _run(text, "2025-01-20", "uk")
    desertions = sorted(i.date_start or "" for i in pred.incidents if i.acts == ["desertion"])
    assert desertions == ["2024-03-01", "2024-09-01"]


def test_the_place_of_a_background_flight_does_not_split_an_arrest() -> None:
    text = (
        "Во Владивостоке задержали дезертира\n"
        "Военная полиция задержала во Владивостоке контрактника, который в марте самовольно оставил часть "
        "в Уссурийске. В отношении него возбуждено уголовное дело.\n"
    )
    pred = _run(text, "2025-06-03", "ru")
    assert [i.acts for i in pred.incidents] == [["enforcement", "prosecution"]]


def test_civilian_protests_and_verdicts_near_a_landfill_carry_nothing() -> None:
    text = (
        "Жители провели протест против строительства нового полигона отходов. "
        "Районный суд приговорил бывшего главу поселения к четырем годам за взятку. "
        "Полиция задержала двоих мужчин по подозрению в краже кабеля.\n"
    )
    pred = _run(text, "2025-01-01", "ru")
    assert not pred.relevant


def test_ordered_retreats_are_not_desertion_but_abandoned_posts_are() -> None:
    retreat = "Ukrainian troops abandoned their positions in Avdiivka after heavy shelling, the General Staff said.\n"
    assert not _run(retreat, "2024-02-20").incidents
    desertion = "Three paratroopers abandoned their posts near Bakhmut and fled.\n"
    assert [i.acts for i in _run(desertion, "2024-02-20").incidents] == [["desertion"]]


def test_civilians_fleeing_shelling_are_not_deserters() -> None:
    text = "Мирные жители бежали от обстрелов, сообщили в штабе ВСУ. Военные части отошли на новые рубежи.\n"
    assert not _run(text, "2024-05-20", "ru").incidents
