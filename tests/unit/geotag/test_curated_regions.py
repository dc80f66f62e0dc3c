"""Historical and informal regions of the six by their English names, and units abroad where
the diaspora lives, each in its state (the units abroad only with their state named)."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Hotels along the Budva Riviera were full in August.", "Budva Riviera", "ME"),
        ("Wartime Herzeg-Bosnia was dissolved in 1994.", "Herzeg-Bosnia", "BA"),
        ("The Sanjak of Novi Pazar was an Ottoman district.", "Sanjak of Novi Pazar", "RS"),
        ("Many Kosovars in Switzerland live in Thurgau and Aargau.", "Thurgau", "CH"),
        ("The plant in Germany lies in Lower Bavaria, east of Munich.", "Lower Bavaria", "DE"),
    ],
)
def test_region_in_its_state(gazetteer: Gazetteer, text: str, surface: str, country: str) -> None:
    found = {m.surface: m.country for m in tag_text(gazetteer, text).mentions}
    assert found.get(surface) == country


def test_unit_abroad_needs_its_state(gazetteer: Gazetteer) -> None:
    found = {m.surface for m in tag_text(gazetteer, "Thurgau answered the call.").mentions}
    assert "Thurgau" not in found
