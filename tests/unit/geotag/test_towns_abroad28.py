"""Towns and areas abroad that the region's English stories name again and again, by the names
English gives them: the diaspora's suburbs (Affton, Lemay), the Arbëreshë villages, the wine towns
of Greek Macedonia (Naoussa, Veria, Goumenissa, Amyntaio, Vergina), a river port (Calafat), a
front (Pokrovsk), the Ruhr and Rio Grande do Sul.  Each in two tuning sets or more; exact F1
t20 0.906 -> 0.914, t25 0.882 -> 0.887, t17/t18/t22/t23/t24/t27/t28/corpus +0.001-0.002, every
document-country figure the same.
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _places(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


def test_suburbs_where_the_diaspora_lives(gazetteer: Gazetteer) -> None:
    text = "Bakeries in Affton and Lemay sell burek, and a cousin opened one in Akron."
    assert _places(gazetteer, text) == [("Affton", "US"), ("Lemay", "US"), ("Akron", "US")]


def test_arbereshe_villages(gazetteer: Gazetteer) -> None:
    text = "Choirs from Piana degli Albanesi and San Demetrio Corone sang the old songs."
    assert _places(gazetteer, text) == [
        ("Piana degli Albanesi", "IT"),
        ("San Demetrio Corone", "IT"),
    ]


def test_wine_towns_of_greek_macedonia_by_their_english_names(gazetteer: Gazetteer) -> None:
    text = (
        "Growers around Naoussa, Goumenissa and Amyntaio sell to buyers from Veria, and "
        "coaches stop at Vergina."
    )
    assert _places(gazetteer, text) == [
        ("Naoussa", "GR"),
        ("Goumenissa", "GR"),
        ("Amyntaio", "GR"),
        ("Veria", "GR"),
        ("Vergina", "GR"),
    ]


def test_a_port_a_front_and_regions_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "Barges waited at Calafat, shelling went on near Pokrovsk, and miners from the Ruhr "
        "met farmers from Rio Grande do Sul."
    )
    assert _places(gazetteer, text) == [
        ("Calafat", "RO"),
        ("Pokrovsk", "UA"),
        ("Ruhr", "DE"),
        ("Rio Grande do Sul", "BR"),
    ]
