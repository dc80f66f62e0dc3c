"""Lakes by their local noun: a capitalised adjective before it ("na Lokvarskom jezeru", "od
Palićkog jezera") or a capitalised name after it ("na jezeru Bajer", "Езерото Кнежево") names
the lake, placed by the story's context."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_a_lake_named_by_an_adjective(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Kupači su cijeli tjedan bili na Lokvarskom jezeru u Gorskom kotaru.")
    assert found.get("Lokvarskom jezeru") == ("HR", "site")


def test_a_lake_named_after_its_noun(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Kupači su se okupili na jezeru Bajer kod Fužina.")
    assert found.get("jezeru Bajer") == ("HR", "site")
    mk = _found(gazetteer, "Рибарите излегоа на Езерото Кнежево кај Кратово.")
    assert mk.get("Езерото Кнежево") == ("MK", "site")
