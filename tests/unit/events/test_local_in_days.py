""" "za sedam dana", "za dva tjedna", "pas dy ditësh": the day that far ahead in a clause of what
is to come or of a timetable; a span in a past clause and a delay after "postpone" are no
day."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates

MONDAY = date(2026, 3, 9)


def dates(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, MONDAY, [language])]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Prvenstvo se nastavlja za sedam dana.", "bs", [("za sedam dana", "2026-03-16")]),
        ("Novi sastanak zakazan je za dva tjedna.", "hr", [("za dva tjedna", "2026-03-23")]),
        ("Votat do të numërohen pas dy ditësh.", "sq", [("pas dy ditësh", "2026-03-11")]),
    ],
)
def test_days_ahead(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Odigrali smo treći meč za sedam dana.", "sr"),
        ("Vlada je tražila da se odluka odloži za deset dana.", "sr"),
    ],
)
def test_no_day(text: str, language: str) -> None:
    assert dates(text, language) == []
