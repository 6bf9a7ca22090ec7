"""One neutral English sentence per incident, built only from roles, counts and places.

Summaries are composed from coded values (acts, counts, personnel, place), never copied
from the article, so no private person's name can reach them.
"""

from __future__ import annotations

from otkaz.models import Count

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
          9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
_NOUNS = {
    "contract": ("contract soldier", "contract soldiers"),
    "mobilized": ("mobilized soldier", "mobilized soldiers"),
    "conscript": ("conscript", "conscripts"),
    "volunteer": ("volunteer fighter", "volunteer fighters"),
    "convict": ("soldier recruited from prison", "soldiers recruited from prison"),
    "officer": ("officer", "officers"),
}
_FORCE_ADJ = {"RU": "Russian", "UA": "Ukrainian", "IL": "Israeli", "BY": "Belarusian"}


def _number(value: int) -> str:
    """Numbers up to twelve in words, larger ones with thousands separators."""
    return _WORDS.get(value, f"{value:,}")


def _subject(count: Count, personnel: list[str], force: str | None) -> tuple[str, bool]:
    """Noun phrase for the people who acted and whether it is plural."""
    kind = personnel[0] if len(personnel) == 1 else None
    singular, plural = _NOUNS.get(kind or "", ("serviceman", "servicemen"))
    adjective = _FORCE_ADJ.get(force or "")
    if adjective:
        singular, plural = f"{adjective} {singular}", f"{adjective} {plural}"
    if count.best is not None:
        if count.best == 1:
            return (f"An {singular}" if singular[0] in "AEIOaeio" else f"A {singular}"), False
        exact = count.low == count.best and count.high == count.best
        prefix = "" if exact else "About "
        phrase = f"{prefix}{_number(count.best)} {plural}"
        return phrase[0].upper() + phrase[1:], True
    if count.low is not None:
        return f"At least {_number(count.low)} {plural}", True  # noqa: E501
    if count.high is not None:
        return f"Up to {_number(count.high)} {plural}", True
    return plural[0].upper() + plural[1:], True


def _predicate(acts: list[str], plural: bool) -> str:
    """Verb phrase for the act combination, in the order the acts happened."""
    their = "their"
    were = "were" if plural else "was"
    parts: list[str] = []
    if "mutiny" in acts:
        parts.append("rose up against their commanders" if plural else "openly defied their commanders")
    if "refusal" in acts:
        parts.append("refused to fight or to keep serving")
    if "desertion" in acts:
        parts.append(f"left {their} unit or post without permission")
    if "enforcement" in acts:
        if parts:
            parts.append(f"{were} then detained or held by the authorities")
        else:
            parts.append(f"{were} targeted by the authorities over leaving or refusing service")
    if "prosecution" in acts:
        parts.append(f"{were} prosecuted for it" if parts else f"{were} prosecuted for leaving or refusing service")
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def build_summary(acts: list[str], participants: Count, personnel: list[str], force: str | None,
                  place: str | None, detained: int | None = None, at_large: int | None = None) -> str:
    """A role-based sentence such as "About 100 servicemen rose up ... in Krasnodar; 4 were detained."."""
    subject, plural = _subject(participants, personnel, force)
    sentence = f"{subject} {_predicate(acts, plural)}"
    if place:
        sentence += f" in {place}"
    outcomes: list[str] = []
    if detained and "enforcement" not in acts and not plural:
        sentence += " and was later detained"
    elif detained and "enforcement" not in acts:
        outcomes.append(f"{_number(detained)} {'was' if detained == 1 else 'were'} later detained")
    if at_large:
        outcomes.append(f"{_number(at_large)} {'remains' if at_large == 1 else 'remain'} at large")
    if outcomes:
        sentence += "; " + " and ".join(outcomes)
    return sentence + "."
