"""When a capitalised word that matches a gazetteer name is really a place in this sentence."""

from __future__ import annotations

import re

from otkaz.geo.build import SCOPE
from otkaz.geo.forms import word_info
from otkaz.geo.lexicon import ADMIN_TYPE, COUNTRIES, SETTLEMENT_CUE_PHRASES, SETTLEMENT_CUES
from otkaz.geo.textnorm import is_cyrillic, skeleton
from otkaz.geo.tokens import DEMONYMS, EN_SKIP, Mention, Token, gap

_PREPOSITIONS = {
    "in", "at", "near", "from", "to", "into", "outside", "of", "around", "towards", "toward",
    "via", "through", "across", "between", "inside", "within", "в", "во", "из", "под", "у",
    "на", "до", "от", "около", "возле", "близ", "к", "через", "за", "над", "з", "із", "зі",
    "від", "біля", "поблизу", "між", "поза", "під", "неподалік", "неподалеку", "недалеко",
    "вблизи", "из-под", "с", "со", "по",
}
# Ukrainian pronouns the Russian dictionary does not know ("Усіх", "Всім" at a sentence start)
_UK_PRONOUNS = {"усіх", "усім", "усі", "всіх", "всім", "всі", "усе", "обох", "їх", "їм", "їхні", "цих", "тих"}
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:и|і|та|й|and|or|или|або))\s*$")
_BIG_CITY = 100_000


CYR_DEMONYM = re.compile(r"^(?:украин|украї|россий|російськ|русск|белорус|білорус|казахск|"
                          r"польск|грузин|армянск|молдавск|советск|радянськ)")
GENERIC_ADJ = re.compile(r"^(?:централ|центральн|южн|північн|северн|западн|західн|восточн|"
                          r"східн|военн|військов|городск|міськ|районн|областн|обласн|краев|"
                          r"федеральн|государствен|державн|национальн|національн|гарнизонн|"
                          r"морск|армейск|армійськ|отдельн|окрем)")
_STREET_BEFORE = re.compile(r"(?:улиц\w*|ул\.|проспект\w*|просп\.|переул\w*|бульвар\w*|"
                            r"площад\w*|вулиц\w*|вул\.|шоссе|трасс\w*)\s*$", re.IGNORECASE)
_STREET_AFTER = re.compile(r"^\s+(?:улиц|street|avenue|проспект|вулиц|square|st\.|шоссе|"
                           r"highway|road)", re.IGNORECASE)


_OUTLET_AFTER = re.compile(r"^[\s.]*(?:outlet|media|newspaper|news site|portal|издани[ея]|"
                           r"портал|телеканал|газет[аы]|агентств[оа]|видання|"
                           r"Times|Independent|Post|Herald|Daily|Today|Realii|Реалии|"
                           r"Комсомолец|Правда|Вести|News)\b")
_OUTLET_BEFORE = re.compile(r"(?:\bЭхо|\bEcho of|\bEkho|\bFree|\bСвободная|\bВільна)\s*$", re.IGNORECASE)


def organisation_name(text: str, start: int, end: int) -> bool:
    """Part of an outlet or group name: «Эхо Москвы», The Moscow Times, Free Buryatia."""
    before = text[max(0, start - 40): start]
    return _quoted_name(text, start) or bool(_OUTLET_AFTER.match(text[end: end + 20])) or \
        bool(_OUTLET_BEFORE.search(before))


def _quoted_name(text: str, pos: int) -> bool:
    """Inside quotation marks on its line: a unit, outlet or channel name, not a place."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[max(line_start, pos - 80):pos]
    if re.search(r"(?:^|\s)(?:в|во|на|под|у|in|at|near)\s*[«\"“„]$", before, re.IGNORECASE):
        return False  # в «Алабино»: a quoted place name after a preposition
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        return True
    if before.count("„") > before.count("“"):
        return True
    return before.count('"') % 2 == 1 and before.rstrip().endswith('"')


def plausible(text: str, tokens: list[Token], i: int, span: int, m: Mention,
               context: set[str], admin_starts: set[int], last_end: int,
               taken: set[int]) -> bool:
    """Accept a bare settlement name only where the sentence treats it as a place."""
    if any(p.user for p in m.readings):
        return True
    before = text[max(0, m.start - 40): m.start]
    if span == 1 and m.surface.lower() in _UK_PRONOUNS:
        return False  # sentence-initial "Усіх затримали" is "all of them", not Wuxi (Уси)
    if len(m.surface) < 3 or m.surface.lower().rstrip("'’s") in DEMONYMS or \
            CYR_DEMONYM.match(m.surface.lower()) or \
            (GENERIC_ADJ.match(m.surface.lower()) and not re.search(r"[- ]", m.surface) and
             not has_cue(before)):
        return False  # Восточного военного округа: a district of the army, not a town
    if _STREET_BEFORE.search(before) or _STREET_AFTER.match(text[m.end: m.end + 20]):
        return False
    if has_cue(before):
        return True
    if _quoted_name(text, m.start) or _OUTLET_AFTER.match(text[m.end: m.end + 20]) or \
            _OUTLET_BEFORE.search(before):
        return False  # «Восток» battalion, The Moscow Times, «Эхо Москвы»
    if _looks_like_person(text, tokens, i, span, taken):
        return False
    if _region_follows(text, m.end, admin_starts):
        return True
    if span == 1 and _common_word(tokens[i].text) and \
            max(p.population for p in m.readings) < 10_000:
        return False  # "в Сети", "на Родине": capitalised nouns, not hamlets
    if after_preposition(text, tokens, i):
        if all(p.name_like for p in m.readings) and \
                max(p.population for p in m.readings) < 10_000:
            return False  # "in Nikita's first days": a person, not the Crimean village
        if m.alias_only and all(p.country not in SCOPE for p in m.readings):
            return False  # "according to Baza's reports": an outlet, not Basel
        return True
    if last_end >= 0 and _LIST_GAP.match(text[last_end:m.start]):
        return True
    if m.alias_only or all(p.name_like for p in m.readings) or \
            (tokens[i].initial and _common_word(tokens[i].text)):
        return False
    if all(p.country not in SCOPE for p in m.readings):
        return False  # a faraway city named bare ("Усім" → Wuxi): needs "in", "в", "у"
    if not tokens[i].initial and any(p.admin1 in context for p in m.readings):
        m.readings = [p for p in m.readings if p.admin1 in context]
        return True
    cyr = is_cyrillic(m.surface)
    # Latin words vouch only for places they name by their main name ("Mash" is not Miass)
    strong = [p for p in m.readings if not p.name_like and (cyr or p.idx in m.main_ids)]
    return bool(strong) and max(p.population for p in strong) >= _BIG_CITY


def _common_word(word: str) -> bool:
    """A dictionary word that is not a toponym (sentence-initial "Украинские", "Перед")."""
    if not is_cyrillic(word):
        return False
    known, _, geox_top, _ = word_info(word)
    return known and not geox_top


def _looks_like_person(text: str, tokens: list[Token], i: int, span: int,
                       taken: set[int]) -> bool:
    """First name + surname runs ("Vladimir Putin", "Ольга Иванова") are people, not places."""
    if re.search(r"(?<![^\W\d_])[A-ZА-ЯЁІЇЄ]\.\s?$", text[max(0, tokens[i].start - 4):tokens[i].start]):
        return True  # "П.Топорков": an initial before a surname
    j = i + span
    if j < len(tokens) and tokens[j].capital and gap(text, tokens[j - 1], tokens[j]) == " " \
            and tokens[j].text.lower() not in ADMIN_TYPE and j not in taken \
            and not GENERIC_ADJ.match(tokens[j].text.lower()) and not tokens[j].text.isupper():
        return True  # but "до Львова Військова служба", "у Києві ДБР": an institution follows
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.capital and gap(text, prev, tokens[i]) == " " and \
            prev.text.lower() not in _PREPOSITIONS and prev.text.lower() not in EN_SKIP:
        if not prev.initial or (is_cyrillic(prev.text) and word_info(prev.text)[3]):
            return True
    word = tokens[i].text
    if is_cyrillic(word):
        _, geox, _, person = word_info(word)
        return person and not geox
    return False


_NOT_LOCATIVE_BEFORE = {"according", "thanks", "due", "compared", "owing", "addition", "talked",
                        "spoke", "said", "told", "wrote", "reported", "подобно", "благодаря",
                        "согласно", "данным", "словам", "відповідно", "завдяки"}


def after_preposition(text: str, tokens: list[Token], i: int) -> bool:
    """A locative preposition right before the name, perhaps with one modifier between."""
    for back in (1, 2):
        k = i - back
        if k < 0:
            return False
        word = tokens[k].text.lower()
        if word in _PREPOSITIONS and not re.search(r"[.!?;:]", text[tokens[k].end:tokens[i].start]):
            if k > 0 and tokens[k - 1].text.lower() in _NOT_LOCATIVE_BEFORE:
                return False  # "according to", "thanks to", "согласно"
            return True
        if tokens[k].capital and word not in EN_SKIP:
            return False
    return False


def _region_follows(text: str, end: int, admin_starts: set[int]) -> bool:
    """"Brianka, Ukraine" or "Брянке Луганской области": a region or country comes next."""
    after = text[end: end + 40]
    if any(end < s <= end + 4 for s in admin_starts):
        return True
    m = re.match(r"^,\s+([^\W\d_]+)", after)
    return bool(m and skeleton(m.group(1)) in COUNTRIES)


ABBR_CUES = {"г", "гор", "с", "д", "дер", "п", "пос", "ст", "х", "м", "сел"}
_CUE_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:" + "|".join(sorted((w for w in SETTLEMENT_CUES if w not in ABBR_CUES),
                                                key=len, reverse=True)) +
    r")\s+(?:of\s+)?|(?<![^\W\d_])(?:" + "|".join(sorted(ABBR_CUES, key=len, reverse=True)) +
    r")\.\s*|(?<![^\W\d_])р\.\s?п\.\s*|(?:" + "|".join(SETTLEMENT_CUE_PHRASES) + r")\s+)$")


def has_cue(before: str) -> bool:
    """A settlement word right before the name: "village of", "село", "пгт", "с.", "г."."""
    hit = _CUE_RE.search(before.lower())
    if hit is None:
        return False
    word = before[hit.start():hit.end()].strip()
    return not (word.endswith(".") and word[:1].isupper())  # "П. Топорков" is an initial
