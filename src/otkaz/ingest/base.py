"""What every reader yields: an article with where it came from, or a skip with a reason."""

from __future__ import annotations

from dataclasses import dataclass

from otkaz import __version__
from otkaz.models import Article

USER_AGENT = f"otkaz/{__version__} (+research)"
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # one HTML page, text file, feed or HTTP response
MAX_JSON_BYTES = 1024 * 1024 * 1024  # a JSON document (Telegram export) is parsed whole
ARTICLE_FIELDS: tuple[str, ...] = (
    "id", "url", "outlet", "published_at", "language", "title", "text",
)


@dataclass(frozen=True)
class Fetched:
    """One article read from a source; location says where inside it (line, message, record)."""

    article: Article
    source: str
    location: str | None = None


@dataclass(frozen=True)
class Skip:
    """One input that could not become an article, with a short reason saying what to do."""

    source: str
    location: str | None
    reason: str

    def __post_init__(self) -> None:
        """Reasons and locations are one line: they go into logs and a database column."""
        object.__setattr__(self, "reason", " ".join(self.reason.split()) or "unreadable input")
        if self.location is not None:
            object.__setattr__(self, "location", " ".join(self.location.split()))


def short_error(exc: BaseException, limit: int = 160) -> str:
    """One line from an exception, so a reason never carries a traceback."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def human_size(n: int) -> str:
    """Byte counts in reasons are read by people."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"
