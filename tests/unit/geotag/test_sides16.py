"""English match reports and state-adjective phrases (issue 16): clubs named after towns are no
places, and a state adjective's phrase runs on to the noun it ends with.

The sentences are made up in the shapes of ``tuning18_news`` and ``tuning19_long`` (the sets
these rules were tuned on); each test asserts what the tagger finds.
"""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("In the league, Struga lost at home to Shkupi before a small crowd.", "Shkupi"),
        ("In the league, Struga lost at home to Shkupi before a small crowd.", "Struga"),
        ("Prishtina were held 1-1 by Llapi, and the coach was unhappy.", "Prishtina"),
    ],
)
def test_a_town_beside_a_result_is_its_club(gazetteer: Gazetteer, text: str, club: str) -> None:
    assert club not in [s for s, _ in _found(gazetteer, text)]


def test_a_side_is_the_club_elsewhere_in_the_report(gazetteer: Gazetteer) -> None:
    text = (
        "Sarajevo beat Velez 3-0 in the league on Sunday.\n\nTable\n1. Borac 31; 2. Sarajevo 26.\n"
        "Fans in Sarajevo celebrated until late."
    )
    found = [(s, c) for s, c in _found(gazetteer, text) if s == "Sarajevo"]
    assert found == [("Sarajevo", "BA")]  # only the town fans celebrated in


def test_a_town_a_side_comes_from_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Sloga drew 1-1 with Borac, and Igman from Konjic won for the first time this season."
    assert ("Konjic", "BA") in _found(gazetteer, text)


def test_a_result_without_a_score_outside_sport_names_no_club(gazetteer: Gazetteer) -> None:
    text = "Tirana beat Brussels to the deal, the minister said in parliament."
    assert ("Tirana", "AL") in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The Albanian football federation said the match would go ahead.",
            "Albanian football federation",
        ),
        (
            "The Serbian health ministry spokesman said on Monday that it was over.",
            "Serbian health ministry spokesman",
        ),
        (
            "The Montenegrin power transmission company said the line was ready.",
            "Montenegrin power transmission company",
        ),
        (
            "The Bosnian electoral commission in Sarajevo said turnout was low.",
            "Bosnian electoral commission",
        ),
    ],
)
def test_a_state_adjective_runs_on_to_its_noun(
    gazetteer: Gazetteer, text: str, phrase: str
) -> None:
    assert phrase in [s for s, _ in _found(gazetteer, text)]


def test_a_verb_after_an_adjective_phrase_ends_it(gazetteer: Gazetteer) -> None:
    found = [s for s, _ in _found(gazetteer, "Serbian police said officers were hurt.")]
    assert "Serbian police" in found


@pytest.mark.parametrize(
    "text",
    [
        "Ardit Shkodra, who ran the foreign ministry, moved to Pristina.",
        "Gentiana Shkodra, a nurse from Winterthur, voted by post.",
    ],
)
def test_a_person_named_like_a_town_is_no_place(gazetteer: Gazetteer, text: str) -> None:
    assert "Shkodra" not in [s for s, _ in _found(gazetteer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "In Shkodra, the council met on Monday.",
        "Near Shkodra, a bridge was closed.",
        "Lake Shkodra, a border lake, is shallow.",
    ],
)
def test_a_town_after_an_opening_word_stays_a_place(gazetteer: Gazetteer, text: str) -> None:
    assert any(s.endswith("Shkodra") for s, _ in _found(gazetteer, text))
