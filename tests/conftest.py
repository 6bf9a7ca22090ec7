"""Shared fixtures: the real corpus (read in place, never copied) and one extraction of it per session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from corpusfix import corpus_file, read_jsonl


def _extract_set(corpus_set: str, tmp: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from otkaz.runners.extract import extract

    articles = corpus_file(corpus_set, "articles.jsonl")
    output = tmp / f"{corpus_set}-pred.jsonl"
    report = extract(articles, output, link=True)
    assert report.ok, f"extract failed on {articles}: {report.errors or report.fatal}"
    return read_jsonl(articles), read_jsonl(output)


@pytest.fixture(scope="session")
def dev_predictions(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(articles, predictions) of the real extract runner, with linking, on the dev corpus; once per session."""
    return _extract_set("dev", tmp_path_factory.mktemp("dev-extract"))


@pytest.fixture(scope="session")
def seed_predictions(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(articles, predictions) of the real extract runner on the five seed articles."""
    return _extract_set("seeds", tmp_path_factory.mktemp("seed-extract"))
