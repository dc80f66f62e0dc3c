"""A day word ending an outlet's name in brackets is no date; Albanian's genitive weekday ("i së
martës") is a day; the end of a week or month something is announced for dates its month; this
week is its month; a number word before a one-word unit ("katër vjet", "trideset let") counts
years, not last or this year."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str, str]]:
    return [(e.surface, e.date, e.precision) for e in find_dates(text, published, [language])]


THURSDAY = date(2024, 10, 17)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("MOSTAR, 17. oktobra (Dolina danas) – Vijećnici su usvojili plan.", "bs"),
        ("KORÇË, 17 tetor (Lajmi Sot) – Bashkia miratoi buxhetin.", "sq"),
    ],
)
def test_day_word_in_an_outlet_name_is_no_date(text: str, language: str) -> None:
    found = dates(text, language, THURSDAY)
    assert all(s.lower() not in ("danas", "sot") for s, _, _ in found)


def test_albanian_genitive_weekday() -> None:
    assert dates("Stuhia e së hënës dëmtoi çatitë e shkollës.", "sq", THURSDAY) == [
        ("së hënës", "2024-10-14", "day")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Načelnik je najavio isplatu pomoći do kraja sedmice.", "bs", ("2024-10", "month")),
        ("Ministar je najavio novi zakon do kraja mjeseca.", "cnr", ("2024-10", "month")),
        ("Министерот најави нови мерки до крајот на месецот.", "mk", ("2024-10", "month")),
        ("Vsi klubi igrajo ta teden.", "sl", ("2024-10", "month")),
    ],
)
def test_week_and_month_ends_take_their_month(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert [(d, p) for _, d, p in dates(text, language, THURSDAY)] == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mandati i kryetarit zgjat katër vjet.", "sq"),
        ("„Këtu kam punuar tridhjetë vjet“, tha ai.", "sq"),
        ("„Hišo smo gradili trideset let“, pravi sosed.", "sl"),
        ("Hotel je popunjen do kraja meseca.", "sr"),
    ],
)
def test_counts_and_states_are_no_date(text: str, language: str) -> None:
    assert dates(text, language, THURSDAY) == []
