"""Villages, quarters and landmarks of the six that English news names bare and often.

On the tuning sets the list moved exact F1 in ten sets and lowered none (tuning19 0.929->0.937,
tuning25 0.859->0.869, tuning26 0.911->0.919, tuning24 0.936->0.943, tuning21 0.932->0.936;
tuning16_spans, 18, 20, 22, 23 up; local_tuning12/13 and local dev3/dev4 up by one place);
the lake and border villages and the clan plains after them nine sets more (tuning23
0.951->0.956, tuning19 0.937->0.939, tuning24 0.943->0.945, tuning26 0.919->0.921 and five
others by 0.001-0.002); sites at their whole official name (a church, an island, an arena, a
memorial, a museum) six sets more (tuning25 0.873->0.877, tuning24 0.945->0.948, tuning20
0.903->0.905, tuning23 0.956->0.958, tuning19 and tuning26 +0.001, tuning22 overlap +0.003).
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _places(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


def test_mountain_villages_and_suburbs_by_name(gazetteer: Gazetteer) -> None:
    text = "Guides drove from Rinas to Theth, and a second group walked up to Lukomir."
    assert _places(gazetteer, text) == [
        ("Rinas", "AL", "city"),
        ("Theth", "AL", "city"),
        ("Lukomir", "BA", "city"),
    ]


def test_landmarks_named_without_their_town(gazetteer: Gazetteer) -> None:
    text = "Boats leave for Our Lady of the Rocks every hour, and buses run to Velika Plaža."
    assert _places(gazetteer, text) == [
        ("Our Lady of the Rocks", "ME", "site"),
        ("Velika Plaža", "ME", "site"),
    ]


def test_a_quarter_of_two_states_needs_its_state(gazetteer: Gazetteer) -> None:
    bosnian = "Flats in Grbavica were renovated, the Sarajevo canton said."
    assert ("Grbavica", "BA", "city") in _places(gazetteer, bosnian)
    assert [s for s, _, _ in _places(gazetteer, "The Grbavica choir sang.")] == []


def test_lake_villages_and_clan_plains(gazetteer: Gazetteer) -> None:
    text = (
        "Boats from Tushemisht and Konsko crossed the lakes; rain fell on the Bjelopavlići plain."
    )
    assert _places(gazetteer, text) == [
        ("Tushemisht", "AL", "city"),
        ("Konsko", "MK", "city"),
        ("Bjelopavlići", "ME", "admin1"),
    ]


def test_sites_at_their_whole_name(gazetteer: Gazetteer) -> None:
    text = "Tourists photographed the Church of St John at Kaneo and sailed to Golem Grad."
    assert _places(gazetteer, text) == [
        ("Church of St John at Kaneo", "MK", "site"),
        ("Golem Grad", "MK", "site"),
    ]


def test_an_airport_by_its_saint_and_a_plant_by_its_letter(gazetteer: Gazetteer) -> None:
    text = (
        "Charters land at Ohrid St. Paul the Apostle Airport, and the Kosovo A power plant "
        "was shut for repairs."
    )
    assert _places(gazetteer, text) == [
        ("Ohrid St. Paul the Apostle Airport", "MK", "site"),
        ("Kosovo A power plant", "XK", "site"),
    ]


def test_streets_camps_mountains_and_villages_named_bare(gazetteer: Gazetteer) -> None:
    text = (
        "Cafés on Ferhadija were full. A plaque marks the Keraterm site and the school at "
        "Trnopolje. Fires burned on Plačkovica, hikers crossed Prevalla, and lodges in Reka e "
        "Allagës were booked. The Lipa Temporary Reception Centre is half empty."
    )
    assert _places(gazetteer, text) == [
        ("Ferhadija", "BA", "site"),
        ("Keraterm", "BA", "site"),
        ("Trnopolje", "BA", "city"),
        ("Plačkovica", "MK", "site"),
        ("Prevalla", "XK", "site"),
        ("Reka e Allagës", "XK", "city"),
        ("Lipa Temporary Reception Centre", "BA", "site"),
    ]


def test_a_crossing_village_in_its_definite_form(gazetteer: Gazetteer) -> None:
    text = "Lorries queued at the border all night. The post at Hani i Hotit opened a third lane."
    assert ("Hani i Hotit", "AL") in [(s, c) for s, c, _ in _places(gazetteer, text)]
