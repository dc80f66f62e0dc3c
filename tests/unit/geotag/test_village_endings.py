"""Villages told by a South Slavic ending after a locative word; villages "near" or "north of"
a town; a village named like a town far away.

On the tuning sets the endings found eight villages (exact/overlap: tuning16_spans 0.960->0.962,
tuning21 0.931->0.932, tuning22 0.948->0.949, tuning25 0.858->0.859, tuning26 +0.001,
tuning19 overlap +0.001; tuning24 -0.001, a crossing abroad placed by the town beside it);
the near-town rules placed two (tuning26 0.908->0.910); a list's places after a comma found
four more (tuning25 0.871->0.873); the other sets stayed the same.
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _places(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


def test_a_village_told_by_its_ending_takes_its_sentences_town(gazetteer: Gazetteer) -> None:
    text = "Farmers near Kraljevo said the road to Bukovica was washed away overnight."
    assert ("Bukovica", "RS") in _places(gazetteer, text)


def test_given_names_of_those_endings_are_no_villages(gazetteer: Gazetteer) -> None:
    text = "The mayor of Kraljevo sent flowers to Danica on her birthday."
    assert [s for s, _ in _places(gazetteer, text)] == ["Kraljevo"]


def test_an_ending_alone_places_no_name_without_a_town(gazetteer: Gazetteer) -> None:
    text = "The team flew on to Zorovac after the match."
    assert _places(gazetteer, text) == []


def test_a_village_north_of_a_town_of_another_state(gazetteer: Gazetteer) -> None:
    text = "Fires burned on the slopes of Kozjak north of Kumanovo on Sunday."
    assert ("Kozjak", "MK") in _places(gazetteer, text)


def test_a_village_named_like_a_far_town(gazetteer: Gazetteer) -> None:
    text = "The ministry paved the road to Vladimir, a village near Ulcinj, last summer."
    assert ("Vladimir", "ME") in _places(gazetteer, text)


def test_a_list_of_villages_after_a_comma(gazetteer: Gazetteer) -> None:
    text = "The road from Kraljevo runs past Žiča, Mataruška and Ušće to the river."
    found = _places(gazetteer, text)
    assert ("Mataruška", "RS") in found
    assert ("Ušće", "RS") in found


def test_a_sentences_setting_before_a_comma_lists_nothing(gazetteer: Gazetteer) -> None:
    text = "In Mostar, Veležani and Zrinjski fans sang together after the draw."
    assert [s for s, _ in _places(gazetteer, text)] == ["Mostar"]
