""" "Za vikend" (for the weekend) and the Macedonian weekend: the coming weekend, or the one just
gone in a clause that tells what was; a weekend whose happening is called off is no date."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


MONDAY = date(2025, 6, 30)  # the coming weekend is 5-6 July, the last one 28-29 June


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Sljedeće kolo igra se za vikend u Zenici.", "bs", [("za vikend", "2025-07")]),
        ("Za vikend se na jugu očekuju pljuskovi.", "hr", [("Za vikend", "2025-07")]),
        ("Planinari su najavili uspon na vrh za vikend.", "sr", [("za vikend", "2025-07")]),
        ("Vlasnici kažu da je za vikend bilo mnogo gostiju.", "sr", [("za vikend", "2025-06")]),
        ("Сезоната продолжува за викендот во Струга.", "mk", [("за викендот", "2025-07")]),
        ("Кафулињата биле полни за викендот.", "mk", [("за викендот", "2025-06")]),
        ("Минатиот викенд во градот дојдоа многу гости.", "mk", [("Минатиот викенд", "2025-06")]),
    ],
)
def test_the_weekend_for(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, language, MONDAY) == expected


def test_a_weekend_called_off_is_no_date() -> None:
    text = "Koncert zakazan za vikend odložen je zbog kiše."
    assert dates(text, "sr", MONDAY) == []
