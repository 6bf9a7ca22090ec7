"""Opening databases: migrations once, clear one-line errors for paths and URLs that cannot work."""

from __future__ import annotations

from pathlib import Path

import pytest

from otkaz.store import StoreError, open_store
from otkaz.store.migrate import available


def test_migrations_apply_once_and_reopen_is_a_noop(db_url: str) -> None:
    shipped = [m.version for m in available("sqlite")]
    with open_store(db_url) as s:
        versions = [r["version"] for r in s.conn.query(
            "SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == shipped
        s.record_skip("x", None, "kept")
    with open_store(db_url) as s:
        assert s.conn.query_one("SELECT COUNT(*) AS n FROM schema_migrations")["n"] == len(shipped)  # type: ignore[index]
        assert s.conn.query_one("SELECT reason FROM skipped_inputs") == {"reason": "kept"}


def test_both_dialects_share_one_history() -> None:
    assert [m.version for m in available("sqlite")] == [m.version for m in available("postgres")]


def test_a_database_from_a_newer_otkaz_is_refused(db_url: str) -> None:
    with open_store(db_url) as s:
        s.conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')")
    with pytest.raises(StoreError, match="newer than this otkaz"):
        open_store(db_url)


def test_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "a.db")) as s:
        assert s.dialect == "sqlite"
        assert s.conn.query_one("PRAGMA journal_mode") == {"journal_mode": "wal"}
        assert s.conn.query_one("PRAGMA foreign_keys") == {"foreign_keys": 1}


@pytest.mark.parametrize("make, message", [
    (lambda p: str(p / "missing" / "x.db"), "does not exist"),
    (lambda p: str(p), "is a folder"),
])
def test_unusable_sqlite_paths_give_one_line_errors(tmp_path: Path, make, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match=message) as info:
        open_store(make(tmp_path))
    assert "\n" not in str(info.value)


def test_a_file_that_is_not_a_database_is_not_touched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"text": "not a database"}\n' * 200)
    before = notes.read_bytes()
    with pytest.raises(StoreError, match="not a database"):
        open_store(str(notes))
    assert notes.read_bytes() == before


def test_unreachable_postgres_names_the_url_without_password() -> None:
    with pytest.raises(StoreError) as info:
        open_store("postgresql://otkaz:secret@127.0.0.1:1/otkaz")
    text = str(info.value)
    assert "secret" not in text and "127.0.0.1:1" in text and "\n" not in text
