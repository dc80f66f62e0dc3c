"""Local dates: more feasts (saints' days, Ascension, the states' days), a perfect told with its
participle first ("počeli su u ponedeljak"), a meeting scheduled for a weekday ("zakazalo je
zbor u subotu"), and a year-less month in the year a year word just before it tells."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import extract_events, find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def events(text: str, language: str, published: date) -> list[tuple[str, str, str]]:
    found = extract_events(text, published, [], [], [language])
    return [(e.surface, e.date, e.precision) for e in found]


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        ("Вашар у селу одржан је на Никољдан.", "sr", date(2023, 12, 21), "2023-12-19"),
        ("Ribari su na Svijećnicu izašli na more.", "hr", date(2024, 2, 5), "2024-02-02"),
        ("Gradska glazba svirala je na dan svetog Vlaha.", "hr", date(2023, 2, 6), "2023-02-03"),
        ("Литија ће проћи за Спасовдан кроз центар.", "sr", date(2024, 6, 1), "2024-06-13"),
        ("Procesija će proći na Tijelovo.", "hr", date(2024, 5, 20), "2024-05-30"),
        ("Panairi u hap në Ditën e Çlirimit në qendër.", "sq", date(2023, 12, 1), "2023-11-29"),
        (
            "Koncerti mbahet në Ditën e Pavarësisë së Kosovës.",
            "sq",
            date(2024, 2, 10),
            "2024-02-17",
        ),
        ("Ceremonia u mbajt në Ditën e Pavarësisë.", "sq", date(2023, 12, 1), "2023-11-28"),
        ("Собирот ќе се одржи на Петровден во селото.", "mk", date(2024, 7, 1), "2024-07-12"),
        ("Парадата се одржа на Денот на независноста.", "mk", date(2022, 9, 10), "2022-09-08"),
        ("Familjet do ta presin Vitin e Ri në fshat.", "sq", date(2023, 12, 28), "2024-01-01"),
    ],
)
def test_more_feasts(text: str, language: str, published: date, day: str) -> None:
    assert day in [d for _, d in dates(text, language, published)]


def test_a_feast_name_without_its_preposition_is_no_day() -> None:
    assert dates("Petrovden e stariot naziv na praznikot.", "mk", date(2024, 7, 1)) == []
    assert dates("Никољден беше тема на разговорот.", "mk", date(2024, 7, 1)) == []


def test_a_perfect_with_its_participle_first_looks_back() -> None:
    text = "Одборници су почели у понедељак расправу о плану за наредну годину."
    got = dates(text, "sr", date(2024, 10, 30))
    assert ("у понедељак", "2024-10-28") in got


def test_a_meeting_scheduled_for_a_weekday_looks_ahead() -> None:
    text = "Savez pčelara zakazao je skupštinu u subotu u domu kulture."
    assert ("u subotu", "2025-06-28") in dates(text, "sr", date(2025, 6, 25))


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Prošle godine smo radili do aprila, kaže vlasnik.",
            "bs",
            date(2025, 3, 10),
            {("Prošle godine", "2024", "year"), ("do aprila", "2024-04", "month")},
        ),
        (
            "Синдикат ће протестовати у петак, као и прошле године у новембру.",
            "sr",
            date(2024, 10, 2),
            {("у петак", "2024-10-04", "day"), ("прошле године у новембру", "2023-11", "month")},
        ),
        (
            "Podjetje je letos spomladi odprlo novo halo.",
            "sl",
            date(2024, 10, 7),
            {("letos spomladi", "2024", "year")},
        ),
    ],
)
def test_a_month_in_the_year_told_before_it(
    text: str, language: str, published: date, expected: set[tuple[str, str, str]]
) -> None:
    assert set(events(text, language, published)) == expected


def test_a_year_word_in_another_clause_lends_no_year() -> None:
    text = "Lani je bilo manje turista, a sezona će početi u svibnju."
    got = dates(text, "hr", date(2025, 4, 10))
    assert ("u svibnju", "2025-05") in got


def test_a_clitic_inside_a_relative_week() -> None:
    text = "Ministarstvo je prošlog je tjedna objavilo natječaj."
    assert ("prošlog je tjedna", "2025-04") in dates(text, "hr", date(2025, 4, 17))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Lopovi su obili kiosk u utorak, a policija ih je uhvatila istog popodneva.",
            "cnr",
            ("istog popodneva", "2024-10-08"),
        ),
        (
            "Most je bio zatvoren u petak. Policija kaže da je tog dana prošlo malo vozila.",
            "bs",
            ("tog dana", "2024-10-04"),
        ),
    ],
)
def test_that_day_and_the_same_afternoon(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in dates(text, language, date(2024, 10, 9))


def test_a_month_of_the_same_year() -> None:
    text = "Optužnica je podignuta u martu 2021. godine. Suđenje je počelo u oktobru iste godine."
    assert ("u oktobru", "2021-10") in dates(text, "bs", date(2025, 2, 27))


def test_after_a_feast_is_a_vague_span() -> None:
    assert dates("Gradnja mosta počinje posle Uskrsa.", "sr", date(2024, 3, 14)) == []
    assert dates("Gjyqi vazhdon pas Bajramit.", "sq", date(2023, 3, 8)) == []


def test_until_after_a_feast_sets_its_day() -> None:
    text = "Sud je odgodio ročište do poslije Bajrama."
    assert [d for _, d in dates(text, "bs", date(2025, 5, 12))] == ["2025-06-06"]


def test_the_same_day_when_a_happening_came_is_its_day() -> None:
    text = (
        "Požar u skladištu izbio je 9. marta. Ministar je u petak bio u Beču, "
        "a vratio se istog dana kada je izbio požar."
    )
    assert ("istog dana", "2025-03-09") in dates(text, "bs", date(2025, 3, 17))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Koncerti u Podgorici biće održani za Dan državnosti.", "2025-07-13"),
        ("Sjednica u Sarajevu biće održana povodom Dana državnosti.", "2025-11-25"),
        ("Parada u Zagrebu bit će održana na Dan državnosti.", "2026-05-30"),
    ],
)
def test_statehood_day_of_the_state_the_text_names(text: str, day: str) -> None:
    assert day in [d for _, d in dates(text, "bs", date(2025, 6, 16))]


def test_statehood_day_without_a_state_is_no_date() -> None:
    assert dates("Koncerti će biti održani za Dan državnosti.", "bs", date(2025, 6, 16)) == []


def test_a_feast_apposed_to_its_date() -> None:
    text = "Festa mbahet më 28 nëntor, Dita e Flamurit, në sheshin e qytetit."
    got = dates(text, "sq", date(2024, 11, 25))
    assert [d for _, d in got] == ["2024-11-28", "2024-11-28"]
