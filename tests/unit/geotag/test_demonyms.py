"""State adjectives name their state in any phrase; ethnic groups, languages and faiths do not."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _demonyms(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {m.surface: m.country for m in tag_text(gaz, text).mentions if m.level == "demonym"}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Prices were set in the Croatian kuna until 2023.", "Croatian kuna", "HR"),
        ("An Albanian court jailed him for five years.", "Albanian court", "AL"),
        ("They travel on Serbian passports.", "Serbian passports", "RS"),
        ("The Montenegrin parliament met late.", "Montenegrin parliament", "ME"),
        ("A Kosovar official denied it.", "Kosovar official", "XK"),
        (
            "The North Macedonian foreign minister flew home.",
            "North Macedonian foreign minister",
            "MK",
        ),
        ("Bosnian border police stopped the van.", "Bosnian border police", "BA"),
        ("He is a teacher of Serbian origin.", "Serbian origin", "RS"),
        ("Many Kosovars work abroad.", "Kosovars", "XK"),
        ("The Serbian culture ministry denied it.", "Serbian culture ministry", "RS"),
        (
            "The Montenegrin minority rights minister visited Ulcinj.",
            "Montenegrin minority rights minister",
            "ME",
        ),
    ],
)
def test_state_adjective_in_any_phrase(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _demonyms(gazetteer, text)[surface] == country


@pytest.mark.parametrize(
    "text",
    [
        "Serbs and Albanians live side by side there.",
        "Ethnic Albanians make up a quarter of the population.",
        "Bosniaks, Croats and Serbs signed the letter.",
        "The Serb community asked for a meeting.",
        "A Serb majority voted against it.",
        "Turnout in Albanian-speaking villages was high.",
        "The Serbian Orthodox Church held a service.",
        "The Serbian minority in Croatia elected a new council.",
        "The book was published in Serbian and Albanian last year.",
    ],
)
def test_ethnic_groups_languages_and_faiths_are_not_places(gazetteer: Gazetteer, text: str) -> None:
    assert _demonyms(gazetteer, text) == {}
    assert not {m.country for m in tag_text(gazetteer, text).mentions} - {"HR"}


def test_resident_compounds_are_one_mention_of_their_place(gazetteer: Gazetteer) -> None:
    text = "Kosovo Serbs and Sarajevo Croats met the Bosnian Serb leader."
    found = {m.surface: (m.country, m.name) for m in tag_text(gazetteer, text).mentions}
    assert found == {
        "Kosovo Serbs": ("XK", "Kosovo"),
        "Sarajevo Croats": ("BA", "Sarajevo"),
        "Bosnian Serb leader": ("BA", "Bosnia and Herzegovina"),
    }


def test_a_peoples_groups_abroad_are_not_the_state(gazetteer: Gazetteer) -> None:
    text = "In Ulcinj, Albanian parties said they would back the government in Podgorica."
    assert "AL" not in {m.country for m in tag_text(gazetteer, text).mentions}
    assert _demonyms(gazetteer, "The Albanian prime minister visited Skopje.") == {
        "Albanian prime minister": "AL"
    }
