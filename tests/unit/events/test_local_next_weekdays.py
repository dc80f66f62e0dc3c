"""A weekday with an Albanian "e ardhshme" (next) or "e kaluar" (last) after it, and Croatian's
"nedjelja", which is Sunday (its week is "tjedan")."""

from __future__ import annotations

from datetime import date

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


def test_albanian_next_weekday_on_its_own_day_is_a_week_on() -> None:
    text = "Takimi i radhës do të mbahet të enjten e ardhshme në sallën e bashkisë."
    assert dates(text, "sq", date(2024, 5, 16)) == [("të enjten e ardhshme", "2024-05-23")]


def test_croatian_next_nedjelja_is_sunday() -> None:
    text = "Koncert u tjednu festivala bit će održan iduće nedjelje na trgu."
    assert dates(text, "hr", date(2024, 5, 13)) == [("iduće nedjelje", "2024-05-19")]


def test_serbian_next_nedelja_is_the_week() -> None:
    text = "Studenti najavljuju da će sledeće nedelje organizovati novi skup."
    found = find_dates(text, date(2024, 5, 13), ["sr"])
    assert found and all(e.precision != "day" for e in found)
