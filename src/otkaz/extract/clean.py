"""Decide which line ranges of a stored text are article body, without rewriting the text.

Evidence spans must point into ``Article.text`` exactly as stored, so cleaning never
edits characters: it returns ``(start, end)`` ranges of body lines and everything else
(navigation, cookie banners, share buttons, "Read also", timestamps, photo credits) is
simply left out of the ranges the later stages read.
"""

from __future__ import annotations

import re

Range = tuple[int, int]

_JUNK_LINE = re.compile(
    r"""^\W*(?:
        skip\ to\ (?:main\ )?content|connect\ with\ us|hi,\ what\ are\ you\ looking\ for
      | share(?:\ (?:to|on|this))?\b.{0,30}$|tweet$|print$|email$|copy\ link
      | read\ (?:also|more|next)\b|see\ also\b|related(?:\ articles|\ news)?:?$|advertisement$
      | sign\ up\b|subscribe\b|newsletter|weekly\ newsletter|donate\b
      | (?:we\ use\ )?cookies?\b|accept\ (?:all\ )?cookies|privacy\ policy
      | your\ browser\ (?:is|does)|please\ (?:update|enable)\ (?:your\ )?(?:browser|javascript)
      | image\ credit|photo(?:graph)?:|фото(?::|\ ©)|photo\ ©|credit:|источник\ фото
      | читайте\ (?:также|еще|ещё)|читайте\ також|смотрите\ также|дивіться\ також|подпишитесь|підпишіться
      | поделиться|поширити|реклама$|иллюстративное\ фото|ілюстративне\ фото
      | обережно,\ є\ ненормативна\ лексика|осторожно,\ нецензурная
      | видео\ телеграм-канал|video\ published\ by|відео:|видео:
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_TIMESTAMP_LINE = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d{2}(?:\s*,)?\s+)?\d{1,2}[./\s]+(?:\d{1,2}|[A-Za-zА-Яа-яІіЇїЄєҐґ]+)[./\s]+\d{4}"
    r"(?:\s*(?:г\.?|року|года))?(?:,?\s*\d{1,2}[:.]\d{2})?(?:\s+автор:.*)?\W*$",
    re.IGNORECASE,
)
_TICKER_LINE = re.compile(r"^\W*(?:USD|EUR|OIL|BTC)\s*\d", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…»\"“”:;]\s*$")
_WORD = re.compile(r"\w+")


def line_ranges(text: str) -> list[Range]:
    """Every non-empty line as a (start, end) range with surrounding blanks trimmed."""
    ranges: list[Range] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            ranges.append((start, start + len(stripped)))
        pos += len(line)
    return ranges


def is_junk_line(line: str) -> bool:
    """True for page furniture that never carries facts: menus, banners, tickers, stamps."""
    stripped = line.strip()
    if not stripped:
        return True
    if _JUNK_LINE.match(stripped) or _TICKER_LINE.match(stripped):
        return True
    if _TIMESTAMP_LINE.match(stripped):
        return True
    words = _WORD.findall(stripped)
    # Short menu-like lines: one to three words, no sentence punctuation, no digits.
    if len(words) <= 3 and not _SENTENCE_END.search(stripped) and not any(c.isdigit() for c in stripped):
        return len(stripped) < 40
    return False


def body_ranges(text: str) -> list[Range]:
    """The line ranges of ``text`` that are article body, in order."""
    return [(s, e) for s, e in line_ranges(text) if not is_junk_line(text[s:e])]


def html_to_text(html: str) -> str:
    """Main text of an HTML page via trafilatura; empty string when nothing is found."""
    import trafilatura

    extracted = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    return extracted or ""
