"""`otkaz serve` on a busy port: one line naming the fix, before any "serving …" message."""

from __future__ import annotations

import socket
from pathlib import Path

from click.testing import CliRunner

from otkaz.cli import cli
from otkaz.store import open_store


def test_serve_on_a_busy_port_is_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "o.db")
    open_store(db).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", db, "--port", str(port)])
    assert result.exit_code == 1, result.output
    assert result.output == (f"Error: cannot listen on 127.0.0.1:{port}: Address already in use "
                             "(is another server running there? pass --port with a free port)\n")
