"""A town's name before a crime group's noun ("the Lokva clan", "the Zemun gang") is the
group's name, no place of the story; the town named on its own keeps its place."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _surfaces(gaz: Gazetteer, text: str) -> list[str]:
    return [m.surface for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police in Kotor said the Budva clan moved cocaine through the port.", "Budva"),
        ("Members of the Zemun gang were sentenced in Belgrade on Friday.", "Zemun"),
    ],
)
def test_a_town_before_a_group_noun_is_no_place(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert name not in _surfaces(gazetteer, text)


def test_the_town_named_on_its_own_keeps_its_place(gazetteer: Gazetteer) -> None:
    text = (
        "Prosecutors tied the group to the Lokva clan, police in Kotor said. "
        "The clan takes its name from Lokva, a village above Kotor."
    )
    found = [(m.surface, m.start) for m in tag_text(gazetteer, text).mentions]
    assert ("Lokva", text.rindex("Lokva")) in found
    assert ("Lokva", text.index("Lokva")) not in found
