"""Syndicated copies are recognised at ingest and point at the article they copy."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from otkaz.ingest import NearDuplicateIndex, near_duplicate_key
from otkaz.runners.ingest import ingest
from otkaz.store import open_store
from otkaz.store.testing import backend_params, database_url

STORY = ("Eight soldiers of a motor rifle brigade left their positions near the village on Saturday "
         "and walked to the nearest town, where they asked local officials for help. Military police "
         "arrived the next morning and took five of them back to the unit. Relatives say the men had "
         "not been rotated for seven months and several of them were wounded. The brigade's command "
         "did not answer questions from reporters.")
COPY = ("REPOST: " + STORY.replace("Saturday", "Saturday,").replace("did not answer questions from "
        "reporters.", "did not respond to questions from reporters, the agency said."))
OTHER = ("A garrison court in the east of the country sentenced a contract serviceman to five years "
         "in a penal colony for leaving his unit without permission last spring. He had been detained "
         "at his parents' home in the autumn, according to the court's press service, and pleaded guilty.")


def test_exact_key_ignores_case_punctuation_and_spacing() -> None:
    assert near_duplicate_key(STORY) == near_duplicate_key("  " + STORY.upper().replace(",", " ,"))
    assert near_duplicate_key(STORY) != near_duplicate_key(OTHER)


def test_index_links_copies_to_the_first_article_only() -> None:
    index = NearDuplicateIndex()
    assert index.add("orig", STORY) is None
    assert index.add("other", OTHER) is None
    assert index.add("copy", COPY) == "orig"
    assert index.add("copy-of-copy", COPY + " Updated.") == "orig"
    assert index.find(OTHER + " Extra sentence at the end.")[0] == "other"
    assert len(index) == 4


@pytest.fixture(params=backend_params())
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


def _ingest(path: Path, db: str) -> None:
    report = ingest([str(path)], db=db, stderr=io.StringIO())
    assert report.fatal is None, report.fatal


def test_ingest_fills_near_duplicate_of_across_runs(tmp_path: Path, db: str) -> None:
    first = tmp_path / "first.txt"
    first.write_text(STORY)
    _ingest(first, db)
    later = tmp_path / "later"
    later.mkdir()
    (later / "copy.txt").write_text(COPY)
    (later / "other.txt").write_text(OTHER)
    _ingest(later, db)
    with open_store(db) as store:
        rows = {r["source"]: r for r in store.conn.query("SELECT id, source, near_duplicate_of FROM articles")}
    original = rows[str(first)]["id"]
    assert rows[str(later / "copy.txt")]["near_duplicate_of"] == original
    assert rows[str(later / "other.txt")]["near_duplicate_of"] is None
    assert rows[str(first)]["near_duplicate_of"] is None


CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


@pytest.mark.corpus
def test_syndicated_copy_in_the_codebook_corpus_is_found_and_distinct_reports_are_not() -> None:
    path = CORPUS / "dev" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"codebook corpus not found at {path}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    index = NearDuplicateIndex()
    flagged = {row["id"]: original for row in rows
               if (original := index.add(row["id"], row["text"])) is not None}
    # the same BBC story republished by two aggregator sites
    assert flagged.get("irr-bbc-mothers-icmglt-en") == "irr-bbc-mothers-civil-en"
    # different outlets writing up the same incident in their own words stay separate articles
    assert len(flagged) <= 2
