"""Site nouns of roads, tunnels, channels, lagoons, islands, mines, camps and amphitheatres: a
name before one is a site at its whole span; a road in lower case follows a town or a number
it passes."""

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


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        (
            "She studied at the Academy of Applied Arts in Novi Sad.",
            "Academy of Applied Arts in Novi Sad",
            "RS",
        ),
        (
            "The drawings hang in the Museum of Modern Graphics in Tirana.",
            "Museum of Modern Graphics in Tirana",
            "AL",
        ),
        (
            "He taught at the Faculty of Mining in Tuzla for years.",
            "Faculty of Mining in Tuzla",
            "BA",
        ),
    ],
)
def test_a_school_or_museum_of_a_plain_name_takes_its_town_into_the_name(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert _found(gazetteer, text) == [(site, country, "site")]


def test_a_university_named_after_a_town_keeps_its_own_name(gazetteer: Gazetteer) -> None:
    text = "Students of the University of Pristina in North Mitrovica protested."
    found = _found(gazetteer, text)
    assert ("University of Pristina", "XK", "site") in found
    assert ("North Mitrovica", "XK", "city") in found


def test_a_determiner_opening_a_sentence_is_no_part_of_a_river_s_name(
    gazetteer: Gazetteer,
) -> None:
    text = "Another Kravica river floods every spring near Bratunac."
    found = _found(gazetteer, text)
    assert ("Kravica river", "BA", "site") in found


def test_boka_alone_is_the_bay_of_kotor(gazetteer: Gazetteer) -> None:
    text = "Sailors of Boka still race old boats every August."
    assert _found(gazetteer, text) == [("Boka", "ME", "site")]


@pytest.mark.parametrize(
    "text",
    [
        "The island off Kotor belongs to a Benedictine monastery.",
        "In Butrint the Venetian tower can be walked in a morning.",
        "In Subotica the renovated Art Nouveau station reopened.",
        "Near Bar, a small group laid flowers at the Orthodox church.",
    ],
)
def test_a_style_or_order_before_a_lower_case_site_noun_makes_no_name(
    gazetteer: Gazetteer, text: str
) -> None:
    assert all(level != "site" for _s, _c, level in _found(gazetteer, text))


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        (
            "Soldiers from the Rajlovac Camp outside Sarajevo joined the drill.",
            "Rajlovac Camp",
            "BA",
        ),
        ("Aid reached the Vrapče camp near Bihać on Friday.", "Vrapče camp", "BA"),
        ("Concerts return to the Ulcinj Amphitheatre this summer.", "Ulcinj Amphitheatre", "ME"),
    ],
)
def test_a_camp_or_an_amphitheatre_after_a_name_is_one_site(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert (site, country, "site") in _found(gazetteer, text)
