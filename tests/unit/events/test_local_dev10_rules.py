"""Rules from the local dev10 round (tests/data/events/local/README.md, ``## dev10.jsonl``), each
on made-up sentences in our own words.

- A range of numbered days ("od 3. do 5. avgusta", "nga 2 deri më 6 tetor", "од 8 до 11
  октомври") gives two events, its first and its last day; told as what a thing lasts
  ("Sajam traje od 3. do 5. avgusta") it stays a period, no event.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events

TUE = date(2025, 3, 4)  # a Tuesday


def _days(text: str, language: str, pub: date = TUE) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.date) for e in extract_events(text, pub, [], [], [language])]


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        (
            "Ulica će biti zatvorena od 3. do 5. aprila zbog radova na mostu.",
            "sr",
            "2025-04-03",
            "2025-04-05",
        ),
        (
            "Naselje ostaje bez struje od 28. do 2. aprila, javila je elektrodistribucija.",
            "hr",
            "2025-03-28",
            "2025-04-02",
        ),
        (
            "Plaža do të mbyllet nga 2 deri më 6 prill për pastrim.",
            "sq",
            "2025-04-02",
            "2025-04-06",
        ),
        (
            "Патот ќе биде затворен од 8 до 11 април поради поправка.",
            "mk",
            "2025-04-08",
            "2025-04-11",
        ),
        ("Cesta bo zaprta od 7. do 9. aprila zaradi del.", "sl", "2025-04-07", "2025-04-09"),
        (
            "Lov na jezeru biće zabranjen od 10. aprila do 20. maja ove godine.",
            "cnr",
            "2025-04-10",
            "2025-05-20",
        ),
    ],
)
def test_numbered_day_range_gives_its_two_days(
    text: str, language: str, first: str, last: str
) -> None:
    dates = [d for _, d in _days(text, language)]
    assert first in dates and last in dates


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sajam meda traje od 3. do 5. aprila na gradskom trgu.", "sr"),
        ("Izložba je trajala od 10. februara do 20. februara u muzeju.", "hr"),
    ],
)
def test_numbered_day_range_that_lasts_is_a_period(text: str, language: str) -> None:
    assert _days(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "pub", "day"),
    [
        (
            "Sedmicu dana nakon Božića policija je zaplijenila kamion drva.",
            "sr",
            date(2025, 1, 20),
            "2025-01-14",
        ),
        (
            "Nedelju dana posle Nove godine otvoren je novi most.",
            "sr",
            date(2025, 1, 20),
            "2025-01-08",
        ),
        (
            "Teden dni pred božičem so na meji ustavili tovornjak.",
            "sl",
            date(2025, 1, 10),
            "2024-12-18",
        ),
    ],
)
def test_a_week_from_a_feast(text: str, language: str, pub: date, day: str) -> None:
    assert day in [d for _, d in _days(text, language, pub)]
