"""Read side of the store: filtered, paginated incidents, one incident in full, statistics, timeline."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from otkaz.store.filters import (
    IncidentFilter,
    decode_cursor,
    encode_cursor,
    incident_where,
    search_words,
    tsquery,
    unpipe,
)
from otkaz.store.rows import CANONICAL_COLUMNS, canonical_dict

if TYPE_CHECKING:
    from otkaz.store.db import Connection

_SELECT = "SELECT " + ", ".join(f"c.{col}" for col in CANONICAL_COLUMNS) + ", c.sort_date"
_BUCKETS = ("day", "week", "month", "year")
_ITER_PAGE = 1000
_TEXT_WINDOW = 2000


def period_of(day: str, bucket: str) -> str:
    """The first day of the bucket a date falls in (weeks start on Monday)."""
    if bucket == "day":
        return day[:10]
    if bucket == "month":
        return day[:7] + "-01"
    if bucket == "year":
        return day[:4] + "-01-01"
    d = date.fromisoformat(day[:10])
    return (d - timedelta(days=d.weekday())).isoformat()


class ReadingMixin:
    """Queries for the API, exports and CLI; needs `conn`, `dialect` and `resolve_id`."""

    conn: Connection
    dialect: str

    def resolve_id(self, incident_id: str) -> str:  # provided by Store
        raise NotImplementedError

    def _page(
        self, f: IncidentFilter, limit: int, after: tuple[str, str] | None
    ) -> list[dict[str, Any]]:
        """Ids first (from the covering index where it can), then the full rows of just those."""
        words = search_words(f.q) if self.dialect == "postgres" else []
        where, params = incident_where(f, self.dialect, text=not words)
        if after is not None:
            sort_date, last_id = after
            where += " AND c.sort_date <= ? AND (c.sort_date < ? OR c.id > ?)"
            params += [sort_date, sort_date, last_id]
        if words:
            ids = self._pg_text_ids(where, params, tsquery(words), limit)
        else:
            keys = self.conn.query(
                f"SELECT c.id FROM canonical_incidents c WHERE {where}"
                " ORDER BY c.sort_date DESC, c.id LIMIT ?",
                (*params, limit),
            )
            ids = [k["id"] for k in keys]
        if not ids:
            return []
        rows = self.conn.query(
            f"{_SELECT} FROM canonical_incidents c WHERE c.id IN ({', '.join('?' * len(ids))})",
            ids,
        )
        by_id = {r["id"]: r for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def _pg_text_ids(self, where: str, params: list[Any], query: str, limit: int) -> list[str]:
        """PostgreSQL q=: look at the next rows in date order first (enough when the words are
        common); only when they are rare, collect all their matches from GIN and sort those."""
        window = self.conn.query(
            "SELECT w.id, w.search_tsv @@ to_tsquery('simple', ?) AS hit FROM ("
            f" SELECT c.id, c.sort_date, c.search_tsv FROM canonical_incidents c WHERE {where}"
            " ORDER BY c.sort_date DESC, c.id LIMIT ?) w ORDER BY w.sort_date DESC, w.id",
            (query, *params, _TEXT_WINDOW),
        )
        hits = [r["id"] for r in window if r["hit"]]
        if len(hits) >= limit or len(window) < _TEXT_WINDOW:
            return hits[:limit]
        rows = self.conn.query(  # OFFSET 0 keeps the GIN lookup inside: no walk over every row
            "SELECT m.id FROM (SELECT c.id, c.sort_date FROM canonical_incidents c"
            f" WHERE {where} AND c.search_tsv @@ to_tsquery('simple', ?) OFFSET 0) m"
            " ORDER BY m.sort_date DESC, m.id LIMIT ?",
            (*params, query, limit),
        )
        return [r["id"] for r in rows]

    def query_incidents(
        self, f: IncidentFilter, limit: int = 50, cursor: str | None = None
    ) -> tuple[list[dict[str, Any]], str | None]:
        """One page, newest first (undated last); the cursor fetches the next page, None at the end.

        Raises ValueError for a cursor this store did not issue.
        """
        limit = max(1, int(limit))
        after = decode_cursor(cursor) if cursor else None
        rows = self._page(f, limit + 1, after)
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = encode_cursor(rows[-1]["sort_date"], rows[-1]["id"]) if more else None
        return [canonical_dict(r) for r in rows], next_cursor

    def iter_incidents(self, f: IncidentFilter) -> Iterator[dict[str, Any]]:
        """Every matching incident, page by page, so exports of 100k rows stay in small memory."""
        after: tuple[str, str] | None = None
        while True:
            rows = self._page(f, _ITER_PAGE, after)
            for row in rows:
                yield canonical_dict(row)
            if len(rows) < _ITER_PAGE:
                return
            after = (rows[-1]["sort_date"], rows[-1]["id"])

    def count_incidents(self, f: IncidentFilter) -> int:
        where, params = incident_where(f, self.dialect)
        row = self.conn.query_one(
            f"SELECT COUNT(*) AS n FROM canonical_incidents c WHERE {where}", params
        )
        return int(row["n"]) if row else 0

    def get_incident(self, incident_id: str) -> dict[str, Any] | None:
        """Canonical incident (following redirects) with its reports, their articles and the merge log."""
        current = self.resolve_id(incident_id)
        row = self.conn.query_one(
            f"{_SELECT} FROM canonical_incidents c WHERE c.id = ?", (current,)
        )
        if row is None:
            return None
        out = canonical_dict(row)
        out["redirected_from"] = incident_id if current != incident_id else None
        out["reports"] = self._incident_reports(current)
        out["merge_log"] = self._merge_log(current, [r["id"] for r in out["reports"]])
        return out

    def _incident_reports(self, canonical_id: str) -> list[dict[str, Any]]:
        rows = self.conn.query(
            "SELECT r.id, r.article_id, r.idx, r.data, a.url, a.outlet, a.title, a.published_at,"
            " a.language FROM reports r JOIN articles a ON a.id = r.article_id"
            " WHERE r.canonical_id = ? ORDER BY a.published_at, r.id",
            (canonical_id,),
        )
        return [
            {
                "id": r["id"],
                "article_id": r["article_id"],
                "idx": r["idx"],
                "incident": json.loads(r["data"]),
                "article": {
                    "id": r["article_id"], "url": r["url"], "outlet": r["outlet"],
                    "title": r["title"], "published_at": r["published_at"],
                    "language": r["language"],
                },
            }
            for r in rows
        ]

    def _merge_log(self, canonical_id: str, report_ids: list[str]) -> list[dict[str, Any]]:
        """Log rows about this incident or any of its reports (so moves between incidents show)."""
        params: list[Any] = [canonical_id, *report_ids]
        marks = ", ".join("?" * len(report_ids))
        extra = f" OR report_id IN ({marks})" if report_ids else ""
        rows = self.conn.query(
            "SELECT id, report_id, canonical_id, action, score, features, created_at"
            f" FROM merge_log WHERE canonical_id = ?{extra} ORDER BY id",
            params,
        )
        for r in rows:
            r["features"] = json.loads(r["features"]) if r["features"] else {}
        return rows

    def query_statistics(
        self, measure: str | None = None, scope: str | None = None, limit: int = 500
    ) -> list[dict[str, Any]]:
        """Statistics with their article's url and outlet, most recent period first."""
        clauses, params = [], []
        if measure:
            clauses.append("s.measure = ?")
            params.append(measure)
        if scope:
            clauses.append("s.scope = ?")
            params.append(scope)
        where = " AND ".join(clauses) or "1=1"
        rows = self.conn.query(
            "SELECT s.id, s.article_id, s.measure, s.value_best, s.value_low, s.value_high,"
            " s.period_start, s.period_end, s.scope, s.force, s.publisher, s.data,"
            " a.url, a.outlet, a.published_at FROM statistics s"
            f" JOIN articles a ON a.id = s.article_id WHERE {where}"
            " ORDER BY COALESCE(s.period_end, '') DESC, s.id LIMIT ?",
            (*params, limit),
        )
        for r in rows:
            r["data"] = json.loads(r["data"])
        return rows

    def timeline(self, f: IncidentFilter, bucket: str = "week") -> list[dict[str, Any]]:
        """Incident counts per period and act; an incident with two acts counts under each."""
        if bucket not in _BUCKETS:
            raise ValueError(f"bucket must be one of {', '.join(_BUCKETS)}, got {bucket!r}")
        where, params = incident_where(f, self.dialect)
        rows = self.conn.query(  # the database counts per day; days fold into buckets here
            "SELECT c.date_start AS day, c.acts AS acts, COUNT(*) AS n FROM canonical_incidents c"
            f" WHERE {where} AND c.date_start IS NOT NULL GROUP BY c.date_start, c.acts",
            params,
        )
        wanted = set(f.acts)
        counts: Counter[tuple[str, str]] = Counter()
        periods: dict[str, str] = {}
        acts_of: dict[str, list[str]] = {}
        for r in rows:
            day, acts = r["day"], r["acts"]
            period = periods.get(day) or periods.setdefault(day, period_of(day, bucket))
            if acts not in acts_of:
                acts_of[acts] = [a for a in unpipe(acts) if not wanted or a in wanted]
            for act in acts_of[acts]:
                counts[(period, act)] += int(r["n"])
        return [
            {"period": p, "act": act, "count": n} for (p, act), n in sorted(counts.items())
        ]
