"""`otkaz eval` and `otkaz floors raise` as a user runs them: files in, a table or JSON out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.eval import evaluate, evaluate_files, render_report
from otkaz.eval.floors import check_floors, load_floors, pin, raise_floors

GOLD = [
    {"article_id": "g1", "relevant": True, "incidents": [
        {"acts": ["mutiny", "desertion"], "date_start": "2024-11-12", "date_end": "2024-11-13",
         "admin1": "RU-NVS", "place": "Kochenyovo", "participants": {"best": 12, "low": 12, "high": 12},
         "personnel": ["contract"], "detained": 7, "verification": "reported", "cluster": "k"}],
     "statistics": [{"measure": "cases_opened", "value": {"best": 8000}}]},
    {"article_id": "g2", "relevant": False, "incidents": [], "statistics": []},
]


def write_jsonl(path: Path, rows: list[Any], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_perfect_prediction_scores_one_everywhere(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    report = evaluate_files(gold, gold)
    assert all(value == 1.0 for value in report.metrics().values())


def test_malformed_line_is_reported_and_the_rest_still_scored(tmp_path: Path, capsys: Any) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    pred = write_jsonl(tmp_path / "pred.jsonl", [GOLD[1]],
                       ('{"article_id": "g1", "relevant": tru', json.dumps({"relevant": True})))
    report = evaluate_files(gold, pred)
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith(f"{pred}:2: not JSON")
    assert err[1].startswith(f"{pred}:3: article_id is missing")
    assert len(report.errors) == 2
    assert report.relevance.n_gold == 1 and report.relevance.tp == 0


def test_table_lists_every_metric_and_json_is_machine_readable(tmp_path: Path) -> None:
    report = evaluate(GOLD, [GOLD[0]])
    table = render_report(report)
    for label in ("relevance", "incidents", "linking pairwise", "linking B-cubed", "statistics",
                  "acts", "date_start", "admin1", "place", "participants", "personnel",
                  "detained", "verification"):
        assert label in table
    data = json.loads(render_report(report, as_json=True))
    assert data["metrics"]["incident_f1"] == 1.0
    assert data["fields"]["detained"] == {"accuracy": 1.0, "correct": 1, "n": 1}


def test_explain_names_missed_extra_and_wrong_fields() -> None:
    pred = json.loads(json.dumps(GOLD))
    wrong = pred[0]["incidents"][0]
    wrong["detained"] = 5
    pred[0]["incidents"].append({"acts": ["refusal"], "date_start": None, "admin1": "RU-TA",
                                 "place": "Kazan"})
    pred[0]["statistics"] = [{"measure": "convictions", "value": {"best": 8000}}]
    pred[1]["relevant"] = True
    text = render_report(evaluate(GOLD, pred), explain=True)
    assert "wrong detained in [mutiny+desertion, 2024-11-12..2024-11-13, RU-NVS, Kochenyovo]: " \
           "gold 7, predicted 5" in text
    assert "extra incident: refusal, no date, RU-TA, Kazan" in text
    assert "missed statistic: cases_opened = 8000" in text
    assert "extra statistic: convictions = 8000" in text
    assert "wrong relevance: gold False, predicted True" in text


def test_cli_eval_prints_table_and_json(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    result = CliRunner().invoke(cli, ["eval", str(gold), str(gold)])
    assert result.exit_code == 0 and "linking B-cubed" in result.output
    result = CliRunner().invoke(cli, ["eval", str(gold), str(gold), "--json", "--explain"])
    assert json.loads(result.output)["metrics"]["relevance_f1"] == 1.0


def test_pin_floors_to_two_decimals_below_the_margin() -> None:
    assert pin(0.8765, 0.01) == 0.86
    assert pin(0.5, 0.01) == 0.49
    assert pin(0.0, 0.01) == 0.0
    assert pin(1.0, 0.01) == 0.99


def test_raise_floors_never_lowers_and_check_lists_failures(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    half = write_jsonl(tmp_path / "half.jsonl", [GOLD[0] | {"incidents": []}, GOLD[1]])
    floors_file = tmp_path / "floors.json"
    floors_file.write_text(json.dumps({"incident_f1": 0.5, "relevance_f1": 0.3}))
    lines = raise_floors(gold, half, floors_file)
    floors = load_floors(floors_file)
    assert floors["incident_f1"] == 0.5  # measured 0 here: kept, never lowered
    assert floors["relevance_f1"] == 0.99
    assert "relevance_f1: 0.30 -> 0.99 (measured 1.0000)" in lines
    failures = check_floors(evaluate_files(gold, half), floors)
    assert any(f.startswith("incident_f1: 0.0000 is below its floor 0.50") for f in failures)
    assert check_floors(evaluate_files(gold, gold), floors) == []
