"""Two phrases of one day in one sentence of the region's news are two events: a day word and a
feast ("jučer, na Vidovdan"), a day word and a day told from a happening ("juče, dan nakon
sastanka"); the same word again, or a numbered date that gives a weekday its day ("u petak,
12. maja"), stays one.  English keeps one event per date and sentence."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events


def events(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in extract_events(text, published, [], [], [language])]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Seljaci su jučer, na Vidovdan, blokirali cestu prema gradu.",
            "hr",
            date(2024, 6, 29),
            [("jučer", "2024-06-28"), ("Vidovdan", "2024-06-28")],
        ),
        (
            "Radnici su juče, dan nakon sastanka, stupili u štrajk.",
            "sr",
            date(2023, 3, 9),
            [("juče", "2023-03-08"), ("dan nakon sastanka", "2023-03-08")],
        ),
        (
            "Рударите денеска, два дена по несреќата, излегоа на протест.",
            "mk",
            date(2022, 6, 15),
            [("денеска", "2022-06-15"), ("два дена по несреќата", "2022-06-15")],
        ),
    ],
)
def test_two_phrases_of_one_day_are_two_events(
    text: str, language: str, published: date, expected: list[tuple[str, str]]
) -> None:
    got = events(text, language, published)
    for item in expected:
        assert item in got
    assert len(got) == 2


def test_a_weekday_and_its_numbered_date_are_one() -> None:
    text = "Sindikat je u petak, 12. maja, održao protest ispred vlade."
    got = events(text, "bs", date(2023, 5, 15))
    assert [d for _, d in got] == ["2023-05-12"]


def test_the_same_word_again_is_one() -> None:
    text = "Koncert počinje večeras na trgu, a organizatori strahuju od kiše za večeras."
    got = events(text, "cnr", date(2024, 8, 1))
    assert [d for _, d in got] == ["2024-08-01"]


def test_english_keeps_one_event_per_date() -> None:
    text = "Farmers blocked the road yesterday, the day after the meeting, police said."
    got = events(text, "en", date(2023, 3, 9))
    assert [d for _, d in got] == ["2023-03-08"]


def test_a_day_after_and_a_numbered_date_are_two_of_that_date() -> None:
    text = "Skupština je zasjedala u utorak. Dan poslije, 14. marta, opozicija je napustila salu."
    got = events(text, "cnr", date(2024, 3, 20))
    assert ("Dan poslije", "2024-03-14") in got and ("14. marta", "2024-03-14") in got


def test_the_second_day_of_a_feast() -> None:
    text = "Drugog dana Bajrama u selu će biti organizovan piknik."
    assert ("Bajrama", "2024-06-17") in events(text, "bs", date(2024, 6, 12))
