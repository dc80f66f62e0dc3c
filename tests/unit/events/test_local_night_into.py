"""The night into a weekday ("v noči na torek", "u noći na subotu") is dated by that day."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Neznanci so v noči na torek vlomili v trgovino.", "sl", ("noči na torek", "2024-11-12")),
        ("Lopovi su u noći na subotu obili kiosk.", "hr", ("noći na subotu", "2024-11-09")),
        ("Пожар је избио у ноћи на понедељак.", "sr", ("ноћи на понедељак", "2024-11-11")),
    ],
)
def test_night_into_a_weekday(text: str, language: str, expected: tuple[str, str]) -> None:
    found = [(e.surface, e.date) for e in find_dates(text, date(2024, 11, 13), [language])]
    assert found == [expected]
