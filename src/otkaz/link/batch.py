"""Batch mode for `otkaz extract`: link every incident of a run and write the canonical id into ``cluster``."""

from __future__ import annotations

from collections.abc import Sequence

from otkaz.link.cluster import LinkDecision, link_all
from otkaz.link.features import ReportKeys, report_keys
from otkaz.link.text import TextBank
from otkaz.models import Article, Incident, Prediction


def report_id_for(article_id: str, n: int) -> str:
    """Report ids name the article and the incident's position in its prediction."""
    return f"{article_id}#{n}"


def collect_reports(articles: Sequence[Article],
                    predictions: Sequence[Prediction]) -> list[tuple[str, Article | None, Incident]]:
    """Every incident of every prediction, in input order, with its article when known."""
    by_id = {a.id: a for a in articles}
    out: list[tuple[str, Article | None, Incident]] = []
    for prediction in predictions:
        article = by_id.get(prediction.article_id)
        for n, incident in enumerate(prediction.incidents):
            out.append((report_id_for(prediction.article_id, n), article, incident))
    return out


def keys_and_texts(reports: Sequence[tuple[str, Article | None, Incident]],
                   with_text: bool = True) -> tuple[list[ReportKeys], TextBank | None]:
    """Keys for scoring plus the texts for similarity (embedded lazily, in one batch)."""
    keys = [report_keys(rid, art, inc, order=n) for n, (rid, art, inc) in enumerate(reports)]
    if not with_text:
        return keys, None
    bank = TextBank()
    for rid, art, inc in reports:
        bank.add(rid, art, inc)
    return keys, bank


def link_predictions(articles: Sequence[Article],
                     predictions: Sequence[Prediction]) -> list[LinkDecision]:
    """Link incidents across articles; sets each ``incident.cluster`` in place to its canonical id."""
    reports = collect_reports(articles, predictions)
    if not reports:
        return []
    keys, bank = keys_and_texts(reports)
    decisions = link_all(keys, bank.similarity if bank is not None else None)
    for (_, _, incident), decision in zip(reports, decisions, strict=True):
        incident.cluster = decision.canonical_id
    return decisions
