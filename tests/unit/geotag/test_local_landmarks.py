"""Landmarks, mountains, rivers and gorges the region's press names in its own cases."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_city_landmarks_in_their_cases(gazetteer: Gazetteer) -> None:
    hr = (
        "Turisti iz Njemačke šetali su Stradunom, a u Splitu su radnici jutros čistili trg "
        "oko Prokurativa. Kolone su išle preko Pelješkog mosta prema Neumu."
    )
    found = _found(gazetteer, hr)
    assert found["Stradunom"] == "HR"
    assert found["Prokurativa"] == "HR"
    assert found["Pelješkog mosta"] == "HR"
    sr = "Košarkaši iz Čačka treniraju u hali na Dedinju od ponedeljka."
    assert _found(gazetteer, sr)["Dedinju"] == "RS"


def test_mountains_in_their_cases(gazetteer: Gazetteer) -> None:
    sr = "Skijalište na Torniku radi od subote, a na Zlatiboru je palo pola metra snega."
    assert _found(gazetteer, sr)["Torniku"] == "RS"
    hr = "Cesta preko Biokova zatvorena je zbog snijega, javlja policija iz Makarske."
    assert _found(gazetteer, hr)["Biokova"] == "HR"


def test_more_rivers_beside_a_river_word(gazetteer: Gazetteer) -> None:
    sl = "V Mozirju je Savinja poplavila več hiš, pravijo gasilci."
    assert _found(gazetteer, sl)["Savinja"] == "SI"
    sr = "Воћари из Ариља и са обала Ђетиње чекају откуп малина."
    assert _found(gazetteer, sr)["Ђетиње"] == "RS"


def test_a_river_closing_a_towns_name_is_no_river(gazetteer: Gazetteer) -> None:
    sl = "Poplava je v Ljubnem ob Savinji odnesla most, pravijo gasilci iz Mozirja."
    assert "Savinji" not in _found(gazetteer, sl)


def test_gorges_and_canyons_named_after_their_noun(gazetteer: Gazetteer) -> None:
    sr = (
        "Opština Kraljevo uređuje stazu do tvrđave Maglič iznad klisure Ibra. Radovi bi "
        "trebalo da budu završeni do jeseni."
    )
    assert _found(gazetteer, sr)["klisure Ibra"] == "RS"
    bs = (
        "Općina Trnovo traži i most preko kanjona Rakitnice, koji bi povezao dva sela na "
        "Bjelašnici."
    )
    assert _found(gazetteer, bs)["kanjona Rakitnice"] == "BA"
    # a canyon named by its river's adjective is no named site
    me = "Put kroz Morački kanjon zatvoren je zbog odrona, saopštila je policija u Kolašinu."
    assert "Morački kanjon" not in _found(gazetteer, me)
