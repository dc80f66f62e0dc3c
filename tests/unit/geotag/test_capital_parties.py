"""English document countries: parties to a story, voices on it, and a neighbour's own story.

A short report on one region state may name a second one twice, its capital speaking for it:
"Belgrade denied any role", "In Belgrade, President Vučić put the army on alert".  That state is
the other side of the story.  A capital that only reacts (urges, demands, condemns, welcomes) is
a voice on the story, and a capital named as where something else happens is a place.  A
long report's state acting through its institutions is a party too, unless it only reacts or
sends condolences.  A report filed from a close neighbour (Croatia, Slovenia) and titled by it
first is the neighbour's story, whatever region state its title names after it.

Tuning sets (doc-country F1, before -> after): tuning18 0.957 -> 0.968, tuning19 0.937 ->
0.937, tuning20 0.920 -> 0.930, tuning21 0.879 -> 0.909; the other English sets unchanged.
"""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.story_states import REPORT_LENGTH

from .test_story_states import _KOSOVO as _LONG_KOSOVO

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


#: A paragraph more, so the long report and its last line reach ``REPORT_LENGTH``.
_MORE = (
    "Officials in Kosovo said turnout figures for Prizren and Peja would be checked again "
    "this week, and the commission in Pristina promised a full report.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "countries"),
    [
        (
            "The Serbian government said in Belgrade that the vote in the north had been "
            "held under pressure.",
            ["XK", "RS"],
        ),
        # the same government only reacting: a voice on the story
        (
            "The Serbian government in Belgrade urged the mission to send more observers "
            "next time.",
            ["XK"],
        ),
        (
            "Condolences came from Tirana and Skopje, and the Serbian government said flags in "
            "Belgrade would fly at half-mast.",
            ["XK"],
        ),
    ],
)
def test_a_long_report_keeps_parties_not_voices(
    gazetteer: Gazetteer, tail: str, countries: list[str]
) -> None:
    text = _LONG_KOSOVO + _MORE + tail
    assert len(text) >= REPORT_LENGTH
    assert tag_text(gazetteer, text).countries == countries


#: A report filed from Croatia about an earthquake there, felt and answered by its neighbours.
_QUAKE = (
    "ZAGREB — An earthquake struck central Croatia on Tuesday, damaging houses in Sisak and "
    "Glina, the Croatian government said. Rescuers searched the centre of Sisak overnight.\n\n"
    "The tremor was felt as far as Belgrade. In Bosnia and Herzegovina, residents of Banja "
    "Luka, Prijedor and Bihać ran into the streets.\n\nSerbia and Bosnia offered help."
)


@pytest.mark.parametrize(
    ("title", "countries"),
    [
        (None, []),
        # titled by the neighbour first: the neighbour's own story
        ("Quake near Sisak felt across northern Bosnia", []),
        # titled by the region state: its story too
        ("Northern Bosnia shaken by a quake near Sisak", ["BA"]),
    ],
)
def test_a_close_neighbours_own_story(
    gazetteer: Gazetteer, title: str | None, countries: list[str]
) -> None:
    assert tag_text(gazetteer, _QUAKE, title).countries == countries
