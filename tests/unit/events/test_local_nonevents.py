"""Local dates that date no happening: habits after "every", the end of a range of days, a
relative date after "than", years in the plural, "a week of days"; a range of months with
years closed by full stops."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates

PUB = date(2024, 8, 27)  # a Tuesday


def dates(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, PUB, [language])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tregtarët e fshatit protestojnë çdo të premte para komunës.", "sq"),
        ("Panairi i librit mbahet çdo vit në tetor në kryeqytet.", "sq"),
        ("Kuvendi zgjidhet çdo pesë vjet sipas ligjit.", "sq"),
        ("Prodaja je bila za tri odstotke manjša kot lani, so sporočili iz podjetja.", "sl"),
        ("Podjetje bo v naslednjih letih odprlo dve novi tovarni.", "sl"),
        ("Radnici su štrajkovali više od nedelju dana ispred fabrike.", "sr"),
        # told as what lasts; otherwise its two days (dev10, test_local_dev10_rules.py)
        ("Sajam je trajao od 3. do 9. srpnja, a grad je posjetilo dvadeset tisuća gostiju.", "hr"),
    ],
)
def test_no_event(text: str, language: str) -> None:
    assert dates(text, language) == []


def test_a_habit_since_a_month_keeps_its_start() -> None:
    text = "Protesti se održavaju svake subote od marta, kažu organizatori."
    assert dates(text, "sr") == [("od marta", "2024-03")]


def test_a_year_in_digits_after_than_is_an_event() -> None:
    text = "Izvoz je bio deset posto veći nego 2022. godine, objavila je komora."
    assert [d for _, d in dates(text, "bs")] == ["2022"]


def test_a_range_of_months_with_years_is_no_event() -> None:
    text = "Prema presudi, optuženi je od maja 1993. do jula 1994. držao zatočenike u logoru."
    assert dates(text, "bs") == []
