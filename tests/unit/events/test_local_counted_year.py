"""This year as the span a count runs over dates no happening of its own: "treća takva
nesreća ove godine", "četrti podoben primer letos", "највисока температура досега оваа
година"; this year with a happening keeps its date."""

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


def test_this_year_with_a_happening_keeps_its_date() -> None:
    text = "Ove godine festival je otvoren u petak navečer."
    assert ("Ove godine", "2025") in dates(text, "hr", date(2025, 6, 2))
