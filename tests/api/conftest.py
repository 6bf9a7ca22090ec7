"""Every API test runs against the real app over a sample database on SQLite and on PostgreSQL."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from otkaz.api import create_app
from otkaz.api.testing import Sample, build_sample
from otkaz.store.testing import backend_params, database_url

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module", params=backend_params())
def sample_db(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Sample]]:
    """One sample database per backend and module: the API tests only read."""
    with database_url(request.param, tmp_path_factory.mktemp("api")) as url:
        yield url, build_sample(url)


@pytest.fixture(scope="module")
def sample(sample_db: tuple[str, Sample]) -> Sample:
    return sample_db[1]


@pytest.fixture(scope="module")
def client(sample_db: tuple[str, Sample]) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db[0])) as c:
        yield c
