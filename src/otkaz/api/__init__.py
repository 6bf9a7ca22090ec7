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
    click.echo(f"otkaz: serving {db} at http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


__all__ = ["create_app", "serve"]
