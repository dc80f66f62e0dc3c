"""What a short local-language story is about: the variety's own words (ekavian is Serbia's),
and of region states that tie for the lead, the one the story opens with."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.home import home_country


@pytest.mark.parametrize(
    "text",
    [
        # whole ekavian words and ekavian stems of news words
        "Udruženje koje je obeležilo godišnjicu kaže da je pre toga održana sednica odbora.",
        "Deo novca biće uložen u opremu, rekao je direktor koji uvek to ističe.",
        # "prijem" (a reception) begins like "prije" (before), but both varieties say it
        "Na prijemu u ambasadi bili su i predstavnici udruženja, koji su posle toga otišli.",
    ],
)
def test_ekavian_words_point_to_serbia(text: str) -> None:
    assert home_country(text) == "RS"


def test_a_month_both_varieties_say_is_no_ekavian_word() -> None:
    """ "decembar" begins like "dece" (children), but Serbian, Bosnian and Montenegrin all
    say it: it makes no text Serbia's."""
    text = "Skupština opštine koja je zasjedala u decembru usvojila je budžet."
    assert home_country(text) != "RS"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # exports go to two states named after the story's own town
        (
            "Fabrika cementa u Zenici povećala je proizvodnju za petinu. "
            "Cement se prodaje u Srbiju i Crnu Goru, a uprava traži nove radnike.",
            ["BA"],
        ),
        # a neighbour it is compared with in the second sentence
        (
            "Собранието во Скопје го усвои буџетот. Министерот рече дека Србија "
            "има поголем дефицит од нас.",
            ["MK"],
        ),
    ],
)
def test_of_tied_states_the_one_the_story_opens_with(
    gazetteer: Gazetteer, text: str, countries: list[str]
) -> None:
    assert tag_text(gazetteer, text).countries == countries


def test_states_that_share_the_first_sentence_stay_tied(gazetteer: Gazetteer) -> None:
    text = (
        "Protesti u Srbiji i Crnoj Gori nastavljeni su i u subotu. Okupilo se više hiljada ljudi."
    )
    assert sorted(tag_text(gazetteer, text).countries) == ["ME", "RS"]


def test_a_state_that_opens_a_later_sentence_stays_tied(gazetteer: Gazetteer) -> None:
    """A two-item brief: the second item's town opens its sentence after a preposition."""
    text = (
        "Studenti su blokirali fakultete u Beogradu. "
        "U Podgorici je skupština izglasala zakon o strancima."
    )
    assert tag_text(gazetteer, text).countries == ["RS", "ME"]


def test_of_tied_states_the_one_where_it_happens(gazetteer: Gazetteer) -> None:
    """States named bare are whom the story addresses; the one after "u" is where it is."""
    text = "Premijer je u Tirani pozvao Crnu Goru, Bosnu i Hercegovinu i Kosovo da se pridruže."
    assert tag_text(gazetteer, text).countries == ["AL"]


@pytest.mark.parametrize(
    "text",
    [
        # a neighbour's own parliament and government, with its own name in the story
        "Hrvatski sabor izglasao je novi zakon o porezu. Oporba tvrdi da će cijene rasti kao "
        "u Srbiji. Premijer je rekao da Hrvatska ima najniži dug u regiji.",
        "Slovenska vlada je sprejela proračun. Minister za finance je dejal, da bo Slovenija "
        "kot Hrvaška in Srbija zvišala davke.",
    ],
)
def test_a_neighbour_s_own_institutions_make_its_own_story(gazetteer: Gazetteer, text: str) -> None:
    assert tag_text(gazetteer, text).countries == []


def test_a_foreign_state_named_only_by_its_adjective_stays_an_actor(gazetteer: Gazetteer) -> None:
    text = "Ruski ministar spoljnih poslova doputovao je u Beograd."
    assert tag_text(gazetteer, text).countries == ["RS"]
