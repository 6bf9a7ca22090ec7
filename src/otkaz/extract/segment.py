"""Sentence segmentation with exact character offsets into the stored text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from otkaz.extract.clean import Range

# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) when the next
# non-space character starts a new sentence (capital letter, digit, quote, dash).
_BOUNDARY = re.compile(r"""[.!?…]+["»”’)\]]*\s+(?=["«“„(\[—–-]?\s*[A-ZА-ЯЁІЇЄҐ0-9])""")
# Abbreviations after which a full stop does not end the sentence.
_ABBREV = re.compile(
    r"""(?:\b(?:Nov|Dec|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Jun|Jul|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Maj|Capt|No|vs|etc|Jr|Sr|U\.S|p|pp|art|Art|para|ch|Pt|Gov|Rep|Sen|approx|incl|Inc|Ltd|Co|ул|г|гг|ст|ч|п|пп|т\.е|т\.д|т\.п|им|тыс|млн|млрд|руб|коп|обл|р-н|пос|с|д|кв|корп|стр|рис|см|напр|англ|рус|укр|тис|грн|вул|м|н\.э|мин|сек|ок|др|чел|ген|полк|подп|мл|ст\.\s?л-т|І|II|III|[A-ZА-ЯЁІЇЄ])\.)$"""
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: offsets into the article text and its text."""

    start: int
    end: int
    text: str
    paragraph: int


def split_range(text: str, start: int, end: int) -> list[Range]:
    """Split one body line into sentence ranges."""
    out: list[Range] = []
    seg_start = start
    chunk = text[start:end]
    for match in _BOUNDARY.finditer(chunk):
        cut = start + match.start()
        head = text[max(seg_start, cut - 12): cut + 1]
        if _ABBREV.search(head.rstrip()):
            continue
        stop = start + match.end()
        piece_end = stop
        while piece_end > seg_start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > seg_start:
            out.append((seg_start, piece_end))
        seg_start = stop
    if seg_start < end:
        out.append((seg_start, end))
    return out


def sentences(text: str, ranges: list[Range]) -> list[Sentence]:
    """Sentences of the body ranges, in order, each tagged with its paragraph (line) index."""
    result: list[Sentence] = []
    for index, (start, end) in enumerate(ranges):
        for s, e in split_range(text, start, end):
            result.append(Sentence(s, e, text[s:e], index))
    return result
