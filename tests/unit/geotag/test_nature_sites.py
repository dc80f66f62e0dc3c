"""Rivers and mountains named by their noun, and shared rivers placed by their sentence.

tuning18_news (English reports written apart from the rules) read exact F1 0.926 and overlap
0.933 before these rules, 0.928 and 0.935 after them.
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


def test_an_unknown_river_is_a_site_of_the_town_beside_it(gazetteer: Gazetteer) -> None:
    text = "Anglers along the Jadar river near Loznica counted dead fish on Sunday."
    assert ("Jadar river", "RS", "site") in _found(gazetteer, text)


def test_an_unknown_range_is_a_site_of_the_town_beside_it(gazetteer: Gazetteer) -> None:
    text = "Climbers set out for the Komovi mountains above Kolašin at dawn."
    assert ("Komovi mountains", "ME", "site") in _found(gazetteer, text)


def test_a_river_abroad_takes_the_state_abroad(gazetteer: Gazetteer) -> None:
    text = "Rice farmers on the Maritsa river near Plovdiv asked for more water."
    assert ("Maritsa river", "BG", "site") in _found(gazetteer, text)


def test_a_known_river_keeps_the_gazetteer_s_reading(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Kayaks raced down the Una river past Bihać.")
    assert [f for f in found if "Una" in f[0]] == [("Una river", "BA", "site")]


def test_a_shared_river_is_placed_by_the_town_in_its_sentence(gazetteer: Gazetteer) -> None:
    """A one-sentence item names no state, yet the town beside the river places it."""
    found = _found(gazetteer, "The Sava river rose near Brčko after a week of rain.")
    assert ("Sava river", "BA", "site") in found


def test_a_river_found_by_its_noun_weighs_for_no_state(gazetteer: Gazetteer) -> None:
    """The river takes Kruševac's state: counting it too would make the town weigh twice."""
    text = (
        "SARAJEVO - Teachers in Sarajevo went on strike on Monday over pay. "
        "Rafters on the Rasina river near Kruševac sent a message of support."
    )
    result = tag_text(gazetteer, text)
    assert ("Rasina river", "RS") in [(m.surface, m.country) for m in result.mentions]
    assert result.countries == ["BA"]


def test_mountains_in_their_local_case_forms(gazetteer: Gazetteer) -> None:
    text = (
        "Planinari iz Gospića krenuli su u subotu prema vrhovima Velebita. Vinari sa obronaka "
        "Fruške gore izlažu u Novom Sadu, a izletnici iz Sopota idu na Kosmaj."
    )
    found = _found(gazetteer, text)
    assert ("Velebita", "HR", "site") in found
    assert ("Fruške gore", "RS", "site") in found
    assert ("Kosmaj", "RS", "site") in found
