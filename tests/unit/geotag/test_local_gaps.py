"""Local-language places: case forms of small places, resident compounds, Cyrillic short names."""

from __future__ import annotations

import sys

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.folding import fold_key
from newsmap.geotag.geofiles import CLASHES_FILE, read_clashes

from .conftest import GEO_DIR, REPO


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


def _place_ids(gaz: Gazetteer, form: str) -> set[str]:
    cands = gaz.matcher.lookup(fold_key(form)) or ()
    return {gaz.places[c.place].place_id for c in cands if hasattr(c, "place")}


# -- case forms of small places ---------------------------------------------------------------
def test_a_small_place_is_found_in_its_case_forms(gazetteer: Gazetteer) -> None:
    assert ("Banjskoj", "XK", "city") in _found(
        gazetteer, "Policija je u Banjskoj pronašla oružje."
    )


def test_a_case_form_that_is_a_common_word_stays_unindexed(gazetteer: Gazetteer) -> None:
    # Polje (a village in Bosnia) and Rudnik (in Serbia): "u polju" is "in the field", "u
    # rudniku" "in the mine"
    clashes = read_clashes(GEO_DIR / CLASHES_FILE)
    assert clashes is not None and {"polju", "rudniku"} <= clashes
    assert "gn:786203" not in _place_ids(gazetteer, "Rudniku")
    assert _found(gazetteer, "Rudari su u Rudniku protestovali zbog plata.") == []
    # the village's own name still is the village
    assert "gn:786203" in _place_ids(gazetteer, "Rudnik")


def test_towns_keep_every_case_form(gazetteer: Gazetteer) -> None:
    # towns of 10,000 and more are not checked against the clash list
    assert ("Beogradu", "RS", "city") in _found(gazetteer, "Sastanak je održan u Beogradu.")


def test_a_small_seats_form_that_is_a_common_word_needs_a_preposition(
    gazetteer: Gazetteer,
) -> None:
    # "Kuće" (houses) is also a case form of Kuç, an Albanian seat of a few hundred people
    assert "kuce" in gazetteer.common_words
    assert _found(gazetteer, "Kuće u Donjem Vakufu su poplavljene.") == [
        ("Donjem Vakufu", "BA", "city")
    ]
    # after a preposition, or later in a list that one opens, the seat is the seat
    found = _found(gazetteer, "Protest je održan u Topoli, Sjenici i Kuli.")
    assert [country for _, country, _ in found] == ["RS", "RS", "RS"]


@pytest.mark.slow
def test_the_clash_list_is_what_the_rule_makes() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import build_case_clashes
    finally:
        sys.path.pop(0)
    expected = build_case_clashes.render(build_case_clashes.clashes(GEO_DIR))
    assert (GEO_DIR / CLASHES_FILE).read_text(encoding="utf-8") == expected


# -- resident compounds -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Kosovski Srbi su blokirali put.", "Kosovski Srbi", "XK"),
        ("Predstavnici kosovskih Srba sastali su se.", "kosovskih Srba", "XK"),
        ("Lider bosanskih Hrvata je govorio.", "bosanskih Hrvata", "BA"),
        ("Косовски Срби су протестовали.", "Косовски Срби", "XK"),
        ("Косовските Срби протестираа.", "Косовските Срби", "XK"),
        ("Predstavniki kosovskih Srbov so se sestali.", "kosovskih Srbov", "XK"),
        ("Crnogorski Albanci glasali su.", "Crnogorski Albanci", "ME"),
    ],
)
def test_a_local_resident_compound_is_one_mention_of_its_place(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text) == [(surface, country, "demonym")]


def test_a_people_without_its_place_adjective_is_no_place(gazetteer: Gazetteer) -> None:
    assert _found(gazetteer, "Srbi i Albanci razgovarali su.") == []
    assert _found(gazetteer, "Srbi na Kosovu protestovali su.") == [("Kosovu", "XK", "country")]


# -- short names in Cyrillic ------------------------------------------------------------------
def test_cyrillic_short_names_are_their_places(gazetteer: Gazetteer) -> None:
    text = "Председништво БиХ и амбасада САД саопштили су да ЕУ подржава реформе."
    assert _found(gazetteer, text) == [("БиХ", "BA", "country"), ("САД", "US", "country")]
    assert ("РС", "BA", "admin1") in _found(gazetteer, "Влада РС у Бањалуци одбила је одлуку.")


def test_a_cyrillic_word_spelt_like_a_short_name_is_not_it(gazetteer: Gazetteer) -> None:
    assert [m.country for m in tag_text(gazetteer, "Сад је време за истину.").mentions] == []


# -- rivers -----------------------------------------------------------------------------------
def _rivers(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.surface, m.country)
        for m in tag_text(gaz, text).mentions
        if m.place_id.startswith("cur:") and m.level == "site"
    ]


def test_short_river_names_and_case_forms_count_beside_a_river_word(gazetteer: Gazetteer) -> None:
    text = "Vodostaj Drine raste, a Una je izašla iz korita kod Bihaća."
    assert _rivers(gazetteer, text) == [("Drine", "BA"), ("Una", "BA")]
    assert _rivers(gazetteer, "Obala Lima kod Bijelog Polja je poplavljena.") == [("Lima", "ME")]


def test_short_river_names_without_a_river_are_not_rivers(gazetteer: Gazetteer) -> None:
    assert _rivers(gazetteer, "Una Bosna je dobila novi most kod Bihaća.") == []
    assert _rivers(gazetteer, "Sastanak u Drini kod Bihaća je odgođen.") == []
    # Lima without a river is Peru's capital, in any language
    assert [m.country for m in tag_text(gazetteer, "Talks in Lima, Peru, ended.").mentions] == [
        "PE",
        "PE",
    ]


def test_a_shared_river_takes_the_country_its_sentence_names(gazetteer: Gazetteer) -> None:
    text = "Lim je nadošao kod Prijepolja, a most na Limu u Bijelom Polju je zatvoren."
    # a bridge named by the river it crosses leaves the river alone, on its stretch in
    # Montenegro (the tuning sets' gold: "мост на Дрини" -> Дрини, "mostu na Neretvi" -> Neretvi)
    assert _rivers(gazetteer, text) == [("Lim", "RS"), ("Limu", "ME")]
    # the article is about Serbia; the sentence puts this stretch of the Drina in Bosnia
    text = (
        "Serbia's government met in Belgrade on Monday. Officials in Novi Sad and Niš agreed. "
        "Fishermen on the Drina near Višegrad said the water rose."
    )
    assert _rivers(gazetteer, text) == [("Drina", "BA")]
