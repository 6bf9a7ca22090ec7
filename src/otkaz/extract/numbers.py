"""Counts in EN/RU/UK text: digits, number words in every case form, hedges and ranges.

The codebook wants honest uncertainty ("about 100" is not "100 exactly"), so every
parse returns a :class:`Count` whose best/low/high mirror the hedge the text used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from otkaz.models import Count

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})

# --- number words -----------------------------------------------------------------

_EN_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "pair": 2,
    "couple": 2, "both": 2,
}
_EN_MULT = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_RU_UK_EXPLICIT: dict[str, int] = {}


def _add(value: int, *forms: str) -> None:
    for form in forms:
        _RU_UK_EXPLICIT[form] = value


# 1-4 (RU and UK)
_add(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном",
     "одне", "однієї", "одній", "одною", "однієї")
_add(2, "два", "две", "двух", "двум", "двумя", "дві", "двох", "двом", "двома")
_add(3, "три", "трех", "трёх", "трем", "трём", "тремя", "трьох", "трьом", "трьома")
_add(4, "четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя",
     "чотири", "чотирьох", "чотирьом", "чотирма")
# collective numerals (they always count people)
_add(2, "двое", "двоих", "двоим", "двоє", "оба", "обе", "обоих", "обидва", "обидві", "обох")
_add(3, "трое", "троих", "троим", "троє")
_add(4, "четверо", "четверых", "четверым")
_add(5, "пятеро", "пятерых", "пятерым", "п'ятеро", "п'ятьох")
_add(6, "шестеро", "шестерых", "шістьох")
_add(7, "семеро", "семерых", "сімох", "сімома")
_add(8, "восьмеро", "восьмерых", "вісьмох")
_add(9, "девятеро", "девятерых", "дев'ятеро", "дев'ятьох")
_add(10, "десятеро", "десятерых", "десятьох")

_SOFT_STEMS = {  # 5-20 and 30: stem + ь/и/ью (RU), ь/и/ьма/ьох/ьом (UK)
    5: ("пят", "п'ят"), 6: ("шест", "шіст"), 7: ("сем",), 8: ("восем", "восьм", "вісім"),
    9: ("девят", "дев'ят"), 10: ("десят",), 11: ("одиннадцат", "одинадцят"),
    12: ("двенадцат", "дванадцят"), 13: ("тринадцат", "тринадцят"),
    14: ("четырнадцат", "чотирнадцят"), 15: ("пятнадцат", "п'ятнадцят"),
    16: ("шестнадцат", "шістнадцят"), 17: ("семнадцат", "сімнадцят"),
    18: ("восемнадцат", "вісімнадцят"), 19: ("девятнадцат", "дев'ятнадцят"),
    20: ("двадцат", "двадцят"), 30: ("тридцат", "тридцят"),
}
for _value, _stems in _SOFT_STEMS.items():
    for _stem in _stems:
        _add(_value, *(_stem + e for e in ("ь", "и", "ью", "ьма", "ьох", "ьом")))
_add(7, "сім", "семи", "сьома", "сімома", "семью")
_add(8, "вісім", "восьми", "вісьмома", "восемью", "восьмью")
_add(6, "шість", "шести", "шістьма")
_add(40, "сорок", "сорока")
_add(50, "пятьдесят", "пятидесяти", "пятьюдесятью", "п'ятдесят", "п'ятдесяти", "п'ятдесятьох")
_add(60, "шестьдесят", "шестидесяти", "шістдесят", "шістдесяти")
_add(70, "семьдесят", "семидесяти", "сімдесят", "сімдесяти")
_add(80, "восемьдесят", "восьмидесяти", "вісімдесят", "вісімдесяти")
_add(90, "девяносто", "девяноста", "дев'яносто", "дев'яноста")
_add(100, "сто", "ста", "сотня", "сотни", "сотню", "сотне", "сотні", "сотнею", "сотней")
_add(200, "двести", "двухсот", "двумстам", "двісті", "двохсот")
_add(300, "триста", "трехсот", "трёхсот", "трьохсот")
_add(400, "четыреста", "четырехсот", "четырёхсот", "чотириста", "чотирьохсот")
_add(500, "пятьсот", "пятисот", "п'ятсот", "п'ятисот")
_add(600, "шестьсот", "шестисот", "шістсот")
_add(700, "семьсот", "семисот", "сімсот")
_add(800, "восемьсот", "восьмисот", "вісімсот")
_add(900, "девятьсот", "девятисот", "дев'ятсот", "дев'ятисот")
_add(12, "дюжина", "дюжину", "дюжины")
_add(10, "десяток", "десятка")

_RU_UK_MULT = {
    "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "тысячу": 1000, "тысячей": 1000,
    "тыс": 1000, "тисяча": 1000, "тисячі": 1000, "тисяч": 1000, "тисячу": 1000, "тис": 1000,
    "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000, "млн": 1_000_000,
    "мільйон": 1_000_000, "мільйона": 1_000_000, "мільйонів": 1_000_000,
}
_MULT = {**_EN_MULT, **_RU_UK_MULT, "thousands": 1000, "k": 1000}

# vague plurals: "dozens" -> at least 24, "hundreds" -> at least 200 (CODEBOOK + gold)
_VAGUE = {
    "dozens": 24, "десятки": 24, "десятков": 24, "десяткам": 24, "десятками": 24, "десятків": 24,
    "hundreds": 200, "сотни": 200, "сотен": 200, "сотнями": 200, "сотень": 200,
    "thousands": 2000, "тысячи": 2000, "тысяч": 2000, "тисячі": 2000, "тисяч": 2000,
    "several": 2, "несколько": 2, "кілька": 2, "декілька": 2, "few": 2, "many": 2,
}

# --- hedges -----------------------------------------------------------------------

_APPROX = (
    "about", "approximately", "around", "roughly", "nearly", "almost", "some", "close to",
    "an estimated", "estimated", "около", "примерно", "порядка", "почти", "приблизительно",
    "приблизно", "близько", "майже", "орієнтовно", "около ста", "чуть менее", "чуть более",
    "almost all", "ориентировочно", "свыше чем",
)
_AT_LEAST = (
    "at least", "no fewer than", "not less than", "a minimum of", "как минимум", "минимум",
    "не менее", "не меньше", "по меньшей мере", "по крайней мере", "щонайменше", "принаймні",
    "не менше", "як мінімум", "мінімум", "at least some",
)
_MORE_THAN = (
    "more than", "over", "upwards of", "in excess of", "above", "более", "больше", "свыше",
    "более чем", "больше чем", "понад", "більше", "більш ніж", "більше ніж", "over a",
)
_UP_TO = ("up to", "no more than", "not more than", "до", "не более", "не больше", "не більше",
          "as many as")
_LESS_THAN = ("less than", "fewer than", "under", "менее", "меньше", "менше", "менш ніж")

_HEDGE_WORDS = tuple(
    p.split()[-1] for p in _APPROX + _AT_LEAST + _MORE_THAN + _UP_TO + _LESS_THAN
)
_SINGULAR_MULT = {"тысячи": 1000, "тысячу": 1000, "тисячі": 1000, "тисячу": 1000,
                  "тысяча": 1000, "тисяча": 1000}

_HALF = ("half",)
_HALF_WORDS = {"полсотни": 50, "полсотня": 50, "півсотні": 50, "півсотня": 50, "полтысячи": 500,
               "півтисячі": 500, "полторы": 1.5, "півтори": 1.5, "полтора": 1.5, "півтора": 1.5}
_TENS_NOUNS = {"десятка", "десятков", "десятки", "десятків", "десяток", "десятками"}

_BOTH_NEXT = {"men", "soldiers", "servicemen", "deserters", "conscripts", "officers", "of",
              "were", "are", "have", "had", "face", "faced", "remain", "men's"}

_RANGE_JOIN = ("-", "–", "—", "to", "or", "до", "или", "чи", "або", "and")

_TOKEN_RE = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])"  # 35 000
    r"|\d+(?:[.,]\d+)*"  # 1,700  2.5  12
    r"|[^\W\d_]+(?:['’ʼ][^\W\d_]+)*"  # words, incl. п'ять
    r"|[-–—%]"
)


@dataclass
class Token:
    """One word, number or dash with its offsets in the scanned text."""

    text: str
    low: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split text[start:end] into tokens that keep absolute offsets."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    return [
        Token(m.group(), m.group().lower().translate(APOSTROPHES), start + m.start(),
              start + m.end())
        for m in _TOKEN_RE.finditer(chunk)
    ]


def _digits_value(raw: str, next_low: str | None) -> float | None:
    """Digits with thousand groups or a decimal part ("1,700", "1,8 тыс.", "35 000")."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in s:
        return float(s.replace(" ", ""))
    mult_follows = next_low is not None and next_low in _MULT
    groups = re.split(r"[.,]", s)
    if len(groups) == 1:
        return float(s)
    if not mult_follows and all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
        return float("".join(groups))
    if len(groups) == 2:
        return float(groups[0] + "." + groups[1])
    return None


def _word_value(low: str, language: str) -> int | None:
    if low in _EN_UNITS and low not in ("a", "an", "no", "pair", "couple"):
        return _EN_UNITS[low]
    return _RU_UK_EXPLICIT.get(low)


@dataclass
class _Core:
    value: float
    first: int  # token index of first token
    last: int  # token index of last token (inclusive)
    vague: bool = False
    word: bool = False


def _parse_core(tokens: list[Token], i: int, language: str) -> _Core | None:
    """A number starting at tokens[i]: digits or number words, with a multiplier."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else None
    if tok.low[0].isdigit():
        if re.fullmatch(r"(19|20)\d\d", tok.low) and nxt not in _MULT:
            return None  # a year, not a count
        value = _digits_value(tok.text, nxt)
        if value is None:
            return None
        j = i
        if nxt in _MULT:
            value *= _MULT[nxt]
            j = i + 1
        elif value != int(value):
            return None  # "1.5" alone is a measure or a date part, never a head count
        return _Core(value, i, j)
    # "a dozen", "a hundred", "one hundred fifty", "двадцать пять", "около сотни"
    if tok.low == "both" and not (nxt and (nxt in _BOTH_NEXT or nxt.endswith("ed"))):
        return None  # "both on the battlefield and ...": a conjunction, not a count
    if tok.low in _SINGULAR_MULT and i > 0 and tokens[i - 1].low in _HEDGE_WORDS:
        return _Core(_SINGULAR_MULT[tok.low], i, i, word=True)  # "больше тысячи"
    j = i
    total = 0.0
    current = 0.0
    used = False
    if tok.low in _HALF and i + 1 < len(tokens):
        # "half a dozen", "полсотни", "півсотні"
        k = i + 2 if nxt in ("a", "an") else i + 1
        if k < len(tokens) and tokens[k].low in ("dozen", "hundred", "thousand"):
            base = {"dozen": 12, "hundred": 100, "thousand": 1000}[tokens[k].low]
            return _Core(base / 2, i, k, word=True)
    if tok.low in _HALF_WORDS:
        if nxt in _MULT:
            return _Core(_HALF_WORDS[tok.low] * _MULT[nxt], i, i + 1, word=True)
        if nxt in _TENS_NOUNS:
            return _Core(_HALF_WORDS[tok.low] * 10, i, i + 1, word=True)  # "полтора десятка"
        return _Core(_HALF_WORDS[tok.low], i, i, word=True)
    if tok.low in ("a", "an") and nxt in ("dozen", "hundred", "thousand", "couple", "pair"):
        current = 1.0
        j = i + 1
        used = False
    while j < len(tokens):
        low = tokens[j].low
        if low in _MULT and (used or current):
            current = (current or 1.0) * _MULT[low]
            total += current
            current = 0.0
            used = True
            j += 1
            continue
        if low in ("dozen",) and current:
            current *= 12
            used = True
            j += 1
            continue
        if low in ("and", "-") and used and j + 1 < len(tokens) and \
                tokens[j + 1].start - tokens[j].end <= (0 if low == "-" else 1) and \
                _word_value(tokens[j + 1].low, language):
            j += 1  # "one hundred and five", "twenty-five"
            continue
        if low in _TENS_NOUNS and used and 0 < current < 10:
            current *= 10  # "два десятка" = 20, "трьох десятків" = 30
            j += 1
            continue
        value = _word_value(low, language)
        if value is None:
            break
        if low in ("сотни", "сотні") and not used and j == i:
            # "около сотни" = ~100; a bare "сотни" is the vague plural handled below
            if i > 0 and tokens[i - 1].low in _HEDGE_WORDS + ("с", "з"):
                current += 100
                used = True
                j += 1
                break
            break
        if used and value >= 100 and current and current < 100 and value % 100 == 0:
            break
        current += value
        used = True
        j += 1
    if used:
        return _Core(total + current, i, j - 1, word=True)
    if tok.low in _VAGUE:
        base = _VAGUE[tok.low]
        # "dozens of thousands", "десятки тысяч"
        if nxt in _MULT and base >= 24:
            mult = _MULT[nxt]
            return _Core(20 * mult if base == 24 else base * mult, i, i + 1, vague=True)
        # "a few dozen", "несколько десятков", "several hundred", "кілька сотень"
        if base == 2 and nxt is not None:
            if nxt in ("dozen", "десятков", "десятків", "десятка"):
                return _Core(24, i, i + 1, vague=True)
            if nxt in ("hundred", "сотен", "сотень", "сотни", "сотні"):
                return _Core(200, i, i + 1, vague=True)
            if nxt in ("thousand", "тысяч", "тисяч"):
                return _Core(2000, i, i + 1, vague=True)
        if tok.low in ("many",):
            return None
        return _Core(base, i, i, vague=True)
    if tok.low in ("a", "an") and nxt == "few" and i + 2 < len(tokens):
        third = tokens[i + 2].low
        if third == "dozen":
            return _Core(24, i, i + 2, vague=True)
        if third == "hundred":
            return _Core(200, i, i + 2, vague=True)
    return None


def _match_prefix(tokens: list[Token], i: int, phrases: tuple[str, ...]) -> int:
    """Number of tokens before index i that spell one of the phrases (0 if none)."""
    best = 0
    for phrase in phrases:
        words = phrase.split()
        n = len(words)
        if i - n < 0:
            continue
        if [t.low for t in tokens[i - n:i]] == words and n > best:
            best = n
    return best


@dataclass
class NumberExpr:
    """A parsed count expression with the token range it spans."""

    count: Count
    first: int
    last: int
    vague: bool


def _as_int(value: float) -> int:
    return int(round(value))


def parse_at(tokens: list[Token], i: int, language: str) -> NumberExpr | None:
    """Parse a hedged count whose number starts at tokens[i]."""
    core = _parse_core(tokens, i, language)
    if core is None:
        return None
    first, last = core.first, core.last
    value = _as_int(core.value)
    # range: "10-12", "10 to 12", "300 to 350", "від 10 до 12"
    if last + 2 < len(tokens) and tokens[last + 1].low in _RANGE_JOIN and not core.vague:
        other = _parse_core(tokens, last + 2, language)
        if other is not None and not other.vague and other.value > core.value:
            if tokens[last + 1].low != "and" or _match_prefix(tokens, first, ("between",)):
                high = _as_int(other.value)
                if core.value < 1000 <= other.value and other.value % 1000 == 0 and \
                        core.value * 1000 <= other.value * 10:
                    value = _as_int(core.value * 1000)
                return NumberExpr(Count(best=None, low=value, high=high),
                                  first - _match_prefix(tokens, first, ("between", "от", "від",
                                                                         "from")),
                                  other.last, False)
    if core.vague:
        n = _match_prefix(tokens, first, _AT_LEAST + _APPROX + _MORE_THAN)
        return NumberExpr(Count(best=None, low=value, high=None), first - n, last, True)
    n = _match_prefix(tokens, first, _AT_LEAST)
    if n:
        return NumberExpr(Count(best=None, low=value, high=None), first - n, last, False)
    n = _match_prefix(tokens, first, _MORE_THAN)
    if n:
        # "more than 10" -> low 11; "більше 300 тисяч" -> 300001
        return NumberExpr(Count(best=None, low=value + 1, high=None), first - n, last, False)
    n = _match_prefix(tokens, first, _LESS_THAN)
    if n:
        return NumberExpr(Count(best=None, low=None, high=max(value - 1, 0)), first - n, last,
                          False)
    n = _match_prefix(tokens, first, _UP_TO)
    if n and not (n == 1 and tokens[first - 1].low == "до" and _is_ru_range_end(tokens, first)):
        return NumberExpr(Count(best=None, low=None, high=value), first - n, last, False)
    n = _match_prefix(tokens, first, _APPROX)
    if n:
        return NumberExpr(Count(best=value, low=None, high=None), first - n, last, False)
    if tokens[i].low in ("сотни", "сотні") and core.word:
        return NumberExpr(Count(best=value, low=None, high=None), first, last, False)
    return NumberExpr(Count(best=value, low=value, high=value), first, last, False)


def _is_ru_range_end(tokens: list[Token], first: int) -> bool:
    """True when "до N" closes a "с/от X до N" range we already consumed elsewhere."""
    return first >= 3 and tokens[first - 3].low in ("от", "с", "від", "з")


def parse_count(phrase: str, language: str) -> Count | None:
    """Parse the first count in a short phrase ("about 100", "более 10", "десятки")."""
    tokens = tokenize(phrase)
    for i in range(len(tokens)):
        expr = parse_at(tokens, i, language)
        if expr is not None:
            return expr.count
    return None


# --- mentions in running text -------------------------------------------------------


@dataclass
class CountMention:
    """A count found in text, with the noun it counts."""

    start: int
    end: int
    count: Count
    head: str


_SKIP_HEAD = {
    "of", "из", "з", "із", "more", "ещё", "еще", "ще", "other", "others", "such",
    "additional", "russian", "ukrainian", "newly", "new", "recently", "российских", "российские", "русских",
    "українських", "російських", "нових", "новых", "local", "former",
}


def _head(tokens: list[Token], last: int, vague: bool = False) -> str:
    """The word right after the number, skipping a few adjectives ("12 Russian soldiers")."""
    j = last + 1
    hops = 0
    while j < len(tokens) and hops < 3:
        low = tokens[j].low
        if low in ("-", "–", "—") and j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end \
                and tokens[j].start == tokens[j - 1].end and tokens[j + 1].low[0].isalpha():
            if len(tokens[j + 1].low) <= 3:  # "5-ти солдат", "2-х військових": a case ending
                j += 2
                hops += 1
                continue
            return tokens[j + 1].low  # "34-річного", "25-летний", "19-year-old": the compound is the head
        if low[0].isdigit() or low in ("-", "–", "—", "%"):
            return low if low == "%" else ""
        if low in ("of", "из", "з", "із") and hops == 0:
            if vague or tokens[last].low in ("dozen", "hundred", "thousand"):
                j += 1  # "dozens of soldiers" counts soldiers, it is not a subset
                hops += 1
                continue
            return "of"  # partitive: "seven of them", "трое из 12"
        if low in _SKIP_HEAD or _is_adjective(low):
            j += 1
            hops += 1
            continue
        return low
    return ""


_ADJ_ENDINGS = ("ских", "ских", "ские", "ских", "ьких", "ькі", "ових", "ного", "ных", "них",
                "ский", "ський")


def _is_adjective(low: str) -> bool:
    return len(low) > 5 and low.endswith(_ADJ_ENDINGS) and not low.startswith(
        ("военнослужащ", "мобилиз", "мобіліз", "військов", "военн", "призван", "задержан",
         "затриман", "сбежавш", "бежавш", "раненых", "поранен", "погибш", "загибл"))


_STARTERS = frozenset(
    set(_EN_UNITS) | set(_RU_UK_EXPLICIT) | set(_VAGUE) | set(_HALF) | set(_HALF_WORDS)
    | set(_SINGULAR_MULT) | set(_MULT) | {"a", "an"}
)


def _may_start(token: Token) -> bool:
    return token.low[0].isdigit() or token.low in _STARTERS


def find_counts(text: str, start: int, end: int, language: str) -> list[CountMention]:
    """Every count expression in text[start:end], with absolute offsets and head word."""
    tokens = tokenize(text, start, end)
    found: list[CountMention] = []
    i = 0
    while i < len(tokens):
        if not _may_start(tokens[i]):
            i += 1
            continue
        expr = parse_at(tokens, i, language)
        if expr is None or (expr.vague and expr.count.low == 2 and
                            tokens[i].low in ("few", "many")):
            i += 1
            continue
        found.append(CountMention(tokens[expr.first].start, tokens[expr.last].end, expr.count,
                                  _head(tokens, expr.last, expr.vague)))
        i = expr.last + 1
    return found
