"""Spelling variants meet; case forms in Russian and Ukrainian reach the dictionary form."""

from __future__ import annotations

import pytest

from otkaz.geo.gazetteer import Gazetteer
from otkaz.geo.textnorm import skeleton, translit


def test_spelling_variants_share_one_key() -> None:
    forms = ["Kochenëvo", "Kochenyovo", "Kochenevo", "Коченёво", "Коченево", "KOCHENEVO"]
    assert len({skeleton(f) for f in forms}) == 1


def test_word_initial_ya_is_not_dropped() -> None:
    assert skeleton("Янино") != skeleton("Annino")


def test_transliteration_follows_russian_and_ukrainian_conventions() -> None:
    assert translit("Новоширокинское") == "Novoshirokinskoye"
    assert translit("Клавдієве-Тарасове") == "Klavdiieve-Tarasove"


@pytest.mark.parametrize("spelling", ["Харків", "Харьков", "Kharkiv", "Kharkov"])
def test_ukrainian_and_russian_forms_of_kharkiv(gaz: Gazetteer, spelling: str) -> None:
    cyr = any("\u0400" <= ch <= "\u04ff" for ch in spelling)
    hits = gaz.by_name(skeleton(spelling), cyr)
    assert any(p.name == "Kharkiv" and p.admin1 == "UA-63" for p in hits)


def test_occupied_ukrainian_places_are_coded_as_ukraine(gaz: Gazetteer) -> None:
    sevastopol = [p for p in gaz.by_name(skeleton("Sevastopol")) if p.population > 100_000]
    assert sevastopol and sevastopol[0].country == "UA" and sevastopol[0].admin1 == "UA-40"
    bryanka = gaz.by_name(skeleton("Брянка"), True)
    assert any(p.admin1 == "UA-09" and p.country == "UA" for p in bryanka)


def test_district_centre_is_found_from_the_district_name(gaz: Gazetteer) -> None:
    district = [p for p in gaz.by_admin_stem("kocenev") if p.kind == "admin2"][0]
    centre = gaz.district_centre(district)
    assert centre is not None and centre.name == "Kochenyovo"
