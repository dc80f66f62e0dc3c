"""Rules from the local dev9 round (tests/data/events/local/README.md, ``## dev9.jsonl``), each
on made-up sentences in our own words.

- A span of weekdays ("od srede do petka", "nga e mërkura deri të premten", "од петокот до
  неделата") gives two events, its first day by tense and its last day counted from the first.
- Albanian: "nga e hëna" (from Monday, the definite nominative) and "për të mërkurën" (the
  Wednesday a plan is for).
"""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events

TUE = date(2025, 3, 4)  # a Tuesday


def _days(text: str, language: str, pub: date = TUE) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.date) for e in extract_events(text, pub, [], [], [language])]


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        (
            "Sajam cveća biće otvoren od četvrtka do nedelje u hali.",
            "sr",
            "2025-03-06",
            "2025-03-09",
        ),
        (
            "„Od utorka do petka bit će kišovito i hladno”, rekla je meteorologinja.",
            "hr",
            "2025-03-11",
            "2025-03-14",
        ),
        (
            "Most je bio zatvoren od subote do ponedjeljka zbog popravki.",
            "bs",
            "2025-03-01",
            "2025-03-03",
        ),
        ("Киша је падала од петка до недеље у целом округу.", "sr", "2025-02-28", "2025-03-02"),
        ("Патот ќе биде затворен од средата до петокот.", "mk", "2025-03-05", "2025-03-07"),
        (
            "Razstava bo odprta od srede do sobote v mestni galeriji.",
            "sl",
            "2025-03-05",
            "2025-03-08",
        ),
        (
            "Punëtorët paralajmëruan grevë nga e mërkura deri të premten.",
            "sq",
            "2025-03-05",
            "2025-03-07",
        ),
        (
            "Festivali zgjati nga e premtja deri të dielën në qendër.",
            "sq",
            "2025-02-28",
            "2025-03-02",
        ),
    ],
)
def test_a_span_of_weekdays_gives_its_first_and_last_day(text, language, first, last):
    assert [d for _, d in _days(text, language)] == [first, last]


def test_a_past_span_ends_after_its_start_not_a_week_ahead():
    # "do ponedeljka" alone is a deadline ahead; closing a past span it is the Monday gone by
    found = _days("Kiše su padale od subote do ponedeljka i reka se izlila.", "sr")
    assert [d for _, d in found] == ["2025-03-01", "2025-03-03"]


def test_a_span_over_the_month_edge():
    found = _days("Sednica će trajati od utorka do četvrtka.", "sr", date(2023, 2, 27))
    assert [d for _, d in found] == ["2023-02-28", "2023-03-02"]


def test_a_span_of_dates_stays_no_event():
    assert _days("Sajam će trajati od 3. aprila do 9. aprila u hali.", "sr") == []


def test_albanian_from_a_weekday_alone():
    found = _days("Kontrollet do të fillojnë nga e hëna në të gjitha pikat.", "sq")
    assert [d for _, d in found] == ["2025-03-10"]


def test_albanian_a_plan_for_a_weekday_looks_ahead():
    found = _days("Qeveria shpalli ditë zie për të mërkurën.", "sq")
    assert [d for _, d in found] == ["2025-03-05"]
