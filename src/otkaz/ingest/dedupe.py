"""Exact and near-duplicate articles (syndication, reposts): normalised keys and MinHash LSH."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: pairs above ~0.5 Jaccard meet in some band
ROWS = NUM_PERM // BANDS
DEFAULT_THRESHOLD = 0.7
_MASK = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20240601)
_A = _rng.integers(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_text(text: str) -> str:
    """Case, accents, ё/е, punctuation and spacing removed: what syndicated copies share."""
    text = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    return " ".join(_WORD.findall(text))


def near_duplicate_key(text: str) -> str:
    """Exact-duplicate key: equal for texts that differ only in case, punctuation or spacing."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()


def _shingle_hashes(text: str) -> np.ndarray:
    words = normalise_text(text).split()
    if len(words) < SHINGLE_WORDS:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)]
    # Python's string hash is salted per process: signatures are compared within one process and
    # never stored (the index is rebuilt from article texts), and it is twice as fast as blake2b.
    values = {hash(g) & 0xFFFFFFFFFFFFFFFF for g in grams}
    return np.fromiter(values, dtype=np.uint64, count=len(values))


def minhash(text: str) -> np.ndarray:
    """NUM_PERM-value MinHash signature of the text's word 5-shingles."""
    hashes = _shingle_hashes(text)
    if hashes.size == 0:
        return np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        mixed = (_A[:, None] * hashes[None, :] + _B[:, None]) & _MASK
    return np.asarray(mixed.min(axis=1), dtype=np.uint64)


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(sig_a == sig_b))


class NearDuplicateIndex:
    """Remembers articles seen so far; `add` says which earlier article a new one copies."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._exact: dict[str, str] = {}
        self._bands: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]
        self._signatures: dict[str, np.ndarray] = {}
        self._original: dict[str, str] = {}  # copy → the first article of its family

    def __len__(self) -> int:
        return len(self._signatures)

    def find(self, text: str) -> tuple[str | None, float]:
        """(id of the best earlier match at or above the threshold, its similarity)."""
        exact = self._exact.get(near_duplicate_key(text))
        if exact is not None:
            return exact, 1.0
        return self._find_signature(minhash(text))

    def _find_signature(self, signature: np.ndarray) -> tuple[str | None, float]:
        candidates: set[str] = set()
        for band, table in enumerate(self._bands):
            candidates.update(table.get(signature[band * ROWS:(band + 1) * ROWS].tobytes(), ()))
        best_id, best = None, 0.0
        for candidate in sorted(candidates):
            score = similarity(signature, self._signatures[candidate])
            if score > best:
                best_id, best = candidate, score
        return (best_id, best) if best >= self.threshold else (None, best)

    def add(self, article_id: str, text: str) -> str | None:
        """Index the article; return the id of the first article of the family it copies, if any."""
        if article_id in self._signatures:
            return None
        key = near_duplicate_key(text)
        original = self._exact.get(key)
        signature = minhash(text)
        if original is None:
            original, _ = self._find_signature(signature)
        if original is not None:
            original = self._original.get(original, original)
            self._original[article_id] = original
        self._exact.setdefault(key, article_id)
        self._signatures[article_id] = signature
        for band, table in enumerate(self._bands):
            table.setdefault(signature[band * ROWS:(band + 1) * ROWS].tobytes(), []).append(article_id)
        return original

    def extend(self, articles: Iterable[tuple[str, str]]) -> None:
        """Seed from stored (id, text) pairs, so duplicates are found across runs."""
        for article_id, text in articles:
            self.add(article_id, text)
