"""Relevance: a fast multilingual keyword prefilter, then the reasons a candidate is rejected.

The prefilter is one Aho-Corasick automaton over EN/RU/UK stems of the five acts; an
article with none of them is rejected without any further work, which keeps the
irrelevant bulk of a news feed cheap. Articles that pass are decided by the incidents
and statistics the extractor finds; when it finds none, ``rejection_reason`` names the
confusable the article most looks like (draft evasion, civilian escapes, legal texts).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from otkaz.extract.lexicon import CIVILIAN_CUSTODY, DRAFT_EVASION, FLAGS, LEGAL_EXPLAINER, MILITARY

STEMS: tuple[str, ...] = (
    # English
    "desert", "awol", "mutin", "riot", "pogrom", "revolt", "rebell", "refus", "escape", "fled ",
    "flee", "runaway", "abandon", "without permission", "unauthori", "refusenik", "objector",
    "court-martial", "court martial", "detained", "detention camp", "basement", "soch", "szch",
    "walked out", "failed to return", "did not return", "went absent", "sentenced", "convicted",
    "protest", "terminated their", "broke their contract", "ended their contract", "walkout",
    "caught", "tracked down", "rounded up", "walked away", "leaving their unit", "left their unit",
    "held in pits", "in a pit", "left his unit", "left the unit", "searched the apartment", "searched the flat", "overpower", "jailed", "requests for help", "searched the home",
    "terminate their contract", "terminate his contract", "written report", "reports asking",
    "slipped out", "slip out", "disarmed", "vanished from", "missing from", "disappeared from", "report for duty",
    "не явил", "не прибыл", "не з'явив", "не з’явив", "не прибув", "под конвоем", "door to door", "absent without",
    "laid down their arms", "lay down their arms", "quit their posts", "подрались с", "back to the front", "вышли из подчинения", "з підпорядкування",
    # Russian
    "дезертир", "самовол", "сбежал", "сбега", "бежал", "побег", "беглец", "бунт", "взбунт",
    "мятеж", "погром", "отказ", "рапорт", "соч", "сзч", "задержал", "задержан", "разыскива",
    "подвал", "приговор", "осужд", "337", "338", "не вернул", "покинул", "оставил",
    "протест", "расторг", "демобилизац",
    "беспорядк", "обыск", "допрашива", "в яме", "в ямах", "обращени", "ушли из", "ушел из", "ушёл из",
    "из части", "из воинской части", "из казармы", "из госпиталя", "разоружил",
    "военного госпитал", "военном госпитал", "военный госпитал", "military hospital", "військового госпітал",
    # Ukrainian
    "самовіль", "втек", "втік", "втеч", "збунт", "відмов", "затрима", "розшук", "підвал",
    "засуд", "вирок", "407", "408", "не повернул", "не поверну", "залишив", "залишили", "покинув",
    "протест", "демобілізац", "пікет",
    "заворушен", "обшук", "допитува", "звернен",
    "не з'являв", "не з’являв", "не зʼявля", "не з'явив", "не з’явив", "не зʼяви", "не прибув",
    "відмовник", "утік", "утекл", "дезертирств",
)


@lru_cache(maxsize=1)
def _automaton() -> Any:
    """The Aho-Corasick automaton over all stems, built once per process."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for index, stem in enumerate(STEMS):
        automaton.add_word(stem, (index, stem))
    automaton.make_automaton()
    return automaton


def load() -> None:
    """Build the automaton once per process."""
    _automaton()


def prefilter_hits(text: str) -> list[str]:
    """The distinct stems found in the text (lower-cased), in order of first appearance."""
    seen: dict[str, None] = {}
    for _end, (_index, stem) in _automaton().iter(text.lower()):
        seen.setdefault(stem, None)
    return list(seen)


def prefilter(text: str) -> bool:
    """True when the text mentions any act stem at all (cheap first gate)."""
    for _ in _automaton().iter(text.lower()):
        return True
    return False


_SHOOTING = re.compile(
    r"\b(?:shot|shooting|opened\s+fire|gunman|застрелил\w*|расстрел\w*|стрельб\w*|открыл\w*\s+огонь|стрілянин\w*|розстріл\w*|відкрив\s+вогонь)",
    FLAGS,
)


def rejection_reason(text: str) -> str:
    """Why an article that passed the prefilter carries nothing: the confusable it resembles."""
    military = len(MILITARY.findall(text))
    if len(LEGAL_EXPLAINER.findall(text)) >= 2:
        return "legal_explainer"
    if DRAFT_EVASION.search(text):
        return "draft_evasion"
    custody = len(CIVILIAN_CUSTODY.findall(text))
    if custody and custody * 2 >= military:
        return "civilian_escape"
    if _SHOOTING.search(text) and military:
        return "shooting_in_unit"
    return "no_incident_or_statistic"


def is_legal_explainer(text: str) -> bool:
    """Commentaries, encyclopedia entries and how-to explainers about the offences."""
    return len(LEGAL_EXPLAINER.findall(text)) >= 2


def is_civilian_custody_story(text: str) -> bool:
    """Prison or migrant-centre escapes: custody words outnumber military ones."""
    custody = len(CIVILIAN_CUSTODY.findall(text))
    return custody >= 2 and custody * 2 >= len(MILITARY.findall(text))
