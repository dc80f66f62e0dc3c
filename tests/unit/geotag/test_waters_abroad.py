"""The Prespa lakes by their own names on each shore, the Greek names of the region's rivers,
and the lakes and rivers of the diaspora's towns, each in the state its sentence names."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Cormorants fish on the Macedonian shore of Great Prespa near Resen.",
            "Great Prespa",
            "MK",
        ),
        ("Herons nest in the reeds of Small Prespa in Greece.", "Small Prespa", "GR"),
        ("Past the border the river runs on through Greece as the Axios.", "Axios", "GR"),
        ("In Switzerland the ferry crosses Lake Constance twice a day.", "Lake Constance", "CH"),
        ("The Austrian town lies on the Enns, an hour from Linz.", "Enns", "AT"),
    ],
)
def test_water_in_its_state(gazetteer: Gazetteer, text: str, surface: str, country: str) -> None:
    found = {m.surface: m.country for m in tag_text(gazetteer, text).mentions}
    assert found.get(surface) == country
