"""State adjectives of Switzerland and the Netherlands in the region's languages, battalions and
national sides as their heads, and a state named by a feminine adjective whose "-i" form is the
adjective before people, no case of the state ("Norveški skakalci")."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_swiss_and_dutch_adjectives_with_institutions(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Školu su obnovili općina i švicarska ambasada u Tuzli.")
    assert found.get("švicarska ambasada") == ("CH", "demonym")
    found = _found(gazetteer, "Holandski bataljon je tada čuvao bazu kod grada.")
    assert found.get("Holandski bataljon") == ("NL", "demonym")


def test_a_national_side_in_slovenian(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Na tekmi v Planici je bila avstrijska reprezentanca druga.")
    assert found.get("avstrijska reprezentanca") == ("AT", "demonym")


def test_the_adjective_before_people_is_no_state(gazetteer: Gazetteer) -> None:
    assert _found(gazetteer, "Norveški skakalci so zmagali na tekmi.") == {}
    assert _found(gazetteer, "Бугарски скијаши су били трећи.") == {}
    found = _found(gazetteer, "Radnici žive u Hrvatskoj i Bugarskoj, a autobus staje u Raški.")
    assert found.get("Bugarskoj") == ("BG", "country")
    assert found.get("Raški") == ("RS", "city")
