"""Local sites named by a capitalised adjective before their noun or by a lower-case genitive
after their capitalised noun, at the whole span."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _sites(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions if m.level == "site"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U Sarajevu su turisti i danas prelazili Latinski most kod stare čaršije, a gužve je "
            "bilo i u petak.",
            "Latinski most",
        ),
        ("U Nišu je koncert održan na Trgu oslobođenja u subotu.", "Trgu oslobođenja"),
        ("Радови у Нишу: затворен је Булевар револуције до петка.", "Булевар револуције"),
        ("U Podgorici je izložba otvorena na Medicinskom fakultetu juče.", "Medicinskom fakultetu"),
        ("Kafić u Ulici kneza Miloša u Beogradu zatvoren je.", "Ulici kneza Miloša"),
        ("Во Битола е обновена и Хераклеевата тврдина оваа година.", "Хераклеевата тврдина"),
        ("Ndeshja në Tiranë do të luhet në Arenën Air Albania.", "Arenën Air Albania"),
    ],
)
def test_named_sites(gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert [s for s, _ in _sites(gazetteer, text)] == [expected]


def test_a_site_named_after_a_town_stands_there(gazetteer: Gazetteer) -> None:
    text = "Košarkaši iz Nikšića u petak igraju u Beogradskoj areni, javio je klub."
    assert ("Beogradskoj areni", "RS") in _sites(gazetteer, text)


def test_a_noun_inside_a_town_name_or_a_kind_adjective_makes_no_site(
    gazetteer: Gazetteer,
) -> None:
    text = "Sjednica je u Banjoj Luci počela u podne, a okupljeni su ispred Železničke stanice."
    assert _sites(gazetteer, text) == []
