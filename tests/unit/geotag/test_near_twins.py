"""A small region town the text puts "near" a town of another region state is a village of
that state, and the same name later in the story follows it."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _places(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


def test_village_near_a_town_of_another_state(gazetteer: Gazetteer) -> None:
    text = (
        "Many families left the village of Kamenica near Zvornik in 1992. "
        "Kamenica is half empty now."
    )
    found = _places(gazetteer, text)
    assert found.count(("Kamenica", "BA")) == 2
    assert ("Zvornik", "BA") in found


def test_town_of_the_same_state_keeps_its_reading(gazetteer: Gazetteer) -> None:
    found = _places(gazetteer, "The road from Kamenica near Gjilan was closed on Monday.")
    assert ("Kamenica", "XK") in found


def test_a_bigger_town_keeps_its_reading(gazetteer: Gazetteer) -> None:
    found = _places(gazetteer, "Traffic from Tuzla near the Zvornik road was slow.")
    assert ("Tuzla", "BA") in found
