"""Article records: codebook JSONL, JSON lists, CSV with a column mapping, plain text."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from otkaz.ingest.base import ARTICLE_FIELDS, Fetched, Skip, short_error
from otkaz.ingest.dates import normalise_date
from otkaz.ingest.lang import choose_language, normalise_language
from otkaz.models import Article

# Column names that mean an article field when no mapping says otherwise.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "message"),
    "url": ("url", "link", "href", "permalink"),
    "title": ("title", "headline"),
    "published_at": ("published_at", "published", "date", "pubdate", "datetime"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename", "channel"),
    "language": ("language", "lang"),
    "id": ("id",),
}
csv.field_size_limit(16 * 1024 * 1024)


def parse_mapping(spec: str | None) -> dict[str, str] | None:
    """'text=body,url=link' → {'text': 'body', 'url': 'link'}; a bad spec is a usage error."""
    if spec is None or not spec.strip():
        return None
    mapping: dict[str, str] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        field, sep, column = part.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            raise ValueError(f"mapping part {part.strip()!r} is not FIELD=COLUMN")
        if field not in ARTICLE_FIELDS:
            raise ValueError(f"mapping field {field!r} is not one of {', '.join(ARTICLE_FIELDS)}")
        mapping[field] = column
    return mapping or None


def resolve_columns(columns: Iterable[str], mapping: Mapping[str, str] | None) -> dict[str, str]:
    """Article field → column actually present, from the mapping first, then known aliases."""
    present = {c.strip().lower(): c for c in columns if isinstance(c, str)}
    resolved: dict[str, str] = {}
    for field in ARTICLE_FIELDS:
        wanted = mapping.get(field) if mapping else None
        if wanted is not None:
            if wanted in present.values() or wanted.lower() in present:
                resolved[field] = present.get(wanted.lower(), wanted)
            continue
        for alias in ALIASES.get(field, (field,)):
            if alias in present:
                resolved[field] = present[alias]
                break
    return resolved


def record_to_article(
    record: Mapping[str, Any], columns: Mapping[str, str], source: str, location: str | None,
) -> Fetched | Skip:
    """One dict to one Article; what is missing or malformed becomes a Skip naming the field."""
    values: dict[str, Any] = {}
    for field, column in columns.items():
        value = record.get(column)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        values[field] = value if field == "text" else str(value).strip()
    text = values.get("text")
    if not isinstance(text, str) or not text.strip():
        column = columns.get("text", "text")
        return Skip(source, location, f"no text: field {column!r} is missing or empty")
    if "published_at" in values:
        raw = values["published_at"]
        values["published_at"] = normalise_date(raw)
        if values["published_at"] is None:
            return Skip(source, location, f"published_at {raw!r} is not a date; use YYYY-MM-DD")
    language = normalise_language(values.get("language"))
    values["language"] = language or choose_language(text, None)  # 'Russian' or junk: detect
    try:
        return Fetched(Article(**values), source, location)
    except ValidationError as exc:
        return Skip(source, location, f"invalid article ({short_error(exc)})")


def read_jsonl(lines: Iterable[str], source: str, mapping: Mapping[str, str] | None) -> Iterator[Fetched | Skip]:
    """Codebook article lines; lines carrying an id keep it (gold files refer to it)."""
    predictions = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        location = f"line {number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Skip(source, location, f"not valid JSON ({short_error(exc, 80)})")
            continue
        if not isinstance(record, dict):
            yield Skip(source, location, f"a JSON {type(record).__name__}, expected an object")
            continue
        if "article_id" in record and "relevant" in record and "text" not in record:
            predictions += 1  # a gold or prediction line: reported once for the file below
            continue
        yield record_to_article(record, resolve_columns(record.keys(), mapping), source, location)
    if predictions:
        yield Skip(source, None, f"{predictions} gold/prediction lines (article_id, relevant), not "
                   "articles; score them with `otkaz eval`")


def read_json_articles(items: list[Any], source: str, mapping: Mapping[str, str] | None) -> Iterator[Fetched | Skip]:
    """A JSON array of article objects."""
    for index, record in enumerate(items):
        location = f"item {index}"
        if not isinstance(record, dict):
            yield Skip(source, location, f"a JSON {type(record).__name__}, expected an object")
            continue
        yield record_to_article(record, resolve_columns(record.keys(), mapping), source, location)


def csv_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect | None:
    """The delimiter of a CSV sample, or None when it is not tabular."""
    first = sample.splitlines()[0] if sample.splitlines() else ""
    try:
        return csv.Sniffer().sniff(sample[:65536], delimiters=",;\t|")
    except csv.Error:
        for delimiter in (",", ";", "\t"):
            if first.count(delimiter) >= 1:
                class _Simple(csv.excel):
                    pass
                _Simple.delimiter = delimiter
                return _Simple
    return None


def looks_like_csv(sample: str, mapping: Mapping[str, str] | None) -> bool:
    """A header of short names over rows of the same width (or a header naming the text column)."""
    dialect = csv_dialect(sample)
    if dialect is None:
        return False
    try:
        rows = list(itertools.islice(csv.reader(io.StringIO(sample), dialect), 6))
    except csv.Error:
        return False
    if not rows:
        return False
    header = rows[0]
    if len(header) < 2 or any(len(cell) > 60 or len(cell.split()) > 4 or not cell.strip()
                              for cell in header):
        return False
    if "text" in resolve_columns(header, mapping) or mapping is not None:
        return True
    body = [row for row in rows[1:-1] if row] if len(rows) > 2 else [row for row in rows[1:] if row]
    return bool(body) and all(len(row) == len(header) for row in body)


def read_csv(stream: Iterable[str], sample: str, source: str,
             mapping: Mapping[str, str] | None) -> Iterator[Fetched | Skip]:
    """Rows of a CSV with a header; the mapping names which column is which article field."""
    dialect = csv_dialect(sample) or csv.excel
    reader = csv.DictReader(stream, dialect=dialect)
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        yield Skip(source, "line 1", f"unreadable CSV header ({short_error(exc)})")
        return
    columns = resolve_columns(header, mapping)
    missing = [f"{field}={column}" for field, column in (mapping or {}).items()
               if field not in columns]
    if missing or "text" not in columns:
        names = ", ".join(header[:12])
        what = f"mapped column(s) {', '.join(missing)} not in header" if missing else "no text column"
        yield Skip(source, "line 1", f"{what} (columns: {names}); pass --mapping text=<column>")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skip(source, f"line {reader.line_num}", f"malformed CSV row ({short_error(exc)})")
            return
        yield record_to_article(row, columns, source, f"line {reader.line_num}")


def text_to_article(text: str, source: str) -> Fetched | Skip:
    """A plain-text file is one article; its first short line is the title."""
    body = text.replace("\r\n", "\n").strip()
    if not body:
        return Skip(source, None, "empty text file")
    first = body.split("\n", 1)[0].strip()
    title = first if len(first) <= 200 and "\n" in body else None
    try:
        article = Article(title=title, language=choose_language(body, None), text=body)
    except ValidationError as exc:
        return Skip(source, None, f"invalid article ({short_error(exc)})")
    return Fetched(article, source, None)
