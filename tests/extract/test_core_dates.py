"""Date mentions resolve against the publication date and never invent a year."""

from __future__ import annotations

from datetime import date

from otkaz.extract.dates import date_from_url, find_dates


def _dates(text: str, published: date | None = None, relative_ok: bool = True) -> list[tuple[str, date | None, date | None, str | None]]:
    return [(m.surface, m.date_start, m.date_end, m.precision)
            for m in find_dates(text, [(0, len(text))], published, relative_ok)]


def test_day_month_without_any_year_stays_unresolved() -> None:
    found = _dates("Soldiers broke out of the barracks on March 3.")
    assert found == [("March 3", None, None, "day")]


def test_day_month_takes_the_year_of_the_publication_date() -> None:
    found = _dates("Солдаты ушли из части вечером 3 марта.", date(2025, 3, 9))
    assert found[0][1] == date(2025, 3, 3)


def test_date_after_publication_belongs_to_the_previous_year() -> None:
    found = _dates("They fled on December 30.", date(2025, 1, 4))
    assert found[0][1] == date(2024, 12, 30)


def test_night_of_is_the_day_named() -> None:
    found = _dates("Побег случился в ночь на 7 мая 2023 года.")
    assert found[0][1] == date(2023, 5, 7) and found[0][3] == "day"


def test_relative_days_need_a_day_precise_publication_date() -> None:
    published = date(2024, 6, 14)  # a Friday
    found = dict((s, (a, p)) for s, a, _b, p in _dates("It happened yesterday. Police came on Tuesday.", published))
    assert found["yesterday"] == (date(2024, 6, 13), "day")
    assert found["on Tuesday"] == (date(2024, 6, 11), "day")
    assert _dates("It happened yesterday.", published, relative_ok=False)[0][1] is None


def test_last_week_has_week_precision() -> None:
    found = _dates("Two conscripts went missing last week.", date(2024, 6, 14))
    assert found[0][3] == "week" and found[0][1] == date(2024, 6, 3) and found[0][2] == date(2024, 6, 9)


def test_month_and_year_is_month_precision() -> None:
    found = _dates("The unit was disbanded in March 2023.")
    assert found == [("in March 2023", date(2023, 3, 1), date(2023, 3, 31), "month")]


def test_year_carries_over_from_the_narrative() -> None:
    text = "He was transferred on 20 December 2021. He came back from leave on 9 January."
    found = _dates(text, date(2024, 5, 1))
    assert found[1][1] == date(2022, 1, 9)


def test_weekday_right_before_a_date_does_not_override_it() -> None:
    found = _dates("On Friday, April 18, about fifty soldiers ran.", date(2025, 4, 25))
    assert [f[0] for f in found] == ["April 18"]


def test_ukrainian_late_month_is_a_week() -> None:
    found = _dates("Наприкінці січня він покинув полігон.", date(2026, 2, 15))
    assert found[0][1:] == (date(2026, 1, 21), date(2026, 1, 31), "week")


def test_url_dates() -> None:
    assert date_from_url("https://example.org/news/2024/11/13/some-title") == (date(2024, 11, 13), "day")
    assert date_from_url("https://example.org/2022/12/some-title/") == (date(2022, 12, 31), "month")
    assert date_from_url("https://example.org/news/12345") == (None, None)


def test_place_names_starting_like_months_are_not_dates() -> None:
    assert _dates("Soldiers left a unit in Novosibirsk and in Mariupol, then hid in Decatur.") == []


def test_during_a_month_and_the_modal_may() -> None:
    published = date(2025, 3, 14)
    assert _dates("Five soldiers left the unit during February.", published)[0][1:] == (
        date(2025, 2, 1), date(2025, 2, 28), "month")
    assert _dates("Протягом лютого п'ятеро військових залишили частину.", published)[0][1] == date(2025, 2, 1)
    assert _dates("They may face charges.", published) == []
