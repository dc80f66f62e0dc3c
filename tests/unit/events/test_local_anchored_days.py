"""Local dates told from another: a yearless date in its own present clause or set "për" a day
is the nearest of its name, one told beside its weekday is of the year it falls on that
weekday; "istog dana" is the day named before (a second happening of the sentence); days
counted from a feast ("dan posle Petrovdana") are that many days from it; "N weeks ago" is the
day that many weeks back."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events, find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def events(text: str, language: str, published: date) -> list[tuple[str, str]]:
    found = extract_events(text, published, [], [], [language])
    return [(text[e.start : e.end], e.date) for e in found]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Klub je u subotu izgubio u Splitu, a uzvrat se igra u Osijeku 14. prosinca.",
            "hr",
            date(2021, 11, 29),
            [("u subotu", "2021-11-27"), ("14. prosinca", "2021-12-14")],
        ),
        (
            "Federata tha se ndeshja është caktuar për 14 nëntor në Prizren.",
            "sq",
            date(2025, 10, 13),
            [("14 nëntor", "2025-11-14")],
        ),
        (
            "Seanca tjetër u caktua për të hënën, 20 mars, në të njëjtën sallë.",
            "sq",
            date(2023, 3, 8),
            [("20 mars", "2023-03-20")],
        ),
        (
            "Sednica je održana u petak, 8. marta, u maloj sali.",
            "sr",
            date(2024, 3, 20),
            [("8. marta", "2024-03-08")],
        ),
    ],
)
def test_yearless_dates(
    text: str, language: str, published: date, expected: list[tuple[str, str]]
) -> None:
    got = dates(text, language, published)
    assert [d for d in got if d in expected] == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Sabor je zakon izglasao u petak, a predsjednik ga je potpisao istog dana.",
            "hr",
            date(2024, 5, 13),
            [("u petak", "2024-05-10"), ("istog dana", "2024-05-10")],
        ),
        (
            "Policia e arrestoi të shtunën. Në të njëjtën ditë u hap hetimi.",
            "sq",
            date(2024, 5, 13),
            [("të shtunën", "2024-05-11"), ("të njëjtën ditë", "2024-05-11")],
        ),
    ],
)
def test_the_same_day(
    text: str, language: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert events(text, language, published) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("Ročište je zakazano za dan posle Petrovdana.", "sr", date(2023, 6, 22), "2023-07-13"),
        ("Радови почињу два дана после Митровдана.", "sr", date(2023, 9, 25), "2023-11-10"),
        ("Берачите ќе почнат два дена пред Крстовден.", "mk", date(2026, 4, 15), "2026-09-25"),
    ],
)
def test_days_from_a_feast(text: str, language: str, published: date, expected: str) -> None:
    assert [d for _, d in dates(text, language, published)] == [expected]


def test_a_feast_after_posle_alone_is_a_vague_span() -> None:
    # tests/data/events/local/README.md (dev6, dev8): "posle/после + feast" alone is a vague
    # span; a count before it ("dan posle Petrovdana") or "do" ("do posle") sets a day
    assert dates("Suđenje se nastavlja posle Petrovdana.", "sr", date(2023, 6, 22)) == []
    got = dates("Suđenje se nastavlja dan posle Petrovdana.", "sr", date(2023, 6, 22))
    assert [d for _, d in got] == ["2023-07-13"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Radnici su štrajkovali pre tri nedelje.", "sr", "2026-01-21"),
        ("Svjedočila je prije dvije sedmice u Hagu.", "bs", "2026-01-28"),
    ],
)
def test_weeks_ago_is_a_day(text: str, language: str, expected: str) -> None:
    assert [d for _, d in dates(text, language, date(2026, 2, 11))] == [expected]
