"""Feasts after a church word joined by "and" ("za Novu godinu i pravoslavni Božić"), after
"pred" and after "na proslavi"; Slovenian "martinovo"; a feast with next year after it; the
Albanian weekend ("fundjava"); Slovenian "prihodnje leto" as next year, not a plural of years;
tens spelt out in "N years ago"."""

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
            "Radnici će za Novu godinu i pravoslavni Božić biti kod kuće.",
            "sr",
            date(2024, 12, 20),
            [("Novu godinu", "2025-01-01"), ("Božić", "2025-01-07")],
        ),
        (
            "Najveći promet očekuje se pred Božić.",
            "sr",
            date(2025, 12, 29),
            [("Božić", "2026-01-07")],
        ),
        (
            "Vinarji so novo klet odprli na martinovo.",
            "sl",
            date(2024, 11, 13),
            [("martinovo", "2024-11-11")],
        ),
        (
            "Мештани су се окупили на прослави Мале Госпојине.",
            "sr",
            date(2023, 9, 25),
            [("Мале Госпојине", "2023-09-21")],
        ),
        (
            "Za odprtje šole so izbrali dan državnosti prihodnje leto.",
            "sl",
            date(2023, 5, 15),
            [("dan državnosti prihodnje leto", "2024-06-25")],
        ),
        (
            "Tregjet kanë mungesë mallrash që nga fundjava.",
            "sq",
            date(2021, 9, 23),
            [("fundjava", "2021-09")],
        ),
        (
            "Podjetje načrtuje, da bo prihodnje leto odprlo novo trgovino.",
            "sl",
            date(2024, 4, 10),
            [("prihodnje leto", "2025")],
        ),
        (
            "Most je srušen pre dvadeset godina.",
            "sr",
            date(2025, 1, 9),
            [("pre dvadeset godina", "2005")],
        ),
    ],
)
def test_local_feasts_weekends_and_years(
    text: str, language: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, language, published) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tregu i fshatit hapet çdo fundjavë.", "sq"),
        ("V naslednjih letih bodo zgradili tri mostove.", "sl"),
        ("Program letošnjega martinovanja je pripravljen.", "sl"),
    ],
)
def test_habits_plurals_and_feast_words_are_no_date(text: str, language: str) -> None:
    assert dates(text, language, date(2024, 11, 13)) == []
