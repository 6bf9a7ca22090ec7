"""Date mentions (EN/RU/UK) and their resolution against the publication date.

Rules from the codebook: resolve "on Nov. 2", "on Friday", "yesterday" against the
publication date; never invent a year (no publication date and no year in the text gives
null); ``date_precision`` is the coarsest unit the text supports.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

FLAGS = re.IGNORECASE | re.UNICODE

_MONTHS: dict[str, int] = {}
for _num, _forms in enumerate(
    [
        "january jan янв январ січ січн",
        "february feb фев феврал лют лютий лютого",
        "march mar март марта марте берез березн",
        "april apr апрел квіт квітн",
        "may мая мае май трав травн",
        "june jun июн червн черв",
        "july jul июл липн лип",
        "august aug август серпн серп",
        "september sept sep сентябр вересн верес",
        "october oct октябр жовтн жовт",
        "november nov ноябр листопад",
        "december dec декабр грудн груд",
    ],
    start=1,
):
    for _form in _forms.split():
        _MONTHS[_form] = _num

_MONTH_RX = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|январ[яеь]|феврал[яеь]|марта?|марте|апрел[яеь]|ма[яей]|июн[яеь]|июл[яеь]|августа?|августе|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]"
    r"|січ(?:ня|ні|ень)|лют(?:ого|ому|ий)|берез(?:ня|ні|ень)|квіт(?:ня|ні|ень)|трав(?:ня|ні|ень)|черв(?:ня|ні|ень)|лип(?:ня|ні|ень)|серп(?:ня|ні|ень)|верес(?:ня|ні|ень)|жовт(?:ня|ні|ень)|листопад(?:а|і)?|груд(?:ня|ні|ень))(?![\w-])\.?"
)
_YEAR_RX = r"(?P<year>(?:19|20)\d\d)"

# day month [year] (RU/UK/EN "13 November 2024"), month day[, year] (EN "Nov. 2, 2024").
_DAY_MONTH = re.compile(
    r"\b(?:в\s+ночь\s+на\s+|the\s+night\s+of\s+)?(?P<day>[0-3]?\d)(?:-?(?:го|е|st|nd|rd|th))?\s+" + _MONTH_RX
    + r"(?:,?\s+" + _YEAR_RX + r")?",
    FLAGS,
)
_MONTH_DAY = re.compile(
    r"\b" + _MONTH_RX + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR_RX + r")?",
    FLAGS,
)
_MONTH_YEAR = re.compile(
    r"\b(?P<part>early|late|mid-?|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|в\s+начале|в\s+конце|в\s+середине|на\s+початку|наприкінці|в\s+кінці|у\s+кінці|в\s+середині|у\s+середині)?\s*"
    r"(?:(?:in|during|throughout|в|у|во|в\s+течение|протягом|впродовж|на\s+протяжении|ще\s+з|з|із)\s+)?(?:(?:this|last|этого|прошлого|цього|минулого)\s+)?" + _MONTH_RX + r"(?:\s+(?:this|of\s+this|этого|этого\s+года|цього|цього\s+року))?"
    r"(?:\s+(?:(?P<same>того\s+ж(?:е)?\s+(?:року|года)|of\s+the\s+same\s+year)|(?P<prev>минулого\s+року|прошлого\s+года|last\s+year)))?"
    r"(?:,?\s+" + _YEAR_RX + r"(?:\s*(?:года|году|г\.|року|р\.))?)?",
    FLAGS,
)
_SEASON_YEAR = re.compile(
    r"\b(?:in\s+)?(?:the\s+)?(?P<season>summer|spring|autumn|fall|winter|летом|весной|осенью|зимой|влітку|навесні|восени|взимку)\s+(?:of\s+)?" + _YEAR_RX,
    FLAGS,
)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_DOTTED = re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
    "субботу": 5, "суббота": 5, "воскресенье": 6,
    "понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4, "пʼятницю": 4, "суботу": 5, "неділю": 6,
    "понеділка": 0, "вівторка": 1, "середи": 2, "четверга": 3, "п'ятниці": 4, "суботи": 5, "неділі": 6,
}
_WEEKDAY = re.compile(
    r"\b(?:on\s+|last\s+|[ву]\s+ніч\s+на\s+|в\s+ночь\s+на\s+|в\s+|во\s+|у\s+|в\s+минул\w+\s+|в\s+прошл\w+\s+)(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п['ʼ]ятницю|суботу|неділю)\b"
    r"|\bминул(?:ого|ої)\s+(?P<wg>понеділка|вівторка|середи|четверга|п['ʼ]ятниці|суботи|неділі)\b",
    FLAGS,
)
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|this\s+morning|last\s+night|tonight|the\s+day\s+before|the\s+same\s+day|that\s+same\s+day|on\s+the\s+same\s+day|this\s+week|last\s+week|last\s+weekend|this\s+weekend|earlier\s+this\s+month|this\s+month|last\s+month|this\s+summer|last\s+summer|this\s+spring|last\s+spring|this\s+autumn|last\s+autumn|this\s+fall|last\s+fall|this\s+winter|last\s+winter"
    r"|over\s+the\s+weekend|в\s+выходные|на\s+выходных|у\s+вихідні|на\s+вихідних"
    r"|вчера|сегодня|накануне|позавчера|в\s+тот\s+же\s+день|на\s+этой\s+неделе|на\s+прошлой\s+неделе|в\s+прошлые\s+выходные|в\s+начале\s+месяца|в\s+этом\s+месяце|в\s+прошлом\s+месяце|этим\s+летом|прошлым\s+летом|этой\s+осенью|этой\s+весной|этой\s+зимой"
    r"|прошлой\s+(?:осенью|весной|зимой)|(?:летом|осенью|весной|зимой)\s+прошлого\s+года"
    r"|минулої\s+(?:осені|весни|зими)|минулого\s+літа|(?:влітку|восени|навесні|взимку)\s+минулого\s+року"
    r"|вчора|сьогодні|напередодні|позавчора|того\s+ж\s+дня|наступного\s+дня|на\s+наступний\s+день|наступної\s+доби|цього\s+тижня|минулого\s+тижня|минулих\s+вихідних|цього\s+місяця|минулого\s+місяця|цього\s+літа|влітку|восени\s+того\s+ж\s+року|цієї\s+осені"
    r"|(?:about\s+|around\s+|some\s+|nearly\s+)?(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|months?)\s+ago"
    r"|(?:около\s+|примерно\s+|почти\s+)?(?:день|дня|неделю|недели|месяц|месяца|пару\s+(?:дней|недель|месяцев)|(?:два|две|три|четыре|пять|шесть|\d{1,2})\s+(?:дня|дней|недели|недель|месяца|месяцев))\s+назад"
    r"|(?:близько\s+|приблизно\s+|майже\s+)?(?:день|тиждень|тижня|місяць|місяця|(?:два|дві|три|чотири|п'ять|шість|\d{1,2})\s+(?:дні|днів|тижні|тижнів|місяці|місяців))\s+тому)\b",
    FLAGS,
)
_AGO = re.compile(r"(?P<n>\w+|\d+)?\s*(?P<unit>day|дн|дня|дней|week|недел|тиж|month|месяц|місяц)\w*\s+(?:ago|назад|тому)$", FLAGS)
_AGO_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "пару": 2, "два": 2, "две": 2,
          "дві": 2, "три": 3, "четыре": 4, "чотири": 4, "пять": 5, "п'ять": 5, "шесть": 6, "шість": 6}


def _ago(low: str, pub: date) -> tuple[date | None, date | None, str | None]:
    """"two weeks ago" / "около месяца назад" / "місяць тому": the week or month it points back to."""
    m = _AGO.search(low)
    if m is None:
        return None, None, None
    word = (m.group("n") or "").lower()
    n = int(word) if word.isdigit() else _AGO_N.get(word, 1)
    unit = m.group("unit").lower()
    if unit.startswith(("day", "дн")):
        d = pub - timedelta(days=n)
        return d, d, "day"
    if unit.startswith(("week", "недел", "тиж")):
        start = pub - timedelta(days=7 * n)
        return start, start + timedelta(days=6), "week"
    back = pub - timedelta(days=30 * n)
    return back.replace(day=1), back.replace(day=_last_day(back.year, back.month)), "month"
_SEASON = {"summer": (6, 8), "spring": (3, 5), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
           "летом": (6, 8), "весной": (3, 5), "осенью": (9, 11), "зимой": (12, 2),
           "літа": (6, 8), "влітку": (6, 8), "восени": (9, 11), "осені": (9, 11),
           "навесні": (3, 5), "весни": (3, 5), "взимку": (12, 2), "зими": (12, 2)}


@dataclass(frozen=True)
class DateMention:
    """One date expression with the values it resolved to (None when it cannot be resolved)."""

    start: int
    end: int
    surface: str
    date_start: date | None
    date_end: date | None
    precision: str | None
    explicit_year: bool = False
    relative: bool = False  # "yesterday", "on Friday": resolved from the publication date


def _month_of(word: str) -> int | None:
    """Month number of a month word in any of the three languages, by its longest known prefix."""
    low = word.lower().rstrip(".")
    for length in range(len(low), 2, -1):
        if low[:length] in _MONTHS:
            return _MONTHS[low[:length]]
    return _MONTHS.get(low)


def _last_day(year: int, month: int) -> int:
    """Last day of a month (for month and late-month ranges)."""
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None for impossible days such as 31 April."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass
class _Context:
    """What resolution may lean on: the publication date and the last explicit year in the text."""

    published: date | None
    relative_ok: bool = True
    year: int | None = None
    month: int | None = None
    full_date: bool = False
    last: date | None = None


def _infer_year(month: int, day: int, ctx: _Context) -> int | None:
    """Year for a yearless day/month: narrative context first, then the publication date."""
    if ctx.year is not None and (ctx.published is None or ctx.full_date):
        year = ctx.year
        if ctx.month is not None and ctx.month - month >= 6:
            year += 1
        return year
    if ctx.published is not None:
        year = ctx.published.year
        candidate = _safe_date(year, month, min(day, _last_day(year, month)))
        if candidate is not None and candidate > ctx.published + timedelta(days=2):
            year -= 1
        return year
    return None


def _part_range(part: str | None, year: int, month: int) -> tuple[date, date, str]:
    """Day range for "early/mid/late" parts of a month."""
    last = _last_day(year, month)
    low = (part or "").lower()
    if any(w in low for w in ("early", "beginning", "начале", "початку")):
        return date(year, month, 1), date(year, month, 10), "month"
    if any(w in low for w in ("mid", "середин")):
        return date(year, month, 11), date(year, month, 20), "month"
    if any(w in low for w in ("late", "end", "конце", "наприкінці", "кінці")):
        return date(year, month, 21), date(year, month, last), "week"
    return date(year, month, 1), date(year, month, last), "month"


def _relative(rel: str, ctx: _Context) -> tuple[date | None, date | None, str | None]:
    """Resolve "yesterday", "last week", "this summer"... against the publication date."""
    low = " ".join(rel.lower().split())
    pub = ctx.published
    if low in ("the same day", "that same day", "on the same day", "в тот же день", "того ж дня"):
        return (ctx.last, ctx.last, "day") if ctx.last else (None, None, None)
    if low in ("наступного дня", "на наступний день", "наступної доби"):
        return (ctx.last + timedelta(days=1),) * 2 + ("day",) if ctx.last else (None, None, None)
    if low.startswith("восени того ж року") and ctx.year:
        return date(ctx.year, 9, 1), date(ctx.year, 11, 30), "month"
    if pub is None or not ctx.relative_ok:
        return None, None, None
    if low in ("yesterday", "last night", "вчера", "вчора", "накануне", "напередодні", "the day before"):
        d = pub - timedelta(days=1)
        return d, d, "day"
    if low in ("позавчера", "позавчора"):
        d = pub - timedelta(days=2)
        return d, d, "day"
    if low in ("today", "this morning", "tonight", "сегодня", "сьогодні"):
        return pub, pub, "day"
    if low in ("this week", "на этой неделе", "цього тижня"):
        return pub - timedelta(days=6), pub, "week"
    if low in ("last weekend", "в прошлые выходные", "минулих вихідних", "this weekend", "over the weekend",
               "в выходные", "на выходных", "у вихідні", "на вихідних"):
        sunday = pub - timedelta(days=(pub.weekday() + 1) % 7)  # the Sunday on or before publication
        return sunday - timedelta(days=1), sunday, "week"
    if low in ("last week", "на прошлой неделе", "минулого тижня"):
        end = pub - timedelta(days=pub.weekday() + 1)
        return end - timedelta(days=6), end, "week"
    if low in ("earlier this month", "this month", "в начале месяца", "в этом месяце", "цього місяця"):
        return pub.replace(day=1), pub, "month"
    if low in ("last month", "в прошлом месяце", "минулого місяця"):
        end = pub.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end, "month"
    if low.endswith(("ago", "назад", "тому")):
        return _ago(low, pub)
    for word, (m1, m2) in _SEASON.items():
        if word in low:
            last = low.startswith(("last", "прошл", "минул")) or \
                low.endswith(("прошлого года", "минулого року"))
            # in June "last winter" is the winter that ended in February of this year
            year = pub.year - (1 if last and not (m1 > m2 and pub.month > m2) else 0)
            if m1 > m2:
                return date(year - 1, m1, 1), date(year, m2, _last_day(year, m2)), "month"
            return date(year, m1, 1), date(year, m2, _last_day(year, m2)), "month"
    return None, None, None


def _weekday(name: str, ctx: _Context) -> tuple[date | None, date | None, str | None]:
    """The last such weekday on or before the publication date."""
    if ctx.published is None or not ctx.relative_ok:
        return None, None, None
    target = _WEEKDAYS.get(name.lower().replace("’", "'").replace("ʼ", "'"))
    if target is None:
        return None, None, None
    back = (ctx.published.weekday() - target) % 7
    d = ctx.published - timedelta(days=back)
    return d, d, "day"


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a match overlaps one already taken by a more specific pattern."""
    return any(start < e and s < end for s, e in taken)


_DATE_AHEAD = re.compile(r"[\s,]*(?:" + _DAY_MONTH.pattern + "|" + _MONTH_DAY.pattern.replace("(?P<month>", "(?P<m2>").replace("(?P<day>", "(?P<d2>").replace("(?P<year>", "(?P<y2>") + ")", FLAGS)


def find_dates(text: str, ranges: list[tuple[int, int]], published: date | None,
               relative_ok: bool = True) -> list[DateMention]:
    """All date mentions in the body ranges, in text order, each resolved if possible.

    ``relative_ok`` is False when the publication date is only known to the month (from a
    URL), so "yesterday" or "on Friday" cannot be resolved.
    """
    raw: list[tuple[int, int, str, re.Match[str]]] = []
    for start, end in ranges:
        chunk = text[start:end]
        taken: list[tuple[int, int]] = []
        for kind, rx in (("iso", _ISO), ("dotted", _DOTTED), ("daymonth", _DAY_MONTH), ("monthday", _MONTH_DAY),
                         ("season", _SEASON_YEAR), ("rel", _RELATIVE), ("monthyear", _MONTH_YEAR), ("weekday", _WEEKDAY)):
            for m in rx.finditer(chunk):
                if not m.group(0).strip() or _overlaps(taken, m.start(), m.end()):
                    continue
                if kind == "monthyear" and not (m.group("year") or m.group("part") or re.match(
                        r"\s*(?:in|during|throughout|в|у|во|протягом|впродовж|на\s+протяжении|ще\s+з|з|із)\s", m.group(0), FLAGS)):
                    continue
                if m.groupdict().get("month") in ("may", "march", "mar"):  # the verbs, not the months
                    continue
                if kind == "weekday" and _DATE_AHEAD.match(chunk, m.end()):
                    continue
                taken.append((m.start(), m.end()))
                raw.append((start + m.start(), start + m.end(), kind, m))
    raw.sort(key=lambda r: r[0])
    ctx = _Context(published=published, relative_ok=relative_ok)
    out: list[DateMention] = []
    for s, e, kind, m in raw:
        mention = _resolve(kind, m, ctx)
        if mention is None:
            continue
        d0, d1, precision, explicit = mention
        surface = text[s:e]
        lead = len(surface) - len(surface.lstrip())
        out.append(DateMention(s + lead, e, surface.strip(), d0, d1, precision, explicit,
                               kind in ("rel", "weekday")))
        if d0 is not None:
            ctx.last = d0
    return out


def _resolve(kind: str, m: re.Match[str], ctx: _Context) -> tuple[date | None, date | None, str | None, bool] | None:
    """Dates and precision of one raw match, updating the narrative year context."""
    groups = m.groupdict()
    if kind in ("iso", "dotted"):
        d = _safe_date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
        if d is None:
            return None
        ctx.year, ctx.month, ctx.full_date = d.year, d.month, True
        return d, d, "day", True
    if kind == "season":
        year = int(groups["year"])
        low = groups["season"].lower()
        m1, m2 = next((v for k, v in _SEASON.items() if low.startswith(k[:4])), (6, 8))
        if low in ("навесні",):
            m1, m2 = 3, 5
        if low in ("взимку",):
            m1, m2 = 12, 2
        ctx.year, ctx.month = year, m2
        if m1 > m2:
            return date(year - 1, m1, 1), date(year, m2, _last_day(year, m2)), "month", True
        return date(year, m1, 1), date(year, m2, _last_day(year, m2)), "month", True
    if kind == "rel":
        d0, d1, p = _relative(groups["rel"], ctx)
        return d0, d1, p, False
    if kind == "weekday":
        d0, d1, p = _weekday(groups["wd"] or groups["wg"], ctx)
        return d0, d1, p, False
    month = _month_of(groups["month"])
    if month is None:
        return None
    year_s = groups.get("year")
    if kind in ("daymonth", "monthday"):
        day = int(groups["day"])
        if not 1 <= day <= 31:
            return None
        if year_s:
            year = int(year_s)
            d = _safe_date(year, month, day)
            if d is None:
                return None
            ctx.year, ctx.month, ctx.full_date = year, month, True
            return d, d, "day", True
        inferred = _infer_year(month, day, ctx)
        if inferred is None:
            return None, None, "day", False
        d = _safe_date(inferred, month, day)
        return d, d, "day", False
    # month (+year) with an optional part of the month; "у серпні того ж року" takes the last year
    if not year_s and groups.get("same") and ctx.year is not None:
        year_s = str(ctx.year)
    if not year_s and groups.get("prev") and ctx.published is not None:
        year_s = str(ctx.published.year - 1)  # "у червні минулого року"
    if year_s:
        year = int(year_s)
        ctx.year, ctx.month = year, month
        ctx.full_date = ctx.full_date and False
        d0, d1, p = _part_range(groups.get("part"), year, month)
        return d0, d1, p, True
    inferred = _infer_year(month, 15, ctx)
    if inferred is None:
        return None, None, "month", False
    d0, d1, p = _part_range(groups.get("part"), inferred, month)
    if ctx.published is not None and d0 <= ctx.published < d1:
        d1 = ctx.published
    return d0, d1, p, False


def date_from_url(url: str | None) -> tuple[date | None, str | None]:
    """Publication date carried by a URL path (/2024/11/13/, /2022/12/), with its precision."""
    if not url:
        return None, None
    m = re.search(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)", url)
    if m:
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d is not None:
            return d, "day"
    m = re.search(r"/((?:19|20)\d\d)[/-]([01]\d)(?:/|$)", url)
    if m and 1 <= int(m.group(2)) <= 12:
        year, month = int(m.group(1)), int(m.group(2))
        return date(year, month, _last_day(year, month)), "month"
    return None, None
