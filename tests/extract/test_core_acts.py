"""Act triggers: events count; negated, hypothetical and background mentions do not."""

from __future__ import annotations

from otkaz.extract.acts import find_triggers
from otkaz.extract.clean import body_ranges
from otkaz.extract.segment import sentences


def _acts(text: str, language: str = "en") -> set[tuple[str, str]]:
    """(kind, status) of every trigger; generic flights and protests reported under their act."""
    out: set[tuple[str, str]] = set()
    for i, sent in enumerate(sentences(text, body_ranges(text))):
        for trig in find_triggers(sent, i, language):
            out.add((trig.act if trig.kind in ("flight", "protest") else trig.kind, trig.status))
    return out


def test_escape_from_a_unit_is_desertion() -> None:
    assert ("desertion", "main") in _acts("Nine recruits escaped from their unit near the river on Sunday.")


def test_attempted_escape_still_counts() -> None:
    assert ("desertion", "main") in _acts("About forty detained soldiers tried to escape from the holding area.")


def test_negated_desertion_does_not_count() -> None:
    found = _acts("The officer said the men had not deserted and never left the base without permission.")
    assert not any(status == "main" for kind, status in found if kind == "desertion")


def test_hypothetical_punishment_does_not_count() -> None:
    found = _acts("The runaways could be sentenced to ten years if they are found.")
    assert ("prosecution", "main") not in found


def test_past_perfect_background_does_not_count() -> None:
    found = _acts("All of the men had previously gone AWOL once.")
    assert ("desertion", "main") not in found


def test_relative_clause_is_marked() -> None:
    found = _acts("Police detained two men who had fled from the training ground.")
    assert ("capture", "main") in found
    assert ("desertion", "main") not in found


def test_russian_escape_and_riot() -> None:
    found = _acts("Ночью восемь солдат устроили погром в казарме и сбежали из воинской части.", "ru")
    assert ("mutiny", "main") in found and ("desertion", "main") in found


def test_russian_negation() -> None:
    found = _acts("Солдаты не сбежали из части, сообщили в штабе.", "ru")
    assert ("desertion", "main") not in found


def test_ukrainian_refusal() -> None:
    found = _acts("Двадцять бійців відмовилися виконувати наказ про штурм.", "uk")
    assert ("refusal", "main") in found


def test_totals_are_not_incidents() -> None:
    found = _acts("Since January 2023, 4,512 criminal cases for desertion were opened and 1,200 soldiers were sentenced.")
    assert not any(status == "main" for _kind, status in found)


def test_put_into_a_pit_is_coercion() -> None:
    assert ("coercion", "main") in _acts("Their commanders put the men into a pit for two days.")
    assert ("coercion", "main") in _acts("Командиры посадили отказников в яму.", "ru")
