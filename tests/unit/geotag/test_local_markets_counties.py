"""Local-language text: where goods are sold and where a first sentence's people live (which
states a story is about), Croatian counties, plural towns, Albanian names' case forms and
Slovenian forms made by rule (local_tuning11's shapes, in other sentences)."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.morphology import albanian_forms, inflections


def _mentions(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


# -- where goods are sold ---------------------------------------------------------------------
def test_an_export_market_is_no_place_of_the_story(gazetteer: Gazetteer) -> None:
    text = (
        "Komora u Zenici saopćila je da je izvoz u Srbiju porastao za deset posto. Najviše se "
        "izvozi namještaj iz Tešnja, a firme u Zenici traže brže carinske postupke. Srbija je "
        "drugo tržište domaćih firmi."
    )
    result = tag_text(gazetteer, text)
    assert "RS" in {m.country for m in result.mentions}  # still a mention, with its country
    assert result.countries == ["BA"]


def test_a_list_of_markets_is_set_aside_together(gazetteer: Gazetteer) -> None:
    text = (
        "Македонскиот извоз во Србија и Косово порасна за една петтина. Најмногу се "
        "извезуваат овошје и вино, соопшти Стопанската комора."
    )
    assert tag_text(gazetteer, text).countries == ["MK"]


def test_exports_measured_in_a_state_keep_it(gazetteer: Gazetteer) -> None:
    text = "Izvoz u Srbiji porastao je za osam odsto, a najviše su izvozile firme iz Beograda."
    assert tag_text(gazetteer, text).countries == ["RS"]


# -- a first sentence of people from somewhere -------------------------------------------------
def test_people_of_a_place_acting_there_make_it_the_story(gazetteer: Gazetteer) -> None:
    text = (
        "Srbi iz Gračanice i Štrpca u ponedeljak su blokirali put prema Prištini zbog "
        "zatvaranja pošta. Kancelarija u Beogradu ocenila je odluku kao pritisak. Iz Prištine "
        "poručuju da pošte rade bez dozvole."
    )
    assert tag_text(gazetteer, text).countries[0] == "XK"


def test_guests_stay_guests_where_the_story_names_its_place(gazetteer: Gazetteer) -> None:
    text = (
        "U Ulcinju je ove sezone boravilo više turista. Najviše gostiju stiglo je iz Srbije i "
        "Kosova, a iz Beograda i Prištine lete čarter letovi."
    )
    assert tag_text(gazetteer, text).countries == ["ME"]


# -- names by rule ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Obnova škola počinje u Sisačko-moslavačkoj i Zagrebačkoj županiji.",
            "Sisačko-moslavačkoj",
            "HR",
        ),
        (
            "Obnova škola počinje u Sisačko-moslavačkoj i Zagrebačkoj županiji.",
            "Zagrebačkoj županiji",
            "HR",
        ),
        ("Sredstva za Karlovačku županiju stižu iduće godine.", "Karlovačku županiju", "HR"),
        ("Gradovi u Osječko-baranjskoj županiji traže novac.", "Osječko-baranjskoj županiji", "HR"),
        ("Zagađenje vazduha u Pljevljima je visoko.", "Pljevljima", "ME"),
        ("Građani Pljevalja traže od Vlade rekonstrukciju bloka.", "Pljevalja", "ME"),
        (
            "Banorët e Plavës protestuan para komunës, ndërsa policia e Malit të Zi nuk ndërhyri.",
            "Plavës",
            "ME",
        ),
        ("Razmere v Zubinem Potoku so napete.", "Zubinem Potoku", "XK"),
        ("Na obredu v Potočarih so pokopali sedem žrtev.", "Potočarih", "BA"),
    ],
)
def test_names_in_their_case_forms(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _mentions(gazetteer, text).get(surface, (None, ""))[0] == country


def test_the_croatian_adjective_of_serbia_with_an_institution(gazetteer: Gazetteer) -> None:
    found = _mentions(gazetteer, "Prosvjednici su nezadovoljni radom srbijanske vlade.")
    assert found["srbijanske vlade"] == ("RS", "demonym")


def test_county_forms_and_plural_forms_by_rule() -> None:
    assert {"Karlovačku županiju", "Karlovačkoj županiji"} <= set(
        inflections("Karlovačka županija")
    )
    assert {"Pljevljima", "Pljevalja"} <= set(inflections("Pljevlja"))
    assert "Zubinem Potoku" in inflections("Zubin Potok")
    assert albanian_forms("Plavë") == ["Plava", "Plavës", "Plavën"]
    assert albanian_forms("Zubin Potok") == []


# -- clubs as opponents, without a result ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Fudbaleri Partizana igraju protiv Sarajeva u Beogradu. Trener je zadovoljan.",
            "Sarajeva",
        ),
        (
            "Hajduk u četvrtak igra na Poljudu, a Dinamo gostuje Osijeku. Navijači su spremni.",
            "Osijeku",
        ),
        (
            "Rukometaši Vardara sutra igraju protiv Zagreba u Skoplju, a trener je optimist.",
            "Zagreba",
        ),
        ("Partizan je pobedio Čačak u Beogradu, a trener je bio zadovoljan.", "Čačak"),
    ],
)
def test_an_opponent_named_after_a_town_is_no_place(
    gazetteer: Gazetteer, text: str, club: str
) -> None:
    assert club not in _mentions(gazetteer, text)


def test_against_a_capital_outside_sport_is_still_the_place(gazetteer: Gazetteer) -> None:
    text = "Hiljade ljudi protestovale su protiv Beograda i njegove politike u Prištini."
    assert _mentions(gazetteer, text)["Beograda"] == ("RS", "city")


def test_a_town_by_its_former_qualified_name_in_its_cases(gazetteer: Gazetteer) -> None:
    text = "U Bosanskom Brodu u ponedjeljak je otvoren obnovljeni granični most prema Hrvatskoj."
    assert _mentions(gazetteer, text)["Bosanskom Brodu"] == ("BA", "city")


# -- grounds ------------------------------------------------------------------------------------
def test_grounds_in_their_case_forms_in_local_text(gazetteer: Gazetteer) -> None:
    text = "Hajduk je pred punim Poljudom pobijedio, a Dinamo je na Maksimiru remizirao."
    found = _mentions(gazetteer, text)
    assert found["Poljudom"] == ("HR", "site")
    assert found["Maksimiru"] == ("HR", "site")
    text = "Fudbaleri Sarajeva večeras na Koševu dočekuju Željezničar, a derbi je na Grbavici."
    assert _mentions(gazetteer, text)["Koševu"] == ("BA", "site")


def test_an_away_ground_does_not_take_the_story_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "Fudbaleri Sarajeva večeras u Splitu igraju protiv Hajduka u kvalifikacijama. Trener je "
        "rekao da očekuje težak meč pred punim Poljudom, a navijači iz Sarajeva i Tuzle putuju "
        "autobusima preko Livna."
    )
    assert tag_text(gazetteer, text).countries == ["BA"]


def test_a_ground_is_no_place_in_english(gazetteer: Gazetteer) -> None:
    found = _mentions(gazetteer, "The match at Maksimir was delayed by rain.")
    assert "Maksimir" not in found


def test_soft_adjective_stems_and_towns_the_gazetteer_lacked(gazetteer: Gazetteer) -> None:
    assert "Gornjeg Vakufa" in inflections("Gornji Vakuf")
    text = "U Istočnom Sarajevu održan je protest, a iz Gornjeg Vakufa su stigli autobusi."
    found = _mentions(gazetteer, text)
    assert found["Istočnom Sarajevu"] == ("BA", "city")
    assert found["Gornjeg Vakufa"] == ("BA", "city")
    assert _mentions(gazetteer, "Turisti na Adi Bojani i u Ulcinju uživaju.")["Adi Bojani"] == (
        "ME",
        "site",
    )
