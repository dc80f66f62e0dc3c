"""A town before the food it is known for names the food; a quarter named as a "district".

On the tuning sets the foods rule took four false places out (tuning20, 23, 24, 25: exact
0.899->0.900, 0.936->0.937); "the X district" as a settlement noun found three quarters
(tuning18 0.954->0.955, tuning26 0.907->0.908); the other sets stayed the same.
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _surfaces(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


def test_a_town_before_its_food_is_no_place(gazetteer: Gazetteer) -> None:
    text = "The menu offers Ohrid trout and Zlatibor cheese, with plum brandy after."
    assert _surfaces(gazetteer, text) == []


def test_a_food_phrase_before_a_place_noun_keeps_the_town(gazetteer: Gazetteer) -> None:
    text = "New farms opened in the Ohrid trout region last year."
    assert ("Ohrid", "MK") in _surfaces(gazetteer, text)


def test_a_town_after_a_locative_word_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Fishermen sold the catch in Ohrid trout season, they said."
    assert ("Ohrid", "MK") in _surfaces(gazetteer, text)


def test_a_quarter_named_as_a_district(gazetteer: Gazetteer) -> None:
    text = "Police closed the roads in Belgrade's Karaburma district on Sunday."
    assert _surfaces(gazetteer, text) == [("Belgrade", "RS"), ("Karaburma", "RS")]


def test_a_district_as_a_unit_keeps_its_reading(gazetteer: Gazetteer) -> None:
    text = "Turnout was highest in the Zlatibor District."
    assert _surfaces(gazetteer, text) == [("Zlatibor District", "RS")]
