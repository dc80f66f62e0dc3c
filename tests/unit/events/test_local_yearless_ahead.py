"""A month announced for ("najavila je radove u rujnu") is the coming one; a yearless date a
few days after publication told in a past-looking clause is this year's, not last year's."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Općina je najavila i obnovu mosta preko potoka u rujnu.",
            "hr",
            date(2024, 7, 30),
            [("u rujnu", "2024-09")],
        ),
        (
            "Градот најави и нов парк во октомври.",
            "mk",
            date(2024, 7, 30),
            [("во октомври", "2024-10")],
        ),
        (
            "Posle toga, 3. avgusta, je tradicionalni vašar u selu.",
            "sr",
            date(2024, 7, 30),
            [("3. avgusta", "2024-08-03")],
        ),
        (
            "Most je otvoren 3. jula.",
            "sr",
            date(2024, 7, 30),
            [("3. jula", "2024-07-03")],
        ),
    ],
)
def test_yearless_dates_ahead(
    text: str, language: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, language, published) == expected
