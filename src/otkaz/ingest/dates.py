"""Publication dates from metadata strings, Unix times and URLs, as ISO dates."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$|\.|_)")
_URL_COMPACT = re.compile(r"/(20\d{2})(\d{2})(\d{2})(?:/|-|_|\.|$)")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_date(value: object) -> str | None:
    """ISO date from '2024-11-13T10:00', '13.11.2024', an RFC 2822 string or Unix seconds."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if text.isdigit() and len(text) >= 9:
        return normalise_date(int(text))
    match = _ISO.match(text)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _DMY.match(text)
    if match:
        return _valid(int(match[3]), int(match[2]), int(match[1]))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def date_from_url(url: str | None) -> str | None:
    """The date many news sites put in their paths: /2024/11/13/ or /20241113/."""
    if not url:
        return None
    for pattern in (_URL_DATE, _URL_COMPACT):
        match = pattern.search(url)
        if match:
            found = _valid(int(match[1]), int(match[2]), int(match[3]))
            if found:
                return found
    return None
