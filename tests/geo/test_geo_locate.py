"""The event place: not where people came from, were treated or were taken."""

from __future__ import annotations

from pathlib import Path

import pytest

from otkaz.geo import gazetteer_add, locate, locate_event
from otkaz.geo.gazetteer import Gazetteer, read_user_rows


def _whole(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


def test_event_place_beats_origin_and_hospital(gaz: Gazetteer) -> None:
    text = ("Twelve soldiers escaped from a military unit in Kochenyovo in the Novosibirsk "
            "region. One of them, born in Tomsk, had been treated in the Krasnoyarsk region.")
    loc = locate_event(text, _whole(text), "en", gaz)
    assert (loc.country, loc.admin1, loc.place, loc.geo_precision) == \
        ("RU", "RU-NVS", "Kochenyovo", "place")
    assert loc.lat is not None and abs(loc.lat - 55.0) < 0.2
    assert any(text[s.start:s.end] == "Kochenyovo" for s in loc.evidence)


def test_anchor_sentence_decides_between_two_places(gaz: Gazetteer) -> None:
    text = ("Мобилизованные из Новосибирска прибыли в Казань. "
            "В Краснодаре группа солдат взбунтовалась и покинула часть.")
    second = (text.index("В Краснодаре"), len(text))
    loc = locate_event(text, [second], "ru", gaz)
    assert (loc.admin1, loc.place) == ("RU-KDA", "Krasnodar")


def test_near_x_is_place_x_at_district_precision(gaz: Gazetteer) -> None:
    text = "Под Новосибирском разыскивают солдат, сбежавших из части."
    loc = locate_event(text, _whole(text), "ru", gaz)
    assert (loc.place, loc.geo_precision) == ("Novosibirsk", "admin2")


def test_settlement_under_a_bigger_city_is_kept(gaz: Gazetteer) -> None:
    text = "Солдаты покинули часть в поселке Новые Петровцы под Киевом."
    loc = locate_event(text, _whole(text), "ru", gaz)
    assert (loc.admin1, loc.place) == ("UA-32", "Novi Petrivtsi")


def test_unlisted_village_falls_back_to_its_district(gaz: Gazetteer) -> None:
    text = ("Военные задержали жителя села Трубачево Газимуро-Заводского района "
            "Забайкальского края, который сбежал из части.")
    loc = locate_event(text, _whole(text), "ru", gaz)
    assert (loc.country, loc.admin1, loc.place) == ("RU", "RU-ZAB", "Trubachevo")
    assert loc.geo_precision == "admin2"
    assert "not in gazetteer" in loc.reason and loc.lat is not None


def test_ambiguous_village_follows_the_region_in_the_text(gaz: Gazetteer) -> None:
    text = ("Men in uniform came to the village of Shirokoye in Zabaykalsky Krai "
            "and took away a deserter.")
    loc = locate_event(text, _whole(text), "en", gaz)
    assert (loc.admin1, loc.place) == ("RU-ZAB", "Shirokoye")


def test_occupied_territory_is_ukraine(gaz: Gazetteer) -> None:
    text = "В оккупированной Брянке Луганской области удерживают отказников."
    loc = locate_event(text, _whole(text), "ru", gaz)
    assert (loc.country, loc.admin1, loc.place) == ("UA", "UA-09", "Bryanka")
    crimea = "Soldiers who refused to fight were held at a base in Crimea."
    loc = locate_event(crimea, _whole(crimea), "en", gaz)
    assert (loc.country, loc.admin1, loc.geo_precision) == ("UA", "UA-43", "admin1")


def test_country_only(gaz: Gazetteer) -> None:
    text = "Hundreds of contract soldiers refused to fight in Ukraine."
    loc = locate_event(text, _whole(text), "en", gaz)
    assert (loc.country, loc.admin1, loc.geo_precision) == ("UA", None, "country")


def test_nothing_named_gives_a_reason(gaz: Gazetteer) -> None:
    loc = locate_event("Soldiers left their unit.", [(0, 25)], "en", gaz)
    assert loc.place is None and loc.admin1 is None and loc.reason


def test_user_gazetteer_is_consulted_first(gaz_index: dict, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTKAZ_HOME", str(tmp_path))
    line = gazetteer_add("Ushmun", admin1="RU-ZAB", lat=51.6, lon=118.9,
                         aliases=["Ушмун"])
    assert "Ushmun" in line and (tmp_path / "gazetteer.csv").exists()
    rows = read_user_rows(tmp_path / "gazetteer.csv")
    assert rows[0]["country"] == "RU"
    gaz = Gazetteer(gaz_index, rows)
    text = "Полицейские приехали в село Ушмун и увезли военнослужащего."
    loc = locate_event(text, [(0, len(text))], "ru", gaz)
    assert (loc.admin1, loc.place, loc.geo_precision) == ("RU-ZAB", "Ushmun", "place")
    assert (loc.lat, loc.lon) == (51.6, 118.9)


def test_gazetteer_add_rejects_bad_coordinates(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTKAZ_HOME", str(tmp_path))
    with pytest.raises(ValueError, match="out of range"):
        gazetteer_add("Nowhere", admin1="RU-ZAB", lat=123.0, lon=0.0)
    with pytest.raises(ValueError, match="ISO 3166-2"):
        gazetteer_add("Nowhere", admin1="Zabaykalsky", lat=51.0, lon=118.0)
    assert not (tmp_path / "gazetteer.csv").exists()


def test_broken_user_rows_are_skipped(gaz_index: dict, tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    path.write_text("name,admin1,lat,lon,country,aliases\nUshmun,RU-ZAB,north,118.9,RU,\n"
                    "Domna,RU-ZAB,51.9,113.1,RU,Домна\n", encoding="utf-8")
    gaz = Gazetteer(gaz_index, read_user_rows(path))
    text = "Военного нашли в селе Домна."
    loc = locate_event(text, [(0, len(text))], "ru", gaz)
    assert (loc.place, loc.lat) == ("Domna", 51.9)


def test_locate_report_lists_candidates_and_reason() -> None:
    out = locate("Солдат, родом из Томска, сбежал из части в Коченево.")
    assert "candidates:" in out and "role=origin" in out
    assert "place=Kochenyovo" in out and "reason:" in out


def test_apposition_origin_is_not_the_event(gaz: Gazetteer) -> None:
    text = "Private Ivan, 23, from Orenburg, walked out of his unit in Kursk on Tuesday."
    loc = locate_event(text, _whole(text), "en", gaz)
    assert (loc.admin1, loc.place) == ("RU-KRS", "Kursk")


def test_world_cities_keep_their_country(gaz: Gazetteer) -> None:
    text = "The deserter gave an interview in New York."
    loc = locate_event(text, _whole(text), "en", gaz)
    assert loc.country == "US"


def test_only_an_origin_named_gives_no_place(gaz: Gazetteer) -> None:
    text = "A native of Tomsk refused to sign a new contract."
    loc = locate_event(text, _whole(text), "en", gaz)
    assert loc.place is None and loc.admin1 is None and "came from" in loc.reason


def test_capital_speaking_for_its_government_is_not_the_event(gaz: Gazetteer) -> None:
    text = "Moscow denied the report. Two soldiers deserted from a unit near Pskov."
    loc = locate_event(text, _whole(text), "en", gaz)
    assert (loc.admin1, loc.place, loc.geo_precision) == ("RU-PSK", "Pskov", "admin2")


def test_acts_separate_two_incidents_in_one_sentence(gaz: Gazetteer) -> None:
    text = ("Three soldiers who walked away from their positions near Pokrovsk were tracked "
            "down by military police in Rostov-on-Don on Monday.")
    left = locate_event(text, _whole(text), "en", gaz, acts=["desertion"])
    caught = locate_event(text, _whole(text), "en", gaz, acts=["enforcement"])
    assert (left.admin1, left.place) == ("UA-14", "Pokrovsk")
    assert (caught.admin1, caught.place) == ("RU-ROS", "Rostov-on-Don")


def test_fleeing_a_hospital_is_the_event_and_wounds_are_background(gaz: Gazetteer) -> None:
    text = ("Four soldiers fled a military hospital in Kaliningrad overnight. They had been "
            "treated there after being wounded in the Kursk region.")
    loc = locate_event(text, _whole(text), "en", gaz)
    assert (loc.admin1, loc.place) == ("RU-KGD", "Kaliningrad")


def test_leaving_a_hospital_named_after_the_place_is_the_event(gaz: Gazetteer) -> None:
    text = ("Двое военнослужащих, которые лечились в госпитале в Виннице, самовольно покинули "
            "его и не вернулись.")
    loc = locate_event(text, _whole(text), "ru", gaz)
    assert loc.admin1 == "UA-05"


def test_where_a_deserter_lived_and_was_caught_is_not_an_origin(gaz: Gazetteer) -> None:
    text = "Мужчина не вернулся из отпуска и жил в Бердске у матери, где его задержали."
    loc = locate_event(text, _whole(text), "ru", gaz)
    assert loc.place == "Berdsk"


def test_a_place_just_before_the_incident_sentences_beats_one_far_away(gaz: Gazetteer) -> None:
    text = ("Soldiers deserted from a unit in Chita in spring. " + "Filler words here. " * 30 +
            "A similar case occurred in the village of Domna. On Nov. 2, masked men seized a "
            "contract soldier at his home.")
    anchor = text.index("On Nov. 2")
    loc = locate_event(text, [(anchor, len(text))], "en", gaz)
    assert loc.place == "Domna"


def test_known_training_grounds_stand_for_their_settlement(gaz: Gazetteer) -> None:
    text = "Мобилизованных держат на полигоне Погоново и не отпускают домой."
    loc = locate_event(text, _whole(text), "ru", gaz)
    assert (loc.admin1, loc.place, loc.geo_precision) == ("RU-VOR", "Pogonovo", "admin2")
    text = "An officer refused to obey orders at the Patriot park outside Moscow."
    loc = locate_event(text, _whole(text), "en", gaz)
    assert (loc.admin1, loc.place) == ("RU-MOS", "Kubinka")


def test_court_city_for_the_verdict_unit_region_for_the_desertion(gaz: Gazetteer) -> None:
    text = ("Шевченківський районний суд м. Києва засудив військового, який самовільно залишив "
            "військову частину, дислоковану в Житомирській області.")
    assert locate_event(text, _whole(text), "uk", gaz, acts=["desertion"]).admin1 == "UA-18"
    assert locate_event(text, _whole(text), "uk", gaz, acts=["prosecution"]).place == "Kyiv"
