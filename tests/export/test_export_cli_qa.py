"""`otkaz export` and `publish datasette` with unusable databases or outputs: one line, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.store import open_store


def _last_line(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output.strip().splitlines()[-1]


@pytest.fixture
def bad_dbs(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "folder").mkdir()
    (tmp_path / "notes.db").write_text("not a database\n")
    return {"folder": str(tmp_path / "folder"), "not sqlite": str(tmp_path / "notes.db"),
            "missing": str(tmp_path / "typo.db")}


def test_export_with_an_unusable_db_is_one_line(tmp_path: Path, bad_dbs: dict[str, str]) -> None:
    says = {"folder": "it is a folder", "not sqlite": "file is not a database",
            "missing": "no database at"}
    for name, db in bad_dbs.items():
        code, line = _last_line(["export", "--db", db, "--format", "csv", "-o", str(tmp_path / "x.csv")])
        assert code == 1 and line.startswith("Error: ") and says[name] in line, (name, line)
    assert not (tmp_path / "typo.db").exists() and not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("fmt", ["csv", "acled", "geojson", "parquet"])
def test_export_to_a_missing_folder_names_the_path(tmp_path: Path, fmt: str) -> None:
    db = str(tmp_path / "o.db")
    open_store(db).close()
    out = tmp_path / "no-such-folder" / f"x.{fmt}"
    code, line = _last_line(["export", "--db", db, "--format", fmt, "-o", str(out)])
    assert code == 1 and line == f"Error: cannot write '{out}': No such file or directory (choose another -o path)"


def test_publish_datasette_with_a_non_sqlite_file_is_one_line(tmp_path: Path,
                                                              bad_dbs: dict[str, str]) -> None:
    code, line = _last_line(["publish", "datasette", "--db", bad_dbs["not sqlite"],
                             "-d", str(tmp_path / "site")])
    assert code == 1 and "file is not a database" in line and not (tmp_path / "site").exists()
