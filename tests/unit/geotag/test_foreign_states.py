"""States outside the six in the region's languages, and what a local text's country is.

State adjectives of other states ("грчката влада", "turski predsjednik", "qeveria greke")
are made by rule from data/geo/state_adjectives.csv; the document's country is where the
story happens, not the state whose minister acts in it; a text that names no place is
about the state whose language it is written in, where only one state writes it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.home import home_country
from newsmap.geotag.state_adjectives import STATE_ADJECTIVES_FILE, adjective_words, forms
from newsmap.resources import geo_dir


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Jučer je grčka vlada odbila prijedlog.", "grčka vlada", "GR"),
        ("Na sastanku je bio i turski predsjednik.", "turski predsjednik", "TR"),
        ("Грчката влада ќе одлучи во понеделник.", "Грчката влада", "GR"),
        ("Во Софија пристигна и бугарскиот премиер.", "бугарскиот премиер", "BG"),
        ("Deklaratën e kritikoi edhe qeveria greke.", "qeveria greke", "GR"),
        ("Në takim ishte edhe presidenti turk.", "presidenti turk", "TR"),
        ("Ministri i Jashtëm grek foli për marrëveshjen.", "Ministri i Jashtëm grek", "GR"),
        ("Srečala sta se bolgarski premier in nemška kanclerka.", "bolgarski premier", "BG"),
        ("Srečala sta se bolgarski premier in nemška kanclerka.", "nemška kanclerka", "DE"),
        ("Odluku je pozdravio i mađarski ministar.", "mađarski ministar", "HU"),
        ("Američka ambasada objavila je saopćenje.", "Američka ambasada", "US"),
        ("Ruski ambasador predao je protestnu notu.", "Ruski ambasador", "RU"),
        ("Ambasada amerikane reagoi menjëherë.", "Ambasada amerikane", "US"),
        ("Slovenska vlada je sprejela sklep.", "Slovenska vlada", "SI"),
    ],
)
def test_other_states_adjectives_with_institutions(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text)[surface] == (country, "demonym")


@pytest.mark.parametrize(
    "text",
    [
        "Grci u Albaniji traže više prava.",
        "Grčka manjina slavila je praznik.",
        "Hrvatska demokratska zajednica održala je sabor.",
        "Grekët e Himarës festuan.",
        "Svuda se prodaju turska kafa i grčki jogurt.",
    ],
)
def test_peoples_parties_and_things_are_not_states(gazetteer: Gazetteer, text: str) -> None:
    assert not [c for c, level in _found(gazetteer, text).values() if c in ("GR", "HR", "TR")]


def test_a_state_named_like_its_adjective_before_a_verb_is_the_state(
    gazetteer: Gazetteer,
) -> None:
    found = _found(gazetteer, "Njemačka podržava plan, a Grčka traži izmjene.")
    assert found["Njemačka"] == ("DE", "country")
    assert found["Grčka"] == ("GR", "country")


def test_every_file_stem_makes_forms_in_its_language() -> None:
    with open(geo_dir() / STATE_ADJECTIVES_FILE, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["language"] for r in rows} == {"sh", "sl", "mk", "sq"}
    assert {"GR", "BG", "HU", "RO", "IT", "TR", "DE", "RU", "UA", "US"} <= {
        r["country"] for r in rows
    }
    words = adjective_words(rows)
    assert words["grckata"].country == "GR" and not words["grckata"].after_noun
    assert words["greke"].country == "GR" and words["greke"].after_noun
    assert {"madarskom", "madjarskom", "madzarskega"} <= set(words)
    assert forms("sq", "grek") == ["grek", "greke", "grekit"]


@pytest.mark.parametrize(
    ("text", "slovenia"),
    [
        # Slovenian: the state's own adjective
        ("Predsednik slovenske vlade je v ponedeljek obiskal Zagreb, kjer so govorili.", True),
        # Serbian and Macedonian spell "Slavic" alike: the Slavic states are no state
        ("Govorio je o tome da slovenske države i narodi moraju više da sarađuju.", False),
        ("Тој рече дека словенските држави треба повеќе да соработуваат во иднина.", False),
    ],
)
def test_a_stem_spelt_alike_in_another_language_is_read_only_in_its_own(
    gazetteer: Gazetteer, text: str, slovenia: bool
) -> None:
    countries = [c for c, level in _found(gazetteer, text).values() if level == "demonym"]
    assert ("SI" in countries) is slovenia


def test_without_the_file_no_state_adjective_is_read(tmp_path: Path) -> None:
    from newsmap.geotag.state_adjectives import read_adjective_words

    assert read_adjective_words(tmp_path) == {}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # an actor from outside the region does not take the story away from its place
        (
            "Ruski ministar doputovao je u Beograd. Ruski ministar sastao se sa predsednikom, "
            "a ruska ambasada najavila je potpisivanje sporazuma.",
            ["RS"],
        ),
        (
            "Бугарската влада повторно ги блокираше преговорите. Бугарскиот премиер рече дека "
            "нема да попушти. Во Скопје опозицијата бара оставка.",
            ["MK"],
        ),
        ("Ministri i Jashtëm grek vizitoi Tiranën të hënën.", ["AL"]),
        # foreign news stays foreign
        ("Grčka vlada usvojila je budžet, a grčki parlament glasa u petak.", []),
        # two region states named alike are each the story's, the one named first first
        ("Kosovo je proglasilo nezavisnost. Srbija je odbacila deklaraciju.", ["XK", "RS"]),
        # foreign news stays foreign, even in a language only one region state writes
        ("U Atini je policija posle protesta uhapsila dvadeset ljudi.", []),
    ],
)
def test_document_country_is_where_the_story_happens(
    gazetteer: Gazetteer, text: str, countries: list[str]
) -> None:
    assert tag_text(gazetteer, text).countries == countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Владата денеска ја усвои одлуката, а премиерот најави нови мерки.", "MK"),
        ("Председник је рекао да влада неће поднети оставку пре избора.", "RS"),
        ("Predsednik je rekao da se izbori održavaju u nedelju.", "RS"),
        # ijekavian: Serbs in Bosnia and Montenegro, Croats and Bosniaks write it too
        ("Predsjednik je rekao da se izbori održavaju u nedjelju.", None),
        ("Predsednik vlade je dejal, da bo vlada odstopila.", None),
        ("Kryeministri tha se qeveria nuk do të japë dorëheqjen.", None),
        ("The president said the government would not step down.", None),
    ],
)
def test_a_text_that_names_no_place_is_about_its_languages_state(
    gazetteer: Gazetteer, text: str, country: str | None
) -> None:
    assert home_country(text) == country
    assert tag_text(gazetteer, text).countries == ([country] if country else [])


def test_a_text_naming_only_foreign_places_keeps_no_country(gazetteer: Gazetteer) -> None:
    """Unless the outlet's own institutions act before the foreign place: "the president went
    to Washington" is the home president's trip; "in Washington the president signed" is not."""
    assert (
        tag_text(gazetteer, "U Vašingtonu je predsednik potpisao zakon u nedelju.").countries == []
    )
    trip = "Predsednik je otputovao u Washington u nedelju."
    assert tag_text(gazetteer, trip).countries == ["RS"]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # foreign capitals under the region's own names, in their case forms
        ("Sastanak u Briselu odložen je za jesen.", "Briselu", "BE"),
        ("Министерот отпатува во Брисел во вторник.", "Брисел", "BE"),
        ("Delegacija je iz Atine otišla u Sofiju.", "Atine", "GR"),
        ("Delegacija je iz Atine otišla u Sofiju.", "Sofiju", "BG"),
        ("Takimi në Bruksel u shty për javën tjetër.", "Bruksel", "BE"),
        ("Ministri udhëtoi në Athinë dhe pastaj në Vjenë.", "Vjenë", "AT"),
        ("Ministrica se je v Bruslju sestala s kolegi.", "Bruslju", "BE"),
        ("Suđenje se nastavlja u Hagu sledeće nedelje.", "Hagu", "NL"),
        ("Разговорите во Белград и Сараево продолжија.", "Белград", "RS"),
        ("Разговорите во Белград и Сараево продолжија.", "Сараево", "BA"),
        ("Ministri u kthye nga takimi në Sarajevë.", "Sarajevë", "BA"),
        # Albanian accusative of -i/-ia names, Slovenian accusative of -a names
        ("Kosova ka marrëdhënie të mira me Turqinë.", "Turqinë", "TR"),
        ("Ministrica bo jutri odpotovala v Ljubljano.", "Ljubljano", "SI"),
        ("Shtetet e Bashkuara e mbështetën vendimin.", "Shtetet e Bashkuara", "US"),
    ],
)
def test_other_places_in_the_regions_languages(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text)[surface][0] == country


@pytest.mark.parametrize(
    "text",
    [
        # folded, the Albanian indefinite of Visoko and Kraljevo would be these common words
        "Visoke cijene goriva pogodile su sve.",
        "Kraljeve odluke nisu bile poznate.",
    ],
)
def test_case_forms_that_are_common_words_are_not_towns(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text) == {}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a municipality named after its town reads like the town: after a given name, its
        # case form is a surname ("Ivana Baru"); after a preposition, the town
        ("Sud je saslušao Ivana Baru kao svjedoka.", {}),
        ("Policija je u Baru pojačala kontrole.", {"Baru": ("ME", "city")}),
    ],
)
def test_a_municipalitys_case_form_after_a_given_name_is_a_surname(
    gazetteer: Gazetteer, text: str, found: dict
) -> None:
    assert _found(gazetteer, text) == found
