"""This year as the span a count runs over dates no happening of its own: "treća takva
nesreća ove godine", "četrti podoben primer letos", "највисока температура досега оваа
година"; nor does this year told with a modifier ("ove godine", "оваа година", "këtë vit"), a
period, not a day: a happening in it is dated by its own day, and Slovenian "letos" keeps its year
(tests/data/events/local/README.md, dev7: periods are no events)."""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_a_count_so_far_is_no_date() -> None:
    published = date(2025, 6, 2)
    assert dates("Ovo je četvrta takva krađa u Zadru ove godine.", "hr", published) == []
    assert dates("To je že tretji podoben požar letos.", "sl", published) == []
    assert dates("Тоа е највисокиот водостој досега оваа година.", "mk", published) == []


def test_this_year_is_a_period_its_happening_takes_its_day() -> None:
    text = "Ove godine festival je otvoren u petak navečer."
    assert dates(text, "hr", date(2025, 6, 2)) == [("u petak", "2025-05-30")]
    assert dates("Оваа година саемот ќе биде поголем.", "mk", date(2025, 6, 2)) == []
    assert dates("Bashkia këtë vit do të ndërtojë dy shkolla.", "sq", date(2025, 6, 2)) == []
