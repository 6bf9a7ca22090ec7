"""Hand corrections of the linker: merge two incidents or split reports out, with ids kept stable."""

from __future__ import annotations

from collections.abc import Sequence

import click

from otkaz.link import merge as merge_incidents
from otkaz.link import split as split_incident
from otkaz.store import open_store
from otkaz.store.db import StoreError


def merge(db: str, keep_id: str, other_id: str) -> str:
    """Fold OTHER into KEEP; OTHER's id keeps working as a redirect, so citations stay valid."""
    try:
        with open_store(db, create=False) as store:
            merged = merge_incidents(store, keep_id, other_id)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyError as exc:
        raise click.ClickException(f"{exc.args[0]} (list ids with `otkaz incidents`)") from None
    if merged is None:
        raise click.ClickException(f"incident {keep_id!r} has no reports left")
    return (f"merged {other_id} into {merged.id}: {len(merged.report_ids)} reports, "
            f"{merged.independent_sources} independent sources\n")


def split(db: str, incident_id: str, report_ids: Sequence[str]) -> str:
    """Move reports the linker put in the wrong incident into a new one; the old id stays put."""
    try:
        with open_store(db, create=False) as store:
            created = split_incident(store, incident_id, report_ids)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    except (KeyError, ValueError) as exc:
        raise click.ClickException(
            f"{exc.args[0]} (report ids are listed by `otkaz incident {incident_id}`)") from None
    return f"split {len(created.report_ids)} reports out of {incident_id} into {created.id}\n"
