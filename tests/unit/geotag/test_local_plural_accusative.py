"""A town named in the plural takes "-e" in the accusative ("u Potočare", "u Dečane", as
LANGUAGES.md's table of cases gives it)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def test_a_plural_town_in_the_accusative(gazetteer: Gazetteer) -> None:
    text = "Porodice svake godine dolaze u Potočare kod Srebrenice."
    found = {m.surface: m.country for m in tag_text(gazetteer, text).mentions}
    assert found.get("Potočare") == "BA"
