"""Firms named as a town's port in the region's languages ("Luka Koper", "Luka Bar"), and
"Luka" in English text, which is a firm's word or a given name, never Lucca."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Cargo through the port of Bar rose, and the operator Luka Bar hired 40 dockers.", "Bar"),
        ("Shareholders of Luka Koper met in Ljubljana to approve a dividend.", "Ljubljana"),
        ("In Ploče, Luka Ploče signed a lease with a grain trader from Mostar.", "Mostar"),
    ],
)
def test_a_port_firm_names_no_place(gazetteer: Gazetteer, text: str, kept: str) -> None:
    found = _found(gazetteer, text)
    assert not any(s == "Luka" for s, _c in found)
    firm_at = text.index("Luka ") + 5
    assert not any(m.start == firm_at for m in tag_text(gazetteer, text).mentions)
    assert any(s == kept for s, _c in found)


def test_luka_in_english_is_never_lucca(gazetteer: Gazetteer) -> None:
    text = "Traders in the Mostar quarter of Luka closed early, and the fair moved to Zenica."
    assert not any(c == "IT" for _s, c in _found(gazetteer, text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Volunteers from the Mothers of Foča laid flowers in Sarajevo.", ("Sarajevo", "BA")),
        ("Hikers on the Peaks of the Balkans cross three borders near Plav.", ("Plav", "ME")),
    ],
)
def test_an_association_named_as_a_plural_of_a_place_names_no_place(
    gazetteer: Gazetteer, text: str, kept: tuple[str, str]
) -> None:
    assert _found(gazetteer, text) == [kept]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents of Zemun queued for water.", "Zemun"),
        (
            "Soldiers of the Armed Forces of Bosnia and Herzegovina helped.",
            "Bosnia and Herzegovina",
        ),
    ],
)
def test_people_and_states_of_a_place_keep_it(gazetteer: Gazetteer, text: str, place: str) -> None:
    assert any(place in s for s, _c in _found(gazetteer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Mostar backed the SDA BiH list, and Zenica followed.",
        "The grid operator Elektroprivreda BiH raised prices in Mostar and Zenica.",
    ],
)
def test_bih_ending_a_party_or_firm_name_is_no_mention(gazetteer: Gazetteer, text: str) -> None:
    assert [s for s, _c in _found(gazetteer, text)] == ["Mostar", "Zenica"]


def test_bih_after_a_preposition_is_the_state(gazetteer: Gazetteer) -> None:
    assert ("BiH", "BA") in _found(gazetteer, "Prices rose across BiH in May.")
