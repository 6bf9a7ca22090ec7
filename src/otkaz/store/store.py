"""The store: articles, reports, canonical incidents, merge log, redirects, statistics, state."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from otkaz import __version__
from otkaz.models import Article, CanonicalIncident, Prediction
from otkaz.store.db import Connection, StoreError, connect_postgres, connect_sqlite, is_postgres_url
from otkaz.store.filters import pipe_list
from otkaz.store.migrate import migrate
from otkaz.store.reading import ReadingMixin
from otkaz.store.rows import (
    ARTICLE_COLUMNS,
    ReportRow,
    article_from_row,
    canonical_values,
    now,
    report_row,
    report_values,
    search_text_for,
    statistic_values,
)

SOURCE_STATE_FIELDS = ("etag", "last_modified", "last_polled", "last_status", "cursor")
_REPORT_SELECT = (
    "SELECT r.id, r.article_id, r.canonical_id, r.data, "
    + ", ".join(f"a.{c} AS a_{c}" for c in ARTICLE_COLUMNS)
    + " FROM reports r JOIN articles a ON a.id = r.article_id"
)
_MAX_REDIRECT_HOPS = 32


def open_store(db: str, create: bool = True) -> Store:
    """SQLite path (created if missing) or postgresql:// URL; applies pending migrations.

    ``create=False`` is for commands that only read: a mistyped path is an error, not a new empty file.
    """
    if not create and not is_postgres_url(db) and db != ":memory:" and not Path(db).expanduser().exists():
        raise StoreError(f"no database at {db!r} (build one with `otkaz ingest PATH --db {db}` "
                         "or `otkaz demo`, or check the --db path)")
    conn = connect_postgres(db) if is_postgres_url(db) else connect_sqlite(db)
    try:
        migrate(conn)
    except StoreError:
        conn.close()
        raise
    except Exception as exc:
        conn.close()
        reason = " ".join(str(exc).split())
        raise StoreError(f"cannot prepare database {db!r}: {reason}") from None
    return Store(conn)


class Store(ReadingMixin):
    """One database, either dialect; every write method is one transaction (or joins yours)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes: all of them are kept, or none."""
        with self.conn.transaction():
            yield

    # ---- articles -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Fast path for re-ingest and resume: no extraction for what is already stored."""
        return self.conn.query_one("SELECT 1 AS x FROM articles WHERE id = ?", (article_id,)) is not None

    def save_extraction(
        self, article: Article, prediction: Prediction, source: str | None = None
    ) -> list[str]:
        """Article + its reports + statistics in one transaction; [] if the article is stored."""
        with self.conn.transaction():
            inserted = self.conn.execute(
                "INSERT INTO articles (id, url, outlet, published_at, language, title, text, source,"
                " relevant, reason, extractor_version, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                (
                    article.id, article.url, article.outlet, article.published_at,
                    article.language, article.title, article.text, source,
                    int(prediction.relevant), prediction.reason, __version__, now(),
                ),
            )
            if not inserted:
                return []
            report_ids = [f"{article.id}#{n}" for n in range(len(prediction.incidents))]
            self.conn.executemany(
                "INSERT INTO reports (id, article_id, idx, acts, date_start, date_end, country,"
                " admin1, place, lat, lon, participants_best, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    report_values(rid, article.id, n, inc)
                    for n, (rid, inc) in enumerate(zip(report_ids, prediction.incidents, strict=True))
                ],
            )
            self.conn.executemany(
                "INSERT INTO statistics (id, article_id, measure, value_best, value_low, value_high,"
                " period_start, period_end, scope, force, publisher, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    statistic_values(f"{article.id}#s{n}", article.id, stat)
                    for n, stat in enumerate(prediction.statistics)
                ],
            )
        return report_ids

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.query_one(
            "SELECT " + ", ".join(ARTICLE_COLUMNS) + " FROM articles WHERE id = ?", (article_id,)
        )
        return article_from_row(row) if row else None

    def record_skip(self, source: str, location: str | None, reason: str) -> None:
        """Keep every input we could not take, with why: never silently dropped, and once only,
        so re-ingesting the same files leaves the same rows."""
        with self.conn.transaction():
            self.conn.execute(
                "INSERT INTO skipped_inputs (source, location, reason, created_at) "
                "SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT) "
                "WHERE NOT EXISTS (SELECT 1 FROM skipped_inputs WHERE source = ? "
                "AND COALESCE(location, '') = COALESCE(CAST(? AS TEXT), '') AND reason = ?)",
                (source, location, reason, now(), source, location, reason),
            )

    # ---- linking ----------------------------------------------------------------------------

    def reports_in_block(
        self,
        acts: Sequence[str],
        country: str | None,
        admin1: str | None,
        date_from: str | None,
        date_to: str | None,
        limit: int = 500,
    ) -> list[ReportRow]:
        """Candidate reports: any shared act; a None argument does not constrain, a value must match.

        Dates are overlap: the report's span [date_start, date_end or date_start] meets
        [date_from, date_to]; reports without a date_start are left out when a date is given.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if acts:
            clauses.append("(" + " OR ".join("r.acts LIKE ?" for _ in acts) + ")")
            params.extend(f"%{pipe_list([a])}%" for a in acts)
        if country:
            # with admin1 given, '+' keeps the planner on the far narrower admin1 index
            clauses.append(("+" if admin1 and self.dialect == "sqlite" else "") + "r.country = ?")
            params.append(country)
        if admin1:
            clauses.append("r.admin1 = ?")
            params.append(admin1)
        if date_from:
            clauses.append("COALESCE(r.date_end, r.date_start) >= ?")
            params.append(date_from)
        if date_to:
            clauses.append("r.date_start <= ?")
            params.append(date_to)
        where = " AND ".join(clauses) or "1=1"
        rows = self.conn.query(
            f"{_REPORT_SELECT} WHERE {where} ORDER BY r.date_start DESC, r.id LIMIT ?",
            (*params, limit),
        )
        return [report_row(r) for r in rows]

    def get_reports(self, report_ids: Iterable[str]) -> list[ReportRow]:
        """Reports by id, in the order asked; unknown ids are left out."""
        ids = list(dict.fromkeys(report_ids))
        found: dict[str, ReportRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.conn.query(f"{_REPORT_SELECT} WHERE r.id IN ({marks})", chunk):
                found[row["id"]] = report_row(row)
        return [found[i] for i in ids if i in found]

    def reports_of(self, canonical_id: str) -> list[ReportRow]:
        rows = self.conn.query(
            f"{_REPORT_SELECT} WHERE r.canonical_id = ? ORDER BY a.published_at, r.id",
            (canonical_id,),
        )
        return [report_row(r) for r in rows]

    def save_canonical(self, canonical: CanonicalIncident) -> None:
        """Upsert the merged record: flat columns for filters, the whole record as JSON."""
        with self.conn.transaction():
            outlets = self._outlets(canonical.report_ids)
            values = canonical_values(canonical, search_text_for(canonical, outlets), now())
            columns = list(values)
            updates = ", ".join(
                f"{c} = excluded.{c}" for c in columns if c not in ("id", "created_at")
            )
            self.conn.execute(
                f"INSERT INTO canonical_incidents ({', '.join(columns)})"
                f" VALUES ({', '.join('?' * len(columns))})"
                f" ON CONFLICT (id) DO UPDATE SET {updates}",
                list(values.values()),
            )

    def _outlets(self, report_ids: list[str]) -> list[str]:
        if not report_ids:
            return []
        outlets: set[str] = set()
        for start in range(0, len(report_ids), 500):
            chunk = report_ids[start : start + 500]
            rows = self.conn.query(
                "SELECT DISTINCT a.outlet FROM reports r JOIN articles a ON a.id = r.article_id"
                f" WHERE r.id IN ({', '.join('?' * len(chunk))}) AND a.outlet IS NOT NULL",
                chunk,
            )
            outlets.update(r["outlet"] for r in rows)
        return sorted(outlets)

    def assign_report(
        self, report_id: str, canonical_id: str, action: str, score: float | None,
        features: dict[str, Any],
    ) -> None:
        """Point a report at its canonical incident and log why (merge_log)."""
        with self.conn.transaction():
            changed = self.conn.execute(
                "UPDATE reports SET canonical_id = ? WHERE id = ?", (canonical_id, report_id)
            )
            if not changed:
                raise KeyError(f"no report {report_id!r}")
            self.conn.execute(
                "INSERT INTO merge_log (report_id, canonical_id, action, score, features, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (report_id, canonical_id, action, score,
                 json.dumps(features, ensure_ascii=False, default=str), now()),
            )

    def add_redirect(self, old_id: str, new_id: str) -> None:
        """Retire old_id in favour of new_id; earlier redirects to old_id now point to new_id."""
        if old_id == new_id:
            return
        with self.conn.transaction():
            self.conn.execute(
                "INSERT INTO redirects (old_id, new_id, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
                (old_id, new_id, now()),
            )
            self.conn.execute("UPDATE redirects SET new_id = ? WHERE new_id = ?", (new_id, old_id))
            self.conn.execute("DELETE FROM redirects WHERE old_id = new_id")

    def resolve_id(self, incident_id: str) -> str:
        """Where an incident id lives now (itself when never retired)."""
        current = incident_id
        for _ in range(_MAX_REDIRECT_HOPS):
            row = self.conn.query_one("SELECT new_id FROM redirects WHERE old_id = ?", (current,))
            if row is None:
                return current
            current = row["new_id"]
        return current

    def delete_canonical(self, incident_id: str) -> None:
        """Remove a canonical incident; reports still pointing at it become unlinked."""
        with self.conn.transaction():
            self.conn.execute(
                "UPDATE reports SET canonical_id = NULL WHERE canonical_id = ?", (incident_id,)
            )
            self.conn.execute("DELETE FROM canonical_incidents WHERE id = ?", (incident_id,))

    # ---- source state ---------------------------------------------------------------------------

    def get_source_state(self, source: str) -> dict[str, Any] | None:
        return self.conn.query_one(
            "SELECT source, " + ", ".join(SOURCE_STATE_FIELDS) + " FROM source_state WHERE source = ?",
            (source,),
        )

    def set_source_state(self, source: str, **fields: Any) -> None:
        """Upsert only the given fields (etag, last_modified, last_polled, last_status, cursor)."""
        unknown = set(fields) - set(SOURCE_STATE_FIELDS)
        if unknown:
            raise ValueError(f"unknown source_state fields: {sorted(unknown)}")
        if not fields:
            return
        names = list(fields)
        with self.conn.transaction():
            self.conn.execute(
                f"INSERT INTO source_state (source, {', '.join(names)})"
                f" VALUES (?, {', '.join('?' * len(names))})"
                f" ON CONFLICT (source) DO UPDATE SET "
                + ", ".join(f"{n} = excluded.{n}" for n in names),
                (source, *[fields[n] for n in names]),
            )
