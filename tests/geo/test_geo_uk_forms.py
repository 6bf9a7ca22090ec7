"""Ukrainian informal region names and front sectors resolve to the right oblast."""

from __future__ import annotations

import pytest

from otkaz.geo import find_places


@pytest.mark.parametrize(("text", "admin1"), [
    ("Солдата затримали на Волині", "UA-07"),
    ("Прикордонники затримали його на Буковині", "UA-77"),
    ("Інцидент стався на Прикарпатті", "UA-26"),
    ("Бійці відмовилися виходити на позиції на Запорізькому напрямку", "UA-23"),
    ("Вони залишили позиції на Покровському напрямку", "UA-14"),
    ("Бої тривають на Лиманському напрямку", "UA-14"),
    ("Бойцы отказались наступать на Покровском направлении", "UA-14"),
])
def test_informal_regions_and_front_sectors(text: str, admin1: str) -> None:
    language = "ru" if "направлении" in text else "uk"
    assert [p.admin1 for p in find_places(text, language)][:1] == [admin1]


def test_an_institution_after_a_town_does_not_make_it_a_person() -> None:
    assert [p.name for p in find_places("на в'їзді до Львова Військова служба правопорядку", "uk")] == ["Lviv"]


def test_all_of_them_is_not_a_chinese_city() -> None:
    assert find_places("Усіх затримали й повернули до частини.", "uk") == []


@pytest.mark.parametrize(("text", "name"), [
    ("поблизу Шебекіного", "Shebekino"), ("у Мулиному", "Mulino"), ("в Алабіному", "Alabino"),
])
def test_ukrainian_cases_of_names_in_o(text: str, name: str) -> None:
    assert [p.name for p in find_places(text, "uk")][:1] == [name]


def test_only_the_first_word_of_rostov_on_don_inflects() -> None:
    assert [p.admin1 for p in find_places("у Ростові-на-Дону", "uk")] == ["RU-ROS"]


def test_possessive_town_names_in_the_instrumental() -> None:
    assert [p.name for p in find_places("під Часовим Яром", "uk")] == ["Chasiv Yar"]
