"""Stage: ingest. Files, directories, URLs, feeds, Telegram exports, WARC, JSONL and CSV to Articles."""

from otkaz.ingest.base import USER_AGENT, Fetched, Skip
from otkaz.ingest.dedupe import NearDuplicateIndex, near_duplicate_key
from otkaz.ingest.html import html_to_article
from otkaz.ingest.records import parse_mapping
from otkaz.ingest.sources import read_source

__all__ = [
    "USER_AGENT", "Fetched", "NearDuplicateIndex", "Skip", "html_to_article", "near_duplicate_key",
    "parse_mapping", "read_source",
]
