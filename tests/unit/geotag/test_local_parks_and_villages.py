"""National and nature parks at their whole span, a village's later forms where its first
mention is, and Liberation Day in Albanian."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_a_national_park_with_its_name(gazetteer: Gazetteer) -> None:
    hr = (
        "Nacionalni park Durmitor otvara novu stazu u subotu, a planinari iz Splita i "
        "Zagreba dolaze već ovog vikenda. Ulaznice će se prodavati i na internetu, kažu iz "
        "uprave parka."
    )
    assert _found(gazetteer, hr)["Nacionalni park Durmitor"] == "ME"
    mk = (
        "Патот низ Национален парк Пелистер ќе биде затворен утре поради работи, а "
        "туристите од Битола ќе одат по стариот пат. Општината вели дека работите ќе траат "
        "две недели."
    )
    assert _found(gazetteer, mk)["Национален парк Пелистер"] == "MK"


def test_a_nature_parks_name_of_an_adjective_and_a_noun(gazetteer: Gazetteer) -> None:
    hr = (
        "Policija je u utorak u Parku prirode Vransko jezero uhitila dvojicu ribolovaca iz "
        "Zadra. Zaplijenjene su mreže i čamac, a prekršajni postupak vodi se u Biogradu."
    )
    found = _found(gazetteer, hr)
    assert "Parku prirode Vransko jezero" in found
    assert found["Parku prirode Vransko jezero"] == "HR"


def test_a_village_named_again_follows_its_first_mention(gazetteer: Gazetteer) -> None:
    bs = (
        "Vlada je odobrila novac za put do sela Krušavica na Igmanu. Mještani Krušavice "
        "kažu da su turisti iz Hrvatske i Slovenije dolazili i prošle zime."
    )
    found = _found(gazetteer, bs)
    assert found["Krušavica"] == "BA"
    assert found["Krušavice"] == "BA"


def test_liberation_day_is_no_village(gazetteer: Gazetteer) -> None:
    sq = (
        "Parada ushtarake mbahet të premten, në Ditën e Çlirimit, në Tiranë. Policia "
        "njofton se rrugët në qendër të Tiranës do të jenë të mbyllura gjatë paradës."
    )
    assert "Çlirimit" not in _found(gazetteer, sq)


def test_a_village_named_with_its_settlement_noun(gazetteer: Gazetteer) -> None:
    sl = (
        "Voda je v soboto zalila kleti v vasi Gorenja vas pri Novem mestu. Gasilci so "
        "črpali vodo ves dan, pravijo na občini."
    )
    assert _found(gazetteer, sl)["Gorenja vas"] == "SI"
