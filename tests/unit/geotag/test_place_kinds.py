"""Sites at their whole name, villages the text introduces, regions by any name, look-alikes."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level, m.name) for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "country", "anchor"),
    [
        ("Crowds filled Mother Teresa Square in Tirana.", "Mother Teresa Square", "AL", "Tirana"),
        ("Ships queued at the Port of Bar overnight.", "Port of Bar", "ME", "Bar"),
        ("Buses left Sarajevo bus station at noon.", "Sarajevo bus station", "BA", "Sarajevo"),
        ("In Novi Sad, the Liberty bridge was closed.", "Liberty bridge", "RS", "Novi Sad"),
        ("Pilgrims reached Ostrog Monastery near Nikšić.", "Ostrog Monastery", "ME", "Nikšić"),
    ],
)
def test_sites_at_their_whole_name(
    gazetteer: Gazetteer, text: str, surface: str, country: str, anchor: str
) -> None:
    assert _found(gazetteer, text)[surface] == (country, "site", anchor)


def test_a_site_nobody_places_is_left_out(gazetteer: Gazetteer) -> None:
    assert _found(gazetteer, "The talks were held at Liberty Square.") == {}


def test_a_village_the_text_introduces(gazetteer: Gazetteer) -> None:
    text = "Floods cut off the village of Donji Zagon near Kraljevo on Monday."
    found = tag_text(gazetteer, text).mentions
    (village,) = [m for m in found if m.surface == "Donji Zagon"]
    assert (village.country, village.level, village.name) == ("RS", "city", "Kraljevo")
    (town,) = [m for m in found if m.surface == "Kraljevo"]
    assert village.score < town.score


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Schools in the Zenica-Doboj Canton reopened in Zenica.", "Zenica-Doboj Canton", "BA"),
        ("Unions in Bosnia said ZDK would pay first.", "ZDK", "BA"),
        ("Doctors in Tuzlanski kanton went on strike in Tuzla.", "Tuzlanski kanton", "BA"),
        ("Drought hit Pirot District in Serbia.", "Pirot District", "RS"),
        ("Tourists crowded the Bay of Kotor near Budva.", "Bay of Kotor", "ME"),
        ("Fishermen on Lake Ohrid in Struga complained.", "Lake Ohrid", "MK"),
        ("The Drina rose near Višegrad in Bosnia.", "Drina", "BA"),
        ("The Drina rose near Bajina Bašta in Serbia.", "Drina", "RS"),
        ("Farmers in Slavonia and Osijek asked for aid.", "Slavonia", "HR"),
    ],
)
def test_regions_and_waters_by_any_name(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text)[surface][0] == country


def test_a_river_in_no_named_country_is_not_placed(gazetteer: Gazetteer) -> None:
    assert "Drina" not in _found(gazetteer, "The Drina is cold in spring.")


@pytest.mark.parametrize(
    "text",
    [
        "Vardar fans lit flares before the match.",
        "FK Partizan sacked its coach.",
        "Budućnost's striker scored twice.",
    ],
)
def test_clubs_named_after_places_get_no_region_code(gazetteer: Gazetteer, text: str) -> None:
    assert not {c for c, _, _ in _found(gazetteer, text).values()}
