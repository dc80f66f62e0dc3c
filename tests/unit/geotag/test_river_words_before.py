"""A river's case form right after "duž", "pored", "ob" or "u rukavcima" is the river, and a
four-letter river in -ar or -ac has its forms with the a dropped ("Ibra", "Uvca")."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_along_and_beside_put_a_river_after_them(gazetteer: Gazetteer) -> None:
    hr = "Ribiči su u nedjelju lovili u rukavcima Dunava kod Vukovara."
    assert _found(gazetteer, hr)["Dunava"] == "HR"
    me = "Kuća u selu kod Berana stoji pored Lima, a struje nema od jutra."
    found = _found(gazetteer, me)
    assert found["Lima"] == "ME"
    assert found["Berana"] == "ME"
    sl = "V Bihaću so na klopi ob Uni spali trije moški."
    assert _found(gazetteer, sl)["Uni"] == "BA"


def test_ob_inside_a_towns_name_is_no_river_cue(gazetteer: Gazetteer) -> None:
    # "Čatež ob Savi" is a town: the river word "ob" after a capitalised word reads nothing
    text = "Prireditev bo v Čatežu ob Savi, pravijo na občini Brežice."
    assert "Savi" not in _found(gazetteer, text)


def test_a_short_river_drops_its_a(gazetteer: Gazetteer) -> None:
    text = (
        "Opština je saopštila da će put biti zatvoren do petka. Vodostaj Uvca kod Nove "
        "Varoši i dalje raste, a na obali Ibra kod Kraljeva za sada nema štete."
    )
    found = _found(gazetteer, text)
    assert found["Uvca"] == "RS"
    assert found["Ibra"] == "RS"
