"""Export tests read one sample database per backend (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from otkaz.api.testing import Sample, build_sample
from otkaz.store.testing import backend_params, database_url


@pytest.fixture(scope="module", params=backend_params())
def sample_db(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Sample]]:
    with database_url(request.param, tmp_path_factory.mktemp("export")) as url:
        yield url, build_sample(url)


@pytest.fixture(scope="module")
def sqlite_sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Sample]:
    path = str(tmp_path_factory.mktemp("export-sqlite") / "otkaz.db")
    return path, build_sample(path)
