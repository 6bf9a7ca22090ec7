"""Independent sources: one outlet, syndicated copies, rewrites and reports citing one original count once."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from otkaz.link.features import norm_via
from otkaz.models import Article, Incident

Similarity = Callable[[str, str], float | None]

SHINGLE_WORDS = 5
COPY_JACCARD = 0.3  # share of 5-word shingles above which one text is a copy of the other
REWRITE_SIMILARITY = 0.9  # sentence-level similarity above which one text rewrites or translates the other
_WORD = re.compile(r"\w+", re.UNICODE)
_BRACKETS = re.compile(r"\(.*?\)")


def outlet_key(outlet: str | None) -> str:
    """'Медуза' and 'Meduza (mirror)' stay distinct, but 'The Insider (mirror)' equals 'The Insider'."""
    if not outlet:
        return ""
    return " ".join(_BRACKETS.sub(" ", outlet.lower()).split())


def shingles(text: str, n: int = SHINGLE_WORDS, limit: int = 4000) -> frozenset[int]:
    """Hashed word n-grams of the start of a text: copies share most of them, rewrites few."""
    words = _WORD.findall(text[:limit].lower())
    return frozenset(hash(" ".join(words[i:i + n])) for i in range(max(0, len(words) - n + 1)))


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _cites(inc: Incident, article: Article) -> bool:
    """The report names the other's outlet as its source ("via NGS" and NGS.RU)."""
    outlet = outlet_key(article.outlet)
    if not outlet:
        return False
    for via in inc.via:
        key = norm_via(via)
        if key and len(key) >= 3 and (key in outlet or outlet in key):
            return True
    return False


def depends(a: tuple[str, Article, Incident], b: tuple[str, Article, Incident],
            similarity: Similarity | None = None,
            shingled: dict[str, frozenset[int]] | None = None) -> str | None:
    """Why b is not independent of a (a reason code), or None when the two are independent."""
    (rid_a, art_a, inc_a), (rid_b, art_b, inc_b) = a, b
    if art_a.id == art_b.id:
        return "same_article"
    if outlet_key(art_a.outlet) and outlet_key(art_a.outlet) == outlet_key(art_b.outlet):
        return "same_outlet"
    via_a = {norm_via(v) for v in inc_a.via} - {""}
    via_b = {norm_via(v) for v in inc_b.via} - {""}
    if via_a & via_b:
        return "same_original"
    if _cites(inc_a, art_b) or _cites(inc_b, art_a):
        return "cites_other"
    cache = shingled if shingled is not None else {}
    for art in (art_a, art_b):
        if art.id not in cache:
            cache[art.id] = shingles(art.text)
    if _jaccard(cache[art_a.id], cache[art_b.id]) >= COPY_JACCARD:
        return "syndicated_copy"
    if similarity is not None:
        sim = similarity(rid_a, rid_b)
        if sim is not None and sim >= REWRITE_SIMILARITY:
            return "rewrite"
    return None


def independent_groups(reports: Sequence[tuple[str, Article, Incident]],
                       similarity: Similarity | None = None) -> list[list[str]]:
    """Report ids grouped so that each group is one independent source (union-find over dependencies)."""
    parent = list(range(len(reports)))
    shingled: dict[str, frozenset[int]] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            if find(i) != find(j) and depends(reports[i], reports[j], similarity, shingled):
                parent[find(j)] = find(i)
    groups: dict[int, list[str]] = {}
    for i, (rid, _, _) in enumerate(reports):
        groups.setdefault(find(i), []).append(rid)
    return list(groups.values())
