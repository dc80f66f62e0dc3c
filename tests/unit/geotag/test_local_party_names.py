"""States inside the names of local parties are no places of the story."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _surfaces(gazetteer: Gazetteer, text: str) -> list[str]:
    return [m.surface for m in tag_text(gazetteer, text).mentions]


def test_a_state_in_a_party_name_is_no_place(gazetteer: Gazetteer) -> None:
    text = (
        "Na izborima u Mostaru SDP BiH je dobio dva mandata, a Stranka za BiH jedan, "
        "dok je u Tuzli pobijedila koalicija."
    )
    found = _surfaces(gazetteer, text)
    assert "BiH" not in found
    assert "Mostaru" in found and "Tuzli" in found


def test_a_state_after_a_non_party_abbreviation_stays(gazetteer: Gazetteer) -> None:
    text = "Delegacija EU BiH je u petak posjetila Sarajevo i razgovarala o reformama u BiH."
    assert _surfaces(gazetteer, text).count("BiH") == 2
