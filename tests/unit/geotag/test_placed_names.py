"""A name after a locative word that the text places at once ("in Gornji Brod, on the edge of
Tirana") is a settlement where the place after the relation stands."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.placed_names import REASON


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(m.surface, m.country, m.level, m.reason) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Some families still wait. In Gornji Brod, on the edge of Tirana, a woman said.",
            "Gornji Brod",
            "AL",
        ),
        ("A farmer from Dolac, near Sarajevo, said milk prices fell again.", "Dolac", "BA"),
        ("Residents of Vranište, north of Vlorë, were told to leave.", "Vranište", "AL"),
        ("Water reached houses at Lukavo, close to Nikšić, on Sunday.", "Lukavo", "ME"),
    ],
)
def test_the_place_after_the_relation_places_the_name(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    assert (name, country, "city", REASON) in _found(gazetteer, text)


def test_a_name_the_rules_read_keeps_its_reading(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Talks were held in Vienna, near the Danube, on Monday.")
    assert ("Vienna", "AT", "city") in [f[:3] for f in found]
    assert all(f[3] != REASON for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "We met Ana Kovač, near Skopje, at the market.",  # no locative word: a person
        "A hostel owner in Bistrac, on the hill above the old town, said so.",  # no place
    ],
)
def test_no_settlement_without_a_locative_word_and_a_place(gazetteer: Gazetteer, text: str) -> None:
    assert all(f[3] != REASON for f in _found(gazetteer, text))


def test_a_placed_village_weighs_as_a_village_the_text_names(gazetteer: Gazetteer) -> None:
    # the village is placed by Kukës, which counts already: half a town's weight, as every
    # village only the text names, so one grower's home adds no state to the story
    text = (
        "BELGRADE - Serbian ministers met farmers in Belgrade, Novi Sad and Niš on Monday to "
        "discuss prices. Novi Sad growers asked for aid. One grower came from Dolac, near Kukës."
    )
    result = tag_text(gazetteer, text)
    assert ("Dolac", "AL", "city", REASON) in [
        (m.surface, m.country, m.level, m.reason) for m in result.mentions
    ]
    assert result.countries == ["RS"]
