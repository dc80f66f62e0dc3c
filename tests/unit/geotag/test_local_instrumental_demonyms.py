"""Adjective-first town names in the instrumental ("sa Novim Sadom") and the plural ("u
Sremskim Karlovcima"); state adjectives before inspectorates, firefighters and a Slovenian
"side" ("stran"); Croatian "slovenska" before an institution names Slovenia, while Serbian
"slovenske države" (the Slavic states) names no state."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.morphology import inflections


def _places(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gazetteer, text).mentions]


def test_instrumental_and_plural_forms_are_made() -> None:
    assert "Novim Sadom" in inflections("Novi Sad")
    assert "Bijelim Poljem" in inflections("Bijelo Polje")
    assert {"Sremskim Karlovcima", "Sremskih Karlovaca", "Sremske Karlovce"} <= set(
        inflections("Sremski Karlovci")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opština je potpisala sporazum sa Novim Sadom o autobusima.", ("Novim Sadom", "RS")),
        ("Sajam vina u Sremskim Karlovcima otvoren je u petak.", ("Sremskim Karlovcima", "RS")),
        ("Gosti iz Sremskih Karlovaca stigli su autobusom.", ("Sremskih Karlovaca", "RS")),
    ],
)
def test_case_forms_found(gazetteer: Gazetteer, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(s, c) for s, c, _ in _places(gazetteer, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bosanskohercegovačka inspekcija zatvorila je pogon zbog zagađenja.",
            ("Bosanskohercegovačka inspekcija", "BA"),
        ),
        ("Na požarištu su radili i grčki vatrogasci iz Soluna.", ("grčki vatrogasci", "GR")),
        ("Помош пристигна и од бугарските пожарникари.", ("бугарските пожарникари", "BG")),
        ("Občina bo uredila cesto, hrvaška stran pa most čez reko.", ("hrvaška stran", "HR")),
        (
            "Vozač je uhićen u Zagrebu. Slovenska policija predala ga je hrvatskim kolegama.",
            ("Slovenska policija", "SI"),
        ),
    ],
)
def test_state_adjectives_with_officers(
    gazetteer: Gazetteer, text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "demonym") in _places(gazetteer, text)


def test_slavic_states_name_no_state(gazetteer: Gazetteer) -> None:
    text = "Slovenske države su se sastale u Beogradu, a slovenski narodi slave praznik."
    assert _places(gazetteer, text) == [("Beogradu", "RS", "city")]


def test_slovenian_fleeting_e_and_the_soft_neuter_instrumental() -> None:
    assert {"Münchna", "Münchnu"} <= set(inflections("München"))
    assert "Cetinjem" in inflections("Cetinje")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nekateri sezonci delajo celo v Münchnu.", ("Münchnu", "DE")),
        ("Sastanak je zakazan sa Cetinjem i Podgoricom.", ("Cetinjem", "ME")),
    ],
)
def test_more_case_forms_found(gazetteer: Gazetteer, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(s, c) for s, c, _ in _places(gazetteer, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ophodnje su pojačane oko Krapinskih Toplica i Zaboka.", ("Krapinskih Toplica", "HR")),
        ("Gosti su odsjeli u Varaždinskim Toplicama.", ("Varaždinskim Toplicama", "HR")),
        ("Poletje so preživeli v Dolenjskih Toplicah.", ("Dolenjskih Toplicah", "SI")),
    ],
)
def test_feminine_plural_towns(gazetteer: Gazetteer, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(s, c) for s, c, _ in _places(gazetteer, text)]


def test_an_albanian_adjective_after_a_pronoun_for_an_institution(gazetteer: Gazetteer) -> None:
    text = "Qeveria serbe dhe ajo maqedonase nënshkruan marrëveshjen në Shkup."
    assert ("maqedonase", "MK", "demonym") in _places(gazetteer, text)
    # a pronoun with no institution before it is a person: "ajo shqiptare" (she, an Albanian)
    assert _places(gazetteer, "Studentja, ajo shqiptare nga Tirana, fitoi çmimin.") == [
        ("Tirana", "AL", "city")
    ]
