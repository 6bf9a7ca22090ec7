"""Cleaning keeps the stored text intact and only chooses body lines; language id stays offline."""

from __future__ import annotations

from otkaz.extract.clean import body_ranges
from otkaz.extract.lang import _detector, detect_language
from otkaz.extract.segment import sentences

PAGE = (
    "Skip to main content\n"
    "Share on Facebook\n"
    "12:16 18 ноября 2024\n"
    "Soldiers leave a base near Tver\n"
    "Photo: Example Agency\n"
    "Six soldiers left their unit without permission on Monday. Police searched the area.\n"
    "Read also: the budget debate continues\n"
    "Subscribe to our newsletter\n"
)


def test_page_furniture_is_not_body() -> None:
    kept = [PAGE[s:e] for s, e in body_ranges(PAGE)]
    assert kept == [
        "Soldiers leave a base near Tver",
        "Six soldiers left their unit without permission on Monday. Police searched the area.",
    ]


def test_sentence_offsets_point_into_the_original_text() -> None:
    for sent in sentences(PAGE, body_ranges(PAGE)):
        assert PAGE[sent.start:sent.end] == sent.text
    texts = [s.text for s in sentences(PAGE, body_ranges(PAGE))]
    assert "Six soldiers left their unit without permission on Monday." in texts


def test_abbreviations_do_not_end_sentences() -> None:
    text = "On Nov. 2 the men left. Art. 337 applies."
    assert [s.text for s in sentences(text, body_ranges(text))] == ["On Nov. 2 the men left.", "Art. 337 applies."]


def test_language_id_uses_the_bundled_lite_model_without_truncation() -> None:
    config = _detector().config
    assert config.model == "lite" and config.max_input_length is None
    assert detect_language("Солдаты ушли из части вечером в пятницу, сообщили местные жители.") == "ru"
    assert detect_language("Солдати пішли з частини ввечері в п'ятницю, повідомили місцеві жителі.") == "uk"
    assert detect_language("Soldiers left the base on Friday evening, residents said.") == "en"
