"""A city stadium named with its town ("Gradskom stadionu u Nikšiću") is one site span."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_the_town_after_a_city_stadium_is_part_of_its_name(gazetteer: Gazetteer) -> None:
    text = "Domaćini su u nedelju igrali na Gradskom stadionu u Smederevu pred tri hiljade ljudi."
    found = _found(gazetteer, text)
    assert found["Gradskom stadionu u Smederevu"] == ("RS", "site")
    assert "Smederevu" not in found


def test_a_city_stadium_without_its_town_stays_alone(gazetteer: Gazetteer) -> None:
    text = "Klub iz Zenice trenirao je juče na Gradskom stadionu, a u petak putuje u Mostar."
    found = _found(gazetteer, text)
    assert found["Gradskom stadionu"][1] == "site"
