"""The season before the current one in the region's languages is the year it began in ("prošle
zime" told in April is last December's winter); the present one and a habit are no date (a
season after "na" or "do": test_local_seasons_ahead.py)."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates
from newsmap.events.temporal.local_seasons import season_year


def dates(text: str, language: str, published: date) -> list[tuple[str, str, str]]:
    return [(e.surface, e.date, e.precision) for e in find_dates(text, published, [language])]


@pytest.mark.parametrize(
    ("season", "published", "year"),
    [
        ("winter", date(2025, 4, 10), 2024),
        ("winter", date(2025, 1, 20), 2023),
        ("winter", date(2025, 12, 3), 2024),
        ("autumn", date(2024, 2, 5), 2023),
        ("autumn", date(2024, 12, 5), 2024),
        ("summer", date(2026, 4, 1), 2025),
        ("spring", date(2026, 7, 1), 2026),
    ],
)
def test_season_year(season: str, published: date, year: int) -> None:
    assert season_year(season, published) == year


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Most kod škole oštetila je poplava prošle jeseni.",
            "hr",
            date(2024, 3, 4),
            [("prošle jeseni", "2023", "year")],
        ),
        (
            "Put do sela bio je zatvoren prošle zime zbog snega.",
            "sr",
            date(2025, 5, 6),
            [("prošle zime", "2024", "year")],
        ),
        (
            "Берба је прошлог лета била слабија због суше.",
            "sr",
            date(2026, 3, 2),
            [("прошлог лета", "2025", "year")],
        ),
        (
            "Rruga e fshatit ishte e bllokuar dimrin e kaluar për tre javë.",
            "sq",
            date(2024, 11, 12),
            [("dimrin e kaluar", "2023", "year")],
        ),
        (
            "Езерото минатото лето беше на најниско ниво.",
            "mk",
            date(2026, 4, 8),
            [("минатото лето", "2025", "year")],
        ),
        (
            "Trgatev je bila prejšnjo jesen odlična.",
            "sl",
            date(2025, 6, 2),
            [("prejšnjo jesen", "2024", "year")],
        ),
    ],
)
def test_last_season_is_its_year(
    text: str, language: str, published: date, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text, language, published) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hoteli su svake zime puni skijaša.", "bs"),
        ("Mještani se zimi sele u grad.", "bs"),
        ("Ove zime na stazama je bilo više skijaša.", "sr"),
    ],
)
def test_no_date_for_present_or_habitual_seasons(text: str, language: str) -> None:
    assert dates(text, language, date(2025, 2, 3)) == []
