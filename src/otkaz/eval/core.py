"""Score predictions against gold, article by article, with the codebook's section-7 rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from otkaz.eval import rules
from otkaz.eval.assign import max_weight_matching
from otkaz.eval.clusters import bcubed, pairwise, prf
from otkaz.eval.report import ArticleNotes, EvalReport, FieldScore

Row = dict[str, Any]


@dataclass
class _Tally:
    """Running counts over all articles; turned into an EvalReport at the end."""

    relevance: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, predicted, gold
    incidents: list[int] = field(default_factory=lambda: [0, 0, 0])
    statistics: list[int] = field(default_factory=lambda: [0, 0, 0])
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(rules.FIELDS, 0))
    counted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(rules.FIELDS, 0))
    gold_labels: list[str] = field(default_factory=list)
    pred_labels: list[str] = field(default_factory=list)
    item_articles: list[str] = field(default_factory=list)


def _list(row: Row, key: str) -> list[Row]:
    value = row.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def describe_incident(incident: Row) -> str:
    """Acts, date, admin1 and place in one line: enough to find the incident in the article."""
    acts = "+".join(str(a) for a in incident.get("acts") or ()) or "?"
    span = rules.day_span(incident)
    when = "no date" if span is None else (
        span[0].isoformat() if span[0] == span[1] else f"{span[0]}..{span[1]}")
    where = incident.get("admin1") or "no admin1"
    place = incident.get("place") or "no place"
    return f"{acts}, {when}, {where}, {place}"


def _show(incident: Row, name: str) -> str:
    value: Any
    if name == "participants":
        value = rules.point(incident.get("participants"))
    elif name in ("acts", "personnel"):
        value = sorted(incident.get(name) or [])
    else:
        value = incident.get(name)
    return "null" if value is None or value == "" else str(value)


def _match_incidents(gold: list[Row], pred: list[Row]) -> list[tuple[int, int]]:
    weights = [[rules.agreement(g, p) if rules.can_match(g, p) else None for p in pred]
               for g in gold]
    return max_weight_matching(weights)


def _score_incidents(article_id: str, gold: list[Row], pred: list[Row], tally: _Tally,
                     notes: ArticleNotes) -> None:
    pairs = _match_incidents(gold, pred)
    tally.incidents[0] += len(pairs)
    tally.incidents[1] += len(pred)
    tally.incidents[2] += len(gold)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        for name in rules.scored_fields(g):
            tally.counted[name] += 1
            if rules.field_agrees(g, p, name):
                tally.correct[name] += 1
            else:
                notes.lines.append(f"wrong {name} in [{describe_incident(g)}]: "
                                   f"gold {_show(g, name)}, predicted {_show(p, name)}")
        tally.gold_labels.append(g.get("cluster") or f"gold:{article_id}:{gi}")
        tally.pred_labels.append(p.get("cluster") or f"pred:{article_id}:{pi}")
        tally.item_articles.append(article_id)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    notes.lines += [f"missed incident: {describe_incident(g)}"
                    for i, g in enumerate(gold) if i not in matched_gold]
    notes.lines += [f"extra incident: {describe_incident(p)}"
                    for i, p in enumerate(pred) if i not in matched_pred]


def _describe_statistic(stat: Row) -> str:
    return f"{stat.get('measure')} = {rules.point(stat.get('value'))}"


def _score_statistics(gold: list[Row], pred: list[Row], tally: _Tally, notes: ArticleNotes) -> None:
    gold = [s for s in gold if rules.is_scored_measure(s.get("measure"))]
    pred = [s for s in pred if rules.is_scored_measure(s.get("measure"))]
    weights = [[0 if rules.statistics_match(g, p) else None for p in pred] for g in gold]
    pairs = max_weight_matching(weights)
    tally.statistics[0] += len(pairs)
    tally.statistics[1] += len(pred)
    tally.statistics[2] += len(gold)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    notes.lines += [f"missed statistic: {_describe_statistic(s)}"
                    for i, s in enumerate(gold) if i not in matched_gold]
    notes.lines += [f"extra statistic: {_describe_statistic(s)}"
                    for i, s in enumerate(pred) if i not in matched_pred]


def _score_article(gold: Row, pred: Row | None, tally: _Tally) -> ArticleNotes:
    article_id = str(gold.get("article_id"))
    notes = ArticleNotes(article_id)
    if pred is None:
        notes.lines.append("no prediction for this article: scored as not relevant, no incidents")
        pred = {"article_id": article_id, "relevant": False}
    gold_relevant, pred_relevant = bool(gold.get("relevant")), bool(pred.get("relevant"))
    tally.relevance[0] += gold_relevant and pred_relevant
    tally.relevance[1] += pred_relevant
    tally.relevance[2] += gold_relevant
    if gold_relevant != pred_relevant:
        notes.lines.append(f"wrong relevance: gold {gold_relevant}, predicted {pred_relevant}")
    _score_incidents(article_id, _list(gold, "incidents"), _list(pred, "incidents"), tally, notes)
    _score_statistics(_list(gold, "statistics"), _list(pred, "statistics"), tally, notes)
    return notes


def _groups(keys: list[str], values: list[str], articles: list[str]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for key, value, article in zip(keys, values, articles, strict=True):
        out.setdefault(key, {}).setdefault(value, []).append(article)
    return out


def _label(label: str) -> str:
    return "(unlabelled)" if label.startswith(("gold:", "pred:")) else label


def linking_notes(gold: list[str], pred: list[str], articles: list[str]) -> list[str]:
    """Gold clusters the system split and predicted clusters that join several gold ones."""
    lines = []
    for label, parts in _groups(gold, pred, articles).items():
        if len(parts) > 1:
            shown = "; ".join(", ".join(a) for a in parts.values())
            lines.append(f"split: gold cluster {_label(label)} is {len(parts)} predicted clusters: {shown}")
    for label, parts in _groups(pred, gold, articles).items():
        if len(parts) > 1:
            shown = "; ".join(f"{_label(g)}: {', '.join(a)}" for g, a in parts.items())
            lines.append(f"merged: predicted cluster {label} joins {len(parts)} gold clusters: {shown}")
    return lines


def evaluate(gold: list[Row], pred: list[Row]) -> EvalReport:
    """Section-7 scores of gold-shaped prediction dicts, joined to gold by ``article_id``.

    A gold article with no prediction counts as predicted not relevant with no incidents;
    predictions for articles not in gold are ignored (and noted).
    """
    by_id: dict[str, Row] = {}
    for row in pred:
        by_id.setdefault(str(row.get("article_id")), row)
    tally = _Tally()
    articles = [_score_article(g, by_id.get(str(g.get("article_id"))), tally) for g in gold]
    gold_ids = {str(g.get("article_id")) for g in gold}
    report = EvalReport(
        relevance=prf(*tally.relevance),
        incidents=prf(*tally.incidents),
        fields={n: FieldScore(tally.correct[n], tally.counted[n]) for n in rules.FIELDS},
        linking_pairwise=pairwise(tally.gold_labels, tally.pred_labels),
        linking_bcubed=bcubed(tally.gold_labels, tally.pred_labels),
        statistics=prf(*tally.statistics),
        n_articles=len(gold),
        articles=articles,
        linking_notes=linking_notes(tally.gold_labels, tally.pred_labels, tally.item_articles),
    )
    missing = sum(1 for a in articles if a.lines and a.lines[0].startswith("no prediction"))
    if missing:
        report.notes.append(f"{missing} gold article(s) had no prediction (scored as not relevant)")
    unknown = len(set(by_id) - gold_ids)
    if unknown:
        report.notes.append(f"{unknown} predicted article(s) not in gold were ignored")
    return report
