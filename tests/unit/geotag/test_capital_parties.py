"""English document countries: a capital that speaks for its state makes the state a party.

A short report on one region state may name a second one twice, its capital speaking for it:
"Belgrade denied any role", "In Belgrade, President Vučić put the army on alert".  That state is
the other side of the story.  A capital that only reacts (urges, demands, condemns, welcomes) is
a voice on the story, and a capital named as where something else happens is a place.
"""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text

#: A short report on northern Kosovo; what follows it names Serbia or Albania twice.
_KOSOVO = (
    "ZVEČAN — Kosovo police took over the municipal building in Zvečan on Monday, and "
    "officers were sent to Leposavić and Zubin Potok after protests in Mitrovica. The "
    "government in Pristina said the move would restore order in Kosovo's north. "
)


def _countries(gaz: Gazetteer, tail: str) -> list[str]:
    return tag_text(gaz, _KOSOVO + tail).countries


@pytest.mark.parametrize(
    ("tail", "party"),
    [
        (
            "In Belgrade, President Vučić put the army on alert and said Serbia would not "
            "stand by.",
            "RS",
        ),
        ("Belgrade denied any role in the protests. Serbia has no troops near the boundary.", "RS"),
        (
            "In Belgrade, the foreign minister accused the police of provocation. Serbia "
            "recalled its envoy.",
            "RS",
        ),
        (
            "In Tirana, the foreign ministry said it would send its own observers. Albania "
            "has a consulate in the town.",
            "AL",
        ),
    ],
)
def test_a_capital_speaking_for_its_state_makes_it_a_party(
    gazetteer: Gazetteer, tail: str, party: str
) -> None:
    assert _countries(gazetteer, tail) == ["XK", party]


@pytest.mark.parametrize(
    "tail",
    [
        # a reaction from a capital: a voice on the story
        "In Tirana, the foreign ministry demanded calm. Albania is a close ally of Kosovo's "
        "government.",
        "Belgrade condemned the raid. Serbia has no troops near the boundary.",
        # the capital as where something else happens
        "In Belgrade, students held a concert in the park. Serbia's rail link reopened.",
        # the capital speaks, but the state is named once
        "In Belgrade, President Vučić said he would call a meeting.",
        "Belgrade denied any role in the protests.",
        # the capital as whom a stance is towards
        "Analysts said the voters liked the firm line towards Belgrade. Serbia's trade fell.",
    ],
)
def test_a_capital_that_reacts_or_is_a_place_adds_nothing(gazetteer: Gazetteer, tail: str) -> None:
    assert _countries(gazetteer, tail) == ["XK"]
