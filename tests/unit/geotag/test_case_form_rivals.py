"""A case form of a region town yields to a city of Europe's own name spelt alike."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _countries(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_a_citys_own_name_beats_a_case_form_of_a_region_town(gazetteer: Gazetteer) -> None:
    # Montenegrin news, its state supported: "Bari" is no form of Bar (Bara, Baru, Barom)
    text = (
        "Lučka uprava u Ulcinju i opština Budva najavile su nove linije. Brodar iz Kotora "
        "saopštio je da će ljetnja linija za Bari krenuti u junu, a iz Baru se vraćaju "
        "autobusi za Podgoricu."
    )
    found = _countries(gazetteer, text)
    assert found["Bari"] == "IT"
    assert found["Baru"] == "ME"


def test_a_case_form_keeps_its_reading_where_no_city_shares_it(gazetteer: Gazetteer) -> None:
    text = "Trajekt iz Bara kasni, a putnici u Baru čekaju od jutra, saopštila je luka u Ulcinju."
    found = _countries(gazetteer, text)
    assert found["Bara"] == "ME"
    assert found["Baru"] == "ME"


def test_a_plurals_genitive_beats_a_form_keeping_a_fleeting_a(gazetteer: Gazetteer) -> None:
    # Croatian news: "Drenovaca" is Drenovci's genitive, a Serbian Drenovac's is "Drenovca"
    text = (
        "Sava je u Hrvatskoj poplavila dio Posavine kod Županje. Linija za Vinkovce ide "
        "obilaznicom preko Drenovaca."
    )
    assert _countries(gazetteer, text)["Drenovaca"] == "HR"


def test_a_city_abroad_in_i_keeps_its_j_forms(gazetteer: Gazetteer) -> None:
    # "Bariju", "Barija": forms of Bari a dictionary also lists as words, weak but indexed
    text = (
        "Rukometaši iz Nikšića putuju u Italiju, gdje u subotu u Bariju igraju turnir. "
        "Iz Barija se vraćaju brodom, a luka u Baru čeka ih u ponedjeljak."
    )
    found = _countries(gazetteer, text)
    assert found["Bariju"] == "IT"
    assert found["Barija"] == "IT"
    assert found["Baru"] == "ME"


def test_a_j_form_alone_needs_a_preposition(gazetteer: Gazetteer) -> None:
    # weak as a word: with no preposition and no Italy it is not read as the city
    text = "Barija je rekla da dolazi, javlja opština Budva."
    assert "Barija" not in _countries(gazetteer, text)
