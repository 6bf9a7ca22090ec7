"""Pair vetoes and blocking: what can never be one incident, and blocking that loses no possible link."""

from __future__ import annotations

import random

import pytest
from linkfix import article, incident

from otkaz.link.cluster import Linker
from otkaz.link.features import report_keys
from otkaz.link.score import score_pair
from otkaz.models import Incident


def _keys(aid: str, published: str | None = None, **fields: object) -> object:
    return report_keys(f"{aid}#0", article(aid, "text", lang="en", outlet=aid, published=published),
                       incident(**fields))


def test_dates_that_cannot_overlap_veto_whatever_else_agrees() -> None:
    a = _keys("a", date_start="2024-11-12", date_precision="day", place="Kochenyovo")
    b = _keys("b", date_start="2022-11-12", date_precision="day", place="Kochenyovo")
    assert score_pair(a, b, 0.99).veto == "dates_apart"  # type: ignore[arg-type]


def test_an_event_dated_after_the_other_report_was_published_vetoes() -> None:
    a = _keys("a", date_start="2024-11-20", date_precision="day", place="Kochenyovo")
    b = _keys("b", published="2024-11-13", place="Kochenyovo")
    assert score_pair(a, b, 0.99).veto == "after_publication"  # type: ignore[arg-type]


def test_a_month_matches_a_day_inside_it_but_not_one_outside() -> None:
    month = _keys("a", date_start="2022-10-01", date_end="2022-10-31", date_precision="month", place="Rubizhne")
    inside = _keys("b", date_start="2022-10-15", date_precision="day", place="Rubizhne")
    outside = _keys("c", date_start="2022-12-15", date_precision="day", place="Rubizhne")
    assert "dates_match" in score_pair(month, inside, 0.6).features  # type: ignore[arg-type]
    assert score_pair(month, outside, 0.6).veto == "dates_apart"  # type: ignore[arg-type]


def test_regions_and_acts_must_agree() -> None:
    a = _keys("a", admin1="RU-NVS")
    assert score_pair(a, _keys("b", admin1="RU-TA"), 0.9).veto == "admin1_differ"  # type: ignore[arg-type]
    assert score_pair(a, _keys("c", acts=["refusal"]), 0.9).veto == "acts_disjoint"  # type: ignore[arg-type]


def test_a_shared_day_and_act_without_place_region_or_unit_is_not_enough() -> None:
    a = _keys("a", admin1=None, date_start="2024-03-01", date_precision="day")
    b = _keys("b", admin1=None, date_start="2024-03-01", date_precision="day")
    assert score_pair(a, b, 0.9).veto == "no_anchor"  # type: ignore[arg-type]


class _BruteForce(Linker):
    def candidates(self, k):  # type: ignore[no-untyped-def]
        return list(range(len(self.reports)))


def _random_incident(rng: random.Random) -> Incident:
    day = rng.randrange(1, 28)
    return incident(
        acts=rng.sample(["desertion", "mutiny", "refusal"], rng.choice((1, 2))),
        admin1=rng.choice(["RU-NVS", "RU-TA", None]),
        place=rng.choice(["Kochenyovo", "Kazan", None]),
        date_start=f"2024-11-{day:02d}" if rng.random() < 0.6 else None,
        date_precision="day",
        participants={"best": rng.choice((1, 2, 10, 12))},
        unit=rng.choice(["military unit 06705", None, None]),
        via=rng.choice([["NGS"], [], []]),
    )


@pytest.mark.parametrize("text_sim", [None, 0.8])
def test_blocking_finds_every_link_a_full_comparison_would(text_sim: float | None) -> None:
    rng = random.Random(3)
    keys = [report_keys(f"r{n}#0", article(f"r{n}", "text", lang="en", outlet=f"o{n}",
                                           published=f"2024-11-{rng.randrange(1, 29):02d}"),
                        _random_incident(rng), order=n) for n in range(300)]
    similarity = None if text_sim is None else (lambda a, b: text_sim)
    blocked, brute = Linker(similarity), _BruteForce(similarity)
    got = [blocked.add(k).canonical_id for k in keys]
    want = [brute.add(k).canonical_id for k in keys]
    assert got == want
    assert len(set(got)) < len(got)  # the sample does contain links


def test_same_country_day_and_count_link_only_when_the_words_agree() -> None:
    one = {"best": 1, "low": 1, "high": 1}
    a = _keys("a", admin1=None, country="UA", date_start="2024-10-09", date_precision="day", participants=one)
    b = _keys("b", admin1=None, country="UA", date_start="2024-10-10", date_precision="day", participants=one)
    assert score_pair(a, b, 0.7).links  # type: ignore[arg-type]
    assert score_pair(a, b, 0.3).veto == "no_anchor"  # type: ignore[arg-type]
    assert score_pair(a, b, None).veto == "no_anchor"  # type: ignore[arg-type]
