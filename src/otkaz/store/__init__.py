"""Stage: store. One schema for SQLite and PostgreSQL; `open_store(db)` is the way in."""

from otkaz.store.db import StoreError
from otkaz.store.filters import IncidentFilter
from otkaz.store.rows import ReportRow
from otkaz.store.store import Store, open_store

__all__ = ["IncidentFilter", "ReportRow", "Store", "StoreError", "open_store"]
