"""Stage: api. `create_app(db)` builds the FastAPI app; `serve` runs it with uvicorn."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db: str) -> FastAPI:
    """The REST API, the map page and the offline docs over one database."""
    from otkaz.api.app import create_app as build

    return build(db)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted; a missing or unusable database is a one-line error."""
    import click
    import uvicorn

    from otkaz.store import StoreError

    try:
        app = create_app(db)
    except (FileNotFoundError, StoreError) as exc:
        raise click.ClickException(str(exc)) from None
    _check_can_listen(host, port)
    click.echo(f"otkaz: serving {db} at http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


def _check_can_listen(host: str, port: int) -> None:
    """A busy port is one line naming the fix, not "serving …" followed by uvicorn's log."""
    import socket

    import click

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(infos[0][4])
    except OSError as exc:
        import errno

        reason = getattr(exc, "strerror", None) or str(exc)
        hint = ("is another server running there? pass --port with a free port"
                if exc.errno == errno.EADDRINUSE else "check --host and --port")
        raise click.ClickException(f"cannot listen on {host}:{port}: {reason} ({hint})") from None


__all__ = ["create_app", "serve"]
