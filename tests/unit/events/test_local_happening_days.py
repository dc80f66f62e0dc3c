"""Days counted from a happening in the region's languages ("dva dana nakon izbora", "два дена
по пожарот"): from the first day told after the happening's word in a sentence that names it;
restating a day named just before a comma; no day when the text tells none for the happening,
nor for a time limit ("najkasnije 30 dana nakon izbora")."""

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
            "Komisija je objavila rezultate izbora održanih u nedjelju. "
            "Posmatrači su dan nakon izbora ocijenili glasanje.",
            "bs",
            date(2022, 10, 4),
            ("dan nakon izbora", "2022-10-03"),
        ),
        (
            "Пожарот во фабриката избувна на 3 мај. Владата прогласи жалост два дена по пожарот.",
            "mk",
            date(2025, 5, 12),
            ("два дена по пожарот", "2025-05-05"),
        ),
        (
            "Sastanak je bio u utorak. Odluka je pala dan posle toga.",
            "sr",
            date(2025, 5, 15),
            ("dan posle toga", "2025-05-14"),
        ),
    ],
)
def test_days_from_a_happening(
    text: str, language: str, published: date, expected: tuple[str, str] | None
) -> None:
    got = [d for d in dates(text, language, published) if "dan" in d[0] or "ден" in d[0]]
    assert got == ([expected] if expected else [])


def test_no_day_when_the_happening_is_not_dated() -> None:
    got = dates("Vlada je dan posle nesreće proglasila žalost.", "sr", date(2024, 11, 4))
    assert got == []


def test_restating_the_day_just_named() -> None:
    text = "Glasanje je bilo u petak. Opozicija je otišla u četvrtak uveče, dan prije glasanja."
    got = dates(text, "cnr", date(2020, 12, 7))
    assert ("dan prije glasanja", "2020-12-03") in got


def test_a_time_limit_is_no_day() -> None:
    text = "Izbori su održani u nedjelju, a rezultati se potvrđuju najkasnije 30 dana nakon izbora."
    assert [s for s, _ in dates(text, "bs", date(2022, 10, 4))] == ["u nedjelju"]


def test_opening_its_sentence_it_counts_from_the_day_before() -> None:
    text = "Općina je u utorak odobrila novac. Tri dana nakon odluke radnici su zakrpili cestu."
    got = dates(text, "bs", date(2024, 3, 11))
    assert ("Tri dana nakon odluke", "2024-03-08") in got
    # inside its sentence, with no day told for the happening, it is no day
    text = "Općina je u utorak odobrila novac, a radnici su tri dana nakon odluke zakrpili cestu."
    assert [s for s, _ in dates(text, "bs", date(2024, 3, 11))] == ["u utorak"]


def test_restating_the_day_after_a_long_clause() -> None:
    text = (
        "Zakon je izglasan u petak. Poslanici opozicije napustili su salu u četvrtak uveče, "
        "dan prije glasanja."
    )
    got = dates(text, "cnr", date(2020, 12, 7))
    assert ("dan prije glasanja", "2020-12-03") in got
