"""Outlets named after a place in a dateline's brackets are no place of the story (issue 16
traps: outlets named after a sea, a river or a region)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


def test_a_place_opening_a_bracketed_outlet_name_is_no_place(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "RUSE, Bulgaria (Danube Courier) - The ferry to Giurgiu resumed.")
    assert all(s != "Danube" for s, _c in found)


def test_a_place_alone_in_brackets_is_still_a_place(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Ministers met in the Bosnian capital (Sarajevo) on Monday.")
    assert ("Sarajevo", "BA") in found
