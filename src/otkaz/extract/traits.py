"""Who the service members were and who acted against them: personnel, unit, perpetrator,
force, armed. Read from an incident's sentences, each value with the words behind it."""

from __future__ import annotations

import re

from otkaz.extract.statistics import split_sentences
from otkaz.models import Count, Span


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, quote=text[start:end])


def merge_ranges(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent sentences as one range: one regex pass instead of one per sentence."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and not text[out[-1][1]:s].strip():
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


_PERSONNEL_RES = {
    "contract": _rx(r"contract (?:soldier|servicem|serviceperson|fighter|troop|military)\w*|"
                    r"contractors?\b|contractnik\w*|kontraktnik\w*|under (?:a )?contract|"
                    r"контрактник\w*|по контракту|контрактни\w*|за контрактом|"
                    r"(?:terminat\w*|ended|end|broke|break|cancel\w*) (?:\w+ ){0,2}contracts?\b|"
                    r"расторг\w* (?:\w+ )?контракт\w*|розірва\w* (?:\w+ )?контракт\w*"),
    "mobilized": _rx(r"\bmobili[sz]ed\b|\bmobiks?\b|мобилизованн\w*|мобілізован\w*|draftees?\b|"
                     r"(?:после|после его|після) мобилизаци\w*|після мобілізаці\w*|"
                     r"(?:after|since) (?:being|he was) (?:mobili[sz]ed|drafted)|"
                     r"\bмоби?к\w*|\bмобік\w*|чмобик\w*|чмобік\w*"),
    "conscript": _rx(r"срочник\w*|срочн\w+ служб\w*|срочной|строковик\w*|строков\w+ служб\w*|"
                     r"\bconscripts?\b|\bconscripted\b|призывник\w*|призванн\w*|призван[ыо]?\b|"
                     r"призовник\w*|\bпризвані?\b"),
    "officer": _rx(r"\bofficer\b|\bофицер\w*|\bофіцер\w*"),
    "convict": _rx(r"storm[- ]?z|шторм[- ]?z|\bзэк\w*|\bзек\w*|recruited (?:from|in) prison|"
                   r"former (?:prisoners|convicts|inmates)|бывш\w+ заключенн\w*|"
                   r"колоні\w+ (?:завербова|рекрутова)|из колони\w+|з колоні\w+|ex-convicts?|"
                   r"convicts? recruited"),
    "volunteer": _rx(r"volunteer (?:battalion|fighter|soldier|unit)s?|"
                     r"добровольческ\w+ (?:батальон|подразделени|отряд|формировани)\w*|"
                     r"добровольч\w+ (?:батальйон|підрозділ|формуван)\w*|"
                     r"добровольц\w+ (?:батальона|полка|отряда)"),
}
_MOBILIZATION_RE = _rx(r"mobili[sz]ation|мобилизаци\w*|мобілізаці\w*|mobili[sz]ed|"
                       r"мобилизованн|мобілізован")
_REGULAR_CONSCRIPT_RE = _rx(r"срочник|срочн\w+ служб|строковик|строков\w+ служб|"
                            r"regular conscript|compulsory service")
_OFFICER_SUBJECT_RE = _rx(
    r"(?:officer|офицер\w*|офіцер\w*)[^.]{0,40}?(?:who|який|которы\w+|, що)\b[^.]{0,60}?"
    r"(?:desert|left|fled|refus|awol|самовольн|самовільн|дезертир|залиша|залишив|отказ|відмов|"
    r"сзч|соч|failed to return|не вернул|не поверну)|"
    r"\b(?:officer|офицер|офіцер)\b[^.,]{0,45}?(?:deserted|went awol|fled|refused|"
    r"самовольно|самовільно|залишив|покинул|відмовився|отказался)|"
    r"(?:convicted|sentenced|detained|засуди\w+|осуди\w+|приговори\w+|затрима\w+|"
    r"вирок|приговор)\s+(?:[\w'’ʼ]+\s+){0,6}(?:an? )?(?:officer|офицер\w*|офіцер\w*)"
)


def _personnel(text: str, sentences: list[tuple[int, int]],
               evidence: dict[str, list[Span]]) -> list[str]:
    joined = merge_ranges(text, sentences)
    mobil_context = bool(_MOBILIZATION_RE.search(text))
    found: list[str] = []
    spans: list[Span] = []
    generic_conscript = False
    for label, rx in _PERSONNEL_RES.items():
        for s, e in joined:
            m = next((x for x in rx.finditer(text, s, e)
                      if not _in_name(text, x) and not _beneficiary(text, x, label)), None)
            if not m:
                continue
            if label == "officer" and not _OFFICER_SUBJECT_RE.search(text, s, e):
                continue
            if label == "conscript" and not _REGULAR_CONSCRIPT_RE.search(text, m.start(), m.end()):
                generic_conscript = True
            if label == "contract" and re.search(r"contracts? with|контракт\w* с министерств",
                                                 text[m.start(): m.end() + 20], re.I):
                continue
            target = label
            if label == "conscript" and mobil_context and not _REGULAR_CONSCRIPT_RE.search(
                    text, m.start(), m.end()):
                target = "mobilized"
            if target not in found:
                found.append(target)
            spans.append(_span(text, m.start(), m.end()))
            break
    if generic_conscript and "mobilized" in found and "conscript" in found:
        found.remove("conscript")  # "draftees ... the rioting conscripts": the same mobilized men
    if spans:
        evidence["personnel"] = spans
    order = ["contract", "mobilized", "conscript", "volunteer", "convict", "officer"]
    return [p for p in order if p in found]


def _in_name(text: str, m: re.Match[str]) -> bool:
    """"the NGO Conscript School": a capitalised word inside a proper name is no category."""
    word = m.group()
    if not word[:1].isupper() or m.start() == 0 or text[m.start() - 2: m.start()].strip() in (
            ".", "!", "?", "") or text[m.start() - 1] == "\n":
        return False
    following = text[m.end(): m.end() + 20].split()
    return bool(following) and following[0][:1].isupper()


_BENEFICIARY_RE = re.compile(r"(?:\bfor|\bдля)\s+(?:[^\W\d_]+\s+)?$", re.I)
_VOLUNTEER_ACT_RE = _rx(r"desert|fled|left|refus|riot|mutin|самовольн|самовільн|сбежал|втекл|"
                        r"отказал|відмовил|покинул|залишил|дезертир")


def _beneficiary(text: str, m: re.Match[str], label: str) -> bool:
    """"terms of service for mobilized soldiers": a policy's subject, not this incident's men;
    volunteers count only when they are the ones who left or refused."""
    if _BENEFICIARY_RE.search(text[max(0, m.start() - 25): m.start()]):
        return True
    if label == "volunteer":
        return not _VOLUNTEER_ACT_RE.search(text[m.end(): m.end() + 60])
    return False


def personnel_of(text: str, sentences: list[tuple[int, int]],
                          evidence: dict[str, list[Span]]) -> list[str]:
    """The incident's own words first; else the one category the whole article names."""
    found = _personnel(text, sentences, evidence)
    if found:
        return found
    article: dict[str, list[Span]] = {}
    whole = _personnel(text, split_sentences(text), article)
    if len(whole) == 1:
        evidence.update(article)
        return whole
    return []


_UNIT_RE = _rx(
    r"military unit (?:no\.? ?|№ ?|number )?\d{3,5}|"
    r"(?:в/ч|вч|войсков\w+ част\w+|воинск\w+ част\w+|військов\w+ частин\w+|в/ч) ?(?:№ ?)?\d{3,5}|"
    r"\b\d{1,3}(?:st|nd|rd|th) (?:separate |guards |mariupol |motori[sz]ed |motor |"
    r"mechani[sz]ed |rifle |infantry |assault |airborne |tank |artillery |[A-Z][a-z]+ )*"
    r"(?:brigade|division|regiment|battalion|army|corps)\b|"
    r"\b\d{1,3}(?:st|nd|rd|th) (?:OMBr|OMPBr|SMIB|OMPB|OShB|OMB)\b|"
    r"\b\d{1,3}-?(?:я|й|ї|ой|ий|ей|ої|ій|ого|ой) (?:отдельн\w+ |окрем\w+ |гвардейск\w+ |"
    r"мотострелков\w+ |механизированн\w+ |механізован\w+ |мотопіхот\w+ |штурмов\w+ |"
    r"танков\w+ |десантно-штурмов\w+ |[А-ЯЁІЇЄ][а-яёіїє]+ )*"
    r"(?:бригад\w*|дивизи\w*|дивізі\w*|полк\w*|батальон\w*|армі\w*|арми\w*)|"
    r"\b\d{1,3}(?:-?(?:й|ї|я))? (?:ОМБр|ОМПБр|ОШБр|ОМБ|ОМПБ|ОДШБр)\b",
)


def unit_of(text: str, sentences: list[tuple[int, int]],
          evidence: dict[str, list[Span]]) -> str | None:
    """The unit as reported, in English words so reports in three languages agree."""
    sentences = merge_ranges(text, sentences)
    for s, e in sentences:
        m = _UNIT_RE.search(text, s, e)
        if m:
            evidence["unit"] = [_span(text, m.start(), m.end())]
            return english_unit(m.group().strip())
    return None


_UNIT_NUMBER_RE = re.compile(r"(?:в/ч|вч|войсков\w+ част\w+|воинск\w+ част\w+|військов\w+ "
                             r"частин\w+) ?(?:№ ?)?(\d{3,5})$", re.I)
_ORDINAL_RE = re.compile(r"^(\d{1,3})-?[^\W\d_]*\s+(.*)$")
_UNIT_WORDS = [
    ("десантно-штурмов", "Air Assault"), ("мотострелков", "Motor Rifle"),
    ("механизированн", "Mechanized"), ("механізован", "Mechanized"),
    ("мотопіхот", "Motorized Infantry"), ("мотопехот", "Motorized Infantry"),
    ("отдельн", "Separate"), ("окрем", "Separate"), ("гвардейск", "Guards"),
    ("гвардійськ", "Guards"), ("общевойсков", "Combined Arms"), ("загальновійськов", "Combined Arms"),
    ("штурмов", "Assault"), ("танков", "Tank"),
    ("артиллерийск", "Artillery"), ("артилерійськ", "Artillery"), ("бригад", "Brigade"),
    ("дивизи", "Division"), ("дивізі", "Division"), ("полк", "Regiment"),
    ("батальон", "Battalion"), ("батальйон", "Battalion"), ("арми", "Army"), ("армі", "Army"),
]
_UNIT_ABBREVIATIONS = {
    "омбр": "Separate Mechanized Brigade", "ompbr": "Separate Motorized Infantry Brigade",
    "омпбр": "Separate Motorized Infantry Brigade", "ошбр": "Separate Assault Brigade",
    "одшбр": "Separate Air Assault Brigade", "омб": "Separate Mechanized Battalion",
    "ombr": "Separate Mechanized Brigade", "smib": "Separate Motorized Infantry Brigade",
}


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def english_unit(raw: str) -> str:
    """"в/ч 40304" -> "military unit 40304"; "74-й мотострелковой бригады" -> "74th Motor Rifle
    Brigade"; "155 ОМБр" -> "155th Separate Mechanized Brigade"; English stays as written."""
    m = _UNIT_NUMBER_RE.search(raw)
    if m:
        return f"military unit {m.group(1)}"
    if not re.search(r"[а-яёіїє]", raw, re.I) and not re.search(r"\d(?:OMBr|SMIB)", raw):
        m = re.match(r"^(\d{1,3})(?:st|nd|rd|th)? (OMBr|OMPBr|SMIB|OShB)$", raw, re.I)
        if m:
            return f"{_ordinal(int(m.group(1)))} {_UNIT_ABBREVIATIONS[m.group(2).lower()]}"
        return raw
    m = _ORDINAL_RE.match(raw)
    if not m:
        return raw
    words: list[str] = []
    for word in m.group(2).split():
        low = word.lower()
        if low in _UNIT_ABBREVIATIONS:
            words.append(_UNIT_ABBREVIATIONS[low])
            continue
        english = next((en for stem, en in _UNIT_WORDS if low.startswith(stem)), None)
        words.append(english if english else word)
    return f"{_ordinal(int(m.group(1)))} {' '.join(words)}"


_PERPETRATORS = [
    ("military_police", _rx(r"military police|военн\w+ полици\w*|військов\w+ поліці\w*")),
    ("sbi", _rx(r"\bsbi\b|state bureau of investigation|\bдбр\b|\bгбр\b")),
    ("fsb", _rx(r"\bfsb\b|\bфсб\b")),
    ("unidentified_armed_men", _rx(r"unidentified (?:armed )?men|masked men|men in masks|"
                                   r"armed men|неизвестн\w+ (?:в масках|вооруж\w+)|"
                                   r"люди в масках|невідом\w+ (?:у масках|озброєн\w+)|"
                                   r"люди в масках|мужчины в камуфляже")),
    ("commanders", _rx(r"\bcommanders?\b|\bcommand\b|командир\w*|командовани\w*|"
                       r"командуванн\w*|superiors")),
    ("commandant's office", _rx(r"commandant'?s office|комендатур\w*")),
    ("police", _rx(r"\bpolice\b|полици\w*|полиц\w+|поліці\w*|поліцейськ\w*|"
                   r"полицейск\w*|росгварди\w*|правоохорон\w*|правоохранит\w*")),
]


def perpetrator_of(text: str, sentences: list[tuple[int, int]], acts: list[str],
                 evidence: dict[str, list[Span]]) -> str | None:
    """Who acted against deserters; the most specific actor named wins (military police over
    police), so readers see who was responsible, not just that someone was."""
    if "enforcement" not in acts:
        return None
    sentences = merge_ranges(text, sentences)
    best: tuple[int, str, Span] | None = None
    for rank, (label, rx) in enumerate(_PERPETRATORS):
        for s, e in sentences:
            m = rx.search(text, s, e)
            if m:
                if best is None or rank < best[0]:
                    best = (rank, label, _span(text, m.start(), m.end()))
                break
    if best is None:
        return None
    evidence["perpetrator"] = [best[2]]
    return best[1]


_FORCE_CUES = {
    "UA": _rx(r"\bзсу\b|\bвсу\b|\bafu\b|armed forces of ukraine|ukrainian (?:army|soldier|"
              r"serviceman|servicemen|military|forces|brigade)|\bтцк\b|\bсзч\b|\bдбр\b|"
              r"\bsbi\b|ук україни|кк україни|criminal code of ukraine|"
              r"україн\w+ військов\w+|украинск\w+ военн\w+| omb?r\b|омбр|омпбр|нацгвард|"
              r"national guard of ukraine|\bвсу\b|ровенск|рівнен|полтав|чернігів"),
    "RU": _rx(r"russian (?:army|soldier|serviceman|servicemen|military|forces|troops|"
              r"contract|mobili)|российск\w+ (?:арми|военн|военнослужащ|солдат)|"
              r"\bсоч\b|минобороны|міноборони рф|ministry of defen[cs]e of russia|"
              r"russia'?s (?:army|military|defen[cs]e ministry)|\bук рф\b|"
              r"російськ\w+ (?:військов|солдат|армі)|\bрф\b|росгвард|rosgvard|росі\w+ армі|"
              r"okkupant|окупант|оккупант|occupiers?|\bsoch\b|svo\b|\bсво\b|mobiks?|мобик|мобік|"
              r"чмобік|статьи 337|статье 337|article 337"),
}


def force_of(text: str, sentences: list[tuple[int, int]],
           evidence: dict[str, list[Span]]) -> str | None:
    """The armed force, from the incident's words first and the article's second."""
    for scope in (merge_ranges(text, sentences), [(0, len(text))]):
        counts: dict[str, list[Span]] = {}
        for label, rx in _FORCE_CUES.items():
            for s, e in scope:
                for m in rx.finditer(text, s, e):
                    counts.setdefault(label, []).append(_span(text, m.start(), m.end()))
        if counts:
            label = max(counts, key=lambda k: len(counts[k]))
            evidence["force"] = counts[label][:3]
            return label
    return None


_UNARMED_RE = _rx(r"unarmed|not armed|were not armed|weren't armed|no weapons|without weapons|"
                  r"do not appear to be armed|невооруж\w*|не были вооружены|не вооружены|"
                  r"без оружия|неозброєн\w*|не були озброєн\w*|не озброєн\w*|без зброї")
_ARMED_RE = _rx(r"took (?:their |two |his )?(?:weapons|rifles|guns|assault rifles)|"
                r"with (?:their |his )?(?:weapons|rifles|assault rifles|guns)|opened fire|"
                r"взяли (?:с собой )?\w* ?(?:автомат|оружи|пистолет)\w*|прихватив с собой \w+|"
                r"с оружием|зі зброєю|з (?:собою )?зброєю|открыл\w* (?:огонь|стрельбу)|"
                r"відкри\w* (?:вогонь|стрілянину)|стріляти у|стрелял\w*|shot at|"
                r"встретил выстрелами|огнём из|вогнем з")


def armed_of(text: str, sentences: list[tuple[int, int]],
           evidence: dict[str, list[Span]]) -> bool | None:
    """Whether the service members carried weapons; "unarmed" is checked before "with rifles"."""
    sentences = merge_ranges(text, sentences)
    for value, rx in ((False, _UNARMED_RE), (True, _ARMED_RE)):
        for s, e in sentences:
            m = rx.search(text, s, e)
            if m:
                evidence["armed"] = [_span(text, m.start(), m.end())]
                return value
    return None


_RELATIVE_RE = _rx(
    r"\b(?:cousin|brother|father|mother|son|relative|wife|husband|friend|nephew|uncle)s?\b|"
    r"\b(?:троюродн\w+|двоюродн\w+|брат\w*|отц\w*|отец|мать|матер\w*|сын\w*|родственник\w*|"
    r"жен\w*|муж\w*|друг\w*|племянник\w*|батьк\w*|мати|син\w*|родич\w*|дружин\w*)\b")
_SOUGHT_RE = _rx(
    r"whereabouts|where (?:he|his|the deserter)|locate|find (?:him|his)|searching for|"
    r"где находится|где (?:он|его)|разыск\w*|поиск\w* (?:дезертир|беглец|его)|"
    r"де (?:він|перебуває|знаходиться)|розшук\w*")
_COERCION_RE = _rx(
    r"beat\w*|tortur\w*|stun gun|taser|threat\w*|interrogat\w*|pressur\w*|coerc\w*|abduct\w*|"
    r"kidnap\w*|бил[иа]?\b|избил\w*|избит\w*|пыта\w*|угрожа\w*|допрос\w*|электрошок\w*|похити\w*|"
    r"били|побил\w*|катува\w*|погрожу\w*|допит\w*|електрошок\w*|викра\w*|потребова\w*|вимага\w*|"
    r"demand\w*|coercing")
_TAKEN_RE = _rx(
    r"\b(?:was|were) (?:later |eventually |then )?(?:apprehended|detained|taken away|seized|"
    r"captured)|grabbed him|took him away|lure\w* him|"
    r"которого (?:в итоге )?(?:эти же люди )?увезли|\bувезли\b|забрали|схватили|"
    r"якого (?:згодом )?(?:забрали|вивезли)|\bзабрали\b|схопили")


def family_targeted(text: str, sentences: list[tuple[int, int]], acts: list[str],
                     participants: Count) -> tuple[Span, Span | None] | None:
    """Coercion of a relative to find a deserter targets two people: the relative and him."""
    if "enforcement" not in acts or (participants.point() or 0) > 1 or \
            participants.high not in (None, 1):
        return None
    relative = sought = None
    taken: Span | None = None
    for s, e in sentences:
        r = _RELATIVE_RE.search(text, s, e)
        q = _SOUGHT_RE.search(text, s, e)
        if r and q and relative is None and _COERCION_RE.search(text, s, e):
            relative, sought = r, q
        t = _TAKEN_RE.search(text, s, e)
        if t and taken is None:
            taken = _span(text, t.start(), t.end())
    if relative is None or sought is None:
        return None
    return _span(text, relative.start(), relative.end()), taken


# --- one person or many: words that say how many acted when no number does ---------

SINGULAR_RE = _rx(
    r"\b(?:a|the|one) (?:russian |ukrainian |former |young |\d+-year-old )?"
    r"(?:soldier|serviceman|deserter|conscript|officer|contract soldier|mobilized man|"
    r"draftee|man|military serviceman|service member|sergeant|private)\b|"
    r"\b(?:russian|ukrainian|israeli) (?:deserter|soldier|serviceman|officer|reservist)\b(?!s)|"
    r"\b(?:he|his|him)\b|\b(?:он|его|ему|він|його|йому)\b|"
    r"\b(?:a|the) (?:russian |ukrainian |foreign )?(?:citizen|national)\b|"
    r"\b(?:гражданин[ау]?|мужчин[ау]|громадянин[ау]?)\b|"
    r"\b(?:военнослужащ(?:его|ий|ему|им)|военн(?:ого|ый|ому)|солдата|дезертира?|беглеца?|офицера?|мужчин[аы]|"
    r"контрактника?|мобилизованн(?:ый|ого|ому)|рядов(?:ой|ого))\b|"
    r"\b(?:військовослужбов(?:ця|ець|цю)|військов(?:ий|ого|ому)|військового|солдата?|дезертира?|"
    r"офіцера?|чоловіка?|мобілізован(?:ий|ого|ому)|втікача?|"
    r"солдат(?:у|ові)|військовослужбовц(?:еві|ем)|матрос(?:а|у|ові)?|бій(?:ця|цеві|цю)|боєць|офіцер(?:у|ові)|"
    r"контрактник(?:а|у|ові)?|строковик(?:а|у|ові)?|курсант(?:а|у|ові)?|нацгвардій(?:ця|ець|цю|цеві))\b"
)
SINGULAR_EVENT_RE = _rx(
    r"\b(?:he|she) (?:was|has|had|is|went|left|fled|deserted|refused)\b|"
    r"\bwas (?:detained|arrested|sentenced|convicted|charged|caught|taken|found guilty)|"
    r"\bбыл (?:задержан|арестован|осужден|осуждён|приговорен|приговорён)|"
    r"\bбув (?:затриманий|заарештований|засуджений)|"
    r"\bйого (?:затримали|засудили|заарештували|визнали)|"
    r"\bего (?:задержали|арестовали|осудили|приговорили|признали)|"
    r"\bон (?:был|сбежал|покинул|оставил|отказался)|\bвін (?:був|втік|залишив|відмовився)"
)
PLURAL_RE = _rx(
    r"\b(?:they|them|their|они|их|им|вони|їх|їм)\b|"
    r"\b(?:soldiers|servicemen|deserters|conscripts|officers|draftees|men|troops|"
    r"военнослужащие|военнослужащих|солдаты|дезертиры|беглецы|мужчины|военные|"
    r"військовослужбовці|військові|солдати|дезертири|втікачі|чоловіки)\b"
)
