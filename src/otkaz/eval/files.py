"""Read gold and prediction JSONL for scoring: one bad line is reported and skipped, never fatal."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from otkaz.eval.core import evaluate
from otkaz.eval.report import EvalReport


def shape_problem(data: dict[str, Any]) -> str | None:
    """What makes a line unscorable, or None.

    Deliberately looser than ``Prediction``: gold carries fractional shares (``33.4`` %) and
    notes, and scoring only needs the shape. ``tests/eval`` checks predictions against the models.
    """
    if not isinstance(data.get("article_id"), str) or not data["article_id"]:
        return "article_id is missing or not a string"
    if not isinstance(data.get("relevant"), bool):
        return "relevant must be true or false"
    for key in ("incidents", "statistics"):
        items = data.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            return f"{key} must be a list of objects"
    for number, incident in enumerate(data.get("incidents", [])):
        acts = incident.get("acts")
        if not isinstance(acts, list) or not acts:
            return f"incidents.{number}.acts must be a non-empty list"
    return None


def read_rows(path: Path, errors: list[str]) -> list[dict[str, Any]]:
    """Gold-shaped rows of one JSONL file; problems go to ``errors`` as ``FILE:LINE: ...``."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        errors.append(f"{path}: cannot read ({exc.strerror or exc}) — check the path")
        return rows
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    _read_line(path, number, line, rows, seen, errors)
        except UnicodeDecodeError:
            errors.append(f"{path}: not UTF-8 text — re-save the file as UTF-8")
    return rows


def _read_line(path: Path, number: int, line: str, rows: list[dict[str, Any]], seen: set[str],
               errors: list[str]) -> None:
    where = f"{path}:{number}"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        errors.append(f"{where}: not JSON ({exc.msg}) — fix or remove the line")
        return
    if not isinstance(data, dict):
        errors.append(f"{where}: expected a JSON object — each line is one article's result")
        return
    problem = shape_problem(data)
    if problem:
        errors.append(f"{where}: {problem} — see CODEBOOK section 6 for the line shape")
        return
    row = data
    if row["article_id"] in seen:
        errors.append(f"{where}: article_id {row['article_id']!r} repeats an earlier line — "
                      "kept the first")
        return
    seen.add(row["article_id"])
    rows.append(row)


def evaluate_files(gold: Path, pred: Path) -> EvalReport:
    """Score a prediction file against a gold file; each bad line is reported on stderr."""
    errors: list[str] = []
    gold_rows = read_rows(Path(gold), errors)
    pred_rows = read_rows(Path(pred), errors)
    for error in errors:
        print(error, file=sys.stderr)
    report = evaluate(gold_rows, pred_rows)
    report.errors = errors
    return report
