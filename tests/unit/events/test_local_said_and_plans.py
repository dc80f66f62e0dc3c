"""A weekday after a comma and a verb of saying is the day it was said on, whatever the quoted
clause's tense ("... do të jetë falas nga 1 korriku, tha të enjten qeveria"); Macedonian "да се
одржи" (to be held), "предлага" (proposes) and "бара ... да" (demands that), and "treba da"
(is due to), tell a plan ahead."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ura e re do të hapet nga 1 korriku, tha të enjten ministri.",
            "sq",
            [("1 korriku", "2022-07-01"), ("të enjten", "2022-06-16")],
        ),
        (
            "Most će biti otvoren za promet, rekao je u četvrtak ministar.",
            "hr",
            [("u četvrtak", "2022-06-16")],
        ),
    ],
)
def test_the_day_something_was_said_on(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, language, date(2022, 6, 20)) == expected


def test_a_macedonian_plan() -> None:
    text = "Синдикатот бара собирот да се одржи во март, а управата предлага 12 април."
    assert dates(text, "mk", date(2019, 10, 21)) == [
        ("во март", "2020-03"),
        ("12 април", "2020-04-12"),
    ]


def test_due_with_treba_da() -> None:
    text = "Prvi proizvodi treba da izađu iz fabrike krajem marta."
    assert dates(text, "sr", date(2026, 2, 11)) == [("krajem marta", "2026-03")]


def test_a_macedonian_demand() -> None:
    text = "Синдикатот бара платите да се исплатат најдоцна во октомври."
    assert dates(text, "mk", date(2025, 9, 22)) == [("во октомври", "2025-10")]
