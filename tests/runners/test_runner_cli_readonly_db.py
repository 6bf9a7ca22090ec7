"""Ingest into a database that cannot be written: one line that says why and what to do."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.store import open_store


@pytest.fixture
def frozen_db(tmp_path: Path) -> Iterator[Path]:
    """An immutable SQLite file (chattr +i), which even root cannot write."""
    db = tmp_path / "frozen.db"
    with open_store(str(db)) as store:
        store.conn.execute("PRAGMA journal_mode = DELETE")
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(db)], capture_output=True).returncode:
        pytest.skip("needs chattr +i (root on a filesystem with immutable files)")
    try:
        yield db
    finally:
        subprocess.run([chattr, "-i", str(db)], check=False)


def test_ingest_into_a_read_only_database(frozen_db: Path, tmp_path: Path) -> None:
    src = tmp_path / "one.jsonl"
    src.write_text('{"text": "Two conscripts left their unit near Pskov on 5 May 2025."}\n')
    result = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(frozen_db)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("database error, stopped (attempt to write a readonly database)")
    assert lines[0].endswith("check the permissions of the file and its folder, or pass --db with "
                             "another path")
    assert "0 incidents" not in lines[1] and f"database {frozen_db}" in lines[1]


def test_a_read_only_database_can_still_be_listed_and_exported(frozen_db: Path, tmp_path: Path) -> None:
    listed = CliRunner().invoke(cli, ["incidents", "--db", str(frozen_db)])
    assert listed.exit_code == 0 and "no incidents stored yet" in listed.output
    out = tmp_path / "x.geojson"
    exported = CliRunner().invoke(cli, ["export", "--db", str(frozen_db), "--format", "geojson",
                                        "-o", str(out)])
    assert exported.exit_code == 0 and out.exists(), exported.output
