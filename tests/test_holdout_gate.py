"""Gate on text the rules were never tuned on: our own demo and hold-out reports with our own gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from otkaz.eval import evaluate_files
from otkaz.eval.floors import check_floors, load_floors
from otkaz.runners.extract import extract

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "holdout": ROOT / "tests" / "fixtures" / "holdout",
    "holdout_uk": ROOT / "tests" / "fixtures" / "holdout_uk",
    "demo": ROOT / "src" / "otkaz" / "data" / "demo",
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_unseen_sets_stay_above_their_floors(name: str, tmp_path: Path) -> None:
    """Dev-set floors alone would reward tuning to dev; these catch a loss of generality."""
    directory = SETS[name]
    pred = tmp_path / f"{name}-pred.jsonl"
    assert extract(directory / "articles.jsonl", pred, link=True).ok
    report = evaluate_files(directory / "gold.jsonl", pred)
    floors = load_floors(ROOT / "tests" / f"{name}_floors.json")
    assert floors, f"no floors pinned for {name}"
    failures = check_floors(report, floors)
    assert not failures, f"{name} fell below its floors:\n" + "\n".join(failures)
