"""Test support shared by every stage's tests: the same test runs on SQLite and on PostgreSQL.

Use ``backend_params()`` in ``pytest.fixture(params=...)`` and ``database_url(backend, tmp_path)``
inside the fixture: SQLite gets a file in tmp_path, PostgreSQL a fresh schema dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

PG_ENV = "OTKAZ_TEST_PG_URL"
REQUIRE_ENV = "OTKAZ_REQUIRE_SERVICES"


def backend_params() -> list[str]:
    return ["sqlite", "postgres"]


def pg_base_url() -> str | None:
    """The test server URL, or None; raises when services are required but not configured."""
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get(REQUIRE_ENV) == "1":
        raise RuntimeError(f"{REQUIRE_ENV}=1 but {PG_ENV} is not set: PostgreSQL tests cannot run")
    return url or None


@contextmanager
def temporary_pg_schema(base_url: str) -> Iterator[str]:
    """A URL whose search_path is a new, empty schema; the schema is dropped on exit."""
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base_url, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base_url else "?"
    url = f"{base_url}{sep}options={quote(f'-csearch_path={schema}')}"
    try:
        yield url
    finally:
        with psycopg.connect(base_url, autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@contextmanager
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh database for one test; skips PostgreSQL (with the reason) when it is not configured."""
    if backend == "sqlite":
        yield str(tmp_path / "otkaz.db")
        return
    base = pg_base_url()
    if base is None:
        import pytest

        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql://otkaz:otkaz@127.0.0.1:5432/otkaz_test)")
    with temporary_pg_schema(base) as url:
        yield url
