"""Local places of the lplaces26 round: quarters and villages a plural settlement noun opens in
Albanian, and an Albanian name's genitive tail (made-up sentences, our own words)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _spans(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]


def test_quarters_after_lagjet_and_villages_after_fshatrave(gazetteer: Gazetteer) -> None:
    text = (
        "PRISHTINË – Gjatë natës u pastruan rrugët në lagjet Tophane, Velania dhe Kodra e "
        "Trimave. Rruga kalon pranë fshatrave Sllatinë e Bardhosh."
    )
    found = _spans(gazetteer, text)
    assert ("Tophane", "XK") in found
    assert ("Velania", "XK") in found
    assert ("Kodra e Trimave", "XK") in found
    assert ("Bardhosh", "XK") in found


def test_a_quarter_of_a_named_town_keeps_the_town_apart(gazetteer: Gazetteer) -> None:
    text = "DURRËS – Në lagjet Shkozet dhe Spitallë të Durrësit disa familje presin ende."
    found = _spans(gazetteer, text)
    assert ("Spitallë", "AL") in found
    assert ("Durrësit", "AL") in found
