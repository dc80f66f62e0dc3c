"""Seas, ranges and large regions as `region` mentions with no country (issue 16 conventions of
the later sets), and the names of outlets, forums and pipelines that hold a sea's name."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Night ferries cross the Adriatic from Bar to Bari.", "Adriatic"),
        ("Fishermen from Sarandë sail out into the Ionian Sea at dawn.", "Ionian Sea"),
        ("Grain from Novi Sad goes down the Danube to the Black Sea.", "Black Sea"),
        ("Drivers from Tuzla cross the Alps to reach their jobs.", "Alps"),
    ],
)
def test_a_sea_or_range_is_a_region(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert (name, None, "region") in _found(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "TIRANA, May 2 (Adriatic Daily) - The mayor of Tirana opened a park.",
        "The Trans Adriatic Pipeline reached Fier last year.",
        "Podgorica backs the Adriatic-Ionian motorway.",
        "Trains from Skopje go on to central Europe.",
    ],
)
def test_a_sea_s_name_inside_another_name_or_a_direction_is_no_place(
    gazetteer: Gazetteer, text: str
) -> None:
    assert all(level != "region" for _s, _c, level in _found(gazetteer, text))
