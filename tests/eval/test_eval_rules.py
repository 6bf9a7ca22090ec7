"""Each CODEBOOK section-7 rule, pinned with a tiny hand-made gold/prediction pair."""

from __future__ import annotations

from typing import Any

from otkaz.eval import evaluate


def incident(**fields: Any) -> dict[str, Any]:
    """A minimal incident: only what a test sets is scored (personnel/verification left out)."""
    base: dict[str, Any] = {"acts": ["desertion"], "date_start": None, "date_end": None,
                            "admin1": None, "place": None, "participants": {}}
    base.update(fields)
    return base


def one_article(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Any:
    g = [{"article_id": "a", "relevant": True, "incidents": gold, "statistics": []}]
    p = [{"article_id": "a", "relevant": True, "incidents": pred, "statistics": []}]
    return evaluate(g, p)


def matched(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return one_article([gold], [pred]).incidents.tp == 1


def field_score(gold: dict[str, Any], pred: dict[str, Any], name: str) -> tuple[int, int]:
    score = one_article([gold], [pred]).fields[name]
    return score.correct, score.n


# --- matching constraints -------------------------------------------------------------

def test_acts_must_overlap_to_match() -> None:
    assert matched(incident(acts=["mutiny", "desertion"]), incident(acts=["desertion"]))
    assert not matched(incident(acts=["mutiny"]), incident(acts=["desertion"]))


def test_dates_match_within_two_days_either_side() -> None:
    gold = incident(date_start="2024-11-10", date_end="2024-11-10")
    assert matched(gold, incident(date_start="2024-11-12"))
    assert matched(gold, incident(date_start="2024-11-08"))
    assert not matched(gold, incident(date_start="2024-11-13"))
    assert not matched(gold, incident(date_start="2024-11-07"))


def test_date_spans_overlap_with_slack() -> None:
    gold = incident(date_start="2024-11-05", date_end="2024-11-09")
    assert matched(gold, incident(date_start="2024-11-01", date_end="2024-11-03"))
    assert not matched(gold, incident(date_start="2024-11-01", date_end="2024-11-02"))
    assert matched(gold, incident(date_start="2024-11-11", date_end="2024-11-20"))
    assert not matched(gold, incident(date_start="2024-11-12", date_end="2024-11-20"))


def test_null_gold_date_does_not_constrain() -> None:
    assert matched(incident(), incident(date_start="1999-01-01"))
    assert matched(incident(), incident())
    assert field_score(incident(), incident(date_start="1999-01-01"), "date_start") == (0, 0)


def test_null_predicted_date_does_not_match_a_dated_gold_incident() -> None:
    assert not matched(incident(date_start="2024-11-10"), incident())


def test_admin1_must_agree() -> None:
    assert matched(incident(admin1="RU-NVS"), incident(admin1="RU-NVS"))
    assert not matched(incident(admin1="RU-NVS"), incident(admin1="RU-TA"))
    assert not matched(incident(admin1="RU-NVS"), incident(admin1=None))


def test_null_gold_admin1_does_not_constrain_and_is_not_scored() -> None:
    assert matched(incident(admin1=None), incident(admin1="RU-TA"))
    assert field_score(incident(admin1=None), incident(admin1="RU-TA"), "admin1") == (0, 0)


# --- field accuracy on matched pairs --------------------------------------------------

def test_date_start_accuracy_allows_one_day() -> None:
    gold = incident(date_start="2024-11-10")
    assert field_score(gold, incident(date_start="2024-11-11"), "date_start") == (1, 1)
    assert field_score(gold, incident(date_start="2024-11-09"), "date_start") == (1, 1)
    # Matched (within the 2-day slack) but the start day is wrong.
    assert field_score(gold, incident(date_start="2024-11-12"), "date_start") == (0, 1)


def test_acts_accuracy_is_the_exact_set_in_any_order() -> None:
    gold = incident(acts=["mutiny", "desertion"])
    assert field_score(gold, incident(acts=["desertion", "mutiny"]), "acts") == (1, 1)
    assert field_score(gold, incident(acts=["desertion"]), "acts") == (0, 1)


def test_participants_within_ten_percent() -> None:
    gold = incident(participants={"best": 100, "low": None, "high": None})
    assert field_score(gold, incident(participants={"best": 110}), "participants") == (1, 1)
    assert field_score(gold, incident(participants={"best": 90}), "participants") == (1, 1)
    assert field_score(gold, incident(participants={"best": 111}), "participants") == (0, 1)
    assert field_score(gold, incident(participants={}), "participants") == (0, 1)


def test_participants_use_best_else_low_on_both_sides() -> None:
    gold = incident(participants={"best": None, "low": 24, "high": None})
    assert field_score(gold, incident(participants={"best": None, "low": 26}), "participants") == (1, 1)
    # The prediction's best wins over its low: 30 is not within 10 % of 24.
    assert field_score(gold, incident(participants={"best": 30, "low": 24}), "participants") == (0, 1)
    empty = incident(participants={"best": None, "low": None, "high": 20})
    assert field_score(empty, incident(participants={"best": 20}), "participants") == (0, 0)


def test_place_same_name_ignoring_case_and_diacritics() -> None:
    gold = incident(place="Kochenyovo")
    assert field_score(gold, incident(place="KOCHENYÖVO"), "place") == (1, 1)
    assert field_score(gold, incident(place="Novosibirsk"), "place") == (0, 1)
    assert field_score(gold, incident(place=None), "place") == (0, 1)
    assert field_score(incident(place=None), incident(place="Kazan"), "place") == (0, 0)


def test_place_within_25_km_counts_as_the_same_place() -> None:
    gold = incident(place="Kochenyovo", lat=55.0218, lon=82.202)
    # 0.18 degrees of latitude is about 20 km; 0.3 is about 33 km.
    near = incident(place="Somewhere Else", lat=55.2018, lon=82.202)
    far = incident(place="Somewhere Else", lat=55.3218, lon=82.202)
    assert field_score(gold, near, "place") == (1, 1)
    assert field_score(gold, far, "place") == (0, 1)


def test_personnel_exact_set_and_empty_gold_list_is_scored() -> None:
    gold = incident(personnel=["mobilized", "contract"])
    assert field_score(gold, incident(personnel=["contract", "mobilized"]), "personnel") == (1, 1)
    assert field_score(gold, incident(personnel=["contract"]), "personnel") == (0, 1)
    assert field_score(incident(personnel=[]), incident(personnel=[]), "personnel") == (1, 1)
    assert field_score(incident(personnel=[]), incident(personnel=["convict"]), "personnel") == (0, 1)


def test_detained_and_verification_exact_and_skipped_when_gold_null() -> None:
    assert field_score(incident(detained=7), incident(detained=7), "detained") == (1, 1)
    assert field_score(incident(detained=7), incident(detained=5), "detained") == (0, 1)
    assert field_score(incident(detained=None), incident(detained=5), "detained") == (0, 0)
    gold = incident(verification="confirmed")
    assert field_score(gold, incident(verification="reported"), "verification") == (0, 1)
    assert field_score(gold, incident(verification="confirmed"), "verification") == (1, 1)


# --- one-to-one matching --------------------------------------------------------------

def test_matching_maximises_pairs_where_greedy_would_lose_one() -> None:
    # Gold 1 accepts either prediction; gold 2 only the first. Taking the first for gold 1
    # (greedy, and also the higher-agreement pair) would leave gold 2 unmatched.
    gold = [incident(acts=["desertion", "mutiny"], detained=3), incident(acts=["mutiny"])]
    pred = [incident(acts=["desertion", "mutiny"], detained=3), incident(acts=["desertion"])]
    report = one_article(gold, pred)
    assert report.incidents.tp == 2
    assert report.incidents.precision == report.incidents.recall == 1.0
    # gold 1 went to the second prediction, so its acts and detained are wrong.
    assert report.fields["detained"].correct == 0
    assert report.fields["acts"].correct == 0


def test_matching_prefers_the_assignment_with_more_agreeing_fields() -> None:
    gold = [incident(date_start="2024-11-10", detained=4), incident(date_start="2024-11-11", detained=9)]
    pred = [incident(date_start="2024-11-11", detained=9), incident(date_start="2024-11-10", detained=4)]
    report = one_article(gold, pred)
    assert report.incidents.tp == 2
    assert report.fields["detained"].correct == 2
    assert report.fields["date_start"].correct == 2


def test_each_prediction_matches_at_most_one_gold_incident() -> None:
    report = one_article([incident(), incident()], [incident()])
    assert (report.incidents.tp, report.incidents.n_pred, report.incidents.n_gold) == (1, 1, 2)
    assert report.incidents.precision == 1.0
    assert report.incidents.recall == 0.5


def test_incidents_only_match_within_their_own_article() -> None:
    gold = [{"article_id": "a", "relevant": True, "incidents": [incident()]},
            {"article_id": "b", "relevant": True, "incidents": []}]
    pred = [{"article_id": "a", "relevant": True, "incidents": []},
            {"article_id": "b", "relevant": True, "incidents": [incident()]}]
    report = evaluate(gold, pred)
    assert report.incidents.tp == 0
    assert report.incidents.f1 == 0.0
