"""What an evaluation found, as numbers (for the gate) and as text (for the person fixing the extractor)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from otkaz.eval.clusters import PRF
from otkaz.eval.rules import FIELDS


@dataclass(frozen=True)
class FieldScore:
    """Accuracy of one field over matched pairs whose gold value is not null."""

    correct: int
    n: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0


@dataclass
class ArticleNotes:
    """Everything wrong in one article, in words, for ``--explain``."""

    article_id: str
    lines: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    """Section-7 scores plus the per-article reasons behind them."""

    relevance: PRF
    incidents: PRF
    fields: dict[str, FieldScore]
    linking_pairwise: PRF
    linking_bcubed: PRF
    statistics: PRF
    n_articles: int = 0
    articles: list[ArticleNotes] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    linking_notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """Flat ``name -> value``: the names the floors file pins."""
        out: dict[str, float] = {}
        for name, score in self._prfs():
            out[f"{name}_precision"] = score.precision
            out[f"{name}_recall"] = score.recall
            out[f"{name}_f1"] = score.f1
        for name in FIELDS:
            out[f"{name}_accuracy"] = self.fields[name].accuracy
        return out

    def _prfs(self) -> list[tuple[str, PRF]]:
        return [
            ("relevance", self.relevance),
            ("incident", self.incidents),
            ("linking_pairwise", self.linking_pairwise),
            ("linking_bcubed", self.linking_bcubed),
            ("statistics", self.statistics),
        ]

    def to_json_dict(self) -> dict[str, Any]:
        """Metrics with their counts, so a JSON consumer can recompute or aggregate them."""
        data: dict[str, Any] = {"articles": self.n_articles, "metrics": self.metrics()}
        data["counts"] = {
            name: {"tp": score.tp, "predicted": score.n_pred, "gold": score.n_gold}
            for name, score in self._prfs()
        }
        data["fields"] = {
            name: {"accuracy": s.accuracy, "correct": s.correct, "n": s.n}
            for name, s in self.fields.items()
        }
        data["notes"] = self.notes
        data["errors"] = self.errors
        return data


def _count(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def render_table(report: EvalReport) -> str:
    """A compact plain-text table of every section-7 metric."""
    rows = [f"articles scored: {report.n_articles}", "",
            f"{'metric':<18} {'P':>6} {'R':>6} {'F1':>6}   counts"]
    labels = {"linking_pairwise": "linking pairwise", "linking_bcubed": "linking B-cubed",
              "incident": "incidents"}
    for name, s in report._prfs():
        counts = (f"items {_count(s.n_gold)}" if name == "linking_bcubed"
                  else f"tp {_count(s.tp)}  predicted {_count(s.n_pred)}  gold {_count(s.n_gold)}")
        rows.append(f"{labels.get(name, name):<18} {s.precision:>6.3f} {s.recall:>6.3f} "
                    f"{s.f1:>6.3f}   {counts}")
    rows += ["", f"{'field (matched)':<18} {'acc':>6}   correct/n"]
    for name in FIELDS:
        score = report.fields[name]
        rows.append(f"{name:<18} {score.accuracy:>6.3f}   {score.correct}/{score.n}")
    for note in report.notes:
        rows.append(f"note: {note}")
    return "\n".join(rows)


def render_explain(report: EvalReport) -> str:
    """Per-article list of what went wrong; articles with nothing wrong are left out."""
    out: list[str] = []
    for article in report.articles:
        if article.lines:
            out.append(f"== {article.article_id}")
            out.extend(f"  {line}" for line in article.lines)
    if report.linking_notes:
        out.append("== linking (matched incidents only)")
        out.extend(f"  {line}" for line in report.linking_notes)
    return "\n".join(out) if out else "nothing wrong in any article"


def render_report(report: EvalReport, explain: bool = False, as_json: bool = False) -> str:
    """What ``otkaz eval`` prints."""
    if as_json:
        data = report.to_json_dict()
        if explain:
            data["explain"] = {a.article_id: a.lines for a in report.articles if a.lines}
            data["explain_linking"] = report.linking_notes
        return json.dumps(data, ensure_ascii=False, indent=2)
    text = render_table(report)
    if explain:
        text = render_explain(report) + "\n\n" + text
    return text
