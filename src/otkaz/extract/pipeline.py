"""From one article to one prediction: clean, language, prefilter, acts, incidents, slots, place.

Order of work, cheapest first: language id and the keyword prefilter reject most of a
news feed before any sentence is read. Incidents are built from act triggers sentence by
sentence (CODEBOOK section 2): acts that happen together are one incident; a new
settlement, region or day with its own events, or an explicit "earlier"/"in another case",
starts another; detentions and searches that follow an escape are its outcomes.
"""

from __future__ import annotations

import re
from datetime import date

from otkaz.extract.clean import Range, body_ranges
from otkaz.extract.dates import date_from_url, find_dates
from otkaz.extract.lang import SUPPORTED, detect_language
from otkaz.extract.lexicon import (
    FLAGS,
    IL_FORCE,
    RU_FORCE,
    UA_FORCE,
)
from otkaz.extract.relevance import (
    is_civilian_custody_story,
    is_legal_explainer,
    prefilter,
    rejection_reason,
)
from otkaz.extract.segment import Draft, Sentence, build_drafts, sentences, undated_story
from otkaz.extract.slots import fill_slots
from otkaz.extract.sources import ASIDE_RE
from otkaz.extract.statistics import extract_statistics
from otkaz.extract.summary import build_summary
from otkaz.geo import find_places, locate_event
from otkaz.models import ACTS, Article, Incident, Prediction, Span


def _published(article: Article) -> tuple[date | None, bool]:
    """Publication date, else the URL's date; the flag says whether relative dates resolve."""
    if article.published_at:
        try:
            return date.fromisoformat(article.published_at[:10]), True
        except ValueError:
            pass
    d, precision = date_from_url(article.url)
    return d, precision == "day"


def _date_fields(draft: Draft, reported: date | None = None) -> tuple[str | None, str | None, str | None]:
    """Dates of an incident: its first resolved mention, widened by same-story days; else the report day."""
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
    """Evidence span with its quote, so readers see what supports a value."""
    return Span(start=start, end=end, quote=text[start:end])


def _incident(article: Article, text: str, language: str, draft: Draft, zone: list[Range],
              sents: list[Sentence]) -> Incident:
    """One Incident from a draft: slots, place, dates, force, summary and evidence."""
    acts = draft.acts()
    anchors = [draft.anchor] if draft.anchor else [(sents[i].start, sents[i].end) for i in draft.sentences]
    zone = zone or anchors
    slots = fill_slots(text, zone, language, acts)
    location = locate_event(text, anchors, language, acts=acts)
    if location.admin1 is None and zone:
        wider = locate_event(text, zone, language, acts=acts)
        if wider.admin1 is not None:
            location = wider
    reported = None
    published, day_precise = _published(article)
    if published and day_precise and not any(m.date_start for m in draft.dates) and not undated_story(draft, sents):
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


def _zones(drafts: list[Draft], sents: list[Sentence], text_len: int,
           background: frozenset[int] = frozenset()) -> list[list[Range]]:
    """Sentences each incident's slots may read: its own plus the untriggered ones around them
    (not a background section's, which tell of other men)."""
    owner: dict[int, int] = {}
    for n, d in enumerate(drafts):
        for i in d.sentences + d.lead:
            owner.setdefault(i, n)
    zones: list[list[Range]] = [[] for _ in drafts]
    current = 0
    for i, s in enumerate(sents):
        if i in owner:
            current = owner[i]
            zones[current].append((s.start, s.end))
        elif s.paragraph in background:
            continue
        elif drafts and (i < min(drafts[0].sentences) or len(drafts) == 1):
            zones[0 if i < min(drafts[0].sentences) else current].append((s.start, s.end))
        elif drafts:
            zones[current].append((s.start, s.end))
    for n, d in enumerate(drafts):
        first = sents[min(d.sentences)] if d.sentences else None
        if first is not None and ASIDE_RE.match(first.text):
            # "Separately, three soldiers fled ...": a round-up's other paragraphs are other news
            zones[n] = [(s.start, s.end) for s in sents if s.paragraph == first.paragraph
                        and (s.start, s.end) in zones[n]] or zones[n]
    return zones


# "Напомним, ранее в регионе уже задерживали ...", a "Context" section: older cases told in passing.
_RECALL = re.compile(
    r"^\W*(?:earlier|previously|recall|as\s+a\s+reminder|ранее|напомним|раніше|нагадаємо|нагадуємо)\b", FLAGS)
_RECALL_HEADING = re.compile(
    r"^[^\w\n]*(?:context|background|recall|контекст|справка|напомним|довідка|нагадаємо|передісторія)[^\w\n]*$",
    FLAGS | re.MULTILINE)


def _background_paragraphs(text: str, sents: list[Sentence]) -> frozenset[int]:
    """Paragraphs that open with a recall cue, and all after a "Context" heading."""
    heading = _RECALL_HEADING.search(text)
    first: dict[int, Sentence] = {}
    for s in sents:
        first.setdefault(s.paragraph, s)
    return frozenset(p for p, s in first.items()
                     if heading is not None and s.start > heading.start() or _RECALL.match(s.text))


def _drop_background(drafts: list[Draft], sents: list[Sentence], background: frozenset[int]) -> list[Draft]:
    """A later draft told only in background paragraphs, with no date of its own, is not an incident
    (CODEBOOK section 2: background mentioned in passing)."""
    if not background:
        return drafts
    for d in drafts:
        own = [i for i in d.sentences if sents[i].paragraph not in background]
        if own and len(own) < len(d.sentences):
            # the lead's incident does not take the acts of the section that explains the law
            d.triggers = [t for t in d.triggers if sents[t.sentence].paragraph not in background] or d.triggers
            d.sentences = own
    return [d for n, d in enumerate(drafts) if n == 0 or d.span or d.day_key
            or any(m.date_start for m in d.dates)
            or not all(sents[i].paragraph in background for i in d.sentences)]


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
    places = find_places(text, language)
    title = article.title or (sents[0].text if sents else "")
    background = _background_paragraphs(text, sents)
    drafts = _drop_background(build_drafts(text, sents, language, mentions, places, title), sents, background)
    confusable = is_legal_explainer(text) or is_civilian_custody_story(text)
    if confusable:
        # Commentaries and prison stories only keep incidents the text pins to a day or a village.
        drafts = [d for d in drafts if d.span or d.day_key or d.settlement is not None]
    zones = _zones(drafts, sents, len(text), background)
    incidents = [_incident(article, text, language, d, z, sents) for d, z in zip(drafts, zones, strict=True)]
    statistics = [] if confusable and not incidents else extract_statistics(
        text, language, published.isoformat() if published else None)
    if incidents or statistics:
        return Prediction(article_id=article.id, relevant=True, incidents=incidents, statistics=statistics)
    return Prediction(article_id=article.id, relevant=False, reason=rejection_reason(text))


__all__ = ["ACTS", "extract_article"]
