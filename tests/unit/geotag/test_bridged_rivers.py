"""A name after "bridge over the", "dam on the" or "tributary the" is a river the gazetteer
may lack, a site where its context puts it."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.bridged_rivers import REASON


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(m.surface, m.country, m.level, m.reason) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "river", "country"),
    [
        ("In Kraljevo, the old bridge over the Ribnica was closed for repairs.", "Ribnica", "RS"),
        (
            "Protests against a dam on the Bistrica Gornja went on near Konjic.",
            "Bistrica Gornja",
            "BA",
        ),
        ("Near Veles the Vardar takes its tributary the Babuna Reka.", "Babuna Reka", "MK"),
    ],
)
def test_what_a_bridge_spans_is_a_river(
    gazetteer: Gazetteer, text: str, river: str, country: str
) -> None:
    found = _found(gazetteer, text)
    assert any(f[:3] == (river, country, "site") and f[3].startswith(REASON) for f in found), found


def test_a_river_the_rules_read_keeps_its_reading(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Traffic on the bridge over the Drina at Višegrad was stopped.")
    assert any(f[0] == "Drina" for f in found)
    assert all(f[3] != REASON for f in found)
