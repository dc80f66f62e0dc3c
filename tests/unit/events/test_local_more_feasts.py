"""Feasts that move with Easter (by the text's calendar: Catholic in Croatian and Slovenian,
Orthodox in Serbian and Macedonian; Palm Sunday "Cveti" always Orthodox), and fixed feasts named
by more than one word ("Sveta tri kralja", "Stara godina", "Mala Gospojina", "Свети Кирил и
Методиј", "novega leta dan"); "do"/"до" (until) sets a happening on a feast as "za" does."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates
from newsmap.events.temporal.feast_calendar import orthodox_easter, western_easter


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_easter_in_both_calendars() -> None:
    assert western_easter(2024) == date(2024, 3, 31)
    assert orthodox_easter(2024) == date(2024, 5, 5)
    assert western_easter(2026) == date(2026, 4, 5)
    assert orthodox_easter(2026) == date(2026, 4, 12)


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Sela u dolini bila su puna turista za Uskrs, a mirna već dva tjedna poslije.",
            "hr",
            date(2024, 4, 3),
            [("Uskrs", "2024-03-31")],
        ),
        (
            "Crkva je bila puna za Uskrs, a porodice su se okupile u selu.",
            "sr",
            date(2024, 5, 8),
            [("Uskrs", "2024-05-05")],
        ),
        (
            "Muzej je na Uskrsni ponedjeljak radio do podne, a tjedan prije zatvoren.",
            "hr",
            date(2026, 4, 8),
            [("Uskrsni ponedjeljak", "2026-04-06")],
        ),
        (
            "Procesija je krenula na Veliki petak iz stare crkve, kao svakog tjedna korizme.",
            "hr",
            date(2026, 4, 7),
            [("Veliki petak", "2026-04-03")],
        ),
        (
            "Vernici su na Cveti nosili vrbove grančice.",
            "sr",
            date(2026, 4, 8),
            [("Cveti", "2026-04-05")],
        ),
        (
            "Na Štefanje je u dvorani bio koncert tamburaša.",
            "hr",
            date(2025, 12, 29),
            [("Štefanje", "2025-12-26")],
        ),
        (
            "Gosti će ostati do Sveta tri kralja, rekla je domaćica.",
            "hr",
            date(2025, 12, 30),
            [("Sveta tri kralja", "2026-01-06")],
        ),
        (
            "Na Staru godinu trg je bio pun ljudi.",
            "hr",
            date(2026, 1, 2),
            [("Staru godinu", "2025-12-31")],
        ),
        (
            "Сабор је одржан за Малу Госпојину код старе цркве.",
            "sr",
            date(2025, 9, 24),
            [("Малу Госпојину", "2025-09-21")],
        ),
        (
            "Прославата за Свети Кирил и Методиј ќе се одржи на плоштадот.",
            "mk",
            date(2025, 5, 12),
            [("Свети Кирил и Методиј", "2025-05-24")],
        ),
        (
            "Na novega leta dan so se ljudje zbrali na trgu.",
            "sl",
            date(2026, 1, 3),
            [("novega leta dan", "2026-01-01")],
        ),
        (
            "Повеќето ќе останат до Божиќ, а потоа ќе патуваат.",
            "mk",
            date(2025, 12, 22),
            [("Божиќ", "2026-01-07")],
        ),
    ],
)
def test_more_feast_days(text: str, language: str, published: date, expected: list) -> None:
    assert dates(text, language, published) == expected


def test_the_old_year_without_a_preposition_is_no_date() -> None:
    assert dates("Stara godina bila je teška za obrtnike.", "hr", date(2026, 1, 2)) == []
