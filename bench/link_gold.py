"""Score the linker alone on gold incidents (clusters stripped), so linking is measured apart from extraction."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from otkaz.eval.clusters import bcubed, pairwise
from otkaz.link import link_predictions
from otkaz.models import Article, Prediction

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def load(split: str, keep_summary: bool) -> tuple[list[Article], list[Prediction], list[str]]:
    """Gold as predictions with every cluster removed; the gold labels come back separately."""
    articles = [Article(**json.loads(line)) for line in (CORPUS / split / "articles.jsonl").open()]
    preds, labels = [], []
    for line in (CORPUS / split / "gold.jsonl").open():
        data = json.loads(line)
        data["statistics"] = []  # only incidents are linked; some gold statistics carry decimals
        pred = Prediction(**data)
        for n, inc in enumerate(pred.incidents):
            labels.append(inc.cluster or f"solo:{pred.article_id}#{n}")
            inc.cluster = None
            if not keep_summary:
                inc.summary = ""
        preds.append(pred)
    return articles, preds, labels


def _why(articles: list[Article], preds: list[Prediction], rid_a: str, rid_b: str) -> None:
    """Print the pair score of two reports the linker kept apart."""
    from otkaz.link.batch import collect_reports, keys_and_texts
    from otkaz.link.score import score_pair

    reports = [r for r in collect_reports(articles, preds) if r[0] in (rid_a, rid_b)]
    keys, bank = keys_and_texts(reports)
    assert bank is not None
    pair = score_pair(keys[0], keys[1], bank.similarity(keys[0].report_id, keys[1].report_id))
    print(f"     {pair.veto} {pair.score} {pair.features}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--no-summary", action="store_true", help="drop gold summaries (closer to extractor output)")
    parser.add_argument("--show", action="store_true", help="print wrong links")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    articles, preds, gold = load(args.split, not args.no_summary)
    started = time.perf_counter()
    decisions = link_predictions(articles, preds)
    elapsed = time.perf_counter() - started
    pred = [d.canonical_id for d in decisions]
    pw, b3 = pairwise(gold, pred), bcubed(gold, pred)
    print(f"{args.split}: {len(pred)} incidents, {len(set(pred))} clusters, {len(set(gold))} gold clusters, {elapsed:.2f}s")
    print(f"pairwise  P={pw.precision:.3f} R={pw.recall:.3f} F1={pw.f1:.3f}")
    print(f"b-cubed   P={b3.precision:.3f} R={b3.recall:.3f} F1={b3.f1:.3f}")
    if args.show:
        for i, d in enumerate(decisions):
            if d.action == "link":
                j = next(n for n, x in enumerate(decisions) if x.report_id == d.matched_report)
                ok = gold[i] == gold[j]
                print(("OK  " if ok else "BAD ") + f"{d.report_id} -> {decisions[j].report_id} {d.score} {d.features}")
        for i, d in enumerate(decisions):
            same = [decisions[j].report_id for j in range(i) if gold[j] == gold[i] and pred[j] != pred[i]]
            if same and not gold[i].startswith("solo"):
                print(f"MISS {d.report_id} ({gold[i]}) not with {same[:3]}")
                _why(articles, preds, d.report_id, same[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
