"""Words with offsets and the mention record every finder fills in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from otkaz.geo.gazetteer import Place

_WORD = re.compile(r"[^\W\d_](?:[\w'’ʼ]|-(?=\w))*")
_SENT_END = re.compile(r"[.!?…\n]\s*[\"«“„(\-–—]*\s*$")
JOINERS = {",", "и", "і", "й", "та", "and", "or", "или", "або"}
# Words that are capitalised in English for reasons other than being a place.
EN_SKIP = {"the", "a", "an", "in", "on", "at", "of", "and", "but", "for", "he", "she", "it",
            "they", "we", "i", "this", "that", "there", "his", "her", "their", "as", "by",
            "from", "to", "with", "after", "before", "when", "while", "mr", "ms", "mrs",
            "general", "colonel", "major", "captain", "private", "sergeant", "lieutenant",
            "president", "minister", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "telegram",
            "defense", "defence", "ministry", "court", "army", "armed", "forces", "military"}
_MIN_POP_BARE = 3000
# Function words that open sentences and collide with names (Крім → Крим).
_CYR_SKIP = set("крім при після також проте тому поки коли щоб але або хоча однак кроме после "
                "также однако когда пока тогда потом затем либо если він вона воно вони його її їх цей ця "
                "це ці там тут так он она оно они его её их этот эта это эти усім всім всем усі всі все "
                "весь вся усе соч сзч тцк всу зсу дбр гбр фсб для від про під над між без через "
                "перед серед щодо окрім згідно завдяки навіть лише тільки вже ще саме як де куди "
                "звідки чому адже або чи ні не ось той те ті який яка яке які що хто от под между "
                "после среди согласно благодаря даже лишь только уже ещё еще именно как где куда "
                "откуда почему поэтому ведь но или ли ни вот тот то те который которая которое "
                "которые что кто".split())  # AWOL/agency acronyms (СОЧ ≠ Сочи)

DEMONYMS = set(
    "russian ukrainian kazakh belarusian georgian armenian polish israeli chechen buryat tatar "
    "soviet american european western eastern southern northern central national federal "
    "international english jewish muslim orthodox christian islamic arab turkish syrian german "
    "french british chinese korean iranian palestinian russians ukrainians moldovan latvian "
    "lithuanian estonian finnish mongolian uzbek tajik kyrgyz azerbaijani dagestani".split())


@dataclass
class Token:
    start: int
    end: int
    text: str
    initial: bool  # first word of a sentence, so capitalisation proves nothing

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Mention:
    """A stretch of text that names a place, before the context picks one reading."""

    start: int
    end: int
    surface: str
    kind: str  # settlement | admin2 | admin1 | country
    readings: list[Place] = field(default_factory=list)
    cue: bool = False  # a settlement word ("village of", "село") introduces it
    near: bool = False  # "near X" / "под X"
    name: str | None = None  # English name when no reading exists (not in gazetteer)
    country: str | None = None
    admin1: str | None = None  # region fixed by the mention itself (ISO code)
    hint_country: str | None = None  # "российской Казани"
    adjective: bool = False  # "Кяхтинский суд": a place named through an adjective
    alias_only: bool = False  # a Latin word matched only a variant spelling, not a main name
    fallback: Place | None = None  # district or region to place an unlisted settlement at
    main_ids: set[int] = field(default_factory=set)  # readings whose main name this is
    city_admin1: str | None = None  # region of the city a district is named with
    native: str | None = None  # the unlisted name's dictionary form in its own script
    front: bool = False  # "at the front", "в зоне СВО": the war zone, so Ukraine


def tokenize(text: str) -> list[Token]:
    """Words with offsets; marks sentence-initial words."""
    tokens: list[Token] = []
    for m in _WORD.finditer(text):
        before = text[max(0, m.start() - 6): m.start()]
        initial = m.start() == 0 or bool(_SENT_END.search(before)) or not tokens
        tokens.append(Token(m.start(), m.end(), m.group(), initial))
    return tokens


def gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]


def usable_capital(tok: Token, text: str, lower_words: set[str]) -> bool:
    """A capitalised word that may be a name (not just a sentence start or an English stopword)."""
    if not tok.capital:
        return False
    low = tok.text.lower()
    if low in EN_SKIP or low in _CYR_SKIP or low in DEMONYMS:
        return False
    if tok.initial and low in lower_words:
        return False
    return True


def adjacent(text: str, tokens: list[Token], lo: int, hi: int) -> bool:
    """Words of one name: only spaces between them (or the dot of "St.")."""
    return all(re.fullmatch(r"\s+", gap(text, tokens[n], tokens[n + 1]) or "x") or
               (tokens[n].text in ("St", "Ст") and
                re.fullmatch(r"\.\s*", gap(text, tokens[n], tokens[n + 1]) or "x"))
               for n in range(lo, hi))
