"""Dictionary forms of inflected place words (Новосибирском → Новосибирск, Києві → Київ)."""

from __future__ import annotations

from functools import lru_cache

from otkaz.geo.textnorm import is_cyrillic

# (ending, replacements): noun and adjective case endings of Russian and Ukrainian place names.
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ами", ("ы", "и")), ("ями", ("и",)), ("ого", ("ое", "ий", "ый", "ой", "е", "о")),
    ("его", ("ее", "ий")), ("ому", ("ое", "ий", "ый", "е", "о")), ("ему", ("ее", "ий")),
    ("ові", ("",)), ("еві", ("ь",)), ("ого", ("е",)), ("ій", ("а", "я", "ий")),
    ("ою", ("а",)), ("ею", ("я", "ь")), ("ої", ("а",)), ("ьє", ("ья",)),
    ("ых", ("ые",)), ("их", ("ие", "і")), ("ым", ("ый", "ое")), ("им", ("ий", "е", "ие")),
    ("ом", ("", "о", "ое", "ий", "ый", "ой")), ("ем", ("", "ь", "е", "ее")),
    ("ой", ("а", "ая")), ("ей", ("я", "ь", "ая")), ("ах", ("ы", "и", "а", "")),
    ("ях", ("и", "ы", "я")), ("ам", ("ы", "и", "а")), ("ов", ("ы", "")),
    ("ів", ("и", "")), ("ую", ("ая",)), ("ью", ("ь",)), ("ья", ("ье",)), ("ьи", ("ье",)),
    ("'ї", ("'я",)), ("ці", ("ка", "ця", "ці", "ець", "к")), ("зі", ("га", "г")),
    ("сі", ("х", "ха")), ("ового", ("ів",)), ("овому", ("ів",)), ("овим", ("ів",)),  # Часового Яру → Часів Яр
    ("ок", ("ки",)),  # plural-only names: біля Кринок → Кринки
    ("ця", ("ець",)), ("цю", ("ець",)), ("цем", ("ець",)), ("ьця", ("ець",)),
    ("ке", ("ка",)), ("ою", ("а",)), ("ой", ("ая",)),
    ("е", ("", "а", "я", "о", "ь")), ("і", ("", "а", "ь", "я", "і", "о")), ("и", ("ь", "а", "я", "ы", "")),
    ("у", ("", "а", "о")), ("ю", ("ь", "я", "й")), ("а", ("", "о", "ь")), ("я", ("ь", "й", "е")),
    ("ы", ("а", "")), ("ї", ("я",)),
)
_VOWEL_ALT = {"о": "і", "е": "і", "є": "ї"}


@lru_cache(maxsize=1)
def _morph():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _keep_case(form: str, like: str) -> str:
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


@lru_cache(maxsize=100_000)
def candidates(word: str) -> tuple[str, ...]:
    """The word and the dictionary forms it may inflect from, most likely first."""
    out: list[str] = [word]
    if not is_cyrillic(word):
        if word.endswith(("'s", "’s")):
            out.append(word[:-2])
        return tuple(out)
    low = word.lower()
    for parse in _morph().parse(word):
        tag = parse.tag
        if "Geox" in tag or (tag.POS in ("NOUN", "ADJF") and "Surn" not in tag):
            form = _keep_case(parse.normal_form, word)
            if form not in out:
                out.append(form)
    head, _, tail = low.rpartition("-")
    prefix = word[: len(head) + 1] if head else ""
    body = tail if head else low
    for ending, repls in _ENDINGS:
        if body.endswith(ending) and len(body) - len(ending) >= 2:
            stem = body[: -len(ending)]
            for rep in repls:
                for form in _alternations(stem + rep, ending):
                    full = prefix + _keep_case(form, word if not prefix else tail)
                    if full not in out:
                        out.append(full)
    if body and body[-1] not in "аеєиіїоуюяьйы'":
        for ending in ("и", "ы"):  # plural-only names: з Черкас → Черкаси, из Чебоксар
            full = word + ending
            if full not in out:
                out.append(full)
    if head:
        out.extend(_hyphen_heads(word, out))
    first, sep, rest = word.partition("-")
    if sep and rest.lower().startswith(("на-", "on-")):
        # "у Ростові-на-Дону", "Франкфурті-на-Майні": only the first word inflects
        out.extend(f + sep + rest for f in candidates(first)[1:4] if f + sep + rest not in out)
    return tuple(out)


def _alternations(form: str, ending: str) -> list[str]:
    """Ukrainian і/о alternation: Києва → Київ, Харкові → Харків."""
    forms = [form]
    if len(form) >= 3 and form[-1] not in "аеєиіїоуюяь" and form[-2] in _VOWEL_ALT:
        forms.append(form[:-2] + _VOWEL_ALT[form[-2]] + form[-1])
    return forms


def _hyphen_heads(word: str, have: list[str]) -> list[str]:
    """Inflect the first half of hyphenated names too (Газимуро-Заводском keeps its head)."""
    head, _, tail = word.rpartition("-")
    extra: list[str] = []
    for tail_form in candidates(tail)[1:4]:
        for head_form in candidates(head)[:6]:
            form = f"{head_form}-{tail_form}"
            if form not in have and form not in extra:
                extra.append(form)
    return extra


@lru_cache(maxsize=100_000)
def word_info(word: str) -> tuple[bool, bool, bool, bool]:
    """(known to the dictionary, any toponym reading, toponym is the top reading, person name)."""
    morph = _morph()
    parses = morph.parse(word)
    geox_any = any("Geox" in p.tag for p in parses)
    geox_top = bool(parses) and "Geox" in parses[0].tag
    known = morph.word_is_known(word)
    # a guessed surname for an unknown word (Угледаром) proves nothing
    person = known and any(("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag) and
                           p.score > 0.3 for p in parses)
    return known, geox_any, geox_top, person
