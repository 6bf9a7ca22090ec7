"""Counts as a reader would state them: exact, hedged, vague, ranges, in EN/RU/UK."""

import pytest

from otkaz.extract.numbers import find_counts, parse_count


def triple(phrase: str, language: str) -> tuple[int | None, int | None, int | None]:
    count = parse_count(phrase, language)
    assert count is not None, phrase
    return count.best, count.low, count.high


@pytest.mark.parametrize(
    ("phrase", "language", "expected"),
    [
        ("twelve", "en", (12, 12, 12)),
        ("12", "en", (12, 12, 12)),
        ("approximately one hundred", "en", (100, None, None)),
        ("about 100", "en", (100, None, None)),
        ("около сотни", "ru", (100, None, None)),
        ("близько сотні", "uk", (100, None, None)),
        ("at least a few dozen", "en", (None, 24, None)),
        ("more than 10", "en", (None, 11, None)),
        ("более 10", "ru", (None, 11, None)),
        ("понад 10", "uk", (None, 11, None)),
        ("up to 20", "en", (None, None, 20)),
        ("dozens", "en", (None, 24, None)),
        ("десятки", "ru", (None, 24, None)),
        ("десятків", "uk", (None, 24, None)),
        ("10 or 12", "en", (None, 10, 12)),
        ("10-12", "en", (None, 10, 12)),
        ("от 10 до 12", "ru", (None, 10, 12)),
        ("300 to 350", "en", (None, 300, 350)),
        ("двенадцати", "ru", (12, 12, 12)),
        ("десятеро", "ru", (10, 10, 10)),
        ("трое", "ru", (3, 3, 3)),
        ("п’ятеро", "uk", (5, 5, 5)),
        ("дванадцятьох", "uk", (12, 12, 12)),
        ("двадцать пять", "ru", (25, 25, 25)),
        ("one hundred fifty", "en", (150, 150, 150)),
        ("1,700", "en", (1700, 1700, 1700)),
        ("1 700", "ru", (1700, 1700, 1700)),
        ("35 000", "uk", (35000, 35000, 35000)),
        ("8 тыс.", "ru", (8000, 8000, 8000)),
        ("порядка 1,8 тыс.", "ru", (1800, None, None)),
        ("2.5 thousand", "en", (2500, 2500, 2500)),
        ("больше тысячи", "ru", (None, 1001, None)),
        ("more than 100,000", "en", (None, 100001, None)),
        ("nearly 2,300", "en", (2300, None, None)),
        ("several hundred", "en", (None, 200, None)),
    ],
)
def test_parse_count(phrase: str, language: str, expected: tuple) -> None:
    assert triple(phrase, language) == expected


def test_years_and_plain_words_are_not_counts() -> None:
    assert parse_count("in 2023", "en") is None
    assert parse_count("the soldiers", "en") is None


def test_find_counts_keeps_offsets_and_head_noun() -> None:
    text = "Overnight 14 conscripts walked out; three of them were caught by noon."
    found = find_counts(text, 0, len(text), "en")
    assert [(text[m.start:m.end], m.head) for m in found] == [
        ("14", "conscripts"), ("three", "of")]


def test_find_counts_skips_adjectives_before_the_noun() -> None:
    text = "Из части ушли 9 российских военнослужащих, двоих уже нашли."
    found = find_counts(text, 0, len(text), "ru")
    assert found[0].head.startswith("военнослужащ")
    assert found[0].count.best == 9
    assert found[1].count.best == 2


def test_dozens_of_is_not_a_subset() -> None:
    text = "Dozens of reservists refused to board the buses."
    (m,) = find_counts(text, 0, len(text), "en")
    assert m.count.low == 24 and m.head == "reservists"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("два десятка", 20), ("свыше двух десятков", 21), ("полтора десятка", 15),
     ("Twenty-five", 25), ("half a dozen", 6), ("полсотни", 50), ("полторы тысячи", 1500)],
)
def test_compound_number_words(phrase: str, expected: int) -> None:
    count = parse_count(phrase, "ru")
    assert count is not None and count.point() == expected


def test_decimals_without_a_multiplier_are_not_counts() -> None:
    assert parse_count("1.5", "en") is None
    assert parse_count("12.11.2024", "ru") is None
    count = parse_count("1.5 million", "en")
    assert count is not None and count.best == 1_500_000
