"""Feast days in the region's languages: the day of the calendar, Orthodox or Catholic by the
church word or the text's language, the year by tense, only after a preposition that sets a
happening on the day (a surname spelt like a feast is none)."""

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
            "Porodica se vraća kući za Božić, rekao je otac.",
            "sr",
            date(2024, 12, 30),
            [("Božić", "2025-01-07")],
        ),
        (
            "Sajam je bio otvoren za Božić, pa je tjedan bio dobar za obrtnike.",
            "hr",
            date(2024, 12, 28),
            [("Božić", "2024-12-25")],
        ),
        (
            "Skup u Čačku održan je na Sretenje ispred opštine.",
            "sr",
            date(2024, 2, 20),
            [("Sretenje", "2024-02-15")],
        ),
        (
            "Spremali su se za Badnji dan i Božić cijelu sedmicu.",
            "cnr",
            date(2023, 1, 2),
            [("Badnji dan", "2023-01-06"), ("Božić", "2023-01-07")],
        ),
        (
            "Трг ће бити затворен за Нову годину због концерта.",
            "sr",
            date(2023, 12, 27),
            [("Нову годину", "2024-01-01")],
        ),
        (
            "Hoteli su bili puni za Veliku Gospu, javila je turistička zajednica.",
            "hr",
            date(2023, 8, 20),
            [("Veliku Gospu", "2023-08-15")],
        ),
        (
            "Na Prešernov dan je bila razstava odprta ves dan.",
            "sl",
            date(2024, 2, 12),
            [("Prešernov dan", "2024-02-08")],
        ),
        (
            "Tregu u mbush me njerëz për Krishtlindje.",
            "sq",
            date(2023, 12, 29),
            [("Krishtlindje", "2023-12-25")],
        ),
    ],
)
def test_feast_days(text: str, language: str, published: date, expected: list) -> None:
    assert dates(text, language, published) == expected


def test_a_surname_spelt_like_a_feast_is_no_date() -> None:
    text = "Trener Ivan Božić rekao je da je ekipa spremna."
    assert dates(text, "hr", date(2024, 5, 3)) == []
