"""Year-less local dates read by their own language's tense (an English past participle's
"-ed" is no mark in "ispred"); an Albanian timetable in the present ("mbahet") looks at the
nearest date of its name; "od lani" and "than last year" date nothing, nor a year that ends a
club's name."""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_a_serbian_future_clause_with_ispred_looks_ahead() -> None:
    text = "Koncert 16. januara biće održan ispred zgrade opštine."
    assert dates(text, "sr", date(2026, 1, 12)) == [("16. januara", "2026-01-16")]


def test_an_albanian_timetable_in_the_present_is_the_next_date() -> None:
    text = "Panairi i verës në qytet mbahet më 20 gusht, thanë organizatorët."
    assert dates(text, "sq", date(2025, 7, 7)) == [("20 gusht", "2025-08-20")]


def test_an_albanian_past_keeps_the_date_behind() -> None:
    text = "Votimi i parë u mbajt më 9 shkurt, ndërsa numërimi zgjati dy javë."
    assert dates(text, "sq", date(2025, 12, 29)) == [("9 shkurt", "2025-02-09")]


def test_since_last_year_is_a_state_not_a_date() -> None:
    assert dates("Od lani u selu radi nova ambulanta.", "hr", date(2025, 12, 29)) == []


def test_a_macedonian_comparison_with_last_year_is_no_date() -> None:
    text = "Бројот на туристи е поголем отколку лани, велат во општината."
    assert dates(text, "mk", date(2025, 12, 22)) == []


def test_a_year_ending_a_club_name_is_no_date() -> None:
    text = "Nogometaši Zagorja 1945 jučer su posjetili djecu u školi."
    assert dates(text, "hr", date(2025, 10, 2)) == [("jučer", "2025-10-01")]


def test_the_publication_weekday_told_in_the_future_is_next_week() -> None:
    text = "Komisioni do të shpallë rezultatet përfundimtare të hënën."
    assert dates(text, "sq", date(2025, 10, 27)) == [("të hënën", "2025-11-03")]


def test_later_counts_from_the_story_day_not_from_an_earlier_one() -> None:
    text = (
        "Brod je zaustavljen 14. marta 2024. u luci. Policija je dan ranije dobila dojavu. "
        "Kapetan je uhapšen dva dana kasnije u Budvi."
    )
    found = dates(text, "cnr", date(2025, 9, 15))
    assert ("dan ranije", "2024-03-13") in found
    assert ("dva dana kasnije", "2024-03-16") in found


def test_a_weekend_is_its_month() -> None:
    ahead = "Gužve se očekuju i idućeg vikenda, kada počinje sajam."
    assert dates(ahead, "hr", date(2025, 4, 22)) == [("idućeg vikenda", "2025-04")]
    past = "U planinama je tokom vikenda boravilo deset hiljada gostiju."
    assert dates(past, "cnr", date(2025, 8, 4)) == [("tokom vikenda", "2025-08")]
    assert dates("Svakog vikenda dolaze turisti.", "sr", date(2026, 2, 16)) == []
