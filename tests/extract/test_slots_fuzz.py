"""Messy input never raises: counts, slots and statistics on arbitrary text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from otkaz.extract.numbers import find_counts
from otkaz.extract.slots import fill_slots
from otkaz.extract.statistics import extract_statistics

_ALPHABET = st.sampled_from(list("0123456789 .,-–—%№/:;()«»\"'\nabcdefghijklmnopqrstuvwxyz"
                                 "ABCXYZабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
                                 "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐ’ʼ"))
_WORDS = st.sampled_from([
    "more than", "около", "понад", "up to", "до", "десятки", "dozens of", "12", "1,700",
    "35 000", "тыс.", "soldiers", "военнослужащих", "військових", "detained", "задержали",
    "fled", "сбежали", "since 2024", "cases", "дел", "проваджень", "sentences", "приговоров",
    "из них", "of them", "the rest", "остальных ищут", "Nov.", "2", "трое", "двоє",
])
_TEXT = st.one_of(st.text(_ALPHABET, max_size=300),
                  st.lists(_WORDS, max_size=40).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_never_raises_and_spans_point_into_the_text(text: str) -> None:
    for m in find_counts(text, 0, len(text), "ru"):
        assert 0 <= m.start < m.end <= len(text)
        c = m.count
        assert c.low is None or c.high is None or c.low <= c.high
    slots = fill_slots(text, [(0, len(text))], "ru", ["desertion", "enforcement"])
    for spans in slots.evidence.values():
        for span in spans:
            assert text[span.start:span.end] == span.quote
    for stat in extract_statistics(text, "en", "2024-05-01"):
        assert stat.measure
        for spans in stat.evidence.values():
            for span in spans:
                assert text[span.start:span.end] == span.quote
