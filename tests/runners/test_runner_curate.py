"""Hand corrections through the CLI: merge and split keep every id a user may have cited working."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.runners.demo import demo
from otkaz.store import IncidentFilter, open_store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("curate") / "demo.db"
    demo(str(db))
    return db


def _ids(db: Path) -> list[str]:
    with open_store(str(db)) as store:
        rows, _ = store.query_incidents(IncidentFilter(), limit=100)
    return [r["id"] for r in rows]


def test_merge_then_split_keeps_cited_ids_resolving(demo_db: Path) -> None:
    runner = CliRunner()
    keep, other = _ids(demo_db)[:2]
    merged = runner.invoke(cli, ["merge", keep, other, "--db", str(demo_db)])
    assert merged.exit_code == 0, merged.output
    assert f"merged {other} into {keep}" in merged.output
    assert other not in _ids(demo_db)
    shown = runner.invoke(cli, ["incident", other, "--db", str(demo_db)])
    assert shown.exit_code == 0 and f"incident {keep} (was {other})" in shown.output

    with open_store(str(demo_db)) as store:
        reports = [r.id for r in store.reports_of(keep)]
    moved = reports[-1:]
    split = runner.invoke(cli, ["split", keep, *moved, "--db", str(demo_db)])
    assert split.exit_code == 0, split.output
    new_id = split.output.strip().rsplit(" ", 1)[-1]
    with open_store(str(demo_db)) as store:
        assert [r.id for r in store.reports_of(new_id)] == moved
        assert moved[0] not in [r.id for r in store.reports_of(keep)]


def test_unknown_ids_are_one_line_errors(demo_db: Path) -> None:
    runner = CliRunner()
    keep = _ids(demo_db)[0]
    bad_merge = runner.invoke(cli, ["merge", keep, "inc_nope", "--db", str(demo_db)])
    assert bad_merge.exit_code == 1 and "inc_nope" in bad_merge.output
    assert "Traceback" not in bad_merge.output
    bad_split = runner.invoke(cli, ["split", keep, "nope#0", "--db", str(demo_db)])
    assert bad_split.exit_code == 1 and "otkaz incident" in bad_split.output
