"""Places outside the dev corpus: foreign capitals that are regions, court names built on region adjectives."""

from __future__ import annotations

from otkaz.geo import locate_event


def _locate(text: str, language: str):
    return locate_event(text, [(0, len(text))], language)


def test_a_capital_that_is_its_own_region_gets_that_region() -> None:
    where = _locate("He was detained at Belgrade's airport on 3 October.", "en")
    assert (where.country, where.admin1, where.place) == ("RS", "RS-00", "Belgrade")


def test_a_court_named_after_a_region_is_in_that_region_not_a_namesake_village() -> None:
    where = _locate("Приморский гарнизонный военный суд приговорил двух мобилизованных.", "ru")
    assert (where.country, where.admin1) == ("RU", "RU-PRI")


def test_a_court_named_after_a_city_stays_in_the_city() -> None:
    where = _locate("Калининградский гарнизонный военный суд приговорил мобилизованного.", "ru")
    assert (where.admin1, where.place) == ("RU-KGD", "Kaliningrad")
