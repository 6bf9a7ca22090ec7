"""From one article to one prediction: clean, language, prefilter, acts, incidents, slots, place.

Order of work, cheapest first: language id and the keyword prefilter reject most of a
news feed before any sentence is read. Incidents are built from act triggers sentence by
sentence (CODEBOOK section 2): acts that happen together are one incident; a new
settlement, region or day with its own events, or an explicit "earlier"/"in another case",
starts another; detentions and searches that follow an escape are its outcomes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from otkaz.extract import acts as acts_mod
from otkaz.extract.clean import Range, body_ranges
from otkaz.extract.dates import DateMention, date_from_url, find_dates
from otkaz.extract.lang import SUPPORTED, detect_language
from otkaz.extract.lexicon import (
    FLAGS,
    IL_FORCE,
    MILITARY,
    NEW_EPISODE,
    OCCURRED,
    RELATIVES_PROTEST,
    REPORTING,
    RU_FORCE,
    UA_FORCE,
)
from otkaz.extract.relevance import (
    is_civilian_custody_story,
    is_legal_explainer,
    prefilter,
    rejection_reason,
)
from otkaz.extract.segment import Sentence, sentences
from otkaz.extract.slots import fill_slots
from otkaz.extract.statistics import extract_statistics
from otkaz.extract.summary import build_summary
from otkaz.geo import PlaceMention, find_places, locate_event
from otkaz.models import ACTS, Article, Incident, Prediction, Span

_SOFT = ("capture", "search")
_TARGET = re.compile(
    r"\b(?:desert\w*|awol|absen\w*|fugitive\w*|runaway\w*|escapee\w*|escaped|fled|refus\w*|refusenik\w*|objector\w*|soch|szch|wanted|left\s+(?:the|their|his)\s+unit|failed\s+to\s+return)"
    r"|(?:дезертир\w*|беглец\w*|беглых|сбежавш\w*|бежавш\w*|самовольн\w*|соч\w*|сзч|отказ\w*|отказник\w*|сбежал\w*|розыск\w*|не\s+вернул\w*|покинувш\w*|оставивш\w*)"
    r"|(?:дезертир\w*|втікач\w*|самовільн\w*|сзч|відмов\w*|втекл\w*|розшук\w*|не\s+повернул\w*)",
    FLAGS,
)


_UNIT_PLACE = re.compile(
    r"\b(?:military\s+unit|army\s+base|barracks|training\s+(?:ground|cent(?:re|er))|commandant)"
    r"|(?:воинск\w+\s+част\w*|военн\w+\s+част\w*|комендатур\w*|полигон\w*|учебн\w+\s+центр\w*|казарм\w*)"
    r"|(?:військов\w+\s+частин\w*|комендатур\w*|полігон\w*|навчальн\w+\s+центр\w*)",
    FLAGS,
)


_COURT = re.compile(r"\b(?:court|tribunal|judge|суд\w*|судь\w*)\b", FLAGS)


@dataclass
class _Draft:
    """An incident being assembled from the sentences that describe it."""

    triggers: list[acts_mod.Trigger] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    day_key: tuple[int, int] | None = None
    span: tuple[date, date] | None = None
    settlement: int | str | None = None
    admin1: str | None = None

    def acts(self) -> list[str]:
        found = {t.act for t in self.triggers if t.counts}
        main = {t.act for t in self.triggers if t.status == "main"}
        coerced = any(t.kind == "coercion" and t.status == "main" for t in self.triggers)
        if coerced and not main & {"desertion", "mutiny"}:
            # "a camp for men who fled their units": the holding is the event.
            found -= {"desertion", "mutiny"}
        if found & {"desertion", "mutiny"}:
            found.discard("enforcement")
        return [a for a in ("mutiny", "refusal", "desertion", "enforcement", "prosecution") if a in found]


def _published(article: Article) -> tuple[date | None, bool]:
    """Publication date, else the URL's date; the flag says whether relative dates resolve."""
    if article.published_at:
        try:
            return date.fromisoformat(article.published_at[:10]), True
        except ValueError:
            pass
    d, precision = date_from_url(article.url)
    return d, precision == "day"


def _dated(mention: DateMention) -> tuple[int, int] | None:
    """A comparable (month, day) key even when the year is unknown."""
    if mention.date_start is not None and mention.precision == "day":
        return mention.date_start.month, mention.date_start.day
    m = re.search(r"(\d{1,2})", mention.surface)
    if mention.precision == "day" and m:
        from otkaz.extract.dates import _month_of

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
        if not m.explicit_year and _quoted(sent, m.start) and not re.search(r"\d", m.surface):
            continue
        if any(0 <= m.start - r_end <= 25 and not any(r_end <= a < m.start for a, _ in trig_spans)
               for _, r_end in reports) and not any(0 <= a - m.end <= 60 for a, _ in trig_spans):
            continue
        d_trig = min(min(abs(m.start - a), abs(m.start - b), abs(m.end - a)) for a, b in trig_spans)
        if dropped and min(min(abs(m.start - a), abs(m.start - b), abs(m.end - a)) for a, b in dropped) < d_trig:
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
    r"|\b(?:сел[оаеу]|посёлк[аеу]|поселк[аеу]|посел[оке]к|деревн[яиюе]|станиц[аыеу]|поселени[ея])\s+([А-ЯЁ][\w-]+)"
    r"|\b(?:сел[оаіу]|селищ[аеіу]|смт|містечк[оау])\s+([А-ЯІЇЄҐ][\w'ʼ-]+)",
)


def _sentence_places(sent: Sentence, places: list[PlaceMention]) -> tuple[int | str | None, str | None]:
    """Settlement key and region code of a sentence, from cued or event-role mentions only.

    Bare names are too often where people come from or were taken to; a settlement splits
    incidents only when introduced as "the village of X"/"в селе X" or in an event role.
    """
    inside = [p for p in places if sent.start <= p.start < sent.end
              and p.role not in ("origin", "treatment", "background", "destination")]
    admin1 = next((p.admin1 for p in inside if p.admin1 and p.role == "event"), None) or \
        next((p.admin1 for p in inside if p.admin1), None)
    cue = _SETTLEMENT_CUE.search(sent.text)
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
    if acts_mod.civilian_custody(sent.text) and not acts_mod.military_context(sent.text):
        return []
    if RELATIVES_PROTEST.search(sent.text):
        triggers = [t for t in triggers if t.act != "mutiny"]
    military = acts_mod.military_context(sent.text) or (prev is not None and acts_mod.military_context(prev.text)) or title_military
    if not military:
        return []
    near = " ".join((sent.text, prev.text if prev else "", nxt.text if nxt else "", title))
    if not acts_mod.military_context(near):
        triggers = [t for t in triggers if t.kind != "flight"]
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
    out: list[acts_mod.Trigger] = []
    for t in triggers:
        if t.status == "relative" and main_kinds and not main_kinds & {"desertion", "mutiny", "refusal"}:
            # "detained three men who had fled": the detention is the event, the flight its cause,
            # unless the flight is from a named unit (then the detentions are its outcome).
            keep = t.kind == "refusal" and bool(main_kinds & {"coercion", "capture"})
            if t.act == "desertion" and main_kinds <= {"capture", "search"}:
                keep = bool(_UNIT_PLACE.search(sent.text[t.end - sent.start:t.end - sent.start + 60]))
            if not keep:
                continue
        if t.kind in ("capture", "search", "coercion") and not targeted:
            continue
        if t.counts:
            out.append(t)
    return out


def _founding(trig: acts_mod.Trigger, sent: Sentence, prev: Sentence | None, title: str = "") -> bool:
    """Whether a trigger can start an incident on its own (soft enforcement needs a target)."""
    if trig.kind not in _SOFT and trig.kind != "coercion":
        return True
    context = " ".join((sent.text, prev.text if prev else "", title))
    return bool(_TARGET.search(context))


def _build_drafts(text: str, sents: list[Sentence], language: str, mentions: list[DateMention],
                  places: list[PlaceMention], title: str) -> list[_Draft]:
    # A text that keeps talking about soldiers and units gives every sentence military context.
    title_military = acts_mod.military_context(title) or len(MILITARY.findall(text)) >= 4
    # A text about deserters or refusers makes its detentions and searches targeted throughout.
    if len(_TARGET.findall(text)) >= 3:
        title = f"{title} deserters"
    drafts: list[_Draft] = []
    current: _Draft | None = None
    pending_new = False
    pending_place: tuple[int | str | None, str | None] = (None, None)
    for i, sent in enumerate(sents):
        prev = sents[i - 1] if i else None
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        found = acts_mod.find_triggers(sent, i, language)
        trigs = _usable(found, sent, prev, title_military, nxt, title)
        if not trigs:
            if NEW_EPISODE.search(sent.text) and current is not None:
                # "A similar incident occurred in the village of X." opens the next episode.
                pending_new = True
                pending_place = _sentence_places(sent, places)
                continue
            if current is not None and OCCURRED.search(sent.text):
                dm = next((m for m in mentions if sent.start <= m.start < sent.end), None)
                if dm is not None and current.day_key is None:
                    current.dates.append(dm)
                    current.day_key = _dated(dm)
                    current.sentences.append(i)
            continue
        founding = [t for t in trigs if _founding(t, sent, prev, title)]
        # Injuries, searches and "he was detained" describe an incident; they do not move it
        # elsewhere, unless the sentence names whom it concerns ("detained three men who fled").
        self_contained = any(t.act == "desertion" and t.status == "relative" for t in found)
        strong = any(t.kind not in ("coercion", "search", "capture") or (t.kind == "capture" and self_contained)
                     for t in founding)
        spans = [(t.start, t.end) for t in trigs]
        dropped = [(t.start, t.end) for t in found if t not in trigs]
        dm = _attached_date(sent, spans, mentions, dropped)
        key = _dated(dm) if dm else None
        settlement, admin1 = _sentence_places(sent, places)
        if pending_new and settlement is None and admin1 is None:
            settlement, admin1 = pending_place
        if current is None:
            if not founding:
                continue
            current = _Draft()
            drafts.append(current)
            if dm is None and i and sents[i - 1].paragraph == sent.paragraph:
                dm = _leading_date(sents[i - 1], mentions)
                key = _dated(dm) if dm else None
        else:
            split = court = False
            if founding:
                if dm is not None and dm.date_start and dm.date_end and current.span and _apart(
                        (dm.date_start, dm.date_end), current.span):
                    split = True
                elif key and current.day_key and _far(key, current.day_key):
                    split = True
                elif strong and settlement is not None and current.settlement is not None and settlement != current.settlement:
                    split = True
                elif strong and admin1 and current.admin1 and admin1 != current.admin1 and admin1[:2] == current.admin1[:2]:
                    split = True
                elif NEW_EPISODE.search(sent.text) or pending_new:
                    split = True
                elif _court_turn(current, founding):
                    split = court = True
                elif dm is not None and current.day_key is None and current.span is None and \
                        set(current.acts()) <= {"enforcement", "prosecution"} and \
                        {t.act for t in founding} & {"desertion", "refusal", "mutiny"}:
                    # "X was detained. In early September he had left his unit": a dated absence
                    # before an undated (reported-today) detention is its own incident.
                    split = True
            if split and NEW_EPISODE.search(sent.text) and _lede_only(current, {t.act for t in founding}, admin1):
                split = False
            if not split and founding and dm is None and _back_to_arrest(drafts, current, founding) is not None:
                # "X was detained. In September he had left his unit. Now he is charged": the charge
                # continues the arrest told first, not the earlier absence.
                current = _back_to_arrest(drafts, current, founding) or current
            if split:
                again = _same_story(drafts, current, {t.act for t in founding}, dm)
                if again is None and court and dm is None and settlement is None:
                    again = next((d for d in reversed(drafts) if d is not current
                                  and set(d.acts()) == {t.act for t in founding}), None)
                if again is None and not NEW_EPISODE.search(sent.text):
                    again = _matching(drafts, key, settlement, admin1)
                if again is not None:
                    current = again
                else:
                    current = _Draft()
                    drafts.append(current)
        if founding:
            pending_new, pending_place = False, (None, None)
        current.triggers.extend(trigs)
        current.sentences.append(i)
        if dm is not None:
            current.dates.append(dm)
            if current.day_key is None and key:
                current.day_key = key
            if current.span is None and dm.date_start and dm.date_end:
                current.span = (dm.date_start, dm.date_end)
        if current.settlement is None and settlement is not None:
            current.settlement = settlement
        if current.admin1 is None and admin1:
            current.admin1 = admin1
    return [d for d in drafts if d.acts()]


def _court_turn(current: _Draft, founding: list[acts_mod.Trigger]) -> bool:
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


def _matching(drafts: list[_Draft], key: tuple[int, int] | None, settlement: int | str | None,
              admin1: str | None) -> _Draft | None:
    """An earlier incident the text returns to (same settlement and compatible day)."""
    for d in drafts:
        if settlement is not None and d.settlement == settlement and not (key and d.day_key and _far(key, d.day_key)):
            return d
    return None


def _undated_story(draft: _Draft, sents: list[Sentence]) -> bool:
    """Whether the text itself says the date is unknown or only gives an undated day."""
    return bool(draft.day_key) or any(_UNKNOWN_DATE.search(sents[i].text) for i in draft.sentences)


_UNKNOWN_DATE = re.compile(r"\b(?:unclear\s+when|not\s+known\s+when|неизвестно,?\s+когда|невідомо,?\s+коли)", FLAGS)


def _back_to_arrest(drafts: list[_Draft], current: _Draft, founding: list[acts_mod.Trigger]) -> _Draft | None:
    """The earlier arrest/charge incident an undated arrest/charge sentence returns to."""
    new = {t.act for t in founding}
    if not new or not new <= {"enforcement", "prosecution"} or not set(current.acts()) & {"desertion", "mutiny"}:
        return None
    return next((d for d in reversed(drafts) if d is not current and d.acts()
                 and set(d.acts()) <= {"enforcement", "prosecution"}), None)


def _lede_only(draft: _Draft, acts: set[str], admin1: str | None) -> bool:
    """An undated draft without a settlement, same acts, no other region: "earlier" continues it."""
    if draft.span or draft.day_key or draft.settlement is not None:
        return False
    if draft.admin1 and admin1 and draft.admin1 != admin1:
        return False
    return set(draft.acts()) == acts


def _same_story(drafts: list[_Draft], current: _Draft, acts: set[str], dm: DateMention | None) -> _Draft | None:
    """An earlier undated, unplaced mention of the same acts (a lede) the text now details."""
    for d in drafts:
        if d is current or d.span or d.day_key or d.settlement is not None:
            continue
        if set(d.acts()) == acts:
            return d
    return None


def _date_fields(draft: _Draft, reported: date | None = None) -> tuple[str | None, str | None, str | None]:
    resolved = [m for m in draft.dates if m.date_start is not None and m.date_end is not None]
    if not resolved:
        if reported is not None:
            # The text dates nothing but the report itself: the event is at or just before it.
            return reported.isoformat(), reported.isoformat(), "week"
        return None, None, None
    first = resolved[0]
    assert first.date_start is not None and first.date_end is not None
    start, end, precision = first.date_start, first.date_end, first.precision
    for m in resolved[1:]:
        assert m.date_start is not None and m.date_end is not None
        if m.precision == "day" and precision == "day" and abs((m.date_start - start).days) <= 3:
            start, end = min(start, m.date_start), max(end, m.date_end)
    return start.isoformat(), end.isoformat(), precision


def _force(text: str, slots_force: str | None) -> str | None:
    """Armed force from slots, else from the article's context words."""
    if slots_force:
        return slots_force
    if IL_FORCE.search(text):
        return "IL"
    ua, ru = len(UA_FORCE.findall(text)), len(RU_FORCE.findall(text))
    if ua > ru:
        return "UA"
    return "RU"


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, quote=text[start:end])


def _incident(article: Article, text: str, language: str, draft: _Draft, zone: list[Range],
              sents: list[Sentence]) -> Incident:
    acts = draft.acts()
    anchors = [(sents[i].start, sents[i].end) for i in draft.sentences]
    slots = fill_slots(text, zone, language, acts)
    location = locate_event(text, anchors, language)
    if location.admin1 is None and zone:
        wider = locate_event(text, zone, language)
        if wider.admin1 is not None:
            location = wider
    reported = None
    published, day_precise = _published(article)
    if published and day_precise and not any(m.date_start for m in draft.dates) and not _undated_story(draft, sents):
        reported = published
    d0, d1, precision = _date_fields(draft, reported)
    evidence: dict[str, list[Span]] = {k: list(v) for k, v in slots.evidence.items()}
    evidence["acts"] = [_span(text, t.start, t.end) for t in draft.triggers]
    dated = [m for m in draft.dates if m.date_start is not None]
    if dated:
        evidence["date_start"] = [_span(text, dated[0].start, dated[0].end)]
    if location.evidence:
        evidence["location"] = list(location.evidence)
    force = _force(text, slots.force)
    summary = build_summary(acts, slots.participants, slots.personnel, force, location.place,
                            slots.detained, slots.at_large)
    return Incident.model_validate({
        "acts": acts, "date_start": d0, "date_end": d1, "date_precision": precision,
        "country": location.country, "admin1": location.admin1, "place": location.place,
        "lat": location.lat, "lon": location.lon, "geo_precision": location.geo_precision,
        "location_text": location.location_text, "force": force, "personnel": slots.personnel,
        "unit": slots.unit, "perpetrator": slots.perpetrator if "enforcement" in acts else None,
        "participants": slots.participants, "detained": slots.detained, "at_large": slots.at_large,
        "killed": slots.killed, "injured": slots.injured, "armed": slots.armed, "via": slots.via,
        "verification": slots.verification, "summary": summary, "evidence": evidence,
    })


def _zones(drafts: list[_Draft], sents: list[Sentence], text_len: int) -> list[list[Range]]:
    """Sentences each incident's slots may read: its own plus the untriggered ones around them."""
    owner: dict[int, int] = {}
    for n, d in enumerate(drafts):
        for i in d.sentences:
            owner.setdefault(i, n)
    zones: list[list[Range]] = [[] for _ in drafts]
    current = 0
    for i, s in enumerate(sents):
        if i in owner:
            current = owner[i]
            zones[current].append((s.start, s.end))
        elif drafts and (i < min(drafts[0].sentences) or len(drafts) == 1):
            zones[0 if i < min(drafts[0].sentences) else current].append((s.start, s.end))
        elif drafts:
            zones[current].append((s.start, s.end))
    return zones


def extract_article(article: Article) -> Prediction:
    """Incidents and statistics of one article, or nothing with a reason code."""
    text = article.text
    # The multilingual keyword prefilter is ~30x cheaper than language id, so it goes first.
    if not prefilter(text):
        return Prediction(article_id=article.id, relevant=False, reason="not_prefiltered")
    language = detect_language(text, article.language)
    if language not in SUPPORTED:
        return Prediction(article_id=article.id, relevant=False, reason="language_unsupported")
    ranges = body_ranges(text)
    sents = sentences(text, ranges)
    published, relative_ok = _published(article)
    mentions = find_dates(text, ranges, published, relative_ok)
    confusable = is_legal_explainer(text) or is_civilian_custody_story(text)
    drafts: list[_Draft] = []
    if not confusable:
        places = find_places(text, language)
        title = article.title or (sents[0].text if sents else "")
        drafts = _build_drafts(text, sents, language, mentions, places, title)
    zones = _zones(drafts, sents, len(text))
    incidents = [_incident(article, text, language, d, z, sents) for d, z in zip(drafts, zones, strict=True)]
    statistics = [] if confusable else extract_statistics(text, language, published.isoformat() if published else None)
    if incidents or statistics:
        return Prediction(article_id=article.id, relevant=True, incidents=incidents, statistics=statistics)
    return Prediction(article_id=article.id, relevant=False, reason=rejection_reason(text))


__all__ = ["ACTS", "extract_article"]
