"""Cities of Europe outside the region in the cases of the region's languages: their own
spelling declined ("u Stockholmu", "drejt Hamburgut"), never a given name's case ("Milanu")."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_a_city_of_europe_in_a_case_form(gazetteer: Gazetteer) -> None:
    text = "Ministar je prošle sedmice bio u Stockholmu, a delegacija iz Podgorice u Beču."
    assert _found(gazetteer, text).get("Stockholmu") == "SE"
    sq = "Kontejnerët nga Durrësi shkojnë çdo javë drejt Hamburgut, tha drejtori i portit."
    assert _found(gazetteer, sq).get("Hamburgut") == "DE"


def test_a_given_name_in_its_case_is_no_city(gazetteer: Gazetteer) -> None:
    text = "Pismo je upućeno ministru Milanu Petroviću, a odgovor je stigao iz Beograda."
    assert "Milanu" not in _found(gazetteer, text)


def test_slovenian_locatives_of_names_declined_as_adjectives(gazetteer: Gazetteer) -> None:
    # "na Hrvaškem" (in Croatia), "v Krškem": Slovenian declines such names as adjectives
    text = "Podjetje ima obrat v Krškem, lani pa je odprlo še skladišče na Hrvaškem."
    found = _found(gazetteer, text)
    assert found.get("Krškem") == "SI"
    assert found.get("Hrvaškem") == "HR"
