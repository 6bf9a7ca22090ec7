"""Act triggers in a sentence, each with a status: main event, relative clause, background,
negated or hypothetical.

Only ``main`` and (in some configurations) ``relative`` triggers make acts. Background
("had previously gone AWOL", "years ago"), negation ("did not desert") and hypotheticals
("could face charges", "грозит до 10 лет") never do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from otkaz.extract.lexicon import (
    BACKGROUND,
    CIVILIAN_CUSTODY,
    FLAGS,
    HYPOTHETICAL,
    KIND_ACT,
    MILITARY,
    NEGATION,
    PAST_PERFECT,
    REPORTING,
    compiled,
)

if TYPE_CHECKING:
    from otkaz.extract.segment import Sentence

_CLAUSE_CUT = re.compile(r"[,;:—–(\"«“]|\s-\s|\b(?:and|but|и|но|а|і|та|але)\b", FLAGS)
_RELATIVE = re.compile(
    r"\b(?:who|whom|whose|которы\w*|котор\w+|котр\w+|где|куда|який|яка|які|якого|яких|якому|де)\b", FLAGS
)
_RELATIVE_NEAR = re.compile(_RELATIVE.pattern + r"\S*(?:\s+\S+){0,9}\s*$", FLAGS)
_AFTER_NOUN = re.compile(
    r"\b(?:after|following|после|после\s+того|після)\s+(?!(?:that|this|этого|чего|цього|чого)\s+$)(?:\w+\s+)?$", FLAGS)
# "accused of leaving their units broke down the gate": the cue governs its own gerund phrase only
_CUE_GERUND = re.compile(r"^(?:wanted\s+for|suspected\s+of|accused\s+of|on\s+charges\s+of)\s+\w+ing\s+\w+\s+\w+", FLAGS)
_HABITUAL_PASSIVE = re.compile(r"\b(?:is|are|gets|get)\s+$", FLAGS)
_GENERIC = re.compile(
    r"\?\s*$|\b(?:to\s+send|if|when|whenever|any|every)\s+(?:a\s+)?(?:soldier|serviceman|service\s+member)s?\s+who\b|\b(?:how\s+many|сколько|скільки|typically|usually|often|generally|normally|whenever|every\s+day|under\s+the\s+law|according\s+to\s+the\s+law|every\s+right|по\s+закону|согласно\s+закону|згідно\s+(?:із|з)\s+законом|каждый\s+день|как\s+правило|обычно|зазвичай|як\s+правило)\b",
    FLAGS,
)
_AGG_NOUN = re.compile(
    r"\b(?:cases|proceedings|sentences|verdicts|convictions|offen[cs]es|percent|per\s+cent"
    r"|дел|делам|уголовных|приговор\w*|процент\w*|проваджен\w*|справ|вирок\w*|відсот\w*|правопорушен\w*|обвинувальн\w*)\b|%",
    FLAGS,
)
_AGG_PERIOD = re.compile(
    r"\b(?:since\s+(?:the\s+)?(?:beginning|start|january|february|20\d\d)|from\s+january|in\s+20\d\d\b|over\s+the\s+past|in\s+recent\s+months|so\s+far|have\s+already|a\s+total\s+of|in\s+total"
    r"|с\s+начала|с\s+февраля|за\s+(?:последн\w+|прошл\w+|весь)|в\s+20\d\d\s+году|всего|уже\s+порядка|с\s+января"
    r"|з\s+початку|за\s+(?:останн\w+|минул\w+)|у\s+20\d\d\s+році|загалом|всього"
    r"|during\s+20\d\d|throughout\s+20\d\d|в\s+течение\s+20\d\d|за\s+20\d\d\s+год|протягом\s+20\d\d|впродовж\s+20\d\d|упродовж\s+20\d\d|за\s+20\d\d\s+рік)\b",
    FLAGS,
)
_AGG_SPAN = re.compile(
    r"\b(?:over\s+the\s+(?:summer|year|past\s+\w+|last\s+\w+)|since\s+(?:the\s+)?(?:beginning|start)|so\s+far\s+this\s+year|a\s+year\s+earlier)"
    r"|\b(?:за\s+(?:лето|весну|осень|зиму|весь|прошл\w+\s+год|год|месяц|полгода)|с\s+начала\s+(?:года|войны|мобилизации))"
    r"|\b(?:за\s+(?:літо|весну|осінь|зиму|весь|минул\w+\s+рік|рік|місяць|півроку)|з\s+початку\s+(?:року|війни|мобілізації))",
    FLAGS,
)
_VERDICTS = re.compile(r"\b(?:sentenc\w+|convict\w+|verdicts?|cases|приговор\w*|осуд\w*|дел|засуд\w*|вирок\w*|справ)\b", FLAGS)
_LAW_REFERENCE = re.compile(
    r"\b(?:art(?:icle)?s?\.?|ст\.?|стать\w*|статт\w*|ч\.|частин\w*|части|пункт\w*|п\.|case\s+no\.?|№|дело\s+№|справ\w*\s+№)\s*[\d./-]+",
    FLAGS,
)
_SMALL_NUMBER_OF_CASES = re.compile(
    r"\b(?:\d{2,}|dozens|hundreds)\s+(?:of\s+)?(?:(?:these|those|the|such)\s+)?(?:cases|sentences|verdicts|convictions)\b|\bover\s+(?:a\s+third|half)\b"
    r"|\b\d{2,}\s+(?:таких\s+)?(?:дел|приговоров|уголовных\s+дел)\b|\b\d{2,}\s+(?:таких\s+)?(?:справ|вироків|проваджень)\b",
    FLAGS,
)
_BIG_NUMBER = re.compile(r"\b\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{3,}\b|\b\d+(?:[.,]\d+)?\s*(?:тыс|тис|thousand)\w*")


@dataclass(frozen=True)
class Trigger:
    """One act trigger found in a sentence."""

    kind: str
    act: str
    start: int
    end: int
    status: str  # main | relative | reason | background | negated | hypothetical
    sentence: int

    @property
    def counts(self) -> bool:
        """Whether the trigger contributes an act (main events and relative clauses)."""
        return self.status in ("main", "relative", "reason")


def _clause_prefix(sentence: str, pos: int) -> str:
    """The text of the current clause before ``pos`` (up to the last comma/colon/dash)."""
    before = sentence[max(0, pos - 120):pos]
    cuts = list(_CLAUSE_CUT.finditer(before))
    return before[cuts[-1].end():] if cuts else before


def _status(sentence: str, start: int, end: int) -> str:
    """Main, relative, background, negated or hypothetical, from the words before the trigger."""
    clause = _clause_prefix(sentence, start)
    near = sentence[max(0, start - 60):start]
    matched = sentence[start:end].lower()
    negated_inside = matched.startswith(("не ", "did not", "didn", "failed", "never", "not "))
    if not negated_inside and NEGATION.search(near[-25:]):
        return "negated"
    if HYPOTHETICAL.search(clause) or HYPOTHETICAL.search(near[-30:]):
        return "hypothetical"
    if _HABITUAL_PASSIVE.search(clause) and re.match(
            r"(?:caught|detained|arrested|returned|sent|locked|held|kept|imprisoned|threatened)\b", matched):
        return "hypothetical"  # "one is caught, another is not": habitual, not an occurrence
    if PAST_PERFECT.search(near[-40:]) and not (REPORTING.search(near) and re.search(r"\bthat\s+(?:\w+\s+){0,3}had\s+(?:\w+\s+){0,4}$", near)):
        return "background"
    if re.search(r"\b(?:for|of|by)\s+(?:\w+ly\s+)?$", clause, FLAGS) and re.match(r"\w+ing\b", matched):
        return "reason"  # "held for refusing to fight", "wanted for deserting": the reason, not the event
    if re.search(r"\w+вш(?!и\b|ись\b)\w*", matched):  # but gerunds ("побивши вартового") are the subject's acts
        return "relative"  # participles name a class of people ("отказавшихся воевать"), not an event
    if _AFTER_NOUN.search(clause) and not negated_inside:
        return "background"  # "після лікування не повернувся": not returning after it is the act
    relative = _RELATIVE_NEAR.search(clause)
    cue = BACKGROUND.search(clause)
    if cue and not (_CUE_GERUND.match(cue.group()) and not re.match(r"\w+ing\b", matched)):
        return "relative" if relative else "background"
    return "relative" if relative else "main"


def is_aggregate(sentence: str) -> bool:
    """Sentences that report totals (statistics), not one occurrence."""
    sentence = _LAW_REFERENCE.sub(" ", sentence)  # "art. 407", "ст. 337 УК" are not counts
    if _AGG_SPAN.search(sentence) and _VERDICTS.search(sentence):
        return True  # "over the summer the court sentenced eight servicemen": a total
    if _BIG_NUMBER.search(sentence):
        return bool(_AGG_NOUN.search(sentence) or _AGG_PERIOD.search(sentence))
    return bool(_SMALL_NUMBER_OF_CASES.search(sentence))


def find_triggers(sent: Sentence, index: int, language: str) -> list[Trigger]:
    """All act triggers of one sentence with their statuses (offsets are article offsets)."""
    text = sent.text
    found: list[Trigger] = []
    aggregate = is_aggregate(text)
    generic = bool(_GENERIC.search(text))
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for kind, rx in compiled(language).items():
        for m in rx.finditer(low):
            if m.end() == m.start():
                continue
            status = _status(text, m.start(), m.end())
            if aggregate or generic:
                status = "hypothetical" if generic else "background"
            found.append(Trigger(kind, KIND_ACT[kind], sent.start + m.start(), sent.start + m.end(), status, index))
    found.sort(key=lambda t: (t.start, -t.end))
    # Drop triggers nested inside an earlier longer one of the same act.
    kept: list[Trigger] = []
    for trig in found:
        if any(k.act == trig.act and k.start <= trig.start and trig.end <= k.end for k in kept):
            continue
        kept.append(trig)
    return kept


def military_context(sentence: str) -> bool:
    """Whether the sentence talks about service members or military places."""
    return bool(MILITARY.search(sentence))


def civilian_custody(sentence: str) -> bool:
    """Whether the sentence is about prisons, inmates or migrant detention (not the military)."""
    return bool(CIVILIAN_CUSTODY.search(sentence))
