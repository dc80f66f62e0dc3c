"""A season after "na" or "do" ("na jesen", "do ljeta", "spomladi", "këtë verë", "на пролет")
dates the year of the next such season, or of the last one in a clause told in the perfect."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates
from newsmap.events.temporal.local_seasons_ahead import next_season_year


def dates(text: str, language: str, published: date) -> list[tuple[str, str, str]]:
    return [(e.surface, e.date, e.precision) for e in find_dates(text, published, [language])]


@pytest.mark.parametrize(
    ("season", "published", "year"),
    [
        ("spring", date(2025, 11, 3), 2026),
        ("spring", date(2026, 1, 10), 2026),
        ("summer", date(2024, 2, 5), 2024),
        ("autumn", date(2025, 6, 30), 2025),
        ("autumn", date(2025, 12, 1), 2026),
        ("winter", date(2025, 10, 1), 2025),
        ("winter", date(2026, 1, 15), 2025),
    ],
)
def test_next_season_year(season: str, published: date, year: int) -> None:
    assert next_season_year(season, published) == year


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("Gradnja vrtića trebalo bi da počne na proleće.", "sr", date(2025, 10, 2), "2026"),
        ("Нова пруга биће пуштена у саобраћај до лета.", "sr", date(2026, 3, 9), "2026"),
        ("Općina je obećala popraviti krov škole do ljeta.", "hr", date(2024, 1, 8), "2024"),
        ("O novom parku vijećnici će raspravljati na jesen.", "bs", date(2025, 5, 20), "2025"),
        (
            "Radovi na cesti so se začeli, nadaljevali se bodo spomladi.",
            "sl",
            date(2025, 11, 4),
            "2026",
        ),
        ("Bashkia pret që këtë verë të hapë pishinën e re.", "sq", date(2025, 4, 2), "2025"),
        ("Новиот мост ќе биде отворен на пролет.", "mk", date(2024, 9, 12), "2025"),
        ("Na jesen su počeli radovi na novom vodovodu.", "sr", date(2025, 5, 6), "2024"),
    ],
)
def test_season_ahead_is_its_year(text: str, language: str, published: date, expected: str) -> None:
    found = dates(text, language, published)
    assert [(d, p) for _, d, p in found] == [(expected, "year")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rijeka u proljeće redovno nabuja.", "hr"),
        ("Povratna posjeta dogovorena je za proljeće.", "bs"),
        ("Hoteli rade i tokom zime.", "cnr"),
        ("Iskopavanja na jesen 2019. donijela su nove nalaze.", "hr"),
    ],
)
def test_no_season_date_after_u_za_tokom_or_with_a_year(text: str, language: str) -> None:
    found = dates(text, language, date(2025, 2, 3))
    assert all(p != "year" or d == "2019" for _, d, p in found)
