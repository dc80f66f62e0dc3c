"""Albanian towns by their definite names, hospitals named only by their town, and a state's
name put in a region abroad by its apposition.

tuning18_news (English reports written apart from the rules) read exact F1 0.928 and overlap
0.935 before these rules, 0.934 and 0.939 after them (out-of-region places with a region code
0.005 -> 0.000).
"""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize("town", ["Kavaja", "Kruja", "Lushnja", "Himara", "Vora", "Delvina"])
def test_an_albanian_town_by_its_definite_name(gazetteer: Gazetteer, town: str) -> None:
    text = f"Volunteers in {town} cleaned the beaches and parks on Saturday."
    assert (town, "AL", "city") in _found(gazetteer, text)


def test_a_village_s_definite_form_stays_unread(gazetteer: Gazetteer) -> None:
    """Small places' definite forms are people's and rivers' names as often ("Morava")."""
    text = "Karina said the plan for the Morava corridor was ready."
    assert ("Karina", "AL", "city") not in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Two patients were moved to the Clinical Hospital in Štip.",
            "Clinical Hospital in Štip",
            "MK",
        ),
        ("The General Hospital in Prizren opened a new ward.", "General Hospital in Prizren", "XK"),
        (
            "Surgeons at the University Clinical Centre in Sarajevo operated all night.",
            "University Clinical Centre in Sarajevo",
            "BA",
        ),
    ],
)
def test_a_hospital_named_only_by_kind_takes_its_town(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    found = _found(gazetteer, text)
    assert (surface, country, "site") in found
    assert len(found) == 1  # the town is inside the name, not a mention of its own


def test_a_hospital_with_a_name_keeps_the_town_apart(gazetteer: Gazetteer) -> None:
    text = "The injured were taken to the Dragiša Mišović Hospital in Belgrade."
    found = _found(gazetteer, text)
    assert ("Dragiša Mišović Hospital", "RS", "site") in found
    assert ("Belgrade", "RS", "city") in found


def test_a_hospital_centre_spans_its_last_word(gazetteer: Gazetteer) -> None:
    text = "TIRANA - Doctors at the Mother Teresa University Hospital Centre treated them."
    assert ("Mother Teresa University Hospital Centre", "AL", "site") in _found(gazetteer, text)


def test_a_state_s_name_put_in_a_region_abroad_is_that_region(gazetteer: Gazetteer) -> None:
    """ "Macedonia" beside its apposition is the Greek region, however Macedonian the story."""
    text = (
        "SKOPJE - Exporters in Skopje, Tetovo and Kumanovo say North Macedonia sold more "
        "fruit this year, and trucks from Bitola and Prilep waited less at the border. "
        "Buyers in Macedonia, the historic region of northern Greece, took most of the apples."
    )
    found = _found(gazetteer, text)
    assert ("Macedonia", "GR", "admin1") in found
    assert ("North Macedonia", "MK", "country") in found


def test_a_state_s_name_with_another_apposition_stays_the_state(gazetteer: Gazetteer) -> None:
    text = "SKOPJE - Voters in Macedonia, the former Yugoslav republic, went to the polls."
    assert ("Macedonia", "MK", "country") in _found(gazetteer, text)
