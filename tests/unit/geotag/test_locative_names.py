"""Villages and quarters the gazetteer lacks, named after a locative word in English text
(``locative_names``): spelt the region's way, they are settlements placed where the story is;
people, clubs and languages spelt so are not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag import locative_names as locative
from newsmap.geotag.token_marks import LOCATIVES


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
        (
            "After the market in Plav, we walked on to Gornje Brezojevice.",
            "Gornje Brezojevice",
            "ME",
        ),
        ("Snow closed the road above Kaćevište near Prijepolje.", "Kaćevište", "RS"),
        ("The bus from Tuzla stops in Svinjare near the lake.", "Svinjare", "BA"),
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
        # a club a side plays at home to
        "Sloboda lost 1-0 at home to Žepče in Tuzla on Sunday.",
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


def _by_pattern(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()[:-1]) for m in locative._AFTER.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "in Žabare, at Gjakova and Near Peć; within Tuzla, plain Zenica, towards Bar, toward Ub",
        "and Šid_in Vrnjci 2in Ub in\u00a0Bar in  Bar\nin Č (in Ç) from Đakovica.outside Una",
        "in",
        "in ",
        "and A",
        " via Banja",
        "_at Ub",
        "éin Ub",
        "Kin Ub",
        "drove past Vërdhiqë",
    ],
)
def test_the_locative_words_are_found_where_their_pattern_finds_them(text: str) -> None:
    assert locative.after_locatives(text) == _by_pattern(text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list(LOCATIVES)
            + ["Ub", "Žabare", "Çair", "x", "_", "1", "é", "s", " ", "  ", "\u00a0", "\n", ".", "-"]
        ),
        max_size=14,
    ).map("".join)
)
def test_the_locative_words_are_found_where_their_pattern_finds_them_in_generated_text(
    text: str,
) -> None:
    """Words glued to letters, digits and underscores, other blanks, capitals of the region."""
    assert locative.after_locatives(text) == _by_pattern(text)


def test_each_locative_word_before_a_blank_and_a_capital_is_found_with_its_word() -> None:
    text = "drove from Tuzla towards Bar, within Ub (via Šid) and Ohrid in 2020 into Peć"
    assert locative.after_locatives(text) == [
        (6, 11, "from"),
        (17, 25, "towards"),
        (41, 45, "via"),
        (50, 54, "and"),
        (68, 73, "into"),
    ]
    assert locative.after_locatives("within Ub, Ain Bar, _at Ub, in bar") == []


def test_the_locative_words_are_found_where_their_pattern_finds_them_in_the_tuning_sets() -> None:
    sets = Path(__file__).resolve().parents[2] / "data" / "geotag"
    for path in sorted(sets.glob("*tuning*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "") if line.strip() else ""
            assert locative.after_locatives(text) == _by_pattern(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="zZhHxXgGjJdDqQuUaëÇčŠ İı", max_size=12))
def test_an_albanian_digraph_is_found_where_its_pattern_finds_one(surface: str) -> None:
    expected = locative._ALBANIAN.search(surface) is not None
    assert locative.albanian_digraph(surface) == expected
