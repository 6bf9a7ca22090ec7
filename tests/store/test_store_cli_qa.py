"""What a user sees from `otkaz incidents`/`incident` given a mistyped path or bad filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.store import IncidentFilter, Store, open_store


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_a_mistyped_db_is_an_error_and_no_empty_file_appears(tmp_path: Path) -> None:
    db = tmp_path / "otkaz-typo.db"
    for args in (["incidents"], ["incident", "inc_x"]):
        code, out = _run(*args, "--db", str(db))
        assert code == 1 and "Traceback" not in out
        assert out.strip().splitlines()[-1].startswith(f"Error: no database at '{db}'")
    assert not db.exists()


def test_bad_filters_are_named_not_shown_as_no_incidents(tmp_path: Path) -> None:
    db = str(tmp_path / "o.db")
    open_store(db).close()
    for args, says in ((["--from", "notadate"], "from 'notadate' is not an ISO date"),
                       (["--to", "2025-13-45"], "to '2025-13-45' is not an ISO date"),
                       (["--act", "deserton"], "act 'deserton' is not one of desertion"),
                       (["--country", "russia"], "country 'russia' is not an ISO 3166-1"),
                       (["--limit", "0"], "0 is not in the range x>=1")):
        code, out = _run("incidents", "--db", db, *args)
        assert code == 2 and says in out and "no incidents" not in out, out


def test_empty_database_and_empty_filter_result_say_different_things(store: Store, db_url: str) -> None:
    assert "no incidents stored yet" in _run("incidents", "--db", db_url)[1]
    code, out = _run("incidents", "--db", db_url, "--act", "mutiny")
    assert code == 0 and out == "no incidents match these filters\n"


def test_a_skip_is_recorded_once_however_often_it_is_met(store: Store) -> None:
    for _ in range(3):
        store.record_skip("feed.jsonl", "line 2", "not valid JSON")
        store.record_skip("feed.jsonl", None, "empty file")
    store.record_skip("feed.jsonl", "line 3", "not valid JSON")
    rows = store.conn.query("SELECT location, reason FROM skipped_inputs ORDER BY id")
    assert rows == [{"location": "line 2", "reason": "not valid JSON"},
                    {"location": None, "reason": "empty file"},
                    {"location": "line 3", "reason": "not valid JSON"}]


def test_an_empty_db_option_is_named_as_empty(tmp_path: Path) -> None:
    for args in (["incidents"], ["export", "--format", "csv", "-o", str(tmp_path / "x.csv")]):
        code, out = _run(*args, "--db", "")
        assert code == 1 and out == "Error: --db is empty: pass a SQLite file path or a postgresql:// URL\n"


def test_a_narrow_terminal_keeps_ids_whole_and_drops_the_summary(
        store: Store, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_store_listing import seed

    seed(store)
    monkeypatch.setenv("COLUMNS", "80")
    code, out = _run("incidents", "--db", db_url)
    ids = [r["id"] for r in store.query_incidents(IncidentFilter())[0]]
    lines = out.splitlines()
    assert ids and code == 0 and all(len(line) <= 80 for line in lines), out
    assert all(any(line.split()[:1] == [i] for line in lines) for i in ids), out
    assert "summary" not in lines[1] and "verification" in lines[1]
    assert lines[-1].endswith("; summaries need a terminal 120 columns wide")
    monkeypatch.setenv("COLUMNS", "160")
    assert "summary" in _run("incidents", "--db", db_url)[1].splitlines()[1]
