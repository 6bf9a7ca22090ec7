"""Who an article cites, and how well the facts are established (via, verification).

Readers weigh a claim by its source: a Telegram repost is not a court's press office.
Outlet names are normalised to the Latin forms the codebook uses, so reports of one
incident from different languages cite the same "Baza" or "Mediazona".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from otkaz.models import Span

# normalised name -> spellings (lowercase, matched on word boundaries)
OUTLETS: dict[str, tuple[str, ...]] = {
    "NGS": ("ngs", "нгс", "ngs.ru", "нгс.ру"),
    "Baza": ("baza", "база", "базa"),
    "Astra": ("astra", "астра", "астры", "астрой", "астри"),
    "Mediazona": ("mediazona", "mediazone", "медиазона", "медиазоны", "медиазону", "медіазона",
                  "медіазони", "zona.media", "медиазоной"),
    "Meduza": ("meduza", "медуза", "медузы", "медузе", "медузи"),
    "The Insider": ("the insider", "инсайдер", "the insider's"),
    "Verstka": ("verstka", "вёрстка", "вёрстки", "верстка", "верстки", "вёрсткой", "вьорстка",
                "вьорстки"),
    "Lyudi Baikala": ("lyudi baikala", "people of baikal", "люди байкала", "людей байкала",
                      "людям байкала"),
    "Sota": ("sota", "сота", "соты", "sotavision"),
    "Ostorozhno Novosti": ("ostorozhno novosti", "осторожно, новости", "осторожно новости"),
    "Mash": ("mash",),
    "Shot": ("shot",),
    "RBC-Ukraine": ("rbc-ukraine", "рбк-україна", "рбк-украина", "рбк-україни"),
    "RBC": ("rbc", "рбк"),
    "UNN": ("unn",),
    "Ukrainska Pravda": ("ukrainska pravda", "ukrainian pravda", "українська правда",
                         "української правди", "украинская правда", "ukrainian truth"),
    "hromadske.ua": ("hromadske", "громадське", "громадського", "hromadske.ua"),
    "Radio Svoboda": ("radio svoboda", "радио свобода", "радіо свобода", "радио свободы",
                      "радіо свобода", "radio liberty", "радіо свобода"),
    "Current Time": ("current time", "настоящее время", "настоящего времени"),
    "Sibir.Realii": ("sibir.realii", "siberia.realities", "сибирь.реалии", "сибирь. реалии"),
    "Caucasus.Realities": ("caucasus.realities", "kavkaz.realii", "кавказ.реалии",
                           "кавказ. реалии"),
    "TV Rain": ("tv rain", "дождь", "дождю", "дождя", "tvrain"),
    "Novaya Gazeta": ("novaya gazeta", "новая газета", "новой газеты", "новая газета европа"),
    "Kommersant": ("kommersant", "коммерсантъ", "коммерсант"),
    "RIA Novosti": ("ria novosti", "риа новости"),
    "TASS": ("tass", "тасс"),
    "Interfax": ("interfax", "интерфакс", "інтерфакс"),
    "Free Buryatia Foundation": ("free buryatia foundation", "free buryatia",
                                 "свободная бурятия", "фонд «свободная бурятия»",
                                 "вільна бурятія"),
    "Get Lost": ("get lost", "идите лесом", "ідіть лісом", "idite lesom"),
    "Tatar-inform": ("tatar-inform", "татар-информ", "tatar inform"),
    "BBC News Russian": ("bbc news russian", "русская служба би-би-си", "би-би-си", "bbc"),
    "Haaretz": ("haaretz",),
    "Reuters": ("reuters", "рейтер"),
    "Vechorka": ("vechorka", "вечорка"),
    "Podyom": ("podyom", "подъём", "подъем"),
    "Kazan Online": ("kazan online", "казань онлайн"),
    "Freedom TV": ("freedom tv",),
    "Vot Tak": ("vot tak", "вот так"),
    "iStories": ("istories", "важные истории"),
    "Agentstvo": ("агентство", "agentstvo"),
    "Armenia Today": ("armenia today",),
    "Ukraine Alert": ("ukraine alert",),
    "War Translated": ("war translated",),
    "Suspilne": ("suspilne", "суспільне"),
    "Ukrinform": ("ukrinform", "укрінформ", "укринформ"),
    "SBI": ("sbi", "state bureau of investigation", "дбр", "гбр",
            "державне бюро розслідувань", "государственное бюро расследований"),
    "Censor.NET": ("censor.net", "цензор.нет"),
    "Ukraine Today": ("ukraine today",),
    "Radio Liberty": ("rfe/rl",),
    "INSIDER": ("insider",),
    "Deutsche Welle": ("deutsche welle", "dw"),
    "Novye Izvestia": ("новые известия", "novye izvestia"),
    "7x7": ("7x7", "7х7"),
}

# A cited source needs a cue nearby ("according to", "reported", "со ссылкой на"), or the
# name of a specific channel type; bare mentions ("Russia's Baza") count too for outlets
# whose name is distinctive. Ambiguous common words need a cue.
_NEEDS_CUE = {"Agentstvo", "TV Rain", "Podyom", "Sota", "Vot Tak", "INSIDER", "Shot", "Mash",
              "Deutsche Welle", "RBC", "Baza", "Astra"}

_CUE_RE = re.compile(
    r"according to|reported|reports|report|citing|with reference to|wrote|writes|said|told|"
    r"telegram|channel|published|posted|outlet|investigation|source|"
    r"сообща|сообщил|пишет|писал|по данным|по информации|со ссылкой|ссылаясь|"
    r"телеграм|telegram|канал|опубликова|рассказал|передает|передаёт|выяснил|"
    r"повідом|пише|за даними|з посиланням|посилаючись|телеграм|канал|опублікува|розповів|"
    r"издани|видання|медиа|медіа|паблик|паблік",
    re.I,
)


def _compile(names: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alts})(?![\w-])", re.I)


_OUTLET_RES = {name: _compile(forms) for name, forms in OUTLETS.items()}
_FORM_TO_NAME: dict[str, str] = {}
for _name, _forms in OUTLETS.items():
    for _form in _forms:
        _FORM_TO_NAME.setdefault(_form.lower(), _name)
_ANY_OUTLET_RE = _compile(tuple(_FORM_TO_NAME))  # one pass; the longest spelling wins


def find_via(text: str, language: str) -> tuple[list[str], list[Span]]:
    """Outlets and channels the article cites, normalised, in order of first mention."""
    names, spans = _find_via(text, language)
    return list(names), list(spans)


@lru_cache(maxsize=64)
def _find_via(text: str, language: str) -> tuple[tuple[str, ...], tuple[Span, ...]]:
    found: list[tuple[int, str, Span]] = []
    taken: list[tuple[int, int]] = []
    for m in _ANY_OUTLET_RE.finditer(text):
        name = _FORM_TO_NAME.get(m.group().lower())
        if name is None:
            continue
        if name in _NEEDS_CUE or m.group().islower() and len(m.group()) <= 4:
            window = text[max(0, m.start() - 60): m.end() + 60]
            if not _CUE_RE.search(window):
                continue
            if name in ("Baza", "Astra") and not _proper(m.group()):
                continue
        if name in ("Mash", "Shot", "Sota", "Vot Tak", "INSIDER", "Current Time",
                    "TV Rain", "Podyom") and not _proper(m.group()):
            continue
        taken.append((m.start(), m.end()))
        found.append((m.start(), name, Span(start=m.start(), end=m.end(), quote=m.group())))
    for m in _GENERIC_SOURCE_RE.finditer(text):
        start, end = m.span(1) if m.group(1) else m.span(2)
        name = text[start:end].strip()
        if any(s < end and start < e for s, e in taken) or not name or \
                _known(name) or name.lower() in _GENERIC_STOP:
            continue
        taken.append((start, end))
        found.append((start, name, Span(start=start, end=end, quote=text[start:end])))
    found.sort(key=lambda x: x[0])
    names: list[str] = []
    spans: list[Span] = []
    for _, name, span in found:
        if name == "INSIDER" and "The Insider" in names:
            continue
        spans.append(span)
        if name not in names:
            names.append(name)
    return tuple(names), tuple(spans)


_GENERIC_SOURCE_RE = re.compile(
    r"(?i:telegram[- ]channels?|телеграм-канал\w*|telegram-канал\w*|паблик\w*|паблік\w*|"
    r"издани\w+|видання|outlet|newspaper|газет\w+|портал\w*|агентств\w+|agency)\s+"
    r"(?:[«\"“]([^»\"”\n]{2,40})[»\"”]|((?:[A-ZА-ЯЁІЇЄ][\w.-]+)(?: [A-ZА-ЯЁІЇЄ][\w.-]+){0,2}))")
_GENERIC_STOP = {"the", "a", "russian", "ukrainian", "local", "independent", "telegram"}


def _known(name: str) -> bool:
    return any(rx.fullmatch(name) for rx in _OUTLET_RES.values())


def _proper(word: str) -> bool:
    return word[:1].isupper()


# --- verification ---------------------------------------------------------------------

_UNVERIFIED_RE = re.compile(
    r"could not (?:be )?(?:independently )?(?:verify|verified|confirm)|"
    r"cannot (?:be )?(?:independently )?(?:verify|verified|confirm)|"
    r"unable to (?:independently )?(?:verify|confirm)|has not been (?:independently )?verified|"
    r"have not been (?:independently )?verified|not (?:been )?independently (?:verified|confirmed)|"
    r"не удалось (?:независимо )?(?:проверить|подтвердить|верифицировать)|"
    r"не може(?:м|т) (?:независимо )?(?:проверить|подтвердить)|"
    r"не вдалося (?:незалежно )?(?:перевірити|підтвердити|верифікувати)|"
    r"неможливо (?:незалежно )?перевірити|невозможно (?:независимо )?проверить|"
    r"without (?:providing|offering|giving|citing) (?:any )?(?:evidence|proof)|"
    r"не (?:предоставив|приведя|представив) (?:никаких )?доказательств|"
    r"не (?:надавши|навівши) (?:жодних )?доказів|без (?:жодних )?доказів|"
    r"(?:проверить|подтвердить|верифицировать)[^.;]{0,40}?не удалось|"
    r"(?:перевірити|підтвердити|верифікувати)[^.;]{0,40}?не вдалося|"
    r"(?:перевірити|підтвердити|верифікувати)[^.;]{0,40}?неможливо|"
    r"could not (?:independently )?(?:verify|confirm) (?:the|this|these|its|their)|"
    r"достоверность (?:видео|информации|этой информации) (?:не )?(?:подтвержд|установ)|"
    r"достовірність (?:відео|інформації) (?:не )?(?:підтвердж|встанов)|"
    r"официального подтверждения (?:этой |этим |данной )?(?:информации |сведениям )?(?:от [\w-]+ (?:[\w-]+ )?)?(?:нет|не поступало)|"
    r"офіційного підтвердження (?:цієї |цій )?(?:інформації )?(?:від [\w-]+ (?:[\w-]+ )?)?(?:немає|не надходило)|"
    r"no official confirmation|(?:has|have) not been officially confirmed|"
    # "officially nobody has confirmed it yet", unless the next words say nobody denied it either
    r"(?:официально|офіційно|officially) (?:[\w’']+ ){0,3}(?:не подтвердил\w*|не підтвердил\w*|"
    r"(?:not|yet to) (?:yet )?(?:been )?confirm\w*)(?![^.;]{0,30}(?:опроверг|спростува|den[iy]))|"
    r"(?:информаци\w*|сведени\w*|інформаці\w*) (?:[\w’']+ ){0,2}(?:не подтвердил\w*|не подтвержден\w*|"
    r"не підтвердил\w*|не підтверджен\w*)(?![^.;]{0,30}(?:опроверг|спростува))",
    re.I,
)
_SOCIAL_VIDEO_RE = re.compile(
    r"video (?:clip )?(?:shared|circulating|posted|emerged|appeared)|video circulat|"
    r"в соцсетях появил|в сети появил|видео появил|видео распространя|"
    r"(?:відео|ролик) з'явил|(?:відео|ролик) з’явил|у соцмережах з'явил|у соцмережах з’явил|"
    r"в телеграм-каналах появил|у (?:різних )?телеграм-каналах|"
    r"according to (?:a|the) video|video (?:published|recorded) by|video appeal|"
    r"видеообращени\w*|відеозверненн\w*|записали (?:видео|обращение)|опубликовали (?:ролик|видео)",
    re.I,
)
# A video as the only source: unverified unless someone official confirms it
_VIDEO_ONLY_RE = re.compile(r"according to (?:a|the) video|записали видео|опубликовали (?:ролик|видео)", re.I)
_NO_ANSWER_RE = re.compile(r"[^.]{0,30}?\b(?:did not|didn't|has not|have not|had not|declined|refused|не ответил\w*|"
                           r"не (?:стал\w* )?комментир\w*|не прокомментир\w*|отказал\w*|не відповіл\w*|відмовил\w*)", re.I)
_NOT_DENIED_RE = re.compile(r"did not deny|neither confirmed nor denied|не (?:стали )?опроверг\w*|не спростува\w*", re.I)
_DOUBT_RE = re.compile(
    r"allegedly show|purportedly|original source deleted|неизвестно, когда (?:было )?снят|"
    r"невідомо, коли (?:саме )?(?:було )?знят|коли саме зняли|когда именно сняли|"
    r"на данный момент удален|видалено|was deleted|since been deleted|unknown when",
    re.I,
)
_DISPUTED_RE = re.compile(
    r"(?:officials?|ministry|authorities|police|command|spokes\w+) (?:\w+ ){0,3}denied (?:the|that|this|these|reports)|"
    r"called (?:the|these) reports? (?:fake|false)|"
    r"опроверг\w* (?:эту |эти |данную )?(?:информаци|сообщени|данные)|назвал\w* (?:это |эту информацию )?фейком|"
    r"спростува\w* (?:цю |ці )?(?:інформаці|повідомлен)|назва\w* (?:це )?фейком",
    re.I,
)
_CONFIRMED_RE = re.compile(
    # explicit confirmation
    r"\bconfirmed\b|подтверди\w*|підтверди\w*|"
    # officials as the source
    r"(?:police|prosecutor\w*|court|investigators?|sbi|state bureau of investigation|"
    r"press service|spokes\w+|governor|district head|mayor|officials?|authorities|the command|"
    r"interior ministry|the bureau|military district|border (?:police|guards?|service)|the brigade|the regiment)"
    r"(?:'s)?(?: office)?\b[^.;:!?]{0,80}?\b(?<!it is )(?<!it was )(?:said|says|stated|reported|"
    r"announced|informed|clarified|confirmed)\b|"
    r"according to (?:the )?(?:police|prosecutor|ministry|court|sbi|state bureau|press service|"
    r"official|investigators|authorities|the press service)|"
    r"in a statement|press service|press office|"
    r"сообщ\w+ (?:в|во) (?:[а-яё]+ ){0,2}(?:полиции|мвд|умвд|гувд|омвд|прокуратуре|гбр|дбр|суде|"
    r"пресс-службе|управлении|ведомстве|минобороны|областном|следственном|комитете|бригаде|полку|"
    r"военкомате|командовании)|"
    r"(?:сообщил\w*|заявил\w*|подтвердил\w*|сообщает|сообщают) (?:[а-яё]+ ){0,2}"
    r"(?:управлени\w+ мвд|мвд|полици\w+|прокуратур\w+|гбр|дбр|пресс-служб\w+|минобороны|"
    r"ведомств\w+|следственн\w+ комитет\w*|суд\b)|"
    r"(?:повідомил\w*|повідомляє|заявил\w*|підтвердил\w*) (?:[а-яіїєґ']+ ){0,2}"
    r"(?:поліці\w+|нацполіці\w+|прокуратур\w+|дбр|прес-служб\w+|пресслужб\w+|суд\b|"
    r"генштаб\w*|командуванн\w+)|"
    r"statement (?:from|by|issued by) (?:the )?(?:\w+ )?(?:police|ministry|prosecutor\w*|court|"
    r"sbi|state bureau|command|military|general staff|investigators)|"
    r"(?:по данным|по информации|по словам) (?:омвд|мвд|полиции|прокуратуры|гбр|дбр|суда|"
    r"следствия|пресс-службы|ведомства|главы|минобороны|ск|управления)|"
    r"пресс-служб\w+|сообщил\w* (?:в своем |в своём )?(?:telegram|телеграм)-канал\w* глав\w+|"
    r"глава (?:района|муниципалитета|администрации|села|сел|региона|поселка)\w*|"
    r"главы (?:этих |нескольких )?(?:сел|поселков|района)|"
    r"повідоми\w* (?:у|в) (?:[а-яіїєґ']+ ){0,2}(?:поліції|дбр|прокуратурі|суді|"
    r"пресслужбі|прес-службі|управлінні|нацполіції|тцк|командуванні|генштабі|всп|бригаді|полку|"
    r"військовій службі правопорядку|прикордонній службі|дпсу|прикордонному загоні)\b|"
    r"за (?:даними|інформацією|матеріалами) (?:поліції|дбр|прокуратури|суду|нацполіції|слідства|"
    r"генштабу|командування|міноборони|тцк|військової служби правопорядку|всп)|"
    r"з посиланням на (?:поліцію|дбр|прокуратуру|суд|нацполіцію)|прес-служб\w+|пресслужб\w+|"
    r"суд\w* (?:\w+ ){0,3}(?:засудив|призначив|ухвалив|визнав|обрав|задовольнив|арештував)|"
    r"суд\w* (?:[\w-]+ ){0,3}(?:приговорил|назначил|признал|арестовал|избрал|отправил)|"
    r"court (?:(?:of|in) [\w-]+ )?(?:sentenced|found|convicted|ruled|remanded|detained|ordered)|"
    r"слідч\w+ дбр|следовател\w+ гбр|"
    r"слідство встановило|следствие установило|(?:как )?установил суд|суд установил|"
    r"(?:як )?встановив суд|суд встановив|the court (?:established|found)|"
    r"(?:announced|served|notified \w+ of) (?:a |the |him )?(?:notice of )?suspicion|"
    r"citing the (?:verdict|court ruling|case file)|со ссылкой на (?:приговор|материалы дела|картотеку суда)|"
    r"з посиланням на (?:вирок|матеріали справи)|"
    r"повідом\w* (?:\w+ )?про підозру|(?:оголоси|вручи)\w* (?:\w+ )?підозр\w*|сообщ\w* (?:\w+ )?о подозрении|"
    r"(?:sent|remanded|placed) (?:under|in|into) (?:arrest|custody|detention)|"
    r"взят\w* под стражу|під варту|тримання під вартою|"
    r"областном управлении|обласне управління|управлени\w+ (?:нацполиции|полиции)",
    re.I,
)
_NO_ANSWER_RE = re.compile(
    r"[^.;]{0,30}?(?:did not|didn't|has not|have not|declined to|refused to) (?:answer|respond|"
    r"reply|comment)|[^.;]{0,60}?(?:не ответил\w*|не ответили|отказал\w* от комментари\w*|"
    r"не відповіл\w*|відмовил\w* від коментар\w*|не прокоментувал\w*|не прокомментировал\w*)",
    re.I)
_RELAYED_RE = re.compile(r"\b(?:the )?(?:outlet|newspaper|channel|agency|website|publication|"
                         r"media|relative|wife|mother|father|source)\b", re.I)
_NOT_OFFICIAL_BEFORE = re.compile(r"(?:not|no|neither|нет|не|ні|ни)\s+(?:\w+\s+){0,2}$", re.I)


def find_verification(text: str, language: str) -> tuple[str, list[Span]]:
    """reported / unverified / confirmed / disputed, with the words that decided it."""
    m = _UNVERIFIED_RE.search(text)
    if m:
        return "unverified", [_span(text, m)]
    video = _SOCIAL_VIDEO_RE.search(text)
    doubt = _DOUBT_RE.search(text)
    if video and doubt:
        return "unverified", [_span(text, video), _span(text, doubt)]
    m = _DISPUTED_RE.search(text)
    if m:
        return "disputed", [_span(text, m)]
    for m in _CONFIRMED_RE.finditer(text):
        before = text[max(0, m.start() - 25): m.start()]
        if _NOT_OFFICIAL_BEFORE.search(before) or _RELAYED_RE.search(m.group()) or \
                _NO_ANSWER_RE.match(text, m.end()):
            continue  # "..., the outlet said"; "the press office did not answer"
        if _NOT_DENIED_RE.search(text[m.end(): m.end() + 80]) or _NO_ANSWER_RE.match(text, m.end()):
            continue  # "officials said ... but did not deny", "the press office did not answer"
        return "confirmed", [_span(text, m)]
    m = _VIDEO_ONLY_RE.search(text)
    if m:
        return "unverified", [_span(text, m)]
    return "reported", []


def _span(text: str, m: re.Match[str]) -> Span:
    return Span(start=m.start(), end=m.end(), quote=text[m.start(): m.end()])


def incident_verification(text: str, spans: list[tuple[int, int]], language: str,
                          claimed: Iterable[tuple[int, int]],
                          sentences: list[tuple[int, int]]) -> tuple[str, list[Span]]:
    """Decide on the incident's own sentences first, then on the rest of the story.

    ``claimed`` are the numbers the statistics stage reads as aggregates and ``sentences``
    the article's sentence offsets; both come from the caller to keep this module free of
    the statistics stage."""
    masked = _mask_statistics(text, claimed, sentences)
    ordered = sorted(spans) or [(0, len(text))]
    # the incident's own sentences, then everything from where the incident starts (an
    # official statement about an earlier, different incident does not confirm this one),
    # then the lead, whose attribution covers the whole story
    start = ordered[0][0]
    end = _item_end(text, start)
    tail = [(start, end)]
    lead = sentences[:2]
    if lead and end == len(text) and not _aside(text, start, sentences):
        tail.append((lead[0][0], lead[-1][1]))  # "..., the court's press service said"
    for start, end in ordered + tail:
        verdict, found = find_verification(masked[start:end], language)
        if verdict != "reported":
            return verdict, [Span(start=start + sp.start, end=start + sp.end, quote=sp.quote)
                             for sp in found]
    return "reported", []


# A digest's next item ("— 19 ноября суд ...", "* On 17 June ...") is a different story.
_NEXT_ITEM_RE = re.compile(r"\n\s*(?:[—–•*·-]|\d{1,2}[.)])\s")
# "Separately, three soldiers fled ...": a story of its own inside a round-up.
ASIDE_RE = re.compile(r"\s*(?:separately|meanwhile|in other news|elsewhere|отдельно|тем временем|"
                       r"кроме того|окремо|тим часом|крім того)\b", re.I)


def _item_end(text: str, start: int) -> int:
    """Where the incident's list item or aside ends: the next item, else the end of the text."""
    m = _NEXT_ITEM_RE.search(text, start)
    if m:
        return m.start()
    para = text.rfind("\n\n", 0, start)
    if ASIDE_RE.match(text, para + 2 if para >= 0 else 0):
        nxt = text.find("\n\n", start)
        return nxt if nxt >= 0 else len(text)
    return len(text)


def _aside(text: str, start: int, sentences: list[tuple[int, int]]) -> bool:
    """The incident opens with "Separately," or sits in a list item: the lead is about another story."""
    line = text.rfind("\n", 0, start) + 1
    if re.match(r"\s*(?:[—–•*·-]|\d{1,2}[.)])\s", text[line:]):
        return True
    para = text.rfind("\n\n", 0, start)
    return bool(ASIDE_RE.match(text, para + 2 if para >= 0 else 0))


_STAT_VOCAB_RE = re.compile(r"\b(?:cases|proceedings|offen[cs]es|sentences|verdicts|statistics|"
                     r"уголовных дел|дел\b|проваджень|справ\b|вироків|приговоров|статистик\w*)", re.I)


_FIGURE_RE = re.compile(r"\d|\btimes\b|\bраз(?:а|ів|и)?\b|\bрази\b|twice|вдвое|вдвічі", re.I)


def _mask_statistics(text: str, claimed: Iterable[tuple[int, int]],
                     sentences: list[tuple[int, int]]) -> str:
    """Blank the sentences that carry aggregate figures: a ministry's numbers confirm no event."""
    starts = [start for start, _ in sorted(claimed)]
    for s, e in sentences:
        sentence = text[s:e]
        if (_STAT_VOCAB_RE.search(sentence) and _FIGURE_RE.search(sentence)) or \
                sentence.rstrip().endswith(":"):
            starts.append(s)  # "... three times as many cases", "according to the court:"
    if not starts:
        return text
    chars = list(text)
    for start in starts:
        s = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        e = len(text)
        for stop in (".", "\n"):
            k = text.find(stop, start)
            if k >= 0:
                e = min(e, k)
        for i in range(s, e):
            chars[i] = " "
    return "".join(chars)
