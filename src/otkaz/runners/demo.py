"""`otkaz demo`: build a database from the bundled demo articles and show what was found."""

from __future__ import annotations

import sys
from collections import Counter
from importlib import resources
from typing import IO

import click

from otkaz.models import ACTS
from otkaz.runners.ingest import ingest
from otkaz.store import IncidentFilter, StoreError, open_store
from otkaz.store.listing import incidents

SHOWN = 15


def demo(db: str, out: IO[str] | None = None) -> None:
    """Ingest the demo corpus into db (a no-op when already there) and print counts and a table."""
    out = out or sys.stdout
    with resources.as_file(resources.files("otkaz") / "data" / "demo" / "articles.jsonl") as path:
        report = ingest([str(path)], db=db)
    if report.fatal:  # ingest has printed it already: one line, not the same line twice
        raise click.exceptions.Exit(1)
    try:
        store = open_store(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    with store:
        per_act: Counter[str] = Counter()
        for row in store.iter_incidents(IncidentFilter()):
            per_act.update(row["acts"])
        total = store.count_incidents(IncidentFilter())
        n_stats = len(store.query_statistics(limit=10_000))
    acts = ", ".join(f"{act} {per_act[act]}" for act in ACTS if per_act[act])
    print(f"demo database {report.db}: {total} incidents ({acts or 'none'}), {n_stats} statistics",
          file=out)
    print(incidents(db, limit=SHOWN), end="", file=out)
    shown = report.db  # the URL without its password
    print(f"next: `otkaz serve --db {shown}` for the map, `otkaz incident ID --db {shown}` "
          "for one incident with its evidence", file=out)
