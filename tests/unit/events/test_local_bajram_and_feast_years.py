"""The Bajrams from the table of their days (either, or the one named: "Kurban bajram",
"Ramazanski bajram", "Fitër Bajrami"), and a feast in a sentence that names its year before it
("pre dve godine ... za Vidovdan") of that year."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates
from newsmap.events.temporal.feast_calendar import bajram_day


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_bajram_days() -> None:
    assert bajram_day(2, date(2025, 5, 12), True) == date(2025, 6, 6)
    assert bajram_day(1, date(2025, 5, 12), False) == date(2025, 3, 30)
    assert bajram_day(0, date(2019, 12, 21), False) == date(2019, 8, 11)
    assert bajram_day(0, date(1990, 1, 1), False) is None


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Suđenje je odgođeno do poslije Bajrama.",
            "bs",
            date(2025, 5, 12),
            [("Bajrama", "2025-06-06")],
        ),
        (
            "Porodice su se okupile za Ramazanski bajram u Tuzli.",
            "bs",
            date(2025, 5, 12),
            [("Ramazanski bajram", "2025-03-30")],
        ),
        (
            "Dan poslije Bajrama u selu je bilo puno gostiju.",
            "bs",
            date(2025, 6, 30),
            [("Bajrama", "2025-06-07")],
        ),
        (
            "Proces je počeo pre dve godine, a prvo ročište bilo je zakazano za Vidovdan.",
            "sr",
            date(2023, 6, 22),
            [("pre dve godine", "2021"), ("Vidovdan", "2021-06-28")],
        ),
    ],
)
def test_bajram_and_feast_years(
    text: str, language: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, language, published) == expected
