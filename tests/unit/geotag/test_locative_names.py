"""Villages and quarters the gazetteer lacks, named after a locative word in English text
(``locative_names``): spelt the region's way, they are settlements placed where the story is;
people, clubs and languages spelt so are not."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "village", "country"),
    [
        ("Shepherds from Gjakova drove their flocks past Vërdhiqë before dawn.", "Vërdhiqë", "XK"),
        ("Near Tuzla, the well at Donje Šiljkoviće ran dry in July.", "Donje Šiljkoviće", "BA"),
        ("Beekeepers near Kragujevac and in Žabare lost half their hives.", "Žabare", "RS"),
        ("The mayor of Shkodër opened a school in Gurzhinë on Monday.", "Gurzhinë", "AL"),
        ("Floodwater cut the road from Zvornik past Radović Polje.", "Radović Polje", "BA"),
    ],
)
def test_a_name_spelt_the_region_s_way_after_a_locative_word_is_a_village(
    gazetteer: Gazetteer, text: str, village: str, country: str
) -> None:
    assert (village, country, "city") in _found(gazetteer, text)


def test_a_list_after_a_place_goes_on_with_the_village(gazetteer: Gazetteer) -> None:
    text = "Wells dried up in Prizren and Zhubrinë after a month without rain."
    assert ("Zhubrinë", "XK", "city") in _found(gazetteer, text)


def test_a_village_in_a_story_filed_abroad_stands_where_its_spelling_says(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "CHICAGO - Families from Prijedor met at a church hall on Sunday.\n\n"
        "They raised money for a clinic in Vrhovčani, the organisers said."
    )
    assert ("Vrhovčani", "BA", "city") in _found(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        # people: after a given name somewhere in the story, or before a verb of saying
        "Officials in Pristina met Drilon Qorraj on Monday. The letter from Qorraj was short.",
        "A statement from Gashiqë said nothing new, and Gashiqë said he would wait.",
        # clubs and parties by their adjectives and abstract nouns
        "He began his career at Čukarički and then moved to Vienna.",
        "The title went to Podgorica through Budućnost in 2009.",
        # a language
        "Schools in Calabria added weekly lessons in Arbëresh.",
        "A festival in Calabria brings together choirs from Arbëreshë villages.",
        # names English spells anyway
        "The mayor of Tuzla flew in from Quebec on Friday.",
    ],
)
def test_people_clubs_and_languages_spelt_so_are_no_villages(
    gazetteer: Gazetteer, text: str
) -> None:
    assert not any(r.startswith("settlement after") for r in _reasons(gazetteer, text))


def _reasons(gaz: Gazetteer, text: str) -> list[str]:
    return [m.reason for m in tag_text(gaz, text).mentions]


def test_a_list_of_people_after_a_place_names_no_village(gazetteer: Gazetteer) -> None:
    text = "Reporting by Ana Jovanović in Podgorica and Besim Krasniqi in Pristina."
    assert not any(r.startswith("settlement after") for r in _reasons(gazetteer, text))
