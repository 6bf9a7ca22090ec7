"""One thin connection layer over sqlite3 and psycopg, so the store's SQL is written once."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

Row = dict[str, Any]


class StoreError(Exception):
    """A database the user pointed us at cannot be used; the message says what to do."""


def is_postgres_url(db: str) -> bool:
    """PostgreSQL when given a URL, SQLite path otherwise."""
    return db.startswith(("postgresql://", "postgres://"))


def redact_url(url: str) -> str:
    """The URL without its password, fit for an error message."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _dict_factory(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Row:
    return {col[0]: value for col, value in zip(cursor.description, row, strict=True)}


class Connection:
    """A connection with `?` placeholders on both dialects and nestable transactions."""

    dialect: str

    def __init__(self, raw: Any, dialect: str) -> None:
        self.raw = raw
        self.dialect = dialect
        self._depth = 0
        self._lock = threading.RLock()
        self._sql_cache: dict[str, str] = {}

    def _sql(self, sql: str) -> str:
        if self.dialect == "sqlite":
            return sql
        cached = self._sql_cache.get(sql)
        if cached is None:
            cached = sql.replace("%", "%%").replace("?", "%s")
            self._sql_cache[sql] = cached
        return cached

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        with self._lock:
            cur = self.raw.execute(self._sql(sql), tuple(params))
            return int(cur.rowcount or 0)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        with self._lock:
            cur = self.raw.cursor()
            cur.executemany(self._sql(sql), [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._lock:
            cur = self.raw.execute(self._sql(sql), tuple(params))
            return list(cur.fetchall())

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def script(self, sql: str) -> None:
        """Run a multi-statement migration script inside the current transaction."""
        with self._lock:
            if self.dialect == "postgres":
                self.raw.execute(sql)
                return
            for statement in split_sqlite_script(sql):
                self.raw.execute(statement)

    @contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[None]:
        """Outermost call is BEGIN/COMMIT; inner calls are savepoints, so nesting is safe.

        SQLite write transactions start IMMEDIATE: a second writer waits (busy_timeout) instead of
        failing with a stale snapshot after it has read.
        """
        with self._lock:
            depth = self._depth
            if depth == 0:
                begin = "BEGIN IMMEDIATE" if immediate and self.dialect == "sqlite" else "BEGIN"
                self.raw.execute(begin)
            else:
                self.raw.execute(f"SAVEPOINT sp{depth}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if depth == 0:
                    self.raw.execute("ROLLBACK")
                else:
                    self.raw.execute(f"ROLLBACK TO SAVEPOINT sp{depth}")
                    self.raw.execute(f"RELEASE SAVEPOINT sp{depth}")
                raise
            self._depth -= 1
            if depth == 0:
                self.raw.execute("COMMIT")
            else:
                self.raw.execute(f"RELEASE SAVEPOINT sp{depth}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def close(self) -> None:
        with self._lock:
            self.raw.close()


_STATEMENT_END = re.compile(r";\s*$")


def split_sqlite_script(sql: str) -> list[str]:
    """Split a script into statements without breaking trigger bodies (executescript would commit)."""
    statements: list[str] = []
    buffer: list[str] = []
    for line in sql.splitlines():
        stripped = line.strip()
        if not buffer and (not stripped or stripped.startswith("--")):
            continue
        buffer.append(line)
        candidate = "\n".join(buffer)
        if _STATEMENT_END.search(line) and sqlite3.complete_statement(candidate):
            statements.append(candidate)
            buffer = []
    if buffer and "\n".join(buffer).strip():
        statements.append("\n".join(buffer))
    return statements


def _wal(raw: sqlite3.Connection, patience: float = 15.0) -> None:
    """WAL lets readers and a writer work at once; a read-only file keeps its mode and can be read.

    Switching a new file to WAL needs a moment alone with it and SQLite does not wait for that
    (no busy handler), so two processes opening a fresh database together retry here.
    """
    deadline = time.monotonic() + patience
    while True:
        try:
            raw.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc):
                return
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def connect_sqlite(path: str) -> Connection:
    """Open (creating if missing) a SQLite file in WAL mode with foreign keys on."""
    if not path.strip():  # Path("") is the current folder: say what is really wrong
        raise StoreError("--db is empty: pass a SQLite file path or a postgresql:// URL")
    if path != ":memory:":
        parent = Path(path).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(
                f"cannot create database {path!r}: folder {str(parent)!r} does not exist "
                "(create it, or pass --db with another path)"
            )
        if Path(path).is_dir():
            raise StoreError(f"cannot open database {path!r}: it is a folder (pass a file path to --db)")
    try:
        raw = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        raw.row_factory = _dict_factory
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("PRAGMA busy_timeout = 30000")
        if path != ":memory:":
            _wal(raw)
        raw.execute("PRAGMA synchronous = NORMAL")
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"cannot open database {path!r}: {exc} (is it an otkaz SQLite file? pass --db with "
            "a new path to start a fresh one)"
        ) from None
    return Connection(raw, "sqlite")


def connect_postgres(url: str) -> Connection:
    """Connect with psycopg 3 in autocommit mode (transactions are explicit)."""
    try:
        import psycopg
        from psycopg.rows import dict_row
    except ImportError:
        raise StoreError(
            "PostgreSQL support needs psycopg: pip install 'otkaz[postgres]'"
        ) from None
    try:
        raw = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=10)
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split())
        raise StoreError(
            f"cannot connect to PostgreSQL at {redact_url(url)}: {reason} "
            "(is the server running and the URL right? or pass --db with a SQLite file path)"
        ) from None
    return Connection(raw, "postgres")
