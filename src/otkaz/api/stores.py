"""Database handles for request threads: one SQLite connection per worker thread, so reads run
in parallel (sqlite3 releases the GIL while it works); one shared PostgreSQL connection."""

from __future__ import annotations

import threading

from otkaz.store import Store, open_store
from otkaz.store.db import is_postgres_url


class Stores:
    """Hands each thread its store; `close` ends them all when the server stops."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.shared = is_postgres_url(db) or db == ":memory:"
        self._first = open_store(db)  # fails fast on a bad database, and applies migrations
        self._local = threading.local()
        self._all = [self._first]
        self._lock = threading.Lock()

    def get(self) -> Store:
        if self.shared:
            return self._first
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()
