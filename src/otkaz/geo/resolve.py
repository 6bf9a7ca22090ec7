"""Pick one reading per mention from the article's context, and tell what role each place plays."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from otkaz.geo.gazetteer import Place
from otkaz.geo.mentions import Mention
from otkaz.geo.textnorm import is_cyrillic, translit

# Cue phrases in the words just before a mention (same sentence), by role.
_ROLE_BEFORE: dict[str, tuple[str, ...]] = {
    "origin": (
        "born in", "native of", "natives of", "hails from", "hailing from", "originally from",
        "resident of", "residents of", "mobilized men from", "mobilised men from",
        "mobilized from", "mobilised from", "conscripted from", "drafted from", "men from",
        "soldiers from", "servicemen from", "родом из", "родом с", "уроженец", "уроженца",
        "уроженцы", "уроженцев", "уроженка", "мобилизованные из", "мобилизованных из",
        "мобилизованный из", "призванные из", "призванных из", "призван из", "призывался из",
        "родився в", "родом з", "уродженець", "уродженця", "мобілізовані з", "мобілізованих з",
        "родился в", "вырос в", "выросший в", "прописан в",
        "grew up in", "родом із", "родом зі", "уродженець с.", "уроженец с.", "уроженка с.",
        "вихідець з", "вихідець із", "выходец из", "выходцы из", "вихідці з",
        "мобілізовані із", "мобілізованих із", "мобілізований із", "мобілізованого з",
        "мобілізованого із", "призвані з", "призваних з", "уродженців", "уродженка",
        "buryat soldiers", "natives of", "recruits from", "conscripts from", "volunteers from",
        "who is from", "who was from", "who are from", "who were from", "comes from",
        "came from", "soldier from", "serviceman from", "servicemen from", "man from",
        "военнослужащий из", "военнослужащего из", "солдат из", "солдата из", "контрактник из",
        "контрактника из", "боец из", "бойца из", "військовий з", "військовий із",
        "військовослужбовець з", "військовослужбовця з", "боєць з", "бійця з",
        "from his native", "из родного", "з рідного",
    ),
    "treatment": (
        "treated in", "treatment in", "hospital in", "hospitalized in", "hospitalised in",
        "госпитале в", "госпиталь в", "госпиталя в", "больнице в", "больницу в", "лечился в",
        "лечение в", "лечения в", "на лечении в", "лікувався в", "лікувався у", "шпиталі в",
        "шпиталі у", "лікарні в", "лікарні у", "госпиталь", "госпитале", "госпиталя",
        "больнице", "hospital", "госпитализирован в",
    ),
    "background": (
        "wanted by", "requested by", "request from", "request of", "on behalf of",
        "citizen of", "citizens of", "national of", "гражданин", "гражданина", "гражданку",
        "гражданки", "граждан", "гражданам", "громадянин", "громадянина", "громадян",
        "паспорт", "passport",
        "gathered outside", "gathered in", "gathered at", "rally in", "rallied in", "protest in",
        "protested in", "protesting in", "picket in", "vigil in", "ministry in", "headquarters in",
        "митинг в", "митинге в", "пикет в", "пикете в", "акция в", "акции в", "собрались в",
        "собрались у", "вышли на", "мітинг у", "мітингу в", "пікет у", "зібралися в",
        "зібралися біля", "министерство обороны в", "минобороны в",
        "wounded in", "injured in", "wounded near", "fought in", "fighting in", "ранен в",
        "ранен под", "ранения в", "ранение в", "ранения под", "ранение под", "воевал в",
        "воевал под", "поранений в", "поранений під", "поранення в", "поранення під",
        "воював у", "воював в", "воював під",
        "group based in", "organization based in", "organisation based in", "outlet based in",
        "foundation based in", "headquartered in", "registered in", "in exile in",
        "bureau in", "correspondent in", "издание из", "организация из", "редакция в",
        "extradited to", "extradition to", "по запросу", "по запиту", "экстрадиции в",
        "экстрадировать в", "екстрадиції до", "authorities of", "власти", "влада",
    ),
    "destination": (
        "taken to", "sent to", "transferred to", "go to", "back to", "return to",
        "cross into", "crossing into", "crossed into", "fled into", "flee into", "escape into",
        "перейти в", "перешел в", "перетнути кордон з", "перейти кордон з",
        "redeployed to", "sent back to", "отправить на", "отправили на", "отправлен на",
        "вернуть на", "вернули на", "вернуться на", "поехать на", "ехать на", "отправят на",
        "відправили на", "повернути на", "повернули на", "поїхати на", "left for", "fled to", "headed to",
        "heading to", "moved to", "deployed to", "went to", "returned to", "bound for",
        "travel to", "travelled to", "traveled to", "escape to", "escaped to", "could have left for",
        "могли уехать в", "уехать в", "уехали в", "уехал в", "уехала в", "доставили в",
        "доставлен в", "доставлены в", "отправили в", "отправлен в", "отправлены в",
        "направили в", "направлен в", "направлены в", "перевели в", "переведен в",
        "вывезли в", "увезли в", "отвезли в", "в сторону", "поехали в", "поехал в",
        "добрались до", "добрался до", "відправили в", "відправили до", "поїхав до",
        "поїхали до", "виїхав до", "перевели до", "направили до", "відвезли до",
        "на фронт в", "into ukraine", "to the front",
    ),
}
_EVENT_BEFORE = (
    "military unit in", "unit in", "base in", "garrison in", "camp in", "facility in",
    "commandant's office in", "training ground in", "basement in", "colony in", "pit in",
    "court in", "detained in", "arrested in", "caught in", "escaped from", "fled from",
    "deserted from", "riot in", "mutiny in", "happened in", "took place in", "occurred in",
    "части в", "часть в", "части, расположенной в", "полигоне в", "полигона в", "базе в",
    "лагере в", "лагерь в", "подвале в", "подвал в", "комендатуре в", "комендатуры в",
    "задержали в", "задержан в", "задержаны в", "сбежали из", "сбежал из", "бежали из",
    "сбежали с", "в/ч", "частини в", "частини у", "частину в", "полігоні в", "полігону в",
    "базі в", "базі у", "затримали в", "затримали у", "втекли з", "втік з", "суд", "court",
    "in the village of", "в селе", "в поселке", "в посёлке", "в городе", "у селі", "у місті",
    "в місті", "в селі", "у селищі", "в рабочем поселке",
)


# Verbs of the acts themselves earlier in the same sentence ("was detained ... in Yerevan").
_EVENT_VERB = re.compile(
    r"\b(?:detained|arrested|caught|escaped|deserted|fled|rioted|mutinied|refused|sentenced|"
    r"abandoned|went awol|walked out|left (?:their|his|the) (?:unit|post|posts|positions)|"
    r"dragged|abducted|seized|beaten|beat|tortured|kidnapped|забрали|увезли|избили|схватили|"
    r"пытали|похитили|побили|катували|викрали|took|taken|forcibly|насильно|силой|"
    r"покинул\w*|оставил\w*|залишил\w*|покинув\w*|"
    r"convicted|held captive|held in|locked|задерж\w*|сбежа\w*|бежал\w*|"
    r"дезертир\w*|взбунтовал\w*|отказал\w*|осужд\w*|приговор\w*|удерживал\w*|"
    r"затрима\w*|втек\w*|втік|збунтувал\w*|відмовил\w*|засуд\w*|самовольно|самовільно)\b")


@dataclass
class Resolved:
    """A mention with its chosen reading (or none, for an unlisted settlement) and role."""

    mention: Mention
    place: Place | None
    role: str
    event_cue: bool
    reason: str = ""


def _context(mentions: list[Mention]) -> tuple[Counter[str], set[str], Counter[str]]:
    """Regions, districts and countries the article itself names."""
    admin1: Counter[str] = Counter()
    admin2: set[str] = set()
    countries: Counter[str] = Counter()
    for m in mentions:
        if m.kind == "admin1" and len({p.admin1 for p in m.readings}) == 1:
            admin1[m.readings[0].admin1 or ""] += 1
        elif m.kind == "admin2":
            for p in m.readings:
                admin2.add(p.name)
            if len({p.admin1 for p in m.readings}) == 1:
                admin1[m.readings[0].admin1 or ""] += 1
        elif m.kind == "country" and m.country and not m.front:
            countries[m.country] += 1
    admin1.pop("", None)
    return admin1, admin2, countries


def _score(p: Place, m: Mention, admin1: Counter[str], admin2: set[str],
           countries: Counter[str], focus: tuple[str, ...]) -> float:
    score = math.log10(p.population + 1) * 3
    if p.idx in m.main_ids:
        score += 5  # Pokrovsk is Pokrovsk, not Engels, which was once called so
    if p.user:
        score += 200
    if p.population >= 250_000:
        score += 55  # "в Курске" in a digest that also names Stavropol Krai is Kursk, not Kurskaya
    if p.admin2 and p.admin2 in admin2:
        score += 100
    if p.admin1 and p.admin1 in admin1:
        score += 50 + 2 * admin1[p.admin1]
    if m.hint_country and p.country == m.hint_country:
        score += 30
    if p.country in countries:
        score += 4
    if p.country in focus:
        score += 6 - focus.index(p.country) * 2
    return score


def resolve(text: str, mentions: list[Mention], language: str | None) -> list[Resolved]:
    """Choose a reading for every mention using what the rest of the article says."""
    admin1, admin2, countries = _context(mentions)
    focus = ("RU", "UA") if language != "uk" else ("UA", "RU")
    out: list[Resolved] = []
    for i, m in enumerate(mentions):
        nearby = _region_right_after(text, mentions, i)
        if m.kind == "admin2" and i + 1 < len(mentions):
            _city_after(text, m, mentions[i + 1])
        place, reason = _choose(m, nearby, admin1, admin2, countries, focus)
        role, event_cue = role_of(text, m)
        if m.near and i > 0 and mentions[i - 1].kind == "settlement" and \
                _LOCATOR_GAP.match(text[mentions[i - 1].end:m.start]):
            role, event_cue = "background", False
        if m.kind == "settlement" and place is None and not m.name:
            continue
        if m.kind in ("admin1", "admin2") and place is None:
            continue
        out.append(Resolved(m, place, role, event_cue, reason))
    _inherit_roles(text, out)
    _place_unlisted(out, admin1)
    for r in out:
        m = r.mention
        if r.place is None and m.native and is_cyrillic(m.native) and \
                (m.admin1 or "").startswith("UA-"):
            m.name = translit(m.native, "uk")  # Ukrainian places in Ukrainian transliteration
    return out


def _inherit_roles(text: str, out: list[Resolved]) -> None:
    """"born in Ust-Kut in the Irkutsk region": the region shares its settlement's role."""
    for prev, cur in zip(out, out[1:], strict=False):
        if prev.mention.kind == "settlement" and cur.mention.kind in ("admin1", "admin2") and \
                prev.role in ("origin", "treatment", "background", "destination") and \
                _REGION_AFTER.match(text[prev.mention.end:cur.mention.start]):
            cur.role, cur.event_cue = prev.role, False


def _place_unlisted(out: list[Resolved], admin1: Counter[str]) -> None:
    """Unlisted settlements take the region the article names most, and its district if named."""
    if not admin1:
        return
    top = admin1.most_common(1)[0][0]
    districts = [r.place for r in out if r.place is not None and r.mention.kind == "admin2"
                 and r.place.admin1 == top]
    for r in out:
        m = r.mention
        if r.place is None and m.kind == "settlement" and m.admin1 is None:
            m.admin1 = top
            if m.fallback is None and len(districts) >= 1 and \
                    len({d.idx for d in districts}) == 1:
                m.fallback = districts[0]


def _choose(m: Mention, nearby: Place | None, admin1: Counter[str], admin2: set[str],
            countries: Counter[str], focus: tuple[str, ...]) -> tuple[Place | None, str]:
    if not m.readings:
        if nearby is not None:
            m.admin1, m.fallback = nearby.admin1, nearby
        return None, f"settlement {m.name} not in gazetteer" if m.name else ""
    if m.kind in ("admin1", "admin2"):
        consistent = [p for p in m.readings if p.admin1 in admin1] or m.readings
        if m.kind == "admin2" and len({p.admin1 for p in consistent}) > 1 and m.city_admin1:
            consistent = [p for p in consistent if p.admin1 == m.city_admin1] or consistent
        if m.kind == "admin2" and len({p.admin1 for p in consistent}) > 1:
            return None, "district name ambiguous"
        return consistent[0], ""
    ranked = sorted(m.readings, key=lambda p: -_score(p, m, admin1, admin2, countries, focus))
    best = ranked[0]
    if nearby is not None:
        inside = [p for p in ranked if p.admin1 == nearby.admin1]
        if inside:
            return inside[0], ""
        if not best.user:
            m.name = m.name or _english_surface(m)
            m.admin1, m.fallback = nearby.admin1, nearby
            return None, f"settlement {m.name} not in gazetteer for {nearby.admin1}"
    if admin1 and best.admin1 not in admin1 and len(m.readings) > 1 and \
            best.population < 100_000 and not best.user and m.cue:
        top = admin1.most_common(1)[0][0]
        if best.country == top[:2] or best.country in ("RU", "UA"):
            m.name = m.name or _english_surface(m)
            m.admin1 = top
            return None, f"{m.name}: no reading in the regions the text names"
    return best, ""


def _english_surface(m: Mention) -> str:
    from otkaz.geo.mentions import _nominative, native_nominative

    m.native = native_nominative(m.surface, "neut")
    return _nominative(m.surface, "neut")


_LOCATOR_GAP = re.compile(r"^[\s,]*(?:под|під|near|outside|close to|недалеко от|біля)\s+$",
                          re.IGNORECASE)
_REGION_AFTER = re.compile(r"^[\s,(]*(?:(?:в|во|у|in|of|the)\s+){0,2}$", re.IGNORECASE)


def _city_after(text: str, m: Mention, nxt: Mention) -> None:
    """"в Советском районе Казани": the city right after a district names its region."""
    if nxt.kind == "settlement" and nxt.readings and re.fullmatch(r"[\s,]*", text[m.end:nxt.start]):
        best = max(nxt.readings, key=lambda p: p.population)
        m.city_admin1 = best.admin1


def _region_right_after(text: str, mentions: list[Mention], i: int) -> Place | None:
    """The region named right after a settlement ("в Брянке Луганской области")."""
    m = mentions[i]
    if m.kind != "settlement" or i + 1 >= len(mentions):
        return None
    nxt = mentions[i + 1]
    if nxt.kind not in ("admin1", "admin2") or not _REGION_AFTER.match(text[m.end:nxt.start]):
        return None
    regions = {p.admin1 for p in nxt.readings}
    return nxt.readings[0] if len(regions) == 1 else None


_LEFT_TREATMENT = re.compile(
    r"\b(?:fled|escaped|left|walked out of|ran away from|absconded from|сбежал\w*|бежал\w*|"
    r"покинул\w*|ушл[аи]|ушел|ушёл|втік|втекл\w*|залишил\w*|самовольно|самовільно)\b",
    re.IGNORECASE)
_TO_FRONT = re.compile(
    r"(?:return|returning|go|going|sent|send|deploy\w*|redeploy\w*|back|dispatched|"
    r"вернуть\w*|вернут\w*|возвращ\w*|отправ\w*|поехать|ехать|направ\w*|повернут\w*|"
    r"повернен\w*|відправ\w*|їхати|поїхати)\s+$")
_FROM_TO = re.compile(r"\bfrom\s[^,;]{1,60}\s(?:to|into)\s+$|\b(?:из|з|із)\s[^,;]{1,60}\sдо\s+$")
_LATER_FOUND = re.compile(
    r"\b(?:eventually|later|subsequently|позже|позднее|впоследствии|згодом|пізніше)\s+"
    r"(?:\w+\s+){0,2}(?:located|found|traced|turned up|ended up|resurfaced|нашли|найден\w*|"
    r"обнаружен\w*|оказал\w*|знайшли|знайден\w*)\b", re.IGNORECASE)
_METONYM_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:has\s+|have\s+)?(?:said|says|denied|denies|claimed|claims|accused|accuses|"
    r"insisted|insists|announced|announces|responded|demanded|demands|officially|"
    r"заявил\w*|заявля\w*|отрица\w*|обвини\w*|обвиня\w*|сообщил\w*|ответил\w*|"
    r"потребовал\w*|заяви\w*|заявля\w*|заперечу\w*|звинувачу\w*|повідоми\w*)\b",
    re.IGNORECASE)
_APPOSITION_FROM = re.compile(r"(?:,|\d|\))\s*(?:from|of|из|з|із)\s+(?:the\s+)?$|"
                              r"\d+-year-old\s+(?:\w+\s+){0,6}from\s+$")
_DATELINE = re.compile(r"^[\s,]*(?:\d|\(|—|–|-|[A-Za-z]{3,9}\.?\s+\d|[а-яіїє]+\s*\d|"
                       r"[а-яіїє]+,|[A-Z][a-z]+\s+\d|[A-Z][a-z]+\s*\()")


_CAPTION_HINT = re.compile(
    r"\b(?:photo|фото|source|источник|джерело|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|"
    r"июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|\d{4})\b",
    re.IGNORECASE)


def _caption(text: str, pos: int) -> bool:
    """A short line without closing punctuation that dates or credits a picture."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    if not line or len(line) > 160 or line[-1] in ".!?»\"”:;":
        return False
    return bool(_CAPTION_HINT.search(line))


def role_of(text: str, m: Mention) -> tuple[str, bool]:
    """Role cue words just before the mention in its sentence."""
    if m.surface.isupper() and len(m.surface) > 3 and _DATELINE.match(text[m.end:m.end + 25]):
        return "background", False  # dateline: where the report was filed
    if _caption(text, m.start):
        return "background", False  # a photo caption: where a picture was taken
    if _METONYM_AFTER.match(text[m.end:m.end + 30]):
        return "background", False  # "Moscow denied", "Київ заявив": a government speaking
    start = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start), m.start - 70)
    before = text[start + 1: m.start].lower()
    before = re.sub(r"\s+", " ", before)
    tail = before[-45:]
    sentence_after = re.split(r"[.!?\n]", text[m.end:m.end + 160], maxsplit=1)[0].lower()
    if _APPOSITION_FROM.search(tail) and (re.match(r"\s*[,)]", text[m.end:m.end + 3]) or
                                          "year-old" in tail or tail.rstrip().endswith(") from")):
        return "origin", False  # "Ivan Petrov, 23, from Orenburg, walked out ..."
    if re.search(r"\b(?:from|от|від)\s+$", tail) and \
            re.match(r"\s+(?:to|до)\s+[A-ZА-ЯІЇЄ]", text[m.end:m.end + 12]):
        return "background", False  # "from Budapest to Bishkek": a range, not a place
    if m.front and _TO_FRONT.search(tail):
        return "destination", False  # "refused to return to the front": not where it happened
    if _FROM_TO.search(tail):
        return "destination", False  # "took Viktor from Shirokoye to Chita"
    if _LATER_FOUND.search(before):
        return "background", False  # "he was eventually located at a base in Domna"
    for role, pattern in _ROLE_RES.items():
        for hit in pattern.finditer(tail):
            if _no_other_place_between(tail[hit.end():], role):
                if role == "treatment" and _LEFT_TREATMENT.search(before + " " + sentence_after):
                    return "event", True  # "fled a military hospital in X": leaving is the act
                return role, False
    after = re.split(r"[.!?;,:()\n—–]", text[m.end:m.end + 50], maxsplit=1)[0].lower()
    clause_start = re.split(r"[,;:()—–]", before)[-1]
    place_first = len(clause_start.split()) <= 3  # "В Курске ... задержали": place leads
    event_cue = bool(_EVENT_RE.search(tail)) or bool(_EVENT_VERB.search(before)) \
        or (place_first and bool(_EVENT_VERB.search(after)))
    return ("event" if event_cue else "unknown"), event_cue


_ROLE_RES = {role: re.compile("|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)))
             for role, cues in _ROLE_BEFORE.items()}
_EVENT_RE = re.compile("|".join(re.escape(c) for c in sorted(_EVENT_BEFORE, key=len, reverse=True)))


def _no_other_place_between(gap: str, role: str) -> bool:
    return len(gap.split()) <= (2 if role == "destination" else 3)
