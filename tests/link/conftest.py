"""A fresh real database per link test: SQLite always, PostgreSQL when configured."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from otkaz.store import Store, open_store
from otkaz.store.testing import backend_params, database_url


@pytest.fixture(params=backend_params())
def link_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh real database (SQLite file, or a PostgreSQL schema when configured)."""
    with database_url(request.param, tmp_path) as url:
        store = open_store(url)
        try:
            yield store
        finally:
            store.close()
