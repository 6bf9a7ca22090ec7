"""On the real dev articles, incidents land in the right region and settlement."""

from __future__ import annotations

import math
import re

import pytest

from corpusfix import corpus_file, read_jsonl
from otkaz.geo import locate_event
from otkaz.geo.gazetteer import Gazetteer
from otkaz.geo.textnorm import skeleton

pytestmark = pytest.mark.corpus


def _anchors(text: str, location_text: str | None) -> list[tuple[int, int]]:
    """Sentences holding the gold location words (the extractor gives incident sentences)."""
    spans = []
    for piece in re.split(r"\s*(?:\.\.\.|…|;|\(|\))\s*", location_text or ""):
        piece = piece.strip(" .()")
        idx = text.find(piece) if len(piece) >= 3 else -1
        if idx < 0:
            continue
        start = max(text.rfind(". ", 0, idx) + 1, text.rfind("\n", 0, idx) + 1, 0)
        ends = [e for e in (text.find(". ", idx + len(piece)), text.find("\n", idx + len(piece)))
                if e >= 0]
        spans.append((start, min(ends) + 1 if ends else len(text)))
    return spans or [(0, len(text))]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * \
        math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _score(corpus_set: str, gaz: Gazetteer) -> tuple[float, float]:
    articles = {a["id"]: a for a in read_jsonl(corpus_file(corpus_set, "articles.jsonl"))}
    a1 = [0, 0]
    pl = [0, 0]
    for gold in read_jsonl(corpus_file(corpus_set, "gold.jsonl")):
        art = articles[gold["article_id"]]
        for inc in gold["incidents"]:
            loc = locate_event(art["text"], _anchors(art["text"], inc.get("location_text")),
                               art.get("language") or "en", gaz)
            if inc.get("admin1"):
                a1[1] += 1
                a1[0] += loc.admin1 == inc["admin1"]
            if inc.get("place"):
                pl[1] += 1
                same = loc.place is not None and skeleton(loc.place) == skeleton(inc["place"])
                near = (loc.place is not None and loc.lat is not None and loc.lon is not None
                        and inc.get("lat") is not None and
                        _km((loc.lat, loc.lon), (inc["lat"], inc["lon"])) <= 25)
                pl[0] += same or near
    return a1[0] / a1[1], pl[0] / pl[1]


def test_dev_admin1_and_place_accuracy(gaz: Gazetteer) -> None:
    admin1, place = _score("dev", gaz)
    assert admin1 >= 0.90, admin1
    assert place >= 0.80, place


def test_seed_incidents_are_never_placed_at_a_merely_mentioned_place(gaz: Gazetteer) -> None:
    admin1, place = _score("seeds", gaz)
    assert admin1 == 1.0 and place == 1.0, (admin1, place)
