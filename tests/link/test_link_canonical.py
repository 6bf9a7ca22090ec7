"""Canonical records: the chosen value, every report's value and the rule; sources counted once."""

from __future__ import annotations

from linkfix import ESCAPE_COPY, ESCAPE_EN, ESCAPE_RU, article, escape_pair, incident

from otkaz.link import canonicalize, merge_counts
from otkaz.models import VERIFICATIONS, Count


def _reports() -> list[tuple[str, object, object]]:
    articles, predictions = escape_pair()
    return [(f"{a.id}#0", a, p.incidents[0]) for a, p in zip(articles, predictions, strict=True)]


def test_conflicting_counts_keep_every_report_and_a_documented_choice() -> None:
    reports = _reports()
    third = article("esc-ru2", ESCAPE_RU.replace("двенадцать", "десять"), lang="ru",
                    outlet="Третье издание", published="2024-11-15")
    reports.append(("esc-ru2#0", third, incident(participants={"best": 10, "low": 10, "high": 10})))
    canonical = canonicalize("inc_test", reports)  # type: ignore[arg-type]
    count = canonical.incident.participants
    assert (count.best, count.low, count.high) == (10, 10, 12)
    said = {v.report_id: v.value["best"] for v in canonical.values["participants"]}
    assert said == {"esc-en#0": 10, "esc-ru#0": 12, "esc-ru2#0": 10}
    assert {v.outlet for v in canonical.values["participants"]} == {
        "Example Wire", "Пример Новости", "Третье издание"}
    assert "most reports" in canonical.rules["participants"]
    assert canonical.incident.summary != "Servicemen left a unit after a quarrel with the duty officer."
    assert canonical.incident.cluster == "inc_test"
    assert canonical.report_ids == ["esc-en#0", "esc-ru#0", "esc-ru2#0"]


def test_acts_are_the_union_and_place_comes_with_its_coordinates() -> None:
    canonical = canonicalize("inc_x", _reports())  # type: ignore[arg-type]
    assert canonical.incident.acts == ["mutiny", "desertion"]
    reversed_order = canonicalize("inc_x", _reports()[::-1])  # type: ignore[arg-type]
    assert reversed_order.incident.acts == ["mutiny", "desertion"]  # riot first, as it happened
    assert canonical.incident.place == "Kochenyovo"
    assert canonical.incident.lat == 55.02 and canonical.incident.admin1 == "RU-NVS"


def test_independent_outlets_corroborate_and_confirmation_wins() -> None:
    canonical = canonicalize("inc_x", _reports())  # type: ignore[arg-type]
    assert canonical.independent_sources == 2
    assert canonical.rules["verification_state"] == "confirmed"  # one report is confirmed by officials
    reports = _reports()
    for _, _, inc in reports:
        inc.verification = "reported"  # type: ignore[attr-defined]
    plain = canonicalize("inc_x", reports)  # type: ignore[arg-type]
    assert plain.rules["verification_state"] == "corroborated"
    assert plain.verification == "reported" and plain.verification in VERIFICATIONS


def test_a_syndicated_copy_counts_once() -> None:
    reports = _reports()
    copy = article("esc-copy", ESCAPE_COPY, lang="ru", outlet="Агрегатор", published="2024-11-14")
    reports.append(("esc-copy#0", copy, incident(participants={"best": 12})))
    canonical = canonicalize("inc_x", reports)  # type: ignore[arg-type]
    assert len(canonical.report_ids) == 3
    assert canonical.independent_sources == 2
    assert "esc-ru#0,esc-copy#0" in canonical.rules["independent_groups"]


def test_reports_citing_one_original_count_once_and_a_denial_disputes() -> None:
    reports = _reports()
    for _, _, inc in reports:
        inc.via = ["Baza (Telegram)"]  # type: ignore[attr-defined]
    reports[1][2].verification = "disputed"  # type: ignore[attr-defined]
    canonical = canonicalize("inc_x", reports)  # type: ignore[arg-type]
    assert canonical.independent_sources == 1
    assert canonical.verification == "disputed"
    assert canonical.incident.via == ["Baza (Telegram)"]


def test_single_unverified_report_stays_unverified() -> None:
    reports = _reports()[:1]
    reports[0][2].verification = "unverified"  # type: ignore[attr-defined]
    canonical = canonicalize("inc_x", reports)  # type: ignore[arg-type]
    assert canonical.verification == "unverified" and canonical.independent_sources == 1


def test_merge_counts_handles_open_and_contradictory_bounds() -> None:
    merged = merge_counts([Count(low=24), Count(high=20)])
    assert (merged.best, merged.low, merged.high) == (None, 24, None)
    merged = merge_counts([Count(best=100), Count(best=100), Count(best=80)])
    assert (merged.best, merged.low, merged.high) == (100, 80, 100)


def test_summary_agrees_with_the_chosen_outcomes_and_names_nobody() -> None:
    early = article("orb-en", ESCAPE_EN, lang="en", outlet="Example Wire", published="2025-03-03")
    late = article("orb-en2", ESCAPE_EN + " Update.", lang="en", outlet="Other Wire",
                   published="2025-03-05")
    said_early = incident(acts=["mutiny", "desertion"], place="Orenburg", admin1="RU-ORE",
                          participants={"best": 40}, detained=11, at_large=29,
                          summary="Forty men led by Ivan Sorokin fled; eleven were later detained "
                                  "and 29 remain at large.")
    said_late = incident(acts=["desertion"], place="Orenburg", admin1="RU-ORE",
                         participants={"best": 40}, detained=16, at_large=24, summary="Men fled.")
    canonical = canonicalize("inc_orb", [("orb-en#0", early, said_early),  # type: ignore[arg-type]
                                         ("orb-en2#0", late, said_late)])
    chosen = canonical.incident
    assert (chosen.detained, chosen.at_large) == (16, 24)  # the later report: counts grow
    assert "16 were later detained" in chosen.summary and "24 remain at large" in chosen.summary
    assert "eleven" not in chosen.summary and "29" not in chosen.summary
    assert "Sorokin" not in chosen.summary and "Orenburg" in chosen.summary
    assert chosen.summary.startswith("About 40 ")  # "forty" in both reports, never stated as exact
    assert {v.value for v in canonical.values["summary"]} == {said_early.summary, said_late.summary}
    assert "never names" in canonical.rules["summary"]
