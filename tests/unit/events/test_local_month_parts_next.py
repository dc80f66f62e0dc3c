""" "krajem meseca", "početkom ovog mjeseca" are the publication's month; Macedonian "наредната"
(next) shifts a week, month or year as "следната" does."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Sledeći turnir biće u Nišu krajem meseca.", "sr", [("krajem meseca", "2022-10")]),
        ("Radovi su počeli početkom ovog mjeseca.", "bs", [("početkom ovog mjeseca", "2022-10")]),
        ("Гостите ќе дојдат и наредната година.", "mk", [("наредната година", "2023")]),
        ("Состанокот е закажан за наредната недела.", "mk", [("наредната недела", "2022-10")]),
    ],
)
def test_month_parts_and_next(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, language, date(2022, 10, 3)) == expected
