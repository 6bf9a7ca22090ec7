"""Find place mentions in EN/RU/UK text, with every gazetteer reading each could have."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from otkaz.geo.forms import candidates, word_info
from otkaz.geo.gazetteer import Gazetteer, Place
from otkaz.geo.guards import (
    ABBR_CUES,
    CYR_DEMONYM,
    GENERIC_ADJ,
    after_preposition,
    has_cue,
    organisation_name,
    plausible,
)
from otkaz.geo.lexicon import (
    ADMIN_TYPE,
    CITY_REGIONS,
    COUNTRIES_CYR,
    COUNTRIES_LAT,
    COUNTRY_ADJ_STEMS,
    FACILITIES,
    NAME_FOLLOWS,
    NEAR_BEFORE,
    PLURAL_TYPES,
    REGION_ALIASES,
    SETTLEMENT_CUES,
)
from otkaz.geo.textnorm import adjective_stems, is_cyrillic, light_key, skeleton, translit
from otkaz.geo.tokens import (
    EN_SKIP,
    JOINERS,
    Mention,
    Token,
    adjacent,
    gap,
    tokenize,
    usable_capital,
)

__all__ = ["Mention", "Token", "find_mentions", "tokenize"]


_DIRECTION_AFTER = re.compile(r"\s+(?:напрям\w*|направлени\w*)", re.IGNORECASE)


def find_mentions(text: str, gaz: Gazetteer, language: str | None = None) -> list[Mention]:
    """All place mentions in the text, longest first, non-overlapping."""
    tokens = tokenize(text)
    lower_words = {t.text for t in tokens if t.text[:1].islower()}
    taken: set[int] = set()
    mentions: list[Mention] = []
    _find_admins(text, tokens, gaz, taken, mentions)
    context = {p.admin1 for m in mentions for p in m.readings if p.admin1}
    admin_starts = {m.start for m in mentions}
    last_end = -10
    for i, tok in enumerate(tokens):
        if i in taken or not usable_capital(tok, text, lower_words):
            continue
        if _DIRECTION_AFTER.match(text, tok.end):
            continue  # "на Покровському напрямку" names the city's front sector, not a village Покровське
        found = _match_names(text, tokens, i, gaz)
        if found is None:
            continue
        span, mention = found
        if mention.kind == "admin1" and mention.alias_only and \
                not after_preposition(text, tokens, i):
            continue
        if mention.kind != "settlement" and organisation_name(text, mention.start, mention.end):
            continue
        if mention.kind == "settlement" and not plausible(
                text, tokens, i, span, mention, context, admin_starts, last_end, taken):
            continue
        taken.update(range(i, i + span))
        mentions.append(mention)
        last_end = mention.end
    _find_unlisted(text, tokens, gaz, taken, mentions, context)
    _find_before_region(text, tokens, taken, mentions, admin_starts)
    _find_city_adjectives(text, tokens, gaz, taken, mentions)
    _find_front(text, mentions)
    _find_facilities(text, mentions)
    for m in mentions:
        _mark_cues(text, tokens, m)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _find_admins(text: str, tokens: list[Token], gaz: Gazetteer, taken: set[int],
                 out: list[Mention]) -> None:
    """Region and district phrases: an adjective or name next to a type word."""
    for j, tok in enumerate(tokens):
        low = tok.text.lower().rstrip(".")
        level = ADMIN_TYPE.get(low)
        if level is None:
            continue
        options: list[tuple[int, int]] = []
        if j >= 1:
            options.append((j - 1, j))
        if j >= 2:
            options.append((j - 2, j))
        if low in NAME_FOLLOWS or low == "republic":
            k = j + 1
            if k < len(tokens) and tokens[k].text.lower() == "of":
                k += 1
            if k < len(tokens):
                options.insert(0, (k, j))
        for k, type_idx in options:
            if k in taken or not (tokens[k].capital or is_cyrillic(tokens[k].text)):
                continue
            if abs(k - type_idx) > 1 and not adjacent(text, tokens, min(k, type_idx),
                                                        max(k, type_idx)):
                continue
            places = _admin_readings(tokens[k].text, level, gaz)
            if not places:
                continue
            lo, hi = min(k, type_idx), max(k, type_idx)
            if lo == type_idx and k > j + 1:
                lo = j
            out.append(Mention(tokens[lo].start, tokens[hi].end, text[tokens[lo].start:
                               tokens[hi].end], places[0].kind, places))
            taken.update(range(lo, hi + 1))
            if k == j - 1 and (low in PLURAL_TYPES or ADJECTIVE_FORM.search(
                    skeleton(tokens[k].text))):
                _coordinated(text, tokens, k, level, gaz, taken, out)
            break


ADJECTIVE_FORM = re.compile(r"[sc]k(?:oi|ai|ii|i|a|e|oe|ih|im|ou|u|oho|omu)$")


def _coordinated(text: str, tokens: list[Token], k: int, level: str, gaz: Gazetteer,
                 taken: set[int], out: list[Mention]) -> None:
    """"the Belgorod and Kursk regions", "Курской, Брянской и Белгородской областях"."""
    words = {"and", "и", "і", "та", "й"}
    while k >= 1:
        if tokens[k - 1].text.lower() in words and k >= 2:
            p = k - 2
        elif re.fullmatch(r"\s*,\s*", gap(text, tokens[k - 1], tokens[k])):
            p = k - 1
        else:
            return
        prev = tokens[p]
        if p in taken or not prev.capital or (
                is_cyrillic(prev.text) and not ADJECTIVE_FORM.search(skeleton(prev.text))):
            return
        places = _admin_readings(prev.text, level, gaz)
        if not places:
            return
        out.append(Mention(prev.start, prev.end, prev.text, places[0].kind, places))
        taken.add(p)
        k = p


def _admin_readings(word: str, level: str, gaz: Gazetteer) -> list[Place]:
    """Regions (or districts) whose name stem matches the adjective or name."""
    keys: list[str] = []
    for form in candidates(word)[:4]:
        sk = skeleton(form)
        keys.extend([sk] + adjective_stems(sk))
    alias = REGION_ALIASES.get(skeleton(word))
    if alias and level == "admin1":
        place = gaz.admin1(alias)
        return [place] if place else []
    levels = [level, "admin2"] if level == "admin1" else [level]
    for wanted in levels:
        for key in dict.fromkeys(keys):
            hits = [p for p in gaz.by_admin_stem(key) if p.kind == wanted]
            if hits:
                # "the Moscow region" is the oblast around the city, not the city itself
                return sorted(hits, key=lambda p: p.admin1 in CITY_REGIONS)
    return []


def _span_forms(tokens: list[Token]) -> list[str]:
    if len(tokens) == 1:
        return list(candidates(tokens[0].text))
    options = [candidates(t.text)[:6] for t in tokens]
    return [" ".join(combo) for combo in product(*options)][:40]


def _match_names(text: str, tokens: list[Token], i: int, gaz: Gazetteer
                 ) -> tuple[int, Mention] | None:
    """Longest run of capitalised words from token i that names a country, region or place."""
    for span in (3, 2, 1):
        run = tokens[i: i + span]
        if len(run) < span or not all(t.capital for t in run):
            continue
        if span > 1 and not adjacent(text, tokens, i, i + span - 1):
            continue
        start, end = run[0].start, run[-1].end
        surface = text[start:end]
        if span == 1:
            region = _shchyna(run[0].text, gaz)
            if region is not None:
                return 1, Mention(start, end, surface, "admin1", [region])
        if span == 1 and surface.isupper() and len(surface) <= 5:
            found = _acronym(surface, start, end, gaz)  # СОЧ, СЗЧ, ФСБ are not towns
        else:
            found = _lookup_forms(_span_forms(run), surface, start, end, gaz)
        if found is not None:
            return span, found
    return None


def _acronym(surface: str, start: int, end: int, gaz: Gazetteer) -> Mention | None:
    """An all-capitals short word names a country or region (РФ, ДНР, ХМАО) or nothing."""
    found = _lookup_forms([surface], surface, start, end, gaz)
    return found if found is not None and found.kind != "settlement" else None


_ADJECTIVAL = re.compile(r"(?:ska|ski|sko|ske|skoi|skoe)$")


def _lookup_forms(forms: list[str], surface: str, start: int, end: int, gaz: Gazetteer
                  ) -> Mention | None:
    """Countries and informal regions first, then settlements (readings of the first few
    forms that hit, pooled, so Вінниці reaches Вінниця), then bare region names."""
    cyr = is_cyrillic(surface)
    readings: list[Place] = []
    main_hit = False
    main_ids: set[int] = set()
    hits = 0
    for form in forms:
        key = skeleton(form)
        countries = COUNTRIES_CYR if cyr else COUNTRIES_LAT
        if key in countries:
            return Mention(start, end, surface, "country", country=countries[key])
        if key in REGION_ALIASES:
            place = gaz.admin1(REGION_ALIASES[key])
            if place:
                return Mention(start, end, surface, "admin1", [place])
        found = gaz.by_name(key, cyr)
        if found:
            hits += 1
            mains = {p.idx for p in found if light_key(p.name) == light_key(form)}
            main_hit = main_hit or bool(mains)
            main_ids |= mains
            readings.extend(p for p in found if p not in readings)
            if hits >= 3:
                break
    if readings:
        return Mention(start, end, surface, "settlement", readings,
                       alias_only=not cyr and not main_hit, main_ids=main_ids)
    for form in forms:
        key = skeleton(form)
        if _ADJECTIVAL.search(key):
            continue
        admins = [p for p in gaz.by_admin_name(key) if p.kind == "admin1"]
        if admins:
            return Mention(start, end, surface, "admin1", admins,
                           alias_only=not cyr and all(skeleton(p.name).split(" ")[0] != key
                                                      for p in admins))
    return None


_SHCHYNA = re.compile(r"(?:щина|щини|щині|щину|щиною|щины|щине|щиной|ччина|ччини|ччині|ччину|"
                      r"дчина|дчины|дчине|дчину|дчиной|дчини|дчині)$")


def _shchyna(word: str, gaz: Gazetteer) -> Place | None:
    """Ukrainian informal region names: Харківщина, Рівненщині, Донеччина."""
    low = word.lower()
    m = _SHCHYNA.search(low)
    if not m:
        return None
    suffix = m.group()
    base = low[: m.start()] + ("ч" if suffix.startswith("чч") else "д" if suffix[0] == "д" else "")
    stem = skeleton(base)
    for key in (stem, stem + "sk"):
        hits = [p for p in gaz.by_admin_stem(key) if p.kind == "admin1"]
        if len({p.admin1 for p in hits}) == 1:
            return hits[0]
    return None


_NEAR_RE = re.compile(
    r"(?:^|[^\w])(?:" + "|".join(re.escape(c.strip()) for c in NEAR_BEFORE) +
    r")\s+(?:the\s+)?(?:(?:village|town|city|settlement|села|селом|посёлка|поселка|города|"
    r"деревни|села|селища|міста|населенного пункта|населеного пункту)\s+(?:of\s+)?)?$")


def _mark_cues(text: str, tokens: list[Token], m: Mention) -> None:
    before = text[max(0, m.start - 40): m.start]
    low = before.lower()
    m.cue = m.cue or has_cue(before)
    m.near = m.near or bool(_NEAR_RE.search(low))
    prev = re.findall(r"[^\W\d_]+", low)
    if prev:
        for stem in adjective_stems(skeleton(prev[-1])) + [skeleton(prev[-1])]:
            if stem in COUNTRY_ADJ_STEMS:
                m.hint_country = COUNTRY_ADJ_STEMS[stem]
                break


def _find_unlisted(text: str, tokens: list[Token], gaz: Gazetteer, taken: set[int],
                   out: list[Mention], context: set[str]) -> None:
    """Settlements named after a cue word ("село Трубачево") but missing from the gazetteer."""
    for i, tok in enumerate(tokens):
        gender = SETTLEMENT_CUES.get(tok.text.lower())
        if gender is None or (tok.text.lower() in ABBR_CUES and
                              (text[tok.end:tok.end + 1] != "." or tok.text[:1].isupper())):
            continue  # abbreviations are lower case: "П.Топорков" is a person
        k = i + 1
        if k < len(tokens) and tokens[k].text.lower() == "of":
            k += 1
        if k >= len(tokens) or not re.fullmatch(r"\.?[ \t]*(?<=[ \t.])(?:of[ \t]+)?",
                                                text[tok.end:tokens[k].start]):
            continue
        while k < len(tokens) and k not in taken and tokens[k].capital:
            if tokens[k].text.lower() in EN_SKIP or tokens[k].text.lower() in ADMIN_TYPE:
                break
            name = _nominative(tokens[k].text, gender)
            close = _close_spelling(name, gaz, context)
            out.append(Mention(tokens[k].start, tokens[k].end, tokens[k].text, "settlement",
                               [close] if close else [], name=None if close else name,
                               cue=True, native=native_nominative(tokens[k].text, gender)))
            taken.add(k)
            nxt = k + 1
            if nxt < len(tokens) and gap(text, tokens[k], tokens[nxt]).strip() in JOINERS:
                k = nxt
                continue
            if nxt + 1 < len(tokens) and tokens[nxt].text.lower() in JOINERS and \
                    gap(text, tokens[k], tokens[nxt]).strip() in {"", ","}:
                k = nxt + 1
                continue
            break


_FRONT = re.compile(
    r"\b(?:(?:at|to|on|from|near|along)\s+the\s+front(?:\s*-?\s*lines?)?"
    r"(?!\s+(?:of|door|page|yard|seat|desk|row))|front[- ]?lines?|"
    r"(?:special military operation|SMO|combat) zone|"
    r"на\s+фронт[еі]?|с\s+фронта|з\s+фронту|на\s+передов(?:ой|ую|ій|у)|"
    r"линии\s+фронта|лінії\s+фронту|"
    r"зон[аеуыі]\s+(?:СВО|специальной военной операции|боевых действий|бойових дій))\b",
    re.IGNORECASE)


_FACILITY_RES = [(re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE),
                  Place(-(n + 1), None, name, "settlement", admin1[:2], admin1, None, lat, lon, 0))
                 for n, (pattern, name, admin1, lat, lon) in enumerate(FACILITIES)]


def _find_facilities(text: str, out: list[Mention]) -> None:
    """Training grounds and bases named instead of a town: "парк «Патриот»" is at Kubinka."""
    spans = [(m.start, m.end) for m in out]
    for pattern, place in _FACILITY_RES:
        for hit in pattern.finditer(text):
            if any(a < hit.end() and hit.start() < b for a, b in spans):
                continue
            out.append(Mention(hit.start(), hit.end(), hit.group(), "settlement", [place],
                               cue=True, near=True))


def _find_front(text: str, out: list[Mention]) -> None:
    """The front line stands for the war zone: Ukraine (occupied territory included)."""
    spans = [(m.start, m.end) for m in out]
    for hit in _FRONT.finditer(text):
        if any(a < hit.end() and hit.start() < b for a, b in spans):
            continue
        out.append(Mention(hit.start(), hit.end(), hit.group(), "country", country="UA",
                           front=True))


_LOCATIVE = {"в", "во", "у", "in", "near", "под", "під", "біля", "около", "возле", "поблизу",
             "outside"}


def _find_before_region(text: str, tokens: list[Token], taken: set[int], out: list[Mention],
                        admin_starts: set[int]) -> None:
    """"в Зайцеве Донецкой области", "in Zaitseve, Luhansk region": a settlement the
    gazetteer lacks, named between a locative preposition and its region."""
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if i in taken or not tok.capital or tokens[i - 1].text.lower() not in _LOCATIVE:
            continue
        if tok.text.lower() in EN_SKIP or tok.text.lower() in ADMIN_TYPE:
            continue
        if not re.fullmatch(r"\s+", text[tokens[i - 1].end:tok.start]):
            continue
        if not any(tok.end < s <= tok.end + 3 for s in admin_starts):
            continue
        known, geox, _, person = word_info(tok.text) if is_cyrillic(tok.text) else \
            (False, False, False, False)
        if known and not geox and not person:
            continue  # a dictionary word ("в Республике"), not a name
        out.append(Mention(tok.start, tok.end, tok.text, "settlement",
                           name=_nominative(tok.text, "neut"), cue=False,
                           native=native_nominative(tok.text, "neut")))
        taken.add(i)


def _close_spelling(name: str, gaz: Gazetteer, context: set[str]) -> Place | None:
    """A near-identical spelling inside a region the article names (Kocheneve → Kochenyovo)."""
    key = (name, tuple(sorted(context)))
    if key not in gaz.memo:
        gaz.memo[key] = _close_spelling_uncached(name, gaz, context)
    found = gaz.memo[key]
    return found if isinstance(found, Place) else None


def _close_spelling_uncached(name: str, gaz: Gazetteer, context: set[str]) -> Place | None:
    from rapidfuzz import fuzz

    key = skeleton(name)
    best: tuple[float, Place | None] = (0.0, None)
    for admin1 in sorted(context):
        for p in gaz.settlements_in(admin1):
            pk = skeleton(p.name)
            if pk[:2] != key[:2]:
                continue
            score = fuzz.ratio(key, pk)
            if score > best[0]:
                best = (score, p)
    return best[1] if best[0] >= 85 else None


def _nominative(word: str, gender: str) -> str:
    """English spelling of the dictionary form of an unlisted settlement name."""
    native = native_nominative(word, gender)
    uk = any(ch in "іїєґ" for ch in word.lower())
    return translit(native, "uk" if uk else "ru")


@lru_cache(maxsize=50_000)
def native_nominative(word: str, gender: str) -> str:
    """Dictionary form of an unlisted settlement name, in its own script."""
    if not is_cyrillic(word):
        return word
    from otkaz.geo.forms import _morph

    best = word
    parses = _morph().parse(word)
    if word.lower().endswith(("о", "е", "і")) or any("nomn" in p.tag for p in parses):
        parses = []  # already the dictionary form (Янино, Клавдієве): keep it
    for parse in parses:
        if parse.tag.POS == "ADJF":
            form = parse.inflect({"nomn", "sing", gender} if gender != "masc" else
                                 {"nomn", "sing", "masc"})
            if form is not None:
                best = form.word
                break
        if "Geox" in parse.tag:
            best = parse.normal_form
            break
    return best[:1].upper() + best[1:]


_INSTITUTIONS = re.compile(
    r"^\s+(?:[^\W\d_]+\s+){0,2}(?:суд|суда|суде|судом|гарнизон|гарнизона|военкомат|"
    r"бригад|дивизи|полигон|учебн|навчальн|court|garrison|brigade|division|районн|"
    r"городск|міськ|военн|військов|мотострелков|тцк|військкомат|комендатур|прокуратур|"
    r"поліці|полици|апеляційн|апелляционн|окружн|гарнізон|напрям|направлени)", re.IGNORECASE)


def _find_city_adjectives(text: str, tokens: list[Token], gaz: Gazetteer, taken: set[int],
                          out: list[Mention]) -> None:
    """Places named through an adjective before an institution: "Кяхтинский военный суд"."""
    for i, tok in enumerate(tokens):
        if i in taken or not is_cyrillic(tok.text):
            continue
        sk = skeleton(tok.text)
        if not re.search(r"[scz]k(?:ii|i|oi|a|e|oho|omu|om|uu|u|ih|im|oe)$", sk):  # z: Запорізький
            continue
        if CYR_DEMONYM.match(tok.text.lower()) or (GENERIC_ADJ.match(tok.text.lower()) and
                                                   "-" not in tok.text):
            continue
        if not _INSTITUTIONS.match(text[tok.end: tok.end + 40]):
            continue
        hits: list[Place] = []
        for stem in adjective_stems(sk):
            hits.extend(p for p in gaz.by_city_stem(stem) if p.kind == "settlement"
                        and p.population >= 5000 and p not in hits)
        if _DIRECTION_AFTER.match(text, tok.end):
            # a front sector ("Лиманському напрямку") is named after a town of the war zone,
            # or after its oblast ("Запорізькому напрямку")
            hits = [p for p in hits if p.country == "UA"] or [p for p in hits if p.country == "RU"]
            sector = gaz.admin1(max(hits, key=lambda p: p.population).admin1) if hits else None
            if sector is not None:  # a sector locates to its oblast; a village named beside it wins
                out.append(Mention(tok.start, tok.end, tok.text, "admin1", [sector]))
                taken.add(i)
                continue
            if not hits:
                region = next((p for stem in adjective_stems(sk) for key in (stem, stem + "sk")
                               for p in gaz.by_admin_stem(key) if p.kind == "admin1" and p.country == "UA"), None)
                if region is not None:
                    out.append(Mention(tok.start, tok.end, tok.text, "admin1", [region]))
                    taken.add(i)
                continue
        region = next((p for stem in adjective_stems(sk) for key in (stem, stem + "sk")
                       for p in gaz.by_admin_stem(key) if p.kind == "admin1"), None)
        if region is not None and not any(p.admin1 == region.admin1 or p.country == region.country
                                          and p.population >= 100_000 for p in hits):
            # "Приморский гарнизонный военный суд" is Primorye's court, not a village once so named
            out.append(Mention(tok.start, tok.end, tok.text, "admin1", [region]))
            taken.add(i)
            continue
        if hits:
            # every stem's towns compete: Черкаський is Cherkasy, not a village once so named
            hits.sort(key=lambda p: -p.population)
            out.append(Mention(tok.start, tok.end, tok.text, "settlement", hits, adjective=True))
            taken.add(i)
