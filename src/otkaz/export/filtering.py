"""Validate incident filters once, for the API (a 422) and the CLI (a one-line error)."""

from __future__ import annotations

from datetime import date
from typing import Any

from otkaz.models import ACTS, ISO_COUNTRY_RE, ISO_SUBDIVISION_RE, PERSONNEL, VERIFICATIONS

MAX_QUERY_CHARS = 200


def filter_errors(f: Any) -> list[str]:
    """Every problem with an IncidentFilter, each naming the parameter; empty when valid."""
    errors = []
    for name, values, allowed in (("act", f.acts, ACTS), ("personnel", f.personnel, PERSONNEL),
                                  ("verification", f.verification, VERIFICATIONS)):
        for value in values:
            if value not in allowed:
                errors.append(f"{name} {value!r} is not one of {', '.join(allowed)}")
    if f.country is not None and not ISO_COUNTRY_RE.match(f.country):
        errors.append(f"country {f.country!r} is not an ISO 3166-1 alpha-2 code such as RU")
    if f.admin1 is not None and not ISO_SUBDIVISION_RE.match(f.admin1):
        errors.append(f"admin1 {f.admin1!r} is not an ISO 3166-2 code such as RU-NVS")
    for name, value in (("from", f.date_from), ("to", f.date_to)):
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError:
                errors.append(f"{name} {value!r} is not an ISO date such as 2024-11-02")
    if not errors and f.date_from and f.date_to and f.date_from > f.date_to:
        errors.append(f"from {f.date_from} is after to {f.date_to}")
    if f.min_sources is not None and f.min_sources < 1:
        errors.append(f"min_sources {f.min_sources} must be at least 1")
    if f.q is not None and len(f.q) > MAX_QUERY_CHARS:
        errors.append(f"q is longer than {MAX_QUERY_CHARS} characters")
    return errors
