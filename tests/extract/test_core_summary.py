"""Summaries are built from roles, counts and places only."""

from __future__ import annotations

from otkaz.extract.summary import build_summary
from otkaz.models import Count


def test_group_escape_with_outcomes() -> None:
    text = build_summary(["mutiny", "desertion"], Count(best=12, low=12, high=12), ["contract"], "RU",
                         "Kochenyovo", detained=7, at_large=5)
    assert text == ("Twelve Russian contract soldiers rose up against their commanders and left their unit "
                    "or post without permission in Kochenyovo; seven were later detained and five remain at large.")


def test_single_soldier_detained_later() -> None:
    text = build_summary(["desertion"], Count(best=1, low=1, high=1), ["mobilized"], "UA", None, detained=1)
    assert text == "A Ukrainian mobilized soldier left their unit or post without permission and was later detained."


def test_unknown_count_and_lower_bound() -> None:
    assert build_summary(["refusal", "enforcement"], Count(low=234), [], "RU", "Bryanka").startswith(
        "At least 234 Russian servicemen refused")
    assert build_summary(["enforcement"], Count(), [], None, None) == (
        "Servicemen were targeted by the authorities over leaving or refusing service.")
