"""Segmentation: sentences with exact offsets, then incidents built from their act triggers.

Incidents follow CODEBOOK section 2: acts that happen together are one incident; a new
settlement, region or day with its own events, an explicit "earlier"/"in another case",
or a verdict apart from the absence it punishes starts another; detentions and searches
that follow an escape are its outcomes, not incidents of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from otkaz.extract import acts as acts_mod
from otkaz.extract.clean import Range
from otkaz.extract.dates import DateMention, _month_of
from otkaz.extract.lexicon import (
    DRAFT_EVASION,
    FLAGS,
    MILITARY,
    NEW_EPISODE,
    OCCURRED,
    RELATIVES_PROTEST,
    REPORTING,
    SOLDIERS,
)
from otkaz.geo import PlaceMention

# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) when the next
# non-space character starts a new sentence (capital letter, digit, quote, dash).
_BOUNDARY = re.compile(r"""[.!?…]+["»”’)\]]*\s+(?=["«“„(\[—–-]?\s*[A-ZА-ЯЁІЇЄҐ0-9])""")
# Abbreviations after which a full stop does not end the sentence.
_ABBREV = re.compile(
    r"""(?:\b(?:Nov|Dec|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Jun|Jul|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Maj|Capt|No|vs|etc|Jr|Sr|U\.S|p|pp|art|Art|para|ch|Pt|Gov|Rep|Sen|approx|incl|Inc|Ltd|Co|ул|г|гг|ст|ч|п|пп|т\.е|т\.д|т\.п|им|тыс|млн|млрд|руб|коп|обл|р-н|пос|с|д|кв|корп|стр|рис|см|напр|англ|рус|укр|тис|грн|вул|м|н\.э|мин|сек|ок|др|чел|ген|полк|подп|мл|ст\.\s?л-т|І|II|III|[A-ZА-ЯЁІЇЄ])\.)$"""
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: offsets into the article text and its text."""

    start: int
    end: int
    text: str
    paragraph: int


def split_range(text: str, start: int, end: int) -> list[Range]:
    """Split one body line into sentence ranges."""
    out: list[Range] = []
    seg_start = start
    chunk = text[start:end]
    for match in _BOUNDARY.finditer(chunk):
        cut = start + match.start()
        head = text[max(seg_start, cut - 12): cut + 1]
        if _ABBREV.search(head.rstrip()):
            continue
        stop = start + match.end()
        piece_end = stop
        while piece_end > seg_start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > seg_start:
            out.append((seg_start, piece_end))
        seg_start = stop
    if seg_start < end:
        out.append((seg_start, end))
    return out


def sentences(text: str, ranges: list[Range]) -> list[Sentence]:
    """Sentences of the body ranges, in order, each tagged with its paragraph (line) index."""
    result: list[Sentence] = []
    for index, (start, end) in enumerate(ranges):
        for s, e in split_range(text, start, end):
            result.append(Sentence(s, e, text[s:e], index))
    return result


_SOFT = ("capture", "search")
_TARGET = re.compile(
    r"\b(?:desert\w*|awol|absen\w*|fugitive\w*|runaway\w*|escapee\w*|escaped|fled|refus\w*|refusenik\w*|objector\w*|soch|szch|wanted|left\s+(?:the|their|his)\s+(?:units?|positions?|posts?)|leaving\s+(?:the|their|his)\s+(?:units?|positions?|posts?)|abandon\w*|walk\w*\s+away|without\s+permission|(?:стат\w*|ст\.|article|art\.)\s*(?:40[78]|33[278])\b|failed\s+to\s+return|fail\w*\s+to\s+report|missing\s+from|under\s+(?:armed\s+)?escort|forcibly|бросил\w*\s+позици\w*|(?:пытал|попытал)\w*\s+(?:\w+\s+)?(?:уехать|уйти)\s+домой"
    r"|military\s+police\s+(?:[\w,]+\s+){0,20}?back\s+to\s+(?:the\s+front|(?:his|their)\s+unit))"
    r"|(?:под\s+конвоем|принудительно|примусово|під\s+конвоєм)"
    r"|(?:не\s+явил\w*|не\s+прибыл\w*|не\s+з['ʼ’]явив\w*|не\s+прибув\w*)"
    r"|(?:дезертир\w*|беглец\w*|беглых|сбежавш\w*|бежавш\w*|самовольн\w*|соч\w*|сзч|отказ\w*|отказник\w*|сбежал\w*|розыск\w*|не\s+вернул\w*|покинувш\w*|оставивш\w*)"
    r"|(?:дезертир\w*|втікач\w*|самовільн\w*|сзч|відмов\w*|[ву]текл\w*|[ву]тік\b|розшук\w*|не\s+поверну\w*"
    r"|(?:залиши|покину)\w*\s+(?:військову\s+)?частин\w*)",
    FLAGS,
)


_UNIT_PLACE = re.compile(
    r"\b(?:military\s+unit|army\s+base|barracks|training\s+(?:ground|cent(?:re|er))|commandant|holding\s+(?:site|area|facility)|guardhouse)"
    r"|(?:воинск\w+\s+част\w*|военн\w+\s+част\w*|комендатур\w*|полигон\w*|учебн\w+\s+центр\w*|казарм\w*|расположени\w+\s+част\w*)"
    r"|(?:військов\w+\s+частин\w*|комендатур\w*|полігон\w*|навчальн\w+\s+центр\w*)",
    FLAGS,
)


# "faces ten years in prison" is a penalty, not a prison story
_PENALTY = re.compile(
    r"\b(?:years?|months?)\s+(?:in\s+(?:prison|jail)|of\s+imprisonment|behind\s+bars)|\bprison\s+(?:terms?|sentences?)\b"
    r"|\bлет\s+(?:лишения\s+свободы|колонии|тюрьмы)|\bроків\s+(?:позбавлення\s+волі|ув'язнення)",
    FLAGS,
)
_PUPILS = re.compile(r"\b(?:pupils|schoolchildren|schoolboys|учени\w+|школьник\w*|учн(?:і|ів|ям)|школяр\w*|ліцеїст\w*|лицеист\w*)\b", FLAGS)
# "a heavyweight boxer refused to fight": athletes refuse bouts and desert training camps
_ATHLETES = re.compile(
    r"\b(?:boxers?|boxing|heavyweight|middleweight|welterweight|footballers?|midfielder|goalkeeper|wrestlers?|"
    r"tennis|hockey\s+player|боксер\w*|боксёр\w*|футболист\w*|полузащитник\w*|вратар\w*|хоккеист\w*|"
    r"теннисист\w*|футболіст\w*|хокеїст\w*|тенісист\w*|воротар\w*|півзахисник\w*)\b", FLAGS)
_AWOL_STATUS = re.compile(
    r"самовольн\w*|самовільн\w*|\bwithout\s+(?:permission|authori[sz]ation|leave)|\bawol\b|\bсзч\b|\bсоч\b|\bwalk\w*\s+away|\babandon\w*",
    FLAGS,
)


_COURT = re.compile(r"\b(?:court|tribunal|judge|суд\w*|судь\w*)\b", FLAGS)


@dataclass
class Draft:
    """An incident being assembled from the sentences that describe it."""

    triggers: list[acts_mod.Trigger] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    day_key: tuple[int, int] | None = None
    span: tuple[date, date] | None = None
    settlement: int | str | None = None
    admin1: str | None = None
    lead: list[int] = field(default_factory=list)  # untriggered sentences that introduce it
    anchor: tuple[int, int] | None = None  # a clause of a sentence, for an incident told inside another's

    def acts(self) -> list[str]:
        """The acts of the incident, in the order they happen, after the codebook's merging rules."""
        found = {t.act for t in self.triggers if t.counts}
        main = {t.act for t in self.triggers if t.status == "main"}
        coerced = any(t.kind == "coercion" and t.status == "main" for t in self.triggers)
        # "detained on Thursday a man who had left his unit": a dated arrest is the event, the
        # undated flight in its relative clause only its reason (an undated pursuit stays an outcome).
        fled = [t.start for t in self.triggers if t.act in ("desertion", "mutiny") and t.status == "relative"]
        dated = any(not any(-40 < m.start - f < 150 for f in fled) for m in self.dates)  # "який минулої неділі втік"
        coerced = coerced or dated and any(
            t.kind in ("capture", "search") and t.status == "main" for t in self.triggers)
        if coerced and not main & {"desertion", "mutiny"}:
            # "a camp for men who fled their units": the holding is the event.
            found -= {"desertion", "mutiny"}
        if found & {"desertion", "mutiny"}:
            found.discard("enforcement")
        return [a for a in ("mutiny", "refusal", "desertion", "enforcement", "prosecution") if a in found]


def _dated(mention: DateMention) -> tuple[int, int] | None:
    """A comparable (month, day) key even when the year is unknown."""
    if mention.date_start is not None and mention.precision == "day":
        return mention.date_start.month, mention.date_start.day
    m = re.search(r"(\d{1,2})", mention.surface)
    if mention.precision == "day" and m:
        for word in re.findall(r"[^\W\d_]+", mention.surface):
            month = _month_of(word)
            if month:
                return month, int(m.group(1))
    return None


def _attached_date(sent: Sentence, trig_spans: list[tuple[int, int]], mentions: list[DateMention],
                   dropped: list[tuple[int, int]] | None = None) -> DateMention | None:
    """The date mention of an event sentence that belongs to its act, not to the reporting verb
    nor to a background act ("sentenced a man who in January had failed to return")."""
    inside = [m for m in mentions if sent.start <= m.start < sent.end]
    if not inside or not trig_spans:
        return None
    reports = [(sent.start + r.start(), sent.start + r.end()) for r in REPORTING.finditer(sent.text)]
    best: tuple[int, DateMention] | None = None
    for m in inside:
        if m.relative and _quoted(sent, m.start):
            continue
        if any(0 <= m.start - r_end <= 25 and not any(r_end <= a < m.start for a, _ in trig_spans)
               for _, r_end in reports) and not any(0 <= a - m.end <= 60 for a, _ in trig_spans):
            continue
        d_trig = min(min(abs(m.start - a), abs(m.start - b), abs(m.end - a)) for a, b in trig_spans)
        # "... a soldier who had left his unit, on Thursday, Astra said": a comma after the
        # background clause hands the date back to the main verb
        near = [(a, b) for a, b in (dropped or []) if not (b <= m.start and "," in sent.text[
            b - sent.start: m.start - sent.start] and any(t_end <= a for _t, t_end in trig_spans))]
        if near and min(min(abs(m.start - a), abs(m.start - b), abs(m.end - a)) for a, b in near) < d_trig:
            continue
        if best is None or d_trig < best[0]:
            best = (d_trig, m)
    return best[1] if best else None


def _leading_date(sent: Sentence, mentions: list[DateMention]) -> DateMention | None:
    """A day-precise date of the sentence just before an incident starts ("On 15 May he came back. There he refused")."""
    inside = [m for m in mentions if sent.start <= m.start < sent.end and m.precision == "day"]
    return inside[-1] if len(inside) == 1 else None


def _quoted(sent: Sentence, pos: int) -> bool:
    """Whether a position lies inside quotation marks (a quoted post or speech)."""
    before = sent.text[: pos - sent.start]
    opened = before.count("«") + before.count("“") - before.count("»") - before.count("”")
    return opened > 0 or before.count('"') % 2 == 1


_SETTLEMENT_CUE = re.compile(
    r"\b(?:village|town|settlement|hamlet)\s+of\s+([A-Z][\w'-]+)"
    r"|\b(?:сел[оаеу]|посёлк[аеу]|поселк[аеу]|посел[оке]к|деревн[яиюе]|станиц[аыеу]|поселени[ея]|город[еау]?)\s+([А-ЯЁ][\w-]+)"
    r"|\b(?:сел[оаіу]|селищ[аеіу]|смт|містечк[оау]|міст[оаі])\s+([А-ЯІЇЄҐ][\w'ʼ-]+)",
)


def _sentence_places(sent: Sentence, places: list[PlaceMention],
                     dropped: list[tuple[int, int]] | None = None) -> tuple[int | str | None, str | None]:
    """Settlement key and region code of a sentence, from cued or event-role mentions only.

    Bare names are too often where people come from or were taken to; a settlement splits
    incidents only when introduced as "the village of X"/"в селе X" or in an event role.
    Places right after a background act ("who in March left his unit in X") are that act's.
    """
    inside = [p for p in places if sent.start <= p.start < sent.end
              and p.role not in ("origin", "treatment", "background", "destination")
              and not any(0 <= p.start - b <= 60 for _a, b in dropped or [])]
    admin1 = next((p.admin1 for p in inside if p.admin1 and p.role == "event"), None) or \
        next((p.admin1 for p in inside if p.admin1), None)
    cue = _SETTLEMENT_CUE.search(sent.text)
    if cue and any(0 <= sent.start + cue.start() - b <= 60 for _a, b in dropped or []):
        cue = None
    if cue:
        group = next(i for i in range(1, 4) if cue.group(i))
        lo, hi = sent.start + cue.start(group), sent.start + cue.end(group)
        named = next((p for p in inside if p.kind == "settlement" and lo <= p.start < hi), None)
        if named is not None:
            return (named.name or named.surface).lower(), named.admin1 or admin1
        return cue.group(group).lower()[:6], admin1
    event = next((p for p in inside if p.kind == "settlement" and p.role == "event"), None)
    if event is not None:
        return (event.name or event.surface).lower(), event.admin1 or admin1
    return None, admin1


def _usable(triggers: list[acts_mod.Trigger], sent: Sentence, prev: Sentence | None, title_military: bool,
            nxt: Sentence | None = None, title: str = "") -> list[acts_mod.Trigger]:
    """Counted triggers of a sentence after the context checks (military, custody, target)."""
    if not triggers:
        return []
    if acts_mod.civilian_custody(_PENALTY.sub(" ", sent.text)) and not acts_mod.military_context(sent.text):
        return []
    if RELATIVES_PROTEST.search(sent.text):
        triggers = [t for t in triggers if t.act != "mutiny"]
    military = acts_mod.military_context(sent.text) or (prev is not None and acts_mod.military_context(prev.text)) \
        or title_military or (nxt is not None and acts_mod.military_context(nxt.text))
    if not military or _PUPILS.search(sent.text) or _ATHLETES.search(sent.text) and not SOLDIERS.search(sent.text):
        return []  # pupils of a military school running off to a concert are not service members
    if not SOLDIERS.search(" ".join((sent.text, prev.text if prev else "", title))):
        # "residents fled the shelling", "villagers held a protest": only soldiers desert or
        # mutiny (running away from a military unit says who they are)
        unit = bool(_UNIT_PLACE.search(sent.text))
        triggers = [t for t in triggers if t.kind != "protest" and (t.kind != "flight" or unit)]
    if any(t.kind == "prosecution" and t.status == "main" and _COURT.search(sent.text) for t in triggers):
        # "the court remanded him in custody": a court's detention order is part of the prosecution.
        triggers = [t for t in triggers if t.kind != "capture"]
    if any(t.status == "background" for t in triggers):
        # "after a riot by men who refused ...": the relative clause hangs on background.
        triggers = [t for t in triggers if t.status != "relative"]
    main_kinds = {t.kind for t in triggers if t.status == "main"}
    context = " ".join((sent.text, prev.text if prev else "", nxt.text if nxt else "", title))
    targeted = bool(_TARGET.search(context)) or any(
        t.kind in ("desertion", "refusal") and t.counts for t in triggers)
    if DRAFT_EVASION.search(sent.text) and not _AWOL_STATUS.search(sent.text) and not any(
            t.kind in ("desertion", "refusal", "mutiny") for t in triggers):
        targeted = False  # "не з'явився до ТЦК за повісткою": a civilian evading the call-up
    out: list[acts_mod.Trigger] = []
    for t in triggers:
        if t.status == "reason" and not (t.kind == "refusal" and main_kinds & {"coercion", "capture"}):
            continue  # a reason counts only beside the holding it explains
        if t.status == "relative" and main_kinds and not main_kinds & {"desertion", "mutiny", "refusal"}:
            # "detained three men who had fled": the detention is the event, the flight its cause,
            # unless the flight is from a named unit (then the detentions are its outcome).
            keep = t.kind == "refusal" and bool(main_kinds & {"coercion", "capture"})
            if t.act == "desertion" and main_kinds <= {"capture", "search"}:
                # "who had gone AWOL" names the detainee's offence: the arrest is the event.
                keep = bool(_UNIT_PLACE.search(sent.text[t.start - sent.start:t.end - sent.start + 60])) \
                    and not _AWOL_STATUS.search(sent.text[t.start - sent.start:t.end - sent.start])
            if not keep:
                continue
        if t.kind == "refusal" and t.status == "background" and "coercion" in main_kinds:
            out.append(replace(t, status="relative"))  # "locked in a basement after refusing to attack"
            continue
        if t.kind in ("capture", "search", "coercion", "prosecution") and not targeted:
            continue
        if t.counts:
            out.append(t)
    return out


def _founding(trig: acts_mod.Trigger, sent: Sentence, prev: Sentence | None, title: str = "",
              nxt: Sentence | None = None) -> bool:
    """Whether a trigger can start an incident on its own (soft enforcement needs a target)."""
    if trig.kind not in _SOFT and trig.kind != "coercion":
        return True
    # "Police detained a soldier. He had left his unit in January": the next sentence names the target.
    context = " ".join((sent.text, prev.text if prev else "", title, nxt.text if nxt else ""))
    return bool(_TARGET.search(context))


_NEIGHBOUR = re.compile(r"\b(?:neighbou?ring|nearby|another|соседн\w+|другом|другой|сусідн\w+|іншому|іншій)\s+(?:\w+\s+)?(?:village|town|settlement|сел\w*|посел\w*|город\w*|міст\w*|селищ\w*)", FLAGS)


@dataclass
class _Cue:
    """What one event sentence brings: its usable triggers, date and place."""

    index: int
    trigs: list[acts_mod.Trigger]
    founding: list[acts_mod.Trigger]
    strong: bool
    dm: DateMention | None
    key: tuple[int, int] | None
    settlement: int | str | None
    admin1: str | None
    new_episode: bool
    side: list[tuple[acts_mod.Trigger, DateMention]] = field(default_factory=list)
    heading: int | None = None  # a short lead sentence that names the place ("Tver.")

    @property
    def acts(self) -> set[str]:
        """Acts of the cue (founding triggers only)."""
        return {t.act for t in self.founding}


@dataclass
class _Pending:
    """An untriggered "a similar incident occurred in the village of X" waiting for its events."""

    active: bool = False
    place: tuple[int | str | None, str | None] = (None, None)
    index: int | None = None


def _cue(i: int, sents: list[Sentence], language: str, mentions: list[DateMention],
         places: list[PlaceMention], title: str, title_military: bool) -> _Cue | None:
    """The cue of sentence ``i``, or None when it has no usable trigger."""
    sent = sents[i]
    prev = sents[i - 1] if i else None
    nxt = sents[i + 1] if i + 1 < len(sents) else None
    found = acts_mod.find_triggers(sent, i, language)
    trigs = _usable(found, sent, prev, title_military, nxt, title)
    if not trigs:
        return None
    founding = [t for t in trigs if _founding(t, sent, prev, title, nxt)]
    # Injuries, searches and "he was detained" describe an incident; they do not move it
    # elsewhere, unless the sentence names whom it concerns ("detained three men who fled").
    self_contained = any(t.act == "desertion" and t.status == "relative" for t in found) or bool(
        _NAMED_TARGET.search(sent.text))
    strong = any(t.kind not in ("coercion", "search", "capture") or (t.kind == "capture" and self_contained)
                 for t in founding) or bool(founding and _NEIGHBOUR.search(sent.text))
    dropped = [(t.start, t.end) for t in found if t not in trigs]
    dm = _attached_date(sent, [(t.start, t.end) for t in trigs], mentions, dropped)
    settlement, admin1 = _sentence_places(sent, places, dropped)
    heading = None
    if settlement is None and admin1 is None and prev is not None and prev.paragraph == sent.paragraph \
            and len(prev.text.split()) <= 4:
        # a digest's "Tver. Police detained a deserter ...": the short lead names the place
        settlement, admin1 = _sentence_places(prev, places)
        heading = i - 1 if admin1 or settlement is not None else None
    return _Cue(i, trigs, founding, strong, dm, _dated(dm) if dm else None, settlement, admin1,
                bool(NEW_EPISODE.search(sent.text)), _dated_absences(sent, found, trigs, mentions, places), heading)


# "detained a deserter": the arrest names whom it concerns, so it is an incident of its own
_NAMED_TARGET = re.compile(
    r"\b(?:detained|arrested|caught|apprehended)\s+(?:a|an|the|two|three|four|five|\d+)?\s*(?:\w+\s+)?(?:deserters?|fugitives?|runaways?)\b"
    r"|\b(?:задержал\w*|поймал\w*)\s+(?:\w+\s+)?(?:дезертир\w*|беглец\w*|беглых)"
    r"|\b(?:затримал\w*|затримали)\s+(?:\w+\s+)?(?:дезертир\w*|втікач\w*)",
    FLAGS,
)
_AGO_SURFACE = re.compile(r"(?:ago|назад|тому)$", FLAGS)


def _dated_absences(sent: Sentence, found: list[acts_mod.Trigger], trigs: list[acts_mod.Trigger],
                    mentions: list[DateMention], places: list[PlaceMention] | None = None,
                    ) -> list[tuple[acts_mod.Trigger, DateMention]]:
    """"detained three men who a month ago left their positions": the absence has its own date,
    so it is its own incident beside the arrest (CODEBOOK section 2)."""
    kept = [t for t in trigs if t.act in ("enforcement", "prosecution")]
    if not kept:
        return []
    out: list[tuple[acts_mod.Trigger, DateMention]] = []
    for t in found:
        # "sentenced for refusing an order in the Zaporizhzhia region in November 2024" too
        reason = t.status == "reason" and t.act in ("desertion", "refusal")
        if t in trigs or not (reason or t.act == "desertion" and t.status == "relative"):
            continue
        for m in mentions:
            if m.date_start is None or not sent.start <= m.start < sent.end or not t.start - 40 <= m.start <= t.end + 60:
                continue
            if not (m.explicit_year or m.precision == "day" or _AGO_SURFACE.search(m.surface)):
                continue  # a bare "in March" is a passing mention of the arrested man's past
            if not all(abs(m.start - k.start) > abs(m.start - t.start) for k in kept):
                continue
            clause = min(t.start, m.start) - 15  # before "who"/"который"
            starts = [x.start for x in mentions] + [p.start for p in places or []]
            own = any(sent.start <= x < clause for x in starts)
            if not own and not any(k.act == "prosecution" for k in kept):
                continue  # "eight men who left on 23 Feb were detained": the arrest is its outcome
            out.append((t, m))
            break
    return out


def _split(current: Draft, cue: _Cue, pending: bool) -> tuple[bool, bool]:
    """Whether the cue starts another incident, and whether it is a verdict's turn."""
    if not cue.founding:
        return False, False
    dm = cue.dm
    if dm is not None and dm.date_start and dm.date_end and current.span and _apart(
            (dm.date_start, dm.date_end), current.span):
        return True, False
    if cue.key and current.day_key and _far(cue.key, current.day_key):
        return True, False
    if cue.strong and cue.settlement is not None and current.settlement is not None \
            and cue.settlement != current.settlement:
        return True, False
    if cue.strong and cue.admin1 and current.admin1 and cue.admin1 != current.admin1 \
            and cue.admin1[:2] == current.admin1[:2]:
        return True, False
    # "they fled on 3 March ... on Wednesday they were detained in Kropyvnytskyi": an outcome with
    # its own day and its own town is its own incident (CODEBOOK section 2)
    if not cue.strong and cue.key and current.day_key and cue.key != current.day_key \
            and cue.settlement is not None and cue.settlement != current.settlement:
        return True, False
    # "The court jailed him. He was detained in Ternopil in March 2024": the arrest has its own date
    if set(current.acts()) == {"prosecution"} and cue.acts == {"enforcement"} and dm is not None \
            and dm.date_start is not None and current.span is None and current.day_key is None:
        return True, False
    if pending:
        return True, False
    if cue.new_episode:
        return cue.dm is not None or not _lede_only(current, cue.acts, cue.admin1), False
    if _court_turn(current, cue.founding):
        return True, True
    # "X was detained. In early September he had left his unit": a dated absence before an
    # undated (reported-today) detention is its own incident.
    dated_absence = dm is not None and current.day_key is None and current.span is None and \
        set(current.acts()) <= {"enforcement", "prosecution"} and bool(cue.acts & {"desertion", "refusal", "mutiny"})
    return dated_absence, False


def _destination(drafts: list[Draft], current: Draft, cue: _Cue, split: bool, court: bool) -> Draft:
    """The incident the cue's sentence belongs to: the current one, an earlier one, or a new one."""
    if not split:
        if cue.founding and cue.dm is None:
            # "X was detained. In September he had left his unit. Now he is charged": the
            # charge continues the arrest told first, not the earlier absence.
            return _back_to_arrest(drafts, current, cue.founding) or current
        return current
    again = _same_story(drafts, current, cue.acts, cue.dm)
    if again is None and court and cue.dm is None and cue.settlement is None:
        again = next((d for d in reversed(drafts) if d is not current and set(d.acts()) == cue.acts), None)
    if again is None and not cue.new_episode:
        again = _matching(drafts, cue.key, cue.settlement, cue.admin1)
    if again is not None:
        return again
    fresh = Draft()
    drafts.append(fresh)
    return fresh


def _absorb(draft: Draft, cue: _Cue) -> None:
    """Add the cue's triggers, date and place to an incident."""
    draft.triggers.extend(cue.trigs)
    if cue.heading is not None and cue.heading not in draft.sentences:
        draft.sentences.append(cue.heading)
    draft.sentences.append(cue.index)
    dm = cue.dm
    if dm is not None:
        draft.dates.append(dm)
        if draft.day_key is None and cue.key:
            draft.day_key = cue.key
        if draft.span is None and dm.date_start and dm.date_end:
            draft.span = (dm.date_start, dm.date_end)
    if draft.settlement is None and cue.settlement is not None:
        draft.settlement = cue.settlement
    if draft.admin1 is None and cue.admin1:
        draft.admin1 = cue.admin1


_SIMILAR_CASE = re.compile(
    r"\b(?:another|one\s+more|a\s+further)\s+(?:similar\s+|such\s+)?(?:case|incident|episode)\b"
    r"|\b(?:ещё|еще)\s+один\s+(?:подобный\s+|аналогичный\s+|такой\s+же\s+)?(?:случай|эпизод|инцидент)"
    r"|\bще\s+один\s+(?:подібний\s+|аналогічний\s+|такий\s+самий\s+)?(?:випадок|епізод|інцидент)",
    FLAGS,
)
_ACT_KIND = {"desertion": "desertion", "mutiny": "mutiny", "refusal": "refusal", "enforcement": "coercion",
             "prosecution": "prosecution"}


def _similar_case(sent: Sentence, i: int, current: Draft, mentions: list[DateMention],
                  places: list[PlaceMention]) -> Draft | None:
    """ "Another similar case was recorded in October": the same acts on their own day or place."""
    m = _SIMILAR_CASE.search(sent.text)
    acts = current.acts()
    if m is None or not acts:
        return None
    dm = next((d for d in mentions if sent.start <= d.start < sent.end), None)
    settlement, admin1 = _sentence_places(sent, places)
    if dm is None and settlement is None:
        return None
    start, end = sent.start + m.start(), sent.start + m.end()
    draft = Draft()
    triggers = [acts_mod.Trigger(_ACT_KIND[a], a, start, end, "main", i) for a in acts]
    _absorb(draft, _Cue(i, triggers, triggers, True, dm, _dated(dm) if dm else None, settlement, admin1, True))
    return draft


def _untriggered(sent: Sentence, i: int, current: Draft | None, mentions: list[DateMention],
                 places: list[PlaceMention], pending: _Pending) -> Draft | None:
    """Sentences without acts may open the next episode, repeat the last one elsewhere, or date it."""
    if current is None:
        return None
    similar = _similar_case(sent, i, current, mentions, places)
    if similar is not None:
        return similar
    if NEW_EPISODE.search(sent.text):
        pending.active, pending.place, pending.index = True, _sentence_places(sent, places), i
        return None
    if OCCURRED.search(sent.text) and current.day_key is None:
        dm = next((m for m in mentions if sent.start <= m.start < sent.end), None)
        if dm is not None:
            current.dates.append(dm)
            current.day_key = _dated(dm)
            current.sentences.append(i)
    return None


def build_drafts(text: str, sents: list[Sentence], language: str, mentions: list[DateMention],
                 places: list[PlaceMention], title: str) -> list[Draft]:
    """The incidents of an article as groups of event sentences (CODEBOOK section 2)."""
    # A text that keeps talking about soldiers and units gives every sentence military context.
    title_military = acts_mod.military_context(title) or len(MILITARY.findall(text)) >= 4
    # A text about deserters or refusers makes its detentions and searches targeted throughout.
    if len(_TARGET.findall(text)) >= 3:
        title = f"{title} deserters"
    drafts: list[Draft] = []
    current: Draft | None = None
    pending = _Pending()
    for i, sent in enumerate(sents):
        cue = _cue(i, sents, language, mentions, places, title, title_military)
        if cue is None:
            similar = _untriggered(sent, i, current, mentions, places, pending)
            if similar is not None:
                drafts.append(similar)
                current = similar
            continue
        if pending.active and cue.settlement is None and cue.admin1 is None:
            cue.settlement, cue.admin1 = pending.place
        if current is None:
            if not cue.founding:
                continue
            current = Draft()
            drafts.append(current)
            if cue.dm is None and i and sents[i - 1].paragraph == sent.paragraph:
                cue.dm = _leading_date(sents[i - 1], mentions)
                cue.key = _dated(cue.dm) if cue.dm else None
        else:
            split, court = _split(current, cue, pending.active)
            current = _destination(drafts, current, cue, split, court)
        if cue.founding:
            if pending.active and pending.index is not None:
                current.lead.append(pending.index)
            pending.active, pending.place, pending.index = False, (None, None), None
        _absorb(current, cue)
        for trig, dm in cue.side:
            assert dm.date_start is not None and dm.date_end is not None
            drafts.append(Draft(triggers=[trig], dates=[dm], span=(dm.date_start, dm.date_end),
                                anchor=(min(trig.start, dm.start), sent.end)))
    return [d for d in drafts if d.acts()]


def _court_turn(current: Draft, founding: list[acts_mod.Trigger]) -> bool:
    """A verdict is its own incident (the court's day and place), apart from the absence it punishes."""
    new = {t.act for t in founding}
    have = set(current.acts())
    if new and new <= {"prosecution"} and have & {"desertion", "mutiny", "refusal"}:
        return True
    return bool("prosecution" in have and have <= {"prosecution", "enforcement"}
                and new & {"desertion", "mutiny", "refusal"})


def _apart(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether two resolved date ranges are more than two days apart."""
    return a[0] > b[1] + timedelta(days=2) or b[0] > a[1] + timedelta(days=2)


def _far(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two (month, day) keys are more than two days apart."""
    da, db = date(2000, a[0], min(a[1], 28)), date(2000, b[0], min(b[1], 28))
    return abs((da - db).days) > 2


def _matching(drafts: list[Draft], key: tuple[int, int] | None, settlement: int | str | None,
              admin1: str | None) -> Draft | None:
    """An earlier incident the text returns to (same settlement and compatible day)."""
    for d in drafts:
        if settlement is not None and d.settlement == settlement and not (key and d.day_key and _far(key, d.day_key)):
            return d
    return None


def undated_story(draft: Draft, sents: list[Sentence]) -> bool:
    """Whether the text itself says the date is unknown or only gives an undated day."""
    return bool(draft.day_key) or any(_UNKNOWN_DATE.search(sents[i].text) for i in draft.sentences)


_UNKNOWN_DATE = re.compile(r"\b(?:unclear\s+when|not\s+known\s+when|неизвестно,?\s+когда|невідомо,?\s+коли)", FLAGS)


def _back_to_arrest(drafts: list[Draft], current: Draft, founding: list[acts_mod.Trigger]) -> Draft | None:
    """The earlier arrest/charge incident an undated arrest/charge sentence returns to."""
    new = {t.act for t in founding}
    if not new or not new <= {"enforcement", "prosecution"} or not set(current.acts()) & {"desertion", "mutiny"}:
        return None
    return next((d for d in reversed(drafts) if d is not current and d.acts()
                 and set(d.acts()) <= {"enforcement", "prosecution"}), None)


def _lede_only(draft: Draft, acts: set[str], admin1: str | None) -> bool:
    """An undated draft without a settlement, same acts, no other region: "earlier" continues it."""
    if draft.span or draft.day_key or draft.settlement is not None:
        return False
    if draft.admin1 and admin1 and draft.admin1 != admin1:
        return False
    return bool(acts) and acts <= set(draft.acts())


def _same_story(drafts: list[Draft], current: Draft, acts: set[str], dm: DateMention | None) -> Draft | None:
    """An earlier undated, unplaced mention of the same acts (a lede) the text now details."""
    for d in drafts:
        if d is current or d.span or d.day_key or d.settlement is not None:
            continue
        if set(d.acts()) == acts:
            return d
    return None
