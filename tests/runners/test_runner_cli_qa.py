"""`otkaz demo` and `otkaz watch` with bad input: each problem once, on one line, with an exit code."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from otkaz.cli import cli


def _run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output, result.output
    return result.exit_code, [line for line in result.output.splitlines() if line.strip()]


def test_demo_into_a_folder_prints_the_reason_once(tmp_path: Path) -> None:
    code, lines = _run("demo", "--db", str(tmp_path))
    assert code == 1 and lines == [f"cannot open database '{tmp_path}': it is a folder "
                                   "(pass a file path to --db)"]


def test_watch_names_a_sources_file_that_is_not_utf8(tmp_path: Path) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_bytes("http://127.0.0.1:9/лента.xml\n".encode("cp1251"))
    code, lines = _run("watch", str(sources), "--db", str(tmp_path / "w.db"), "--once")
    assert code == 2 and lines == [f"otkaz watch: {sources}: not UTF-8 text; save the list of "
                                   "sources as UTF-8"]


def test_watch_once_with_failing_sources_exits_non_zero_and_says_why(tmp_path: Path) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text("http://127.0.0.1:9/feed.xml\nftp://example.test/feed\n!!! not a source\n")
    code, lines = _run("watch", str(sources), "--db", str(tmp_path / "w.db"), "--once")
    assert code == 1
    assert "ftp://example.test/feed: error: only http:// and https:// URLs can be watched" in lines[1]
    assert "!!! not a source: error: no such file or directory (each line is a feed" in lines[2]
    assert "poll 1: 3 sources, 0 new articles, 3 errors in" in lines[-1]


def test_a_reused_id_with_another_text_is_a_skip_not_already_stored(tmp_path: Path) -> None:
    src = tmp_path / "dup.jsonl"
    src.write_text('{"id": "dup1", "text": "Two soldiers left a unit near Chita on 3 March 2025."}\n'
                   '{"id": "dup1", "text": "A unit near Pskov refused orders on 4 March 2025."}\n')
    db = str(tmp_path / "dup.db")
    code, lines = _run("ingest", str(src), "--db", db)
    assert lines[0] == (f"{src}:line 2: id 'dup1' is already stored with a different text; give "
                        "this article its own id (or drop 'id' to use a content hash)")
    assert "0 already stored, 1 skipped" in lines[-1]
    code, lines = _run("ingest", str(src), "--db", db)
    assert "1 already stored, 1 skipped" in lines[-1]
    from otkaz.store import open_store

    with open_store(db) as store:
        assert store.conn.query_one("SELECT COUNT(*) AS n FROM skipped_inputs") == {"n": 1}
