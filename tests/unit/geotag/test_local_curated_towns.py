"""Towns of the six that local news names often and GeoNames lacks, added as curated data:
Guča (Serbia), in its case forms and as a dateline; informal lands by their local names
(Budvanska rivijera, Pomoravlje, Prlekija, Semberija)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _places(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]


def test_guca_as_a_dateline_and_in_its_accusative(gazetteer: Gazetteer) -> None:
    assert ("ГУЧА", "RS") in _places(
        gazetteer, "ГУЧА, 2. јуна – Организатори су представили програм."
    )
    assert ("Guču", "RS") in _places(gazetteer, "Trubači iz Vranja stižu u Guču u petak.")


def test_informal_lands_by_their_local_names(gazetteer: Gazetteer) -> None:
    assert ("Budvanskoj rivijeri", "ME") in _places(
        gazetteer, "Hoteli na Budvanskoj rivijeri su puni."
    )
    assert ("Поморављу", "RS") in _places(gazetteer, "Поплаве су погодиле села у Поморављу.")
    assert ("Prlekije", "SI") in _places(gazetteer, "Prišli so obiskovalci iz Prlekije.")
    assert ("Semberiji", "BA") in _places(gazetteer, "Berba je počela u Semberiji.")
