"""Where the annotated corpus lives (beside the repo, never copied into it) and how to read it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def corpus_file(corpus_set: str, name: str) -> Path:
    """A corpus file, or skip the test with a reason when the corpus is not checked out beside us."""
    path = CORPUS / corpus_set / name
    if not path.exists():
        pytest.skip(f"needs the annotated corpus at {CORPUS.resolve()} (not part of this repo)")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
