"""The evaluation gate: pinned minimum scores that may rise with the extractor but never fall."""

from __future__ import annotations

import json
import math
from pathlib import Path

from otkaz.eval.files import evaluate_files
from otkaz.eval.report import EvalReport


def load_floors(floors_file: Path) -> dict[str, float]:
    """``{metric: floor}``; a missing file is an empty gate."""
    path = Path(floors_file)
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object of metric -> floor")
    return {str(k): float(v) for k, v in data.items()}


def pin(value: float, margin: float) -> float:
    """Measured minus margin, floored to two decimals and never below zero."""
    return max(0.0, math.floor(round((value - margin) * 100, 6)) / 100)


def check_floors(report: EvalReport, floors: dict[str, float]) -> list[str]:
    """One line per metric below its floor (or pinned but no longer measured)."""
    measured = report.metrics()
    failures = []
    for name, floor in sorted(floors.items()):
        if name not in measured:
            failures.append(f"{name}: pinned at {floor:.2f} but no longer measured")
        elif measured[name] < floor:
            failures.append(f"{name}: {measured[name]:.4f} is below its floor {floor:.2f}")
    return failures


def raise_floors(gold: Path, pred: Path, floors_file: Path, margin: float = 0.01) -> list[str]:
    """Lift each floor to measured-minus-margin when that is higher; report ``old -> new``."""
    report = evaluate_files(Path(gold), Path(pred))
    floors = load_floors(Path(floors_file))
    lines = []
    for name, value in sorted(report.metrics().items()):
        old = floors.get(name)
        new = pin(value, margin)
        if old is None or new > old:
            floors[name] = new
            lines.append(f"{name}: {'unset' if old is None else f'{old:.2f}'} -> {new:.2f}"
                         f" (measured {value:.4f})")
        else:
            lines.append(f"{name}: {old:.2f} kept (measured {value:.4f})")
    Path(floors_file).write_text(json.dumps(dict(sorted(floors.items())), indent=2) + "\n",
                                 encoding="utf-8")
    return lines
