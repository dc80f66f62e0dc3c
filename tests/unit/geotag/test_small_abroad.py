"""Small towns abroad where the diaspora lives: read with their state named and a locative word
before them, never on their own, never over another place's name, never as a month."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _places(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {m.surface: m.country for m in tag_text(gaz, text).mentions}


def test_towns_with_their_state_and_a_locative_word(gazetteer: Gazetteer) -> None:
    found = _places(gazetteer, "Most voters in Switzerland came from Wil, Gossau and Frauenfeld.")
    assert found["Wil"] == found["Gossau"] == found["Frauenfeld"] == "CH"


def test_town_of_its_state_after_of(gazetteer: Gazetteer) -> None:
    found = _places(gazetteer, "The Bosnian families of Steyr in Austria keep close ties.")
    assert found["Steyr"] == "AT"


@pytest.mark.parametrize(
    "text",
    [
        "Two cousins from Frauenfeld came to Pristina on Friday.",  # no state named
        "Gossau said nothing when Switzerland asked.",  # no locative word
        "The rally in Austria opens on March 14 in Linz.",  # a month
    ],
)
def test_not_a_small_town_abroad(gazetteer: Gazetteer, text: str) -> None:
    found = _places(gazetteer, text)
    assert not {"Frauenfeld", "Gossau", "March"} & found.keys()


def test_a_shared_name_stays_the_other_place(gazetteer: Gazetteer) -> None:
    """A capital, a region town or a curated place keeps a name a small town abroad shares."""
    found = _places(gazetteer, "Delegates flew from Washington to Germany for talks in Berlin.")
    assert found["Washington"] == "US"
