"""Which state a local-language story is about when it names no region place: its language,
the words of one state's own institutions, and a region state outweighed by foreign places."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.home import home_country


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # Albanian: Kosovo's municipalities and parties, Albania's municipalities and prosecution
        ("Kryetari i komunës tha se LDK nuk do të hyjë në koalicion me Vetëvendosjen.", "XK"),
        ("Asambleja e komunave kërkoi më shumë para nga buxheti për shkollat.", "XK"),
        ("Këshilli i bashkisë miratoi taksën e re, ndërsa SPAK hapi një hetim për tenderin.", "AL"),
        ("Prefekti i qarkut tha se dëmet arrijnë në dhjetë milionë lekë.", "AL"),
        # ijekavian BCMS: Bosnia's cantons and Presidency, Montenegro's opština and skupština
        ("Vlada kantona je objavila da će plate biti isplaćene prije petka.", "BA"),
        (
            "Predsjedništvo je odbilo prijedlog koji su poslali iz SNSD-a, što nije prvi put.",
            "BA",
        ),
        ("Skupština opštine koja je zasjedala sa prekidima usvojila je budžet prije ponoći.", "ME"),
    ],
)
def test_a_state_s_own_words_say_whose_news_it_is(text: str, state: str) -> None:
    assert home_country(text) == state


@pytest.mark.parametrize(
    "text",
    [
        # Croatian months and "tisuća": Croatia's, outside the region
        "Sabor je 12. siječnja izglasao zakon, a prosvjedovalo je tisuću ljudi prije toga.",
        # the union ("Bashkimi Evropian") is no municipality, and nothing else says which state
        "Bashkimi Evropian kërkoi reforma në drejtësi dhe tha se procesi do të vazhdojë.",
        # both states' words, one each: no leader
        "Kryetari i komunës dhe kryetari i bashkisë nënshkruan një marrëveshje për ujin.",
    ],
)
def test_no_state_when_the_words_point_to_none_or_to_two(text: str) -> None:
    assert home_country(text) is None


def test_foreign_places_alone_leave_the_language_s_state(gazetteer: Gazetteer) -> None:
    """A foreign capital as an actor, the home government unnamed: the outlet's state."""
    text = (
        "Германскиот амбасадор денеска се сретна со премиерот. Берлин ќе ја поддржи "
        "изградбата на новата болница."
    )
    assert tag_text(gazetteer, text).countries == ["MK"]
    ekavian = (
        "Crvena zvezda je sinoć u Madridu izgubila posle produžetka, a trener je rekao da je "
        "meč bio težak."
    )
    assert tag_text(gazetteer, ekavian).countries == ["RS"]


def test_english_text_with_foreign_places_only_stays_without_a_state(gazetteer: Gazetteer) -> None:
    text = "The minister flew to Berlin on Monday and met his counterpart in Paris the next day."
    assert tag_text(gazetteer, text).countries == []


def test_a_region_state_outweighed_by_foreign_places_is_the_story_s(gazetteer: Gazetteer) -> None:
    """Local text about the region: the region state is the story's even when foreign places
    weigh more; English text that names Albania in passing beside Albany, New York is not."""
    text = (
        "Emigrantët nga Austria dhe Gjermania po kthehen për festat. "
        "Policia e Kosovës ka shtuar patrullat në rrugë."
    )
    assert tag_text(gazetteer, text).countries == ["XK"]
    english = (
        "The state legislature in Albany, New York, passed a budget on Thursday. "
        "No one from Albania attended the ceremony."
    )
    assert tag_text(gazetteer, english).countries == []


def test_gradsko_the_city_s_adjective_is_no_town(gazetteer: Gazetteer) -> None:
    """ "Градско веће" (the city council) is no Macedonian town; "во Градско" still is."""
    found = tag_text(gazetteer, "КРАЉЕВО – Градско веће усвојило је нови план.")
    assert [m.surface for m in found.mentions] == ["КРАЉЕВО"]
    assert found.countries == ["RS"]
    town = tag_text(gazetteer, "Пожарот во Градско е изгаснат.")
    assert [(m.surface, m.country) for m in town.mentions] == [("Градско", "MK")]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Protesti su održani u Srbiji i Crnoj Gori.", {"RS", "ME"}),
        ("Ministri i Jashtëm nga Tirana mbërriti sot në Shkup.", {"AL", "MK"}),
    ],
)
def test_region_states_that_tie_for_the_lead_are_each_the_story_s(
    gazetteer: Gazetteer, text: str, states: set[str]
) -> None:
    assert set(tag_text(gazetteer, text).countries) == states


def test_a_foreign_place_named_first_still_leads_a_tie(gazetteer: Gazetteer) -> None:
    """The first named of tied leaders decides: "Brisel" before "Beograd" keeps the story
    about the region state only through the first sentence's places, not the tie."""
    text = "U Briselu je danas počeo sastanak, a u Beogradu je najavljen protest."
    assert tag_text(gazetteer, text).countries == ["RS"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # guests, tourists, passengers: where they come from is not where the story happens
        (
            "U Herceg Novom je ovog ljeta bilo više gostiju nego lani. Najviše ih je stiglo "
            "iz Srbije, Bosne i Hercegovine i Kosova, a iz Beograda i Sarajeva lete čarteri.",
            ["ME"],
        ),
        (
            "Aeroporti i Tiranës priti më shumë pasagjerë se vjet, sidomos nga Prishtina dhe "
            "Shkupi.",
            ["AL"],
        ),
        # a neighbour's own story: a region state's guests do not make it the region's
        (
            "U Vukovaru je obilježena godišnjica. Hrvatska pamti žrtve, rekao je premijer, a "
            "izaslanstva su stigla iz Beograda i Sarajeva.",
            [],
        ),
        # only where people come from: that is the story's
        ("Delegacija iz Prištine doputovala je danas u Brisel na razgovore.", ["XK"]),
    ],
)
def test_places_people_come_from_weigh_apart(
    gazetteer: Gazetteer, text: str, countries: list[str]
) -> None:
    assert tag_text(gazetteer, text).countries == countries
