"""Rivers named the English way (issue 16): a river's short name that means other things too
counts beside a river word, or after the article with no name run on."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Anglers near Priboj say the Lim is low again this summer.", "Lim", "RS"),
        ("Near Bihać the Una runs green all year.", "Una", "BA"),
        ("The Tara and the Piva meet below the old fort at Šćepan Polje.", "Piva", "ME"),
        ("Near Nova Varoš the Uvac winds between white cliffs.", "Uvac", "RS"),
        ("Near Niš the Nišava runs past the fortress walls.", "Nišava", "RS"),
    ],
)
def test_a_short_river_name_after_the_article_is_the_river(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    assert (name, country) in _found(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rowers from Bihać won the Una Regatta on Sunday.",  # a name run on: an event
        "Una Kovač, a teacher from Bihać, won the award.",  # a given name, no article
    ],
)
def test_a_short_river_name_without_its_article_or_run_on_is_no_river(
    gazetteer: Gazetteer, text: str
) -> None:
    assert all(s != "Una" for s, _c in _found(gazetteer, text))


def test_a_river_named_like_a_town_is_the_river_only_where_english_names_a_river(
    gazetteer: Gazetteer,
) -> None:
    river = _found(gazetteer, "Crews repaired the old bridge over the Vrbas in Banja Luka.")
    town = _found(gazetteer, "Buses from Novi Sad now run through Vrbas and Kula.")
    assert ("Vrbas", "BA") in river
    assert ("Vrbas", "RS") in town


def test_a_lake_s_shore_names_its_state_but_a_river_s_bank_does_not(
    gazetteer: Gazetteer,
) -> None:
    text = "SLAVONSKI BROD, Croatia - Smoke drifted from the Bosnian bank of the Sava all night."
    assert ("Sava", "BA") not in _found(gazetteer, text)
