"""Aggregate figures (CODEBOOK section 4): cases opened, convictions, absentees, refusals.

A figure is kept only when the words around it say what it counts (cases, sentences,
servicemen who left or refused) and that it is an aggregate, so "12 soldiers fled" stays
an incident and does not become a statistic.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from otkaz.extract.numbers import CountMention, find_counts
from otkaz.extract.sources import OUTLETS
from otkaz.models import Count, Span, Statistic


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_SENT_END_RE = re.compile(r"[.!?;]+(?=\s+[\"«“'(]?[A-ZА-ЯЁІЇЄҐ0-9])|\n+|•")

# What the number counts, read from the words right after it (or carried over from the
# sentence: "in 2023 - 2,165").
CASE_NOUN = _rx(r"(?:criminal )?(?:cases?|proceedings?|offen[cs]es?|charges?)\b|"
                r"(?:уголовн\w+ )?дел(?:а|о)?\b|дел\b|"
                r"(?:кримінальн\w+ )?(?:проваджен\w*|справ\w*|правопорушен\w*)")
REQUEST_NOUN = _rx(r"requests?\b|appeals?\b|applications? for help|обращени\w*|заяв(?:ок|ки)\b|"
                   r"звернен\w*")
SENTENCE_NOUN = _rx(r"sentences?\b|verdicts?\b|convictions?\b|приговор(?:ов|а|ы|ам)?\b|"
                    r"вирок\b|вирок(?:ів|и|ам)\b")
PEOPLE_NOUN = _rx(r"servicem[ae]n|soldiers?|people|persons?|troops|contract servicem\w+|"
                  r"military personnel|deserters|defendants|accused|обвиняем\w*|подсудим\w*|"
                  r"обвинувачен\w*|підсудн\w*|фигурант\w*|фігурант\w*|"
                  r"военнослужащ\w*|человек|солдат\w*|военн\w+|бойц\w*|дезертир\w*|"
                  r"військовослужбовц\w*|військов\w+|осіб|людей|солдат\w*|бійц\w*|"
                  r"contract\w*|mobili[sz]ed|conscripts|buryat|tuvan|мобилизованн\w*|"
                  r"мобілізован\w*|контрактник\w*")

# "guilty verdicts were passed in 1,904 cases", "indictments against 1,250 servicemen"
GUILTY = _rx(r"guilty verdicts?|обвинительн\w+ приговор\w*|обвинувальн\w+ вирок\w*|обвинувальн\w+ вирок")
INDICTED = _rx(r"indictments?|обвинительн\w+ (?:заключени|акт)\w*|обвинувальн\w+ акт\w*")
DEFENDANTS = _rx(r"defendants|accused|обвиняем\w*|подсудим\w*|обвинувачен\w*|підсудн\w*|"
                 r"фигурант\w*|фігурант\w*")
CLOSED = _rx(r"\bclosed\b|закрыт\w*|закрыли|закрил\w*|закрит\w*|прекращен\w*")
HEARD = _rx(r"\bheard\b|considered|рассмотр\w*|розглян\w*|processed")
OPENED = _rx(r"registered|opened|initiated|launched|filed|brought|received|"
             r"возбужд\w*|заведен\w*|поступил\w*|зареєстр\w*|відкрит\w*|порушен\w*|"
             r"зарегистр\w*")
CONVICTED = _rx(r"convicted|sentenced|punished|приговорил\w*|осужден\w*|осуждён\w*|"
                r"наказан\w*|засуджен\w*|засудил\w*|вынесл\w*|винесл\w*")
REFUSED = _rx(r"\brefused\b|have refused|refuse to (?:fight|take part)|отказал\w+|"
              r"відмовил\w+|відмовляються|отказываются")
ABSENT = _rx(r"\bawol\b|left (?:their|the|his) units?(?: without permission)?|"
             r"without permission|deserted|самовольно (?:оставил|покинул)\w*|"
             r"самовільно (?:залишил|покинул)\w*|\bсзч\b|\bсоч\b|\bdeserters\b|дезертир\w*|"
             r"went awol|gone awol|самовольн\w+ оставлени\w*|самовільн\w+ залишенн\w*")
REQUESTS = _rx(r"contacted (?:us|the)|turned to|asked (?:us )?for help|requests? for help|"
               r"knocked on the door|обратил\w+|обращени\w+|звернул\w+|звернен\w+")
AGGREGATE = _rx(r"\bha(?:ve|s) (?:already )?(?:contacted|refused|left|gone|committed|deserted|"
                r"turned|applied)|\bsince\b|\btotal\b|\balready\b|in recent months|\bin (?:19|20)\d\d\b|"
                r"\bover the (?:past|last)\b|\bвсего\b|\bуже\b|\bс начала\b|\bс (?:февраля|"
                r"сентября|марта|января)|за (?:последн|весь|год|\d)|\bз початку\b|\bвсього\b|"
                r"\bвже\b|(?:19|20)\d\d (?:год|рок|рік|році|р\.)|\b(?:в|у) (?:19|20)\d\d\b|"
                r"the number of|\bчисло\b|количеств\w+|кількість|\bза рік\b|\bза год\b|"
                r"\bчисл(?:ятся|ились|ится)\b|\bпо состоянию на\b|\bas of\b|\bстаном на\b")
PRE_NOT_COUNT = _rx(r"(?:(?:articles?|стат\w*|ст\.)\s+\d+\s*(?:,|and|or|и|і|та|или|або)\s*$)|"
                    r"(?:articles?|art\.|стат\w*|ст\.|part|ч\.|пункт\w*|"
                    r"paragraph|no\.|№|case|справ[аи]|дело|unit|бригад\w*|"
                    r"page|\$|₽)\s*$")
POST_NOT_COUNT = _rx(r"^\s*(?:years?|лет|год|рок|років|роки|month|месяц|місяц|%|percent|"
                     r"процент|відсот|rubles?|руб|грн|hryvn|dollars?|euros?|km|км|days?|дн|"
                     r"hours?|час|годин|times|раз|regions?|регион|област|military courts|"
                     r"courts|суд|-\w|th\b|st\b|nd\b|rd\b|больше|меньше|більше|менше|"
                     r"more\b|fewer|less\b|each|per\b|every|a day|a month|в день|щодня|"
                     r"ежедневно|на день)", )
BREAKDOWN_PRE = _rx(r"(?:\bin|\bв|\bу|\()\s*$")
RATE = _rx(r"\beach\b|\bper (?:day|week|month)|every (?:day|week|month)|в день|щодня|"
           r"ежедневно|на день|в сутки|a day\b|a month\b|ежемесячно|щомісяця|в месяц|"
           r"на місяць|monthly|on average|в среднем|в середньому")
VAGUE_WORDS = _rx(r"dozen|десят(?:ки|ков|ків)|сотни|сотен|сотень|hundreds|thousands|several|"
                  r"несколько|кілька|декілька|few")


@dataclass
class _Found:
    measure: str
    mention: CountMention
    sentence: tuple[int, int]


_ABBREVIATION_RE = re.compile(
    r"(?<![\w])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|nos|st|art|gen|col|lt|"
    r"sgt|mr|mrs|ms|dr|vs|ст|ч|п|г|гг|ул|им|обл|р|тис|тыс|млн|пп|№)$", re.I)


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    ) -> list[tuple[int, int]]:
    """Sentence offsets; a period before a lowercase word ("1,8 тыс. военных") does not split."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SENT_END_RE.finditer(text, start, end):
        if m.group().startswith(".") and _ABBREVIATION_RE.search(text, max(start, m.start() - 6),
                                                                  m.start()):
            continue  # "Nov. 2", "No. 40304", "ст. 337"
        if text[pos:m.end()].strip():
            out.append((pos, m.end()))
        pos = m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    return split_sentences(text)


def _kind_after(text: str, end: int, sent_end: int) -> str | None:
    after = text[end: min(sent_end, end + 60)]
    words = after.split()[:5]
    probe = " ".join(words)
    for kind, rx in (("sentence", SENTENCE_NOUN), ("case", CASE_NOUN), ("request", REQUEST_NOUN),
                     ("people", PEOPLE_NOUN)):
        m = rx.search(probe)
        if m and len(probe[: m.start()].split()) <= 3:
            return kind
    return None


def _kind_before(text: str, sent_start: int, start: int) -> str | None:
    """Carry the counted noun over from earlier in the sentence ("in 2023 - 2,165")."""
    before = text[sent_start:start]
    best: tuple[int, str] | None = None
    for kind, rx in (("sentence", SENTENCE_NOUN), ("case", CASE_NOUN)):
        for m in rx.finditer(before):
            if best is None or m.start() > best[0]:
                best = (m.start(), kind)
    if best is None and PEOPLE_NOUN.search(before):
        return "people"  # what cases or sentences were counted wins over who they were about
    return best[1] if best else None


def _measure(kind: str, clause: str, value: int, aggregate: bool) -> str | None:
    if kind == "sentence":
        return "convictions"
    if kind == "case":
        if CLOSED.search(clause):
            return "cases_closed"
        if HEARD.search(clause):
            return "cases_heard"
        if CONVICTED.search(clause) and not OPENED.search(clause):
            return "convictions"
        return "cases_opened"
    # people (convictions of people are decided next to the number, in _classify)
    if value < 50:
        return None  # "12 deserters in all" is one incident's group, not an aggregate
    if REQUESTS.search(clause):
        return "requests_for_help"  # people turning to a helpline are an aggregate by nature
    if not aggregate:
        return None
    if REFUSED.search(clause):
        return "servicemen_refused"
    if ABSENT.search(clause):
        return "servicemen_absent"
    if OPENED.search(clause) and CASE_NOUN.search(clause):
        return "cases_opened"
    return None


def _clause(text: str, sent: tuple[int, int], m: CountMention) -> str:
    """The words around the number up to the nearest strong break."""
    s, e = sent
    left = text.rfind(",", s, m.start)
    left_dash = text.rfind(" — ", s, m.start)
    right = text.find(",", m.end, e)
    lo = max(s, left + 1 if left >= 0 else s)
    if left_dash >= 0 and left_dash + 3 > lo:
        lo = s  # "in 2023 - 2,165": the dash joins a list, keep the whole sentence
    hi = e if right < 0 else min(e, right + 40)
    return text[lo:hi]


def _after_clause(text: str, end: int, sent_end: int) -> str:
    """From the number to the next comma or dash: what happened to these cases."""
    stop = sent_end
    for sep in (",", " — ", " – ", " - "):
        k = text.find(sep, end, sent_end)
        if k >= 0:
            stop = min(stop, k)
    return text[end: min(stop, end + 120)]


@lru_cache(maxsize=64)
def candidates(text: str, language: str) -> tuple[_Found, ...]:
    """Every number that reads as an aggregate figure, with its measure (cached per text)."""
    return tuple(_scan(text, language))


def _scan(text: str, language: str) -> list[_Found]:
    found: list[_Found] = []
    for sent in _sentences(text):
        s, e = sent
        sentence = text[s:e]
        aggregate = bool(AGGREGATE.search(sentence))
        for m in find_counts(text, s, e, language):
            value = m.count.point() if m.count.point() is not None else m.count.high
            quote = text[m.start:m.end]
            if value is None or value < 2 or any(c in quote for c in "$€₽£"):
                continue
            if not any(c.isdigit() for c in quote) and VAGUE_WORDS.search(quote):
                continue
            if text[m.start - 1: m.start] in ("/", "№", ":", "-") or \
                    text[m.end: m.end + 1] in ("/", ":"):
                continue
            if PRE_NOT_COUNT.search(text[max(s, m.start - 24): m.start]):
                continue
            if POST_NOT_COUNT.match(text[m.end: m.end + 20]) or \
                    _DATE_AFTER_RE.match(text, m.end):
                continue  # a duration, a price, a day of a month
            measure = _classify(text, sent, m, value, aggregate)
            if measure is not None:
                found.append(_Found(measure, m, sent))
    return found


def _convictions_total(m: CountMention, value: int, aggregate: bool) -> bool:
    """"The court sentenced six deserters" is one trial; totals come with a period or a hedge."""
    return aggregate or value >= 20 or m.count.best is None


def _classify(text: str, sent: tuple[int, int], m: CountMention, value: int,
              aggregate: bool) -> str | None:
    s, e = sent
    kind = _kind_after(text, m.end, e)
    if kind == "people" and not PEOPLE_NOUN.match(m.head or "-"):
        kind = None
    before = text[max(s, m.start - 60): m.start]
    if kind in ("case", "sentence") and m.head != "of" and \
            BREAKDOWN_PRE.search(text[max(s, m.start - 4): m.start]):
        clause_before = before.rsplit(",", 1)[-1]
        if SENTENCE_NOUN.search(clause_before) or CONVICTED.search(clause_before) or \
                GUILTY.search(_after_clause(text, m.end, e)):
            return "convictions"  # "sentences were passed in 360 cases", "у 1 904 справах ухвалено вироки"
        return None  # "in 68 cases (22 percent)": a breakdown, not a total
    if kind is None:
        kind = _kind_before(text, s, m.start)
        ends_clause = text[m.end: m.end + 1] in (",", ".", ";", ")", "")
        if kind == "people" and m.head not in ("of", "") and not ends_clause:
            kind = None
        if BREAKDOWN_PRE.search(text[max(s, m.start - 4): m.start]):
            return None
        if kind == "people" and m.head in ("of", "") and CONVICTED.search(text, s, m.start) \
                and _convictions_total(m, value, aggregate):
            return "convictions"  # "sentenced eight servicemen, and last year nine"
    if kind is None:
        return None
    if kind == "request":
        return "requests_for_help" if value >= 50 else None  # "9,000 requests for help"
    after = _after_clause(text, m.end, e)
    before_clause = text[max(s, m.start - 40): m.start].rsplit(",", 1)[-1]
    if RATE.search(after) or RATE.search(before_clause):
        return None  # "34 sentences each working day", "ежемесячно около 1000 дел": rates
    if kind == "people":
        near = text[m.end: m.end + 35] + " " + before
        if CONVICTED.search(near):
            return "convictions" if _convictions_total(m, value, aggregate) else None
        if (DEFENDANTS.match(m.head or "-") or INDICTED.search(before)) and (aggregate or value >= 20):
            return "defendants"
        return _measure(kind, _clause(text, sent, m), value, aggregate)
    if kind in ("case", "sentence") and value < 5 and not aggregate:
        return None
    if kind == "case":
        for measure, rx in (("cases_closed", CLOSED), ("cases_heard", HEARD),
                            ("convictions", CONVICTED), ("cases_opened", OPENED)):
            if rx.search(after):
                return measure
    return _measure(kind, text[s:e], value, aggregate)


# --- period ---------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
    "верес": 9, "жовт": 10, "листопад": 11, "груд": 12,
}
_MONTH_WORD = (r"(?:january|february|march|april|may|june|july|august|september|october|"
               r"november|december|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]|июн\w*|июл\w*|"
               r"август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|січ\w*|лют\w*|берез\w*|"
               r"квіт\w*|трав\w*|черв\w*|лип\w*|серп\w*|верес\w*|жовт\w*|листопад\w*|груд\w*)")


_DATE_AFTER_RE = re.compile(rf"\s*{_MONTH_WORD}\b", re.I)


def _month_no(word: str) -> int | None:
    w = word.lower()
    for stem, no in _MONTHS.items():
        if w.startswith(stem):
            return no
    return None


def _last_day(year: int, month: int) -> str:
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


_RANGE_RE = _rx(rf"(?:from |in |з |с |от |за |у |в )?({_MONTH_WORD})(?: to | - | – | по | до |-|–)"
                rf"({_MONTH_WORD}) ((?:19|20)\d\d)")
_FROM_START_RE = _rx(r"(?:from the beginning of|since the beginning of|since the start of|"
                     r"с начала|з початку|since) ((?:19|20)\d\d)"
                     rf"(?: (?:to|по|до) ({_MONTH_WORD}) ((?:19|20)\d\d))?")
_SINCE_MONTH_RE = _rx(rf"(?:since|с|з|від) ({_MONTH_WORD}) ((?:19|20)\d\d)")
_SINCE_DAY_RE = _rx(rf"(?:since|с|з|від) (\d{{1,2}}) ({_MONTH_WORD})(?: ((?:19|20)\d\d))?")
_MONTH_YEAR_RE = _rx(rf"\b(?:in |за |в |у )({_MONTH_WORD}) ((?:19|20)\d\d)")
_YEAR_RE = _rx(r"\b(?:in|for|for the whole of|during|за|в|у|по итогам|of) ((?:19|20)\d\d)\b"
               r"|\b((?:19|20)\d\d) (?:год|году|року|рік)")
_MID_RE = _rx(r"(?:as of |by )?mid-((?:19|20)\d\d)|(?:к|на) середин\w+ ((?:19|20)\d\d)")
_BY_DAY_RE = _rx(rf"(?:by|as of|на|к|станом на|до) (\d{{1,2}}) ({_MONTH_WORD}) ((?:19|20)\d\d)")
_MOBILIZATION_START_RE = _rx(r"since the (?:beginning|start) of (?:the )?mobili[sz]ation|"
                             r"с начала мобилизации|з початку мобілізації")
_WAR_START_RE = _rx(r"since (?:the start of|the beginning of) (?:the )?(?:full-scale )?"
                    r"(?:war|invasion)|с начала (?:войны|вторжения)|з початку (?:війни|"
                    r"повномасштабного)")


_HALF_YEAR_RE = _rx(r"(first|second) half of ((?:19|20)\d\d)|(перв|втор)\w+ полугоди\w+ "
                    r"((?:19|20)\d\d)|(перш|друг)\w+ півріч\w+ ((?:19|20)\d\d)")
_SINCE_BARE_MONTH_RE = _rx(rf"(?:since|с|з|від) ({_MONTH_WORD})\b(?! (?:19|20)\d\d)")


_FIRST_MONTHS_RE = _rx(r"(?:first|за|за перші|за первые) (\d{1,2}|nine|six|three|девять|шесть|три|"
                      r"дев'ять|шість) (?:months|месяц\w*|місяц\w*) (?:of )?((?:19|20)\d\d)")
_NUMBER_WORDS = {"nine": 9, "six": 6, "three": 3, "девять": 9, "шесть": 6, "три": 3,
                 "дев'ять": 9, "шість": 6}
_LAST_YEAR_RE = _rx(r"\blast year\b|\bв прошлом году\b|\bза прошлый год\b|\bминулого року\b|"
                    r"\bторік\b|\bза минулий рік\b")
_THIS_YEAR_RE = _rx(r"\bthis year\b|\bsince the (?:start|beginning) of the year\b|"
                    r"\bв этом году\b|\bс начала (?:этого )?года\b|\bцього року\b|"
                    r"\bз початку (?:цього )?року\b")


def _relative_period(sentence: str, published: date | None) -> tuple[str | None, str | None]:
    """"In the first nine months of 2024", "last year", "since the start of the year"."""
    m = _FIRST_MONTHS_RE.search(sentence)
    if m:
        raw = m.group(1).lower().replace("’", "'")
        months = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0)
        if 1 <= months <= 12:
            year = int(m.group(2))
            return f"{year}-01-01", _last_day(year, months)
    if published is None or re.search(r"(?:19|20)\d\d", sentence):
        return None, None
    if _LAST_YEAR_RE.search(sentence):
        year = published.year - 1
        return f"{year}-01-01", f"{year}-12-31"
    if _THIS_YEAR_RE.search(sentence):
        return f"{published.year}-01-01", published.isoformat()
    return None, None


def _period(sentence: str, published: date | None) -> tuple[str | None, str | None]:
    pub = published.isoformat() if published else None
    relative = _relative_period(sentence, published)
    if relative != (None, None):
        return relative
    m = _HALF_YEAR_RE.search(sentence)
    if m:
        which = (m.group(1) or m.group(3) or m.group(5) or "").lower()
        year = int(m.group(2) or m.group(4) or m.group(6))
        if which.startswith(("first", "перв", "перш")):
            return f"{year}-01-01", f"{year}-06-30"
        return f"{year}-07-01", f"{year}-12-31"
    m = _RANGE_RE.search(sentence)
    if m:
        a, b, y = _month_no(m.group(1)), _month_no(m.group(2)), int(m.group(3))
        if a and b:
            return date(y, a, 1).isoformat(), _last_day(y, b)
    m = _FROM_START_RE.search(sentence)
    if m:
        start = f"{m.group(1)}-01-01"
        if m.group(2) and m.group(3):
            mo = _month_no(m.group(2))
            if mo:
                return start, _last_day(int(m.group(3)), mo)
        return start, pub
    m = _MID_RE.search(sentence)
    if m:
        return None, f"{m.group(1) or m.group(2)}-06-30"
    if _MOBILIZATION_START_RE.search(sentence):
        return "2022-09-21", pub
    if _WAR_START_RE.search(sentence):
        return "2022-02-24", pub
    m = _BY_DAY_RE.search(sentence)
    if m:
        mo = _month_no(m.group(2))
        if mo:
            return None, date(int(m.group(3)), mo, int(m.group(1))).isoformat()
    m = _SINCE_MONTH_RE.search(sentence)
    if m:
        mo = _month_no(m.group(1))
        if mo:
            return date(int(m.group(2)), mo, 1).isoformat(), pub
    m = _SINCE_BARE_MONTH_RE.search(sentence)
    if m and published is not None:
        mo = _month_no(m.group(1))
        if mo:
            year = published.year if mo <= published.month else published.year - 1
            return date(year, mo, 1).isoformat(), pub
    m = _MONTH_YEAR_RE.search(sentence)
    if m:
        mo = _month_no(m.group(1))
        if mo:
            y = int(m.group(2))
            return date(y, mo, 1).isoformat(), _last_day(y, mo)
    m = _YEAR_RE.search(sentence)
    if m:
        found_year = m.group(1) or m.group(2)
        return f"{found_year}-01-01", f"{found_year}-12-31"
    return None, None


# --- publisher, scope, force ------------------------------------------------------------

_OFFICIAL_PUBLISHERS: list[tuple[str, re.Pattern[str]]] = [
    ("Prosecutor General's Office of Ukraine", _rx(
        r"prosecutor general'?s office|office of the prosecutor general|офіс\w* генпрокурора|"
        r"офіс\w* генерального прокурора|генпрокуратур\w*|prosecutor'?s office")),
    ("Press center of the judiciary of Ukraine", _rx(r"press cent(?:er|re) of the judiciary|"
                                                     r"судова влада україни|прес-центр\w* суд")),
    ("Judicial Department", _rx(r"judicial department|судебн\w+ департамент\w*")),
    ("State Judicial Administration of Ukraine", _rx(r"state judicial administration|"
                                                     r"державн\w+ судов\w+ адміністраці\w*|\bдса\b")),
    ("Russian Ministry of Defense", _rx(r"ministry of defen[cs]e|минобороны|міноборони|"
                                        r"министерств\w+ обороны")),
    ("SBI", _rx(r"\bsbi\b|state bureau of investigation|\bдбр\b|\bгбр\b")),
]
_PUBLISHER_RES: list[tuple[str, re.Pattern[str]]] = _OFFICIAL_PUBLISHERS + [
    (name, re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(f) for f in sorted(
        forms, key=len, reverse=True)) + r")(?![\w-])", re.I))
    for name, forms in OUTLETS.items() if name not in ("SBI", "INSIDER", "Agentstvo")
] + [("Bumaga", _rx(r"«бумага»|\bbumaga\b|\"бумага\""))]

_REGIONS: list[tuple[str, re.Pattern[str]]] = [
    ("RU-SPE", _rx(r"петербург\w*|st\.? petersburg|петербурз\w*")),
    ("RU-MOW", _rx(r"\bmoscow\b(?! region)|\bмоскв\w+(?! област)")),
    ("RU-BU", _rx(r"buryat\w*|бурят\w*")),
    ("RU-TY", _rx(r"tuva\w*|тыв\w*|тув\w*")),
    ("RU-ORE", _rx(r"orenburg|оренбург\w*")),
    ("RU-DA", _rx(r"dagestan|makhachkala|дагестан\w*|махачкал\w*")),
    ("RU-BRY", _rx(r"bryansk|брянск\w*")),
    ("RU-NVS", _rx(r"novosibirsk|новосибирск\w*")),
    ("RU-KDA", _rx(r"krasnodar|kuban|краснодар\w*|кубан\w*")),
    ("RU-ZAB", _rx(r"zabaykal|transbaikal|забайкал\w*")),
]
_UA_RE = _rx(r"ukrain\w* (?:army|armed forces|soldiers|military|servicem)|"
             r"\bзсу\b|\bвсу\b|\bсзч\b|кк україни|criminal code of ukraine|україн|"
             r"prosecutor general'?s office|\bsbi\b|\bдбр\b|verkhovna rada|верховн\w+ рад|"
             r"of ukraine\b|in ukraine\b(?! war)")
_RU_RE = _rx(r"russian|российск|росси|рф\b|\b337\b|росгвард|минобороны|военн\w+ суд|"
             r"garrison court|гарнизонн")


def _publisher(text: str, sentences: list[tuple[int, int]], sent: tuple[int, int],
               ) -> tuple[str | None, Span | None]:
    idx = sentences.index(sent) if sent in sentences else 0
    for j in range(idx, max(-1, idx - 4), -1):
        s, e = sentences[j]
        hits: list[tuple[int, str, int, int]] = []
        for name, rx in _PUBLISHER_RES:
            for m in rx.finditer(text, s, e):
                hits.append((m.start(), name, m.start(), m.end()))
        if hits:
            hits.sort()
            _, name, a, b = hits[0]
            return name, Span(start=a, end=b, quote=text[a:b])
    return None, None


def _force_scope(text: str, sentence: str) -> tuple[str | None, str | None]:
    ua = len(_UA_RE.findall(text))
    ru = len(_RU_RE.findall(text))
    force = "UA" if ua > ru else ("RU" if ru else None)
    scope = force
    if force == "RU":
        for code, rx in _REGIONS:
            if rx.search(sentence):
                scope = code
                break
    return force, scope


_LABELS = {
    "cases_opened": "criminal cases opened", "cases_heard": "cases heard by courts",
    "convictions": "convictions", "defendants": "defendants",
    "servicemen_absent": "servicemen absent without leave",
    "servicemen_refused": "servicemen who refused to serve",
    "requests_for_help": "requests for help", "cases_closed": "cases closed",
}


def _describe(measure: str, value: Count, scope: str | None, start: str | None,
              end: str | None, publisher: str | None) -> str:
    if value.best is not None and value.low == value.best:
        amount = f"{value.best:,}"
    elif value.best is not None:
        amount = f"about {value.best:,}"
    elif value.low is not None and value.high is not None:
        amount = f"{value.low:,} to {value.high:,}"
    elif value.low is not None:
        amount = f"at least {value.low:,}"
    else:
        amount = f"up to {value.high:,}"
    parts = [f"{amount} {_LABELS.get(measure, measure)}"]
    if scope:
        parts.append(f"in {scope}")
    if start and end:
        parts.append(f"from {start} to {end}")
    elif end:
        parts.append(f"as of {end}")
    elif start:
        parts.append(f"since {start}")
    if publisher:
        parts.append(f"according to {publisher}")
    sentence = " ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def _published(published_at: str | None) -> date | None:
    if not published_at:
        return None
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None


def _close(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.05 * max(a, b)


def _dedupe(found: tuple[_Found, ...]) -> list[_Found]:
    """One figure per measure and value; an exact "35,307" beats a rounded "more than 35,000"."""
    kept: list[_Found] = []
    for f in found:
        exact = f.mention.count.best is not None and f.mention.count.low == f.mention.count.best
        clash = [k for k in kept if k.measure == f.measure and
                 _close(k.mention.count.point(), f.mention.count.point()) and
                 not (exact and k.mention.count.best is not None and
                      k.mention.count.low == k.mention.count.best)]
        if not clash:
            kept.append(f)
            continue
        old = clash[0]
        old_exact = old.mention.count.best is not None and \
            old.mention.count.low == old.mention.count.best
        if exact and not old_exact:
            kept[kept.index(old)] = f
    return kept


def extract_statistics(text: str, language: str, published_at: str | None) -> list[Statistic]:
    """Aggregate figures with measure, value, period, scope, force and publisher."""
    published = _published(published_at)
    sentences = _sentences(text)
    out: list[Statistic] = []
    for found in _dedupe(candidates(text, language)):
        count = found.mention.count
        s, e = found.sentence
        sentence = text[s:e]
        start, end = _period(sentence, published)
        publisher, pub_span = _publisher(text, sentences, found.sentence)
        force, scope = _force_scope(text, sentence)
        m = found.mention
        evidence = {"value": [Span(start=m.start, end=m.end, quote=text[m.start:m.end])],
                    "measure": [Span(start=s, end=e, quote=sentence)]}
        if pub_span is not None:
            evidence["publisher"] = [pub_span]
        out.append(Statistic(
            measure=found.measure, value=count.model_copy(), period_start=start, period_end=end,
            scope=scope, force=force, publisher=publisher,
            description=_describe(found.measure, count, scope, start, end, publisher),
            evidence=evidence,
        ))
    return out
