"""An empty folder given to `otkaz ingest` says so instead of finishing silently with exit 0."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.ingest import Skip, read_source


def test_an_empty_folder_is_a_skip_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / ".DS_Store").write_text("x")
    items = list(read_source(str(tmp_path / "inbox")))
    assert items == [Skip(str(tmp_path / "inbox"), None,
                          "empty folder: no files to read (hidden files are passed over)")]


def test_cli_exits_non_zero_on_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "inbox").mkdir()
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "inbox"), "--db", str(tmp_path / "o.db")])
    assert result.exit_code == 1 and "empty folder: no files to read" in result.output
