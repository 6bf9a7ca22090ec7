"""`otkaz ingest` on a folder of mixed inputs: every article stored, every skip recorded with its reason."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_cli_ingests_a_mixed_folder_and_records_skips(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    shutil.copytree(FIXTURES, folder)
    (folder / "broken.jsonl").write_text('{"text": "A soldier refused to go to the front."}\n{oops\n')
    db = str(tmp_path / "o.db")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        articles = store.conn.query("SELECT url, source, language FROM articles")
        skips = store.conn.query("SELECT source, location, reason FROM skipped_inputs")
    # 2 pages + 3 feed entries + 3 Telegram JSON posts + 2 Telegram HTML posts + 2 t.me/s posts
    # + 1 good JSON line
    assert len(articles) == 13
    assert {a["language"] for a in articles} == {"en", "ru"}
    assert any(s["location"] == "line 2" and "not valid JSON" in s["reason"] for s in skips)
    assert any("service or media-only" in s["reason"] for s in skips)
    again = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db])
    assert "13 already stored" in again.output


def test_cli_rejects_a_bad_mapping_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(FIXTURES), "--db", str(tmp_path / "x.db"),
                                      "--mapping", "author=byline"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "not one of" in result.output
