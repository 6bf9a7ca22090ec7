"""Stage: extract. One article in, one prediction (incidents, statistics, evidence) out."""

from __future__ import annotations

from otkaz.extract.pipeline import extract_article


def load_models() -> None:
    """Warm up everything loaded once per process (language model, keyword automaton, gazetteer)."""
    from otkaz.extract import lang, relevance
    from otkaz.geo import find_places

    lang.load()
    relevance.load()
    find_places("Warm-up in Moscow.", "en")


__all__ = ["extract_article", "load_models"]
