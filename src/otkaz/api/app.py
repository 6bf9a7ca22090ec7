"""The application: REST API, the map page and offline API docs from one server."""

from __future__ import annotations

import json
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from otkaz import __version__
from otkaz.api import exports, problems, routes
from otkaz.api.stores import Stores
from otkaz.store.db import is_postgres_url

WEB = Path(__file__).resolve().parent.parent / "web"
STATIC = WEB / "static"
TILE_ENV = "OTKAZ_TILE_URL"
TILE_ATTRIBUTION_ENV = "OTKAZ_TILE_ATTRIBUTION"

DESCRIPTION = """\
Incidents of desertion, mutiny, refusal, enforcement and prosecution, each field backed by
evidence quotes from the reports it was merged from.

* Every list endpoint takes the same filters; an unknown query parameter is an error (422),
  so a misspelt filter never silently returns everything.
* Paging is by cursor: follow `next_url` or the `Link: <…>; rel="next"` header.
* An incident id retired by a merge answers `301 Moved Permanently` to the incident it
  became part of.
* Errors are `application/problem+json` (RFC 9457).
"""


def page_config() -> dict[str, str | None]:
    """What the page needs from the server's environment: an optional tile layer."""
    return {"tileUrl": os.environ.get(TILE_ENV) or None,
            "tileAttribution": os.environ.get(TILE_ATTRIBUTION_ENV) or None}


def content_security_policy(tile_url: str | None) -> str:
    """Only our own origin, plus the configured tile server's images: article text can't load anything."""
    img = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "tiles"))
        if parts.scheme in ("http", "https") and parts.hostname:
            host = parts.netloc.replace("tiles.", "*.", 1) if "{s}" in tile_url else parts.netloc
            img += f" {parts.scheme}://{host}"
    return (f"default-src 'self'; img-src {img}; style-src 'self' 'unsafe-inline'; "
            "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'")


def _html(name: str, config: dict[str, str | None] | None = None) -> str:
    text = (WEB / "templates" / name).read_text(encoding="utf-8")
    if config is not None:
        # JSON inside <script type="application/json">: escape '<' so no value can close the tag.
        payload = json.dumps(config).replace("<", "\\u003c")
        text = text.replace("{{CONFIG_JSON}}", payload)
    return text


def _check_database(db: str) -> None:
    if not is_postgres_url(db) and db != ":memory:" and not Path(db).exists():
        raise FileNotFoundError(
            f"no database at {db}: build one with `otkaz demo --db {db}` or `otkaz ingest`")


class CommonHeaders:
    """nosniff on every answer, and Server-Timing: time spent in the app, so slowness can be told
    apart from the network or the client. Plain ASGI: no per-request task or body copy."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers["Server-Timing"] = f"app;dur={(time.perf_counter() - start) * 1000:.1f}"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db: str) -> FastAPI:
    """The ASGI app over one database (SQLite path or postgresql:// URL)."""
    _check_database(db)
    stores = Stores(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(title="otkaz", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.stores = stores
    problems.install(app)
    app.include_router(routes.router)
    app.include_router(exports.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        config = page_config()
        return HTMLResponse(_html("index.html", config), headers={
            "Content-Security-Policy": content_security_policy(config["tileUrl"])})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_html("docs.html"), headers={
            "Content-Security-Policy": content_security_policy(None)})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.add_middleware(CommonHeaders)

    return app
