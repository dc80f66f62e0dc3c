"""Site nouns of roads, tunnels, channels, lagoons, islands and mines: a name before one is a
site at its whole span; a road in lower case follows a town or a number it passes."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        (
            "Protesters stood on Willow Yard Road outside the embassy in London.",
            "Willow Yard Road",
            "GB",
        ),
        ("Lorries were stuck for hours in the Kobilje Tunnel near Bar.", "Kobilje Tunnel", "ME"),
        ("Pelicans winter in the Divjaka Lagoon south of Durrës.", "Divjaka Lagoon", "AL"),
        ("Ferries leave Kotor for Vrulja Island twice a day.", "Vrulja Island", "ME"),
        ("Boats cross the Dragor Channel near Sarandë every hour.", "Dragor Channel", "AL"),
        (
            "Miners at the Lukavac coal mines near Tuzla went on strike.",
            "Lukavac coal mines",
            "BA",
        ),
    ],
)
def test_a_name_before_the_noun_is_a_site(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert (site, country, "site") in _found(gazetteer, text)


def test_a_lower_case_road_after_a_name_is_no_site(gazetteer: Gazetteer) -> None:
    text = "Lorries queued on the Vrbnica road and on the E-80 road towards Niš."
    assert not any(s.endswith("road") for s, _c, _l in _found(gazetteer, text))
