"""A range on a border stands in the state its sentence names: the Šar Mountains above Tetovo
are North Macedonia's and above Prizren Kosovo's; Prokletije above Theth is Albania's and
above Plav Montenegro's."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions if m.level == "site"]


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        (
            "Guides in Tetovo lead hikers into the Šar Mountains every summer.",
            "Šar Mountains",
            "MK",
        ),
        (
            "Skiers from Prizren drive up into the Sharr Mountains on Sundays.",
            "Sharr Mountains",
            "XK",
        ),
        ("From Theth the trail climbs into the Accursed Mountains.", "Accursed Mountains", "AL"),
        ("Hikers from Plav crossed the Prokletije last week.", "Prokletije", "ME"),
    ],
)
def test_the_sentence_picks_the_side(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert (site, country) in _found(gazetteer, text)


def test_each_sentence_its_own_side(gazetteer: Gazetteer) -> None:
    text = (
        "Shepherds near Tetovo graze sheep on the Šar Mountains in July. "
        "In Kosovo, a new lift above Prizren opened on the Šar Mountains in December."
    )
    assert _found(gazetteer, text) == [("Šar Mountains", "MK"), ("Šar Mountains", "XK")]
