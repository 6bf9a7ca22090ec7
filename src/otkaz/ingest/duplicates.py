"""Fill articles.near_duplicate_of as articles are stored, across runs (syndicated copies)."""

from __future__ import annotations

import weakref
from typing import Any, ClassVar

from otkaz.ingest.dedupe import NearDuplicateIndex
from otkaz.models import Article

SEED_LIMIT = 50_000  # syndication happens within days: the latest articles are enough (~6 s)


class DuplicateMarker:
    """Points each newly stored article at the earliest stored article it copies, if any."""

    _by_store: ClassVar[weakref.WeakKeyDictionary[Any, DuplicateMarker]] = weakref.WeakKeyDictionary()

    @classmethod
    def for_store(cls, store: Any) -> DuplicateMarker:
        """One marker per open store, so `otkaz watch` indexes the database once, not every poll."""
        marker = cls._by_store.get(store)
        if marker is None:
            marker = cls._by_store[store] = cls(store)
        return marker

    def __init__(self, store: Any, threshold: float | None = None) -> None:
        self.store = store
        self.index = NearDuplicateIndex() if threshold is None else NearDuplicateIndex(threshold)
        self._seeded = False

    def _seed(self, new_id: str) -> None:
        """Index what was stored before, once, on the first new article (not for re-ingest runs)."""
        rows = self.store.conn.query(
            "SELECT id, text FROM articles WHERE id <> ? ORDER BY ingested_at DESC, id DESC LIMIT ?",
            (new_id, SEED_LIMIT),
        )
        self.index.extend((row["id"], row["text"]) for row in reversed(rows))
        self._seeded = True

    def note(self, article: Article) -> str | None:
        """Call inside the transaction that stored the article; returns the original's id."""
        if not self._seeded:
            self._seed(article.id)
        original = self.index.add(article.id, article.text)
        if original is not None and original != article.id:
            self.store.conn.execute(
                "UPDATE articles SET near_duplicate_of = ? WHERE id = ?", (original, article.id)
            )
            return original
        return None
