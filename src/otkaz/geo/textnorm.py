"""Spelling-insensitive keys for place names, so Коченёво, Kochenëvo and Kochenyovo meet."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}
# Ukrainian national transliteration (2010) where it differs from the Russian table.
_UK = dict(_RU, **{"г": "h", "и": "y", "й": "i", "ї": "i", "є": "ie", "ю": "iu", "я": "ia",
                   "щ": "shch", "ь": "", "'": "", "’": "", "ʼ": ""})
_UK_INITIAL = {"ї": "yi", "є": "ye", "ю": "yu", "я": "ya", "й": "y"}
_VOWELS = set("аеёиоуыэюяіїєaeiouy")
_UK_ONLY = set("іїєґ")

_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "sc"), ("sch", "sc"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("zh", "z"),
    ("ch", "c"), ("sh", "s"), ("yo", "e"), ("jo", "e"), ("io", "e"), ("ye", "e"), ("je", "e"),
    ("ie", "e"), ("yu", "u"), ("ju", "u"), ("iu", "u"), ("ya", "a"), ("ja", "a"), ("ia", "a"),
    ("j", "i"), ("y", "i"), ("w", "v"), ("ii", "i"), ("ks", "x"), ("g", "h"),
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_INITIAL_YA = re.compile(r"\b(?:ya|ja|ia)")
_INITIAL_YU = re.compile(r"\b(?:yu|ju|iu)")


def fold(text: str) -> str:
    """Lower-case, ё→е and strip diacritics so casing and accents never split a name."""
    text = text.lower().replace("ё", "е").replace("ë", "yo").replace("й", "\x00")
    text = text.replace("ї", "\x01")
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.replace("\x00", "й").replace("\x01", "ї")


def is_cyrillic(text: str) -> bool:
    """True when the word is written in Cyrillic, so Cyrillic rules apply."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def translit(text: str, language: str | None = None) -> str:
    """Latin spelling of a Cyrillic name (BGN-like for Russian, national for Ukrainian)."""
    if not is_cyrillic(text):
        return text
    uk = language == "uk" or any(ch in _UK_ONLY for ch in text.lower())
    table = _UK if uk else _RU
    out: list[str] = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low not in table:
            out.append(ch)
            prev = low
            continue
        initial = not prev.isalpha()
        if uk and initial and low in _UK_INITIAL:
            latin = _UK_INITIAL[low]
        elif not uk and low == "е" and (initial or prev in _VOWELS or prev in "ьъ"):
            latin = "ye"
        else:
            latin = table[low]
        if ch.isupper() and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        prev = low
    return "".join(out)


@lru_cache(maxsize=200_000)
def skeleton(text: str) -> str:
    """Key that ignores script, case and common transliteration variants."""
    latin = translit(fold(text)).lower()
    latin = latin.replace("'", "").replace("’", "").replace("ʼ", "").replace("`", "")
    latin = _NON_ALNUM.sub(" ", latin).strip()
    # Word-initial Я/Ю keep their glide (Yanino is not Annino); mid-word ones fold.
    latin = _INITIAL_YA.sub("Q", latin)
    latin = _INITIAL_YU.sub("U", latin)
    for old, new in _SKELETON_RULES:
        latin = latin.replace(old, new)
    latin = latin.replace("Q", "ia").replace("U", "iu")
    latin = re.sub(r"(.)\1+", r"\1", latin)
    return latin


@lru_cache(maxsize=200_000)
def light_key(text: str) -> str:
    """Case, accents and script folded, spelling kept: tells "Mash" from "Miass"."""
    return _NON_ALNUM.sub(" ", translit(fold(text)).lower().replace("'", "")).strip()


def english_name(name: str) -> str:
    """ASCII English spelling of a gazetteer name: Kochenëvo → Kochenyovo, Wrocław → Wroclaw."""
    name = name.replace("ë", "yo").replace("Ë", "Yo").replace("’", "").replace("'", "")
    decomposed = unicodedata.normalize("NFKD", name)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    out = re.sub(r"-\d+$", "", out)  # GeoNames numbers twin settlements: Yanino-1
    return out.replace("ł", "l").replace("Ł", "L")


_ADJ_END = re.compile(
    r"(?:s?k)?(?:ogo|omu|oho|oe|ae|ai|ii|oi|ei|ui|om|em|im|ih|ami|a|e|i|o|u)$|s?k$"
)
_VOWEL_END = re.compile(r"(?:ogo|omu|oho|oe|ae|ai|ii|oi|ei|ui|om|em|im|ih|ami|a|e|i|o|u)$")
_NOUN_END = re.compile(r"(?:ami|ah|am|ov|ev|om|em|ei|oi|ou|a|e|i|o|u)$")


def adjective_stems(word_skeleton: str) -> list[str]:
    """Stems of a place adjective (Новосибирской, Zabaykalsky, Кяхтинский) to match names."""
    base = _ADJ_END.sub("", word_skeleton)
    stems = [base] if len(base) >= 3 else []
    if base.endswith("c") and len(base) >= 4:
        stems.append(base[:-1] + "t")  # Бурятской: т + ск, folded to c by the skeleton
    keep_sk = _VOWEL_END.sub("", word_skeleton)
    if keep_sk.endswith("sk") and keep_sk != base:
        stems.append(keep_sk)  # Ульяновский → Ульяновск
        stems.append(keep_sk[:-1])  # Одеський → Одеса, Черкаський → Черкаси
    for stem in list(stems):
        if "iv" in stem[-5:]:  # Ukrainian і for Russian о: ульянівський → Ульяновск
            head, _, tail = stem.rpartition("iv")
            stems.append(head + "ov" + tail)
    for suffix in ("in", "ov", "ev", "en", "an"):
        if base.endswith(suffix) and len(base) - len(suffix) >= 3:
            stems.append(base[: -len(suffix)])
    return stems


def noun_stem(word_skeleton: str) -> str:
    """Stem of a place noun (Кяхта → kaht) for matching adjectives derived from it."""
    base = _NOUN_END.sub("", word_skeleton)
    return base if len(base) >= 3 else word_skeleton
