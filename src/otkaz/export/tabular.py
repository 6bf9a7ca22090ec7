"""CSV export: one row per incident, lists joined with '; ', safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import IO, Any

from otkaz.export.records import FLAT_COLUMNS, flat_record

# A cell starting with one of these is run as a formula by spreadsheet programs; article text
# is untrusted, so such cells get a leading apostrophe (the OWASP CSV-injection advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """Text for one CSV cell: empty for unknown, 'true'/'false' for booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return str(value)


def write_rows(out: IO[bytes], header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write UTF-8 CSV (RFC 4180 line ends) to a binary stream; returns the data-row count."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(header)
        n = 0
        for values in rows:
            writer.writerow([cell(v) for v in values])
            n += 1
        text.flush()
        return n
    finally:
        text.detach()


def write_csv(rows: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """Our own layout: the codebook fields, flat."""
    def values() -> Iterable[list[Any]]:
        for row in rows:
            record = flat_record(row)
            yield [record[name] for name in FLAT_COLUMNS]

    return write_rows(out, FLAT_COLUMNS, values())
