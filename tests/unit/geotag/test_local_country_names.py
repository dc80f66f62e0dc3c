"""Foreign states and capitals in the region's languages: CLDR names and their case forms."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.country_names import local_country_names
from newsmap.geotag.morphology import inflections


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "country", "level"),
    [
        # Slovenian accusatives and instrumentals of foreign capitals and states
        ("Premier je v torek odpotoval v Moskvo.", "Moskvo", "RU", "city"),
        ("Vlada bo z Ankaro začela pogovore.", "Ankaro", "TR", "city"),
        ("Minister bo prihodnji teden odpotoval v Turčijo.", "Turčijo", "TR", "country"),
        ("Izvoz v Nemčijo in na Madžarsko je zrasel.", "Nemčijo", "DE", "country"),
        # Albanian: names spelt as in English take their case endings too (-u after k, g, h)
        ("Shqipëria ndërpreu marrëdhëniet me Iranin.", "Iranin", "IR", "country"),
        ("Ministri foli për luftën e Irakut.", "Irakut", "IQ", "country"),
        ("Ministrat e Polonisë nuk erdhën.", "Polonisë", "PL", "country"),
        # BCMS and Macedonian names the country table lacks
        ("Delegacija je otputovala u Švicarsku.", "Švicarsku", "CH", "country"),
        ("Министрите на Полска не дојдоа.", "Полска", "PL", "country"),
    ],
)
def test_foreign_names_in_local_text(
    gazetteer: Gazetteer, text: str, surface: str, country: str, level: str
) -> None:
    assert _found(gazetteer, text)[surface] == (country, level)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # "Island" is Iceland in Serbian, and a word of English place names
        ("Talks on Christmas Island ended. Island residents voted.", "Island"),
        # an English demonym spelt like an Albanian case form ("Pakistan" -> "Pakistani")
        ("The Pakistani minister arrived on Monday.", "Pakistani"),
    ],
)
def test_ambiguous_local_names_are_no_state(gazetteer: Gazetteer, text: str, surface: str) -> None:
    found = _found(gazetteer, text)
    assert found.get(surface, (None, "demonym"))[1] == "demonym"


def test_names_come_from_cldr_without_the_ambiguous_ones() -> None:
    names = set(local_country_names(["TR", "PL", "IS", "IR"]))
    assert {("TR", "Turčija"), ("TR", "Turqi"), ("PL", "Полска"), ("IR", "Iran")} <= names
    assert ("IS", "Island") not in names  # a word of "Christmas Island"
    assert ("IS", "Islandija") in names


def test_albanian_u_endings_after_k_g_h() -> None:
    assert {"Iraku", "Irakut", "Irakun"} <= set(inflections("Irak"))
    assert "Beogradut" not in inflections("Beograd")
