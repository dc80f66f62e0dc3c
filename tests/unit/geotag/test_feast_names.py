"""Towns named like a feast day are the day unless a preposition of place names the town."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _surfaces(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_a_feast_after_for_or_after_is_the_day(gazetteer: Gazetteer) -> None:
    mk = "Во Битола новиот пазар ќе се отвори за Илинден, а мостот во Прилеп по Водици."
    found = _surfaces(gazetteer, mk)
    assert "Илинден" not in found and "Водици" not in found
    assert found["Битола"] == "MK"
    hr = "U Karlovcu je na Štefanje održan koncert, a u Ogulinu sajam."
    assert "Štefanje" not in _surfaces(gazetteer, hr)


def test_a_feast_town_after_a_place_word_stays_the_town(gazetteer: Gazetteer) -> None:
    mk = "Нов водовод ќе добијат домаќинствата во Илинден, соопшти Општина Илинден."
    found = _surfaces(gazetteer, mk)
    assert found["Илинден"] == "MK"


def test_an_adjective_before_a_weekday_is_a_feast(gazetteer: Gazetteer) -> None:
    hr = "Brodovi iz Splita kreću sutra, na Veliki petak, a trajekti za Hvar u subotu."
    found = _surfaces(gazetteer, hr)
    assert "Veliki" not in found
    assert found["Splita"] == "HR"
    # a town before a weekday takes a preposition: it stays the town
    town = "Sastanak je bio u Velikoj u petak, a iz Požege putuju u subotu."
    assert _surfaces(gazetteer, town)["Velikoj"] == "HR"
