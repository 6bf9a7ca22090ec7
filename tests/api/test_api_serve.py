"""`otkaz serve` on a database that is not there: one line that says what to do, no traceback."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from otkaz.api import serve


def test_missing_sqlite_file_is_a_one_line_error_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "nope.db"
    with pytest.raises(click.ClickException, match="otkaz demo --db") as info:
        serve(str(db), host="127.0.0.1", port=1)
    assert "\n" not in info.value.message
    assert not db.exists()


def test_unreachable_postgres_is_a_one_line_error() -> None:
    with pytest.raises(click.ClickException, match="cannot connect to PostgreSQL") as info:
        serve("postgresql://nobody:secret@127.0.0.1:1/none", host="127.0.0.1", port=1)
    assert "secret" not in info.value.message  # the password never reaches the terminal
