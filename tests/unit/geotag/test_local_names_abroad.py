"""Local names declined by rule beyond the region's towns: possessive adjectives first
(Zubin Potok), both nouns of a joined name in the accusative (u Bosnu i Hercegovinu), the
Slovenian accusative (v Severno Makedonijo), big cities abroad by their Serbian names
(у Пекингу, у Франкфурту) unless a form is a common word or a given name's; Albanian -aj and
-ër names; a Bosnian canton as a Croatian "županija"; soldiers with their state's adjective;
an alternate name that yields to a real one in local text; destinations; a side that played
abroad."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.morphology import inflections


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Zubin Potok", {"Zubinog Potoka", "Zubinom Potoku"}),
        ("Bobotov kuk", {"Bobotovog kuka", "Bobotovom kuku"}),
        ("Bosna i Hercegovina", {"Bosnu i Hercegovinu"}),
        ("Kosovo i Metohija", {"Kosovo i Metohiju"}),
        ("Severna Makedonija", {"Severno Makedonijo"}),
        # Croatian calls a Bosnian canton a "županija"
        ("Hercegovačko-neretvanski kanton", {"Hercegovačko-neretvanskoj županiji"}),
        # Albanian: -aj takes -t, -ër loses its ë
        ("Ferizaj", {"Ferizajt"}),
        ("Dibër", {"Dibrës", "Dibra"}),
    ],
)
def test_case_forms_by_rule(name: str, forms: set[str]) -> None:
    assert forms <= set(inflections(name))


def _found(gazetteer: Gazetteer, text: str) -> dict[str, str | None]:
    return {text[m.start : m.end]: m.country for m in tag_text(gazetteer, text).mentions}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Policija je u Zubinom Potoku zaplenila oružje.", "Zubinom Potoku", "XK"),
        ("Izvoz u Bosnu i Hercegovinu porastao je za petinu.", "Bosnu i Hercegovinu", "BA"),
        ("Minister je odpotoval v Severno Makedonijo.", "Severno Makedonijo", "MK"),
        ("Делегација је боравила у Пекингу, а затим у Франкфурту.", "Пекингу", "CN"),
        ("Делегација је боравила у Пекингу, а затим у Франкфурту.", "Франкфурту", "DE"),
        ("Delegacija je u utorak boravila u Varšavi i vratila se.", "Varšavi", "PL"),
        # Kosovo's Mitrovica by its real name, not Sremska Mitrovica's alternate
        ("Протест у Митровица, Београд реагује.", "Митровица", "XK"),
        ("Protesta u mbajt sot në qendër të Ferizajt.", "Ferizajt", "XK"),
        (
            "Vlada Hercegovačko-neretvanske županije usvojila je proračun.",
            "Hercegovačko-neretvanske županije",
            "BA",
        ),
        # soldiers act for their state as its police do
        ("Slovenski vojaki na Kosovu so prevzeli nadzor.", "Slovenski vojaki", "SI"),
    ],
)
def test_declined_names_are_found(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text).get(surface) == country


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # "Прагу" is also a form of "праг" (a threshold): the clash list keeps it out
        ("Стигли су до Прагу и вратили се.", "Прагу"),
        # "Милано" declines like the given name Milan: its forms would be a person's
        ("Sastanku su prisustvovali potpredsjednik vlade Milanu Kneževiću i drugi.", "Milanu"),
    ],
)
def test_forms_that_are_other_words_are_left_out(
    gazetteer: Gazetteer, text: str, surface: str
) -> None:
    assert surface not in _found(gazetteer, text)


def test_a_destination_is_no_place_of_the_story(gazetteer: Gazetteer) -> None:
    """A line "do Sarajeva" (to Sarajevo) from a Slovenian town: a neighbour's own story."""
    text = "V Mariboru so odprli novo avtobusno linijo do Sarajeva. Vozovnice so že v prodaji."
    assert tag_text(gazetteer, text).countries == []


def test_a_side_that_played_abroad_is_the_outlet_s(gazetteer: Gazetteer) -> None:
    text = "Вардар загуби во Софија, а тренерот рече дека екипата играше слабо."
    assert tag_text(gazetteer, text).countries == ["MK"]
    # no sport: foreign news stays foreign
    assert tag_text(gazetteer, "Во Софија полицијата уапси дваесет луѓе.").countries == []
