"""Incident slots (participants, outcomes, personnel, unit, perpetrator, force, armed, via).

Each value is read from the sentences that describe the incident and carries the spans
that justify it, so a reader can check every number against the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from otkaz.extract.numbers import CountMention, find_counts, parse_count
from otkaz.extract.sources import find_via, incident_verification
from otkaz.extract.statistics import candidates as stat_candidates
from otkaz.extract.statistics import split_sentences
from otkaz.extract.traits import (
    PLURAL_RE,
    SINGULAR_EVENT_RE,
    SINGULAR_RE,
    armed_of,
    family_targeted,
    force_of,
    perpetrator_of,
    personnel_of,
    unit_of,
)
from otkaz.models import Count, Span


@dataclass
class Slots:
    """Everything fill_slots found for one incident, with evidence per field."""

    participants: Count = field(default_factory=Count)
    detained: int | None = None
    at_large: int | None = None
    killed: int | None = None
    injured: int | None = None
    armed: bool | None = None
    personnel: list[str] = field(default_factory=list)
    unit: str | None = None
    perpetrator: str | None = None
    force: str | None = None
    via: list[str] = field(default_factory=list)
    verification: str = "reported"
    evidence: dict[str, list[Span]] = field(default_factory=dict)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# --- lexicons -----------------------------------------------------------------------

PERSON_RE = _rx(
    r"^(?:soldier|servicem[ae]n|serviceperson|service members?|men\b|man\b|people|persons?|"
    r"troops?|deserter|mobili[sz]ed|mobik|conscript|draftee|contract|occupier|personnel|"
    r"recruit|refusenik|objector|escapee|fugitive|runaway|officer|reservist|guards?|militar|"
    r"fighters?|privates?|sailors?|marines?|paratroopers?|servicemembers?|individuals?|"
    r"tuvan|buryat|russians?|ukrainians?|"
    r"военн|солдат|военнослужащ|человек|челов|бойц|боец|мобилизованн|контрактник|срочник|"
    r"дезертир|беглец|мужчин|сочник|отказник|призывник|участник|рядов|офицер|"
    r"сбежавш|бежавш|покинувш|оставивш|отказавш|задержанн|росгвард|"
    r"військов|військовослужбов|чоловік|людей|люди|осіб|особ|бійц|боєць|мобілізован|"
    r"строковик|втікач|вояк|окупант|відмовник|призовник|учасник|рядов|офіцер|дезертир|"
    r"втекл|сзч|сочин|мобик|мобік|чмобик|штурмовик|заключенн|заключённ|ув'язнен|в'язн|"
    r"піхотинц|пехотинц|морпіх|морпех|десантник|матрос|курсант|"
    r"prisoners?|convicts?|inmates?|detainees?|contractors?|servicemen's)",
)
_NON_COUNT_HEAD_RE = _rx(
    r"^(?:th|st|nd|rd|year|years|летн|річн|лет|рок|год|року|роки|років|лет|month|months|"
    r"day|days|week|weeks|hour|hours|minute|minutes|km|kilomet|meter|metre|rubles?|"
    r"dollars?|hryvni|uah|usd|руб|грн|долл|percent|процент|відсот|%|января|февраля|марта|"
    r"апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|"
    r"квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|article|"
    r"статьи|статті|статья|стаття|часов|годин|минут|хвилин|мес|міс|недел|тижн|дней|днів|"
    r"суток|раз|times|bullets?|патрон|магазин|автомат|vehicles?|машин|cars?|автомоб|"
    r"cases?|дел|справ|проваджен|sentences?|приговор|вирок|verdicts?|videos?|видео|відео)"
)
_COLLECTIVE = {
    "двое", "двоих", "трое", "троих", "четверо", "четверых", "пятеро", "пятерых", "шестеро",
    "шестерых", "семеро", "семерых", "восьмеро", "девятеро", "десятеро", "двоє", "троє",
    "п'ятеро", "п'ятьох", "шістьох", "сімох", "вісьмох", "both", "оба", "обе", "обоих",
    "обидва", "обидві", "обох",
}

ACT_CUE_RE = _rx(
    r"escap\w*|fled|flee\w*|desert\w*|left (?:the|their|his|a) (?:unit|base|post|military)|"
    r"left without|went awol|go awol|gone awol|awol|abandon\w*|ran away|run away|refus\w*|"
    r"riot\w*|mutin\w*|took part|taking part|staged|broke (?:through|out|the)|walk\w* out|"
    r"wrote (?:a )?(?:joint )?reports?|terminat\w* (?:\w+ ){0,2}contracts?|ended (?:their )?contracts?|"
    r"rebel\w*|protest\w*|pogrom\w*|involved|smash\w*|chased|left (?:the|their|his|its) \w+|signed|"
    r"протест\w*|вышли|вийшли|sentenced|convicted|charged|приговорил\w*|осудил\w*|"
    r"осужден\w*|засуди\w*|засуджен\w*|"
    r"attempt\w* (?:to )?(?:escape|flee)|"
    r"tried to (?:escape|flee)|walked (?:away|off|out)|held|locked up|kept|imprisoned|detained|"
    r"сбежал\w*|бежал\w*|сбежавш\w*|бежать|побег\w*|покинул\w*|покинувш\w*|оставил\w*|"
    r"оставивш\w*|дезертир\w*|отказал\w*|отказыва\w*|отказник\w*|бунт\w*|взбунтов\w*|"
    r"устроил\w*|прорвал\w*|ушл\w*|ушед\w*|самовольн\w*|сломал\w*|скрыл\w*|удерживал\w*|"
    r"держат|содержал\w*|участ\w*|"
    r"втекл\w*|втік\w*|втеч\w*|втекти|залишил\w*|залишив\w*|покинул\w*|відмовил\w*|"
    r"відмовля\w*|влаштувал\w*|прорвал\w*|зламал\w*|утримува\w*|самовільн\w*|вирвал\w*",
)
DETAIN_CUE_RE = _rx(
    r"detain\w*|caught|apprehend\w*|arrest\w*|captured|recaptured|taken into custody|picked up|intercepted|"
    r"stopped(?= all\b)|"
    r"found(?! dead)|tracked down|rounded (?:\w+ )?up|located|обнаружил\w*|нашли|найден[ыо]?\b|"
    r"знайшли|знайдено|розшукали|"
    r"returned to (?:the|their) unit|in custody|"
    r"задержа\w*|пойма\w*|поймк\w*|поимк\w*|арестова\w*|возвращен\w*|вернули|"
    r"затрима\w*|спійма\w*|повернули|заарештува\w*",
)
AT_LARGE_CUE_RE = _rx(
    r"still (?:being )?(?:sought|wanted|at large|missing|on the run|hiding)|being sought|"
    r"remain\w* at large|at large|evading capture|on the run|whereabouts (?:are|is|remain) "
    r"unknown|fate of|still unknown|still missing|are wanted|looking for|searching for|"
    r"ищут|шукають|"
    r"разыскива\w*|в розыске|розыск\w*|поиск\w*|на свободе|скрыва\w*|прячут\w*|"
    r"судьба|разыскать|in hiding|hiding out|скрываются|переховуються|ховаються|"
    r"розшук\w*|на волі|переховую\w*|доля|розшукати",
)
KILLED_CUE_RE = _rx(r"killed|died|dead|shot dead|погиб\w*|убит\w*|застрел\w*|загину\w*|"
                    r"вбит\w*|смерт\w*")
INJURED_CUE_RE = _rx(r"injur\w*|wounded|hurt|ранен\w*|ранени\w*|пострада\w*|поранен\w*|"
                     r"травм\w*|постражда\w*")
NO_CASUALTIES_RE = _rx(
    r"no (?:reported )?casualties|no reports? of (?:any )?(?:casualties|injuries|victims)|"
    r"no (?:one|body) was (?:hurt|injured|killed)|nobody was (?:hurt|injured|killed)|"
    r"no injuries or fatalities|no casualties|without casualties|"
    r"без (?:жертв|пострадавших|погибших|раненых)|никто не пострадал|"
    r"без (?:жертв|постраждалих|загиблих|поранених)|ніхто не постраждав",
)
REST_RE = _rx(r"\b(?:the rest|the others|remaining|остальн\w*|решт\w*|інш\w+ (?:досі )?"
              r"(?:розшук|шука))")


# --- helpers --------------------------------------------------------------------------



def _sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        out.extend(split_sentences(text, start, end))
    return out


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, quote=text[start:end])


def _nearest_cue(text: str, sent: tuple[int, int], pos: tuple[int, int],
                 cues: dict[str, re.Pattern[str]]) -> str | None:
    """The role whose cue word is closest to the number within its clause."""
    s, e = sent
    best: tuple[int, str] | None = None
    for role, rx in cues.items():
        for m in rx.finditer(text, s, e):
            gap = text[pos[1]:m.start()] if m.start() >= pos[1] else ""
            if gap and _PARTITIVE_GAP_RE.fullmatch(gap) and (
                    _GROUP_NOUN_RE.match(m.group()) or re.search(r"\b(?:the|these|those)\b", gap)):
                continue  # "four of the deserters": the noun names the group, not the act
            if role != "act" and m.start() > pos[1] and PERSON_RE.match(
                    text[m.end():].lstrip().lower()):
                continue  # "detained servicemen": the cue describes the noun, not the count
            gap_text = text[min(m.end(), pos[1]): max(m.start(), pos[0])]
            breaks = gap_text.count(",") + gap_text.count(";")
            dist = len(gap_text) + 30 * breaks
            if len(gap_text) > (100 if not breaks else 70) or breaks > 1:
                continue
            if m.start() >= pos[1] and not gap_text.strip() and _GROUP_NOUN_RE.match(m.group()):
                dist += 40  # "троих дезертиров задержали": the head noun names, the verb acts
            if best is None or dist < best[0]:
                best = (dist, role)
    return best[1] if best else None


_GROUP_NOUN_RE = _rx(r"дезертир|беглец|втікач|отказник|відмовник|сочник|deserter|escapee|"
                     r"runaway|fugitive|refusenik|objector")
_PARTITIVE_GAP_RE = re.compile(r"\s+(?:of(?: the| these| those| them)?|из(?: числа)?|з|із|"
                               r"from(?: the)?)\s+", re.I)

_ROLE_CUES = {
    "returned": _rx(r"returned (?:voluntarily|on (?:their|his) own|of (?:their|his) own)|"
                    r"came back|surrendered|turned themselves in|вернул\w* (?:сам|добровольно)|"
                    r"сдал\w*|явил\w*|повернул\w* (?:сам|добровільно)|здал\w*"),
    "detained": DETAIN_CUE_RE, "at_large": AT_LARGE_CUE_RE, "killed": KILLED_CUE_RE,
    "injured": INJURED_CUE_RE, "act": ACT_CUE_RE,
}


@dataclass
class _Role:
    mention: CountMention
    role: str
    partitive: bool
    sentence: tuple[int, int]
    vague: bool = False


def _is_people(text: str, m: CountMention) -> bool:
    word = text[m.start:m.end].lower().split()[-1] if text[m.start:m.end].strip() else ""
    if word.replace("’", "'") in _COLLECTIVE:
        return True
    if not m.head:
        return False
    if m.head == "of":
        return True
    if _NON_COUNT_HEAD_RE.match(m.head):
        return False
    if PERSON_RE.match(m.head):
        return True
    # "42 reserve soldiers", "12 молодых военных": the noun may come after a modifier
    words = _WORD_RE.findall(text[m.end: m.end + 40].lower())[:3]
    if len(words) < 2 or words[0] != m.head:
        return False
    if re.search(r"[а-яіїєё]", m.head):
        if not _ADJECTIVE_END_RE.search(m.head):
            return False
        return any(PERSON_RE.match(w) and not _NON_COUNT_HEAD_RE.match(w) for w in words[1:])
    return bool(PERSON_RE.match(words[1])) and not _NON_COUNT_HEAD_RE.match(words[1])


_ADJECTIVE_END_RE = re.compile(r"(?:ых|их|ые|ие|ій|ий|ый|ой|ая|ого|ими|ыми|ні|і)$")


_WORD_RE = re.compile(r"[^\W\d_]+")
_VAGUE_QUOTE_RE = _rx(r"dozen|hundreds|thousands|several|a few|десятк|десятк|сотни|сотен|"
                      r"сотні|сотень|несколько|кілька|декілька|тысячи|тисячі|many|многие")


def _is_vague(text: str, m: CountMention) -> bool:
    quote = text[m.start:m.end]
    return m.count.best is None and not any(c.isdigit() for c in quote) and \
        bool(_VAGUE_QUOTE_RE.search(quote))


@lru_cache(maxsize=32)
def _statistic_spans(text: str, language: str) -> frozenset[tuple[int, int]]:
    """Numbers the statistics stage claims: an aggregate is never an incident's head count."""
    return frozenset((f.mention.start, f.mention.end) for f in stat_candidates(text, language))


@lru_cache(maxsize=32)
def _statistic_values(text: str, language: str) -> tuple[int, ...]:
    return tuple(f.mention.count.point() or 0 for f in stat_candidates(text, language))


def _repeats_aggregate(text: str, language: str, m: CountMention) -> bool:
    """The headline's "nearly 500" is the same aggregate the body states with "already"."""
    value = m.count.point()
    if value is None or value < 50:
        return False
    return any(abs(value - v) <= 0.02 * v for v in _statistic_values(text, language))


def _roles(text: str, sentences: list[tuple[int, int]], language: str) -> list[_Role]:
    roles: list[_Role] = []
    claimed = _statistic_spans(text, language)
    for sent in sentences:
        for m in find_counts(text, sent[0], sent[1], language):
            if (m.start, m.end) in claimed or _repeats_aggregate(text, language, m):
                continue
            next_words = _WORD_RE.findall(text[m.end: m.end + 30].lower())[:2]
            head_is_verbish = m.head and not _NON_COUNT_HEAD_RE.match(m.head) and (
                any(DETAIN_CUE_RE.match(w) or AT_LARGE_CUE_RE.match(w) for w in next_words)
                or m.head in ("were", "was", "are", "is", "have", "had", "remain", "remained"))
            before = text[max(sent[0], m.start - 16): m.start]
            if _DATE_OR_GROUPS_BEFORE_RE.search(before):
                continue  # "Nov. 2", "in groups of 10", "мелкими группами по 10"
            victims = bool(_VICTIM_RE.match(m.head or "-"))
            # "затримали 34-річного військового": an age after the verb is not how many were held
            after_outcome = bool(_OUTCOME_BEFORE_RE.search(before)) and not _NON_COUNT_HEAD_RE.match(m.head or "-")
            if not (_is_people(text, m) or head_is_verbish or victims or after_outcome):
                continue
            if m.count.point() is not None and m.count.point() == 0:
                continue
            if m.count.low is not None and m.count.low >= 2000 and m.count.best is None:
                continue  # "thousands of Russians fled": background, not this incident
            if _ALONG_WITH_RE.search(text, max(sent[0], m.start - 20), m.start):
                m = CountMention(m.start, m.end, _plus_one(m.count), m.head)
            role = _nearest_cue(text, sent, (m.start, m.end), _ROLE_CUES)
            if victims and not _is_people(text, m) and role not in ("killed", "injured"):
                continue  # police officers count only as casualties
            total_of = _TOTAL_AFTER_OF_RE.search(before)
            if total_of and parse_count(total_of.group(1), language) is not None and \
                    role not in (None, "act"):
                role = "act"  # "six of the ten": ten is the whole group, not an outcome
            if role is None and ACT_CUE_RE.search(text, sent[0], sent[1]) and \
                    m.head != "of" and _is_people(text, m):
                role = "act_weak"  # the act is in the sentence, just far from the number
            point = m.count.point() or m.count.high or 0
            collective = text[m.start:m.end].lower().replace("’", "'") in _COLLECTIVE
            if role is None and m.head != "of" and _is_people(text, m) and point < 1000 and \
                    (PERSON_RE.match(m.head or "-") or collective) and not _BACKGROUND_RE.search(
                        text, sent[0], sent[1]):
                role = "bare"  # "there are at least 234 people there": last resort
            if role is None:
                continue
            roles.append(_Role(m, role, m.head == "of", sent, _is_vague(text, m)))
    return roles


_DATE_OR_GROUPS_BEFORE_RE = _rx(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.\s*$|"
    # "Nov. 2" is a day, but in "On 17 June three soldiers" the day came first
    r"(?<!\d\s)\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s*$|\bin (?:small |several )?groups of\s*$|\bпо\s*$|\bnumber\s*$|"
    r"\bno\.\s*$|№\s*$")
_OUTCOME_BEFORE_RE = _rx(
    r"(?:detained|caught|arrested|задержан[ыо]?|задержали|пойманы|затримано|затримали|"
    r"затримані|killed|погибли|загинули|injured|wounded|ранены|поранені)\s*$")
_TOTAL_AFTER_OF_RE = _rx(r"([^\W_]+)\s+(?:out of|of|из|з|із)\s*$")
_VICTIM_RE = _rx(r"^(?:police|officers?|policem[ae]n|civilians?|guards?|милиционер\w*|"
                 r"полицейск\w*|сотрудник\w*|поліцейськ\w*|правоохоронц\w*|мирн\w*|"
                 r"прикордонник\w*|пограничник\w*)")
_BACKGROUND_RE = _rx(r"\b(?:19|20)\d\d\b|\bsince\b|\bс начала\b|\bз початку\b|\bin total\b|"
                     r"\bвсего\b|\bвсього\b|mobili[sz]ation|мобилизаци|мобілізаці")
_VIOLENCE_RE = _rx(r"\bbeat(?:en|ing)?\b|beat up|tortur\w*|stun gun|taser|electric shock\w*|"
                   r"избил\w*|избит\w*|били\b|пытал\w*|электрошок\w*|побил\w*|"
                   r"катувал\w*|побили|били\b|електрошок\w*")
_ALONG_WITH_RE = _rx(r"(?:along|together) with\s*$|вместе с\s*$|разом (?:із|з)\s*$")


def _plus_one(count: Count) -> Count:
    """"He, along with 41 others" is 42 people."""
    return Count(best=None if count.best is None else count.best + 1,
                 low=None if count.low is None else count.low + 1,
                 high=None if count.high is None else count.high + 1)


def _same(a: int, b: int) -> bool:
    return abs(a - b) <= 0.1 * max(a, b)


def chosen_pool(roles: list[_Role]) -> list[_Role]:
    """Act-tied, non-partitive counts; a stated number beats "dozens" or "hundreds"."""
    tiers = [[r for r in roles if r.role == role and not r.partitive]
             for role in ("act", "act_weak", "bare")]
    for vague in (False, True):
        for tier in tiers:
            pool = [r for r in tier if r.vague == vague]
            if pool:
                return pool
    return []


def _pick_participants(roles: list[_Role]) -> list[_Role]:
    """Most repeated count tied to the act itself; the larger wins ties."""
    cands = chosen_pool(roles)
    if not cands:
        return []
    scored: list[tuple[int, int, _Role]] = []
    for r in cands:
        v = r.mention.count.point() or r.mention.count.high or 0
        freq = sum(1 for o in cands if _same(v, o.mention.count.point() or
                                              o.mention.count.high or 0))
        scored.append((freq, v, r))  # a tie goes to the whole group, not a subset
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    top = scored[0][2]
    v = top.mention.count.point() or top.mention.count.high or 0
    return [r for r in cands if _same(v, r.mention.count.point() or r.mention.count.high or 0)]


def _refine(roles: list[_Role], chosen: list[_Role]) -> list[_Role]:
    """"More than 200" and "at least 234" agree; keep the more informative figure."""
    count = chosen[0].mention.count
    if count.best is not None or count.low is None:
        return chosen
    low = count.low
    better = [r for r in roles if r.role in ("act", "act_weak", "bare") and not r.partitive
              and not r.vague and (r.mention.count.point() or 0) > low
              and (r.mention.count.point() or 0) <= low * 1.5]
    if not better:
        return chosen
    return [max(better, key=lambda r: r.mention.count.point() or 0)]


def _participants(text: str, roles: list[_Role], sentences: list[tuple[int, int]],
                  evidence: dict[str, list[Span]], acts: list[str]) -> Count:
    chosen = _pick_participants(roles)
    if not chosen and {"enforcement", "prosecution"} & set(acts):
        # the people an enforcement act targeted: "police detained 12 deserters"
        chosen = [r for r in roles if r.role == "detained" and not r.partitive][:1]
    if chosen:
        chosen = _refine(roles, chosen)
        first = chosen[0].mention
        count = first.count
        # a second, larger figure for the same act widens the range ("officially 10, 12")
        others = [r.mention.count.point() for r in chosen_pool(roles)]
        best = count.point()
        if count.best is not None and count.low == count.high == count.best:
            higher = [o for o in others if o is not None and best is not None and
                      best < o <= best * 1.5]
            if higher:
                count = Count(best=count.best, low=count.best, high=max(higher))
        evidence["participants"] = [_span(text, r.mention.start, r.mention.end) for r in chosen]
        return count
    joined = " ".join(text[s:e] for s, e in sentences)
    sing = SINGULAR_RE.findall(joined) + SINGULAR_EVENT_RE.findall(joined)
    plur = PLURAL_RE.findall(joined)
    if sing and len(sing) > len(plur):
        for s, e in sentences:
            m = SINGULAR_RE.search(text, s, e) or SINGULAR_EVENT_RE.search(text, s, e)
            if m:
                evidence["participants"] = [_span(text, m.start(), m.end())]
                break
        return Count(best=1, low=1, high=1)
    return Count()


def _antecedent(text: str, start: int, language: str,
                evidence: dict[str, list[Span]]) -> Count:
    """"...trёх мобилизованных, которые самовольно покинули позиции": when the incident's own
    words name no group, the group is the one named just before them."""
    window_start = max(0, start - 400)
    before = split_sentences(text, window_start, start)
    if not before:
        return Count()
    last = before[-1]
    if last[1] - last[0] < 40 and len(before) > 1:
        last = (before[-2][0], last[1])  # a heading or short clause: reach one sentence further
    roles = _roles(text, [last], language)
    chosen = _pick_participants(roles) or [
        r for r in roles if r.role in ("detained", "at_large") and not r.partitive][:1]
    if not chosen:
        clause = text[last[0]:last[1]]
        m = SINGULAR_RE.search(clause)
        if m and not PLURAL_RE.search(clause):
            evidence["participants"] = [_span(text, last[0] + m.start(), last[0] + m.end())]
            return Count(best=1, low=1, high=1)  # "задержали контрактника, который ..."
        return Count()
    evidence["participants"] = [_span(text, chosen[0].mention.start, chosen[0].mention.end)]
    return chosen[0].mention.count.model_copy()


def _outcome(text: str, roles: list[_Role], role: str,
             evidence: dict[str, list[Span]]) -> int | None:
    # exact counts, else a stated bound ("at least 15 were detained"); never "several"
    hits = [r for r in roles if r.role == role and not r.vague and r.mention.count.point()]
    exact = [r for r in hits if r.mention.count.best is not None and
             r.mention.count.low == r.mention.count.high]
    hits = exact or hits
    if not hits:
        return None
    value = max(r.mention.count.point() or 0 for r in hits)
    evidence[role] = [_span(text, r.mention.start, r.mention.end) for r in hits
                      if r.mention.count.point() == value]
    return value


def _single_detained(text: str, sentences: list[tuple[int, int]], acts: list[str],
                     participants: Count) -> Span | None:
    """One person the authorities detained: "was detained", "задержали военнослужащего"."""
    if participants.best != 1:
        return None
    for s, e in sentences:
        m = _rx(r"(?:was|were|been|has been|had been) (?:\w+ )?(?:detained|arrested|apprehended|"
                r"taken into custody|caught)|detained|forcibly (?:took|taken|returned)|the arrest\b|задержа\w+|затрима\w+|заарештува\w+|"
                r"арестова\w+|взяли под стражу|під варт\w+|под страж\w+|"
                r"тримання під вартою|in custody").search(text, s, e)
        if m:
            return _span(text, m.start(), m.end())
    return None


# --- main -----------------------------------------------------------------------------


def _casualties(text: str, sentences: list[tuple[int, int]], roles: list[_Role],
                evidence: dict[str, list[Span]]) -> tuple[int | None, int | None]:
    killed = _outcome(text, roles, "killed", evidence)
    injured = _outcome(text, roles, "injured", evidence)
    for s, e in sentences:
        m = NO_CASUALTIES_RE.search(text, s, e)
        if m:
            sp = [_span(text, m.start(), m.end())]
            if killed is None:
                killed = 0
                evidence["killed"] = sp
            if injured is None:
                injured = 0
                evidence["injured"] = sp
            break
    return killed, injured


_ALL_DETAINED_RE = _rx(
    r"(?:found|caught|detained|stopped|rounded up|picked up) all (?:of them|\w+)\b|"
    r"all (?:of them |eight |\w+ )?(?:were|have been) (?:\w+ )?(?:detained|caught|apprehended|"
    r"returned)|(?:все|всех) (?:они |их |беглецов |беглые )?(?:были )?(?:задержаны|задержали|"
    r"пойманы|поймали|возвращены|вернули)|всіх (?:їх |втікачів )?(?:затримали|повернули)|"
    r"усі (?:вони )?(?:були )?(?:затримані|повернуті)")


def _rest_at_large(text: str, sentences: list[tuple[int, int]], participants: Count,
                   detained: int | None) -> Span | None:
    if detained is None or participants.best is None or participants.best <= detained:
        return None
    for s, e in sentences:
        m = REST_RE.search(text, s, e)
        if m and AT_LARGE_CUE_RE.search(text, s, e):
            return _span(text, m.start(), m.end())
    return None


def fill_slots(text: str, spans: list[tuple[int, int]], language: str,
               acts: list[str]) -> Slots:
    """Fill the incident fields from the sentences in spans (via/verification: whole text)."""
    sentences = _sentences(text, spans or [(0, len(text))])
    evidence: dict[str, list[Span]] = {}
    roles = _roles(text, sentences, language)
    participants = _participants(text, roles, sentences, evidence, acts)
    inherited = False
    if participants.is_empty() and sentences:
        participants = _antecedent(text, sentences[0][0], language, evidence)
        inherited = not participants.is_empty()
    detained = _outcome(text, roles, "detained", evidence)
    if inherited and detained is None and "enforcement" in acts and participants.best and any(
            DETAIN_CUE_RE.search(text, s, e) for s, e in sentences):
        detained = participants.best  # "military police rounded them up"
        evidence["detained"] = evidence["participants"]
    at_large = _outcome(text, roles, "at_large", evidence)
    if detained is None and "enforcement" in acts and participants.best and \
            "participants" in evidence:
        # "three soldiers who walked away ... were tracked down by military police"
        first = evidence["participants"][0]
        sent = next(((s, e) for s, e in sentences if s <= first.start < e), None)
        if sent is not None:
            m = DETAIN_CUE_RE.search(text, first.end, sent[1])
            if m:
                detained = participants.best
                evidence["detained"] = [_span(text, m.start(), m.end())]
    if detained is None:
        single = _single_detained(text, sentences, acts, participants)
        if single is not None:
            detained = 1
            evidence["detained"] = [single]
    family = family_targeted(text, sentences, acts, participants)
    if family is not None:
        participants = Count(best=2, low=2, high=2)
        evidence["participants"] = [family[0]]
        if detained is None and family[1] is not None:
            detained = 1
            evidence["detained"] = [family[1]]
    if detained is None and participants.best is not None and participants.best > 1:
        for s, e in sentences:
            m = _ALL_DETAINED_RE.search(text, s, e)
            if m:
                detained = participants.best  # "all of them were detained"
                evidence["detained"] = [_span(text, m.start(), m.end())]
                break
    rest = _rest_at_large(text, sentences, participants, detained)
    if rest is not None and at_large is None and participants.best is not None \
            and detained is not None:
        # "five returned, 14 were detained, the rest are hiding": other named subsets count too
        others = sum({r.mention.count.best or 0 for r in roles if r.role == "returned"})
        remaining = participants.best - detained - others
        if remaining > 0:
            at_large = remaining
            evidence["at_large"] = [rest]
    if at_large is not None and participants.best is not None and detained is not None and \
            detained + at_large < participants.best and \
            any(r.role == "detained" and r.mention.count.best != detained for r in roles):
        detained = participants.best - at_large  # detentions reported in instalments
    killed, injured = _casualties(text, sentences, roles, evidence)
    if family is not None and injured is None:
        hurt = next((m for s, e in sentences if (m := _VIOLENCE_RE.search(text, s, e))), None)
        if hurt is not None:
            injured = 1  # the relative who was beaten or shocked
            evidence["injured"] = [_span(text, hurt.start(), hurt.end())]
    via, via_spans = find_via(text, language)
    if via_spans:
        evidence["via"] = via_spans
    verification, ver_spans = incident_verification(
        text, spans, language, _statistic_spans(text, language), split_sentences(text))
    if ver_spans:
        evidence["verification"] = ver_spans
    return Slots(
        participants=participants.model_copy(), detained=detained, at_large=at_large, killed=killed,
        injured=injured, armed=armed_of(text, sentences, evidence),
        personnel=personnel_of(text, sentences, evidence),
        unit=unit_of(text, sentences, evidence),
        perpetrator=perpetrator_of(text, sentences, acts, evidence),
        force=force_of(text, sentences, evidence), via=via, verification=verification,
        evidence=evidence,
    )
