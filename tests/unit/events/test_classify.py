"""Event typing and the happening test."""

from __future__ import annotations

import pytest

from newsmap.events import classify_event, is_happening
from newsmap.model import EVENT_TYPES


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Four people were killed in fighting between police and gunmen.", "violence"),
        ("Unknown attackers opened fire on a patrol near the border.", "violence"),
        ("Thousands of protesters rallied outside parliament.", "protest"),
        ("Teachers went on strike across the country.", "protest"),
        ("Rioters torched cars and police fired tear gas.", "riot"),
        ("The court sentenced the former mayor to four years.", "political_legal"),
        (
            "Parliament elected a new government after months of talks on a coalition.",
            "political_legal",
        ),
        ("The foreign ministers met in Brussels and signed an agreement.", "diplomacy"),
        ("NATO deployed additional troops and reinforced patrols.", "military_security"),
        ("NATO bombed military targets in air strikes.", "military_security"),
        ("A strong earthquake damaged houses near Durrës.", "disaster"),
        ("Floods forced the evacuation of several villages.", "disaster"),
        ("The museum reopened its doors to visitors.", "other"),
        ("Since the end of the Cold War, the alliance has played a role.", "military_security"),
    ],
)
def test_classify(sentence, etype):
    assert classify_event(sentence) == etype
    assert etype in EVENT_TYPES


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, three of the six countries of the Western Balkans are in NATO.",
        "Serbia is a candidate for EU membership.",
        "The region, located in south-east Europe, has a population of 18 million.",
        "Pristina has had water shortages every summer since 2019.",
        "The old mill is a building of the 1890s.",
        "The fair is something of a tradition in the valley.",
    ],
)
def test_stative_sentences_are_no_happening(sentence):
    assert not is_happening(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Stoltenberg visited Skopje this week.",
        "The minister will visit Tirana on Tuesday.",
        "It had set off from Mitrovica on Monday.",
        "An international supervisor oversaw it until 2012.",
        "Four people were killed on September 24.",
        "Dana 24. septembra 2023. godine došlo je do napada.",
        # a happening under way, and one told by an irregular participle
        "This morning, by the harbour wall, some fishermen were mending their nets.",
        "Fishermen are mending nets on the quay today.",
        "On Friday evening the sick were flown to the capital.",
        "The picture was taken in the garden, on 3 April.",
    ],
)
def test_happenings(sentence):
    assert is_happening(sentence)


@pytest.mark.parametrize(
    ("sentence", "date_phrase", "etype"),
    [
        # the dated main clause is the news; the clause after "after" is its background
        (
            "Students blocked the bridges on Saturday, months after the canopy collapsed, "
            "killing 15 people.",
            "on Saturday",
            "protest",
        ),
        (
            "Police in Mitrovica arrested two men on Tuesday after a grenade was thrown at a "
            "patrol.",
            "on Tuesday",
            "political_legal",
        ),
        (
            "NATO said on Tuesday it would send 700 more troops after violent clashes in the "
            "north.",
            "on Tuesday",
            "military_security",
        ),
        # a leading "After ..." clause ends at its comma; when it holds the date, it is the news
        ("After clashes in Zvečan on Monday, NATO sent 700 more troops.", "on Monday", "violence"),
        (
            "After clashes in Zvečan, NATO sent 700 more troops on Monday.",
            "on Monday",
            "military_security",
        ),
    ],
)
def test_background_clause_counts_less(sentence, date_phrase, etype):
    anchor = sentence.index(date_phrase)
    assert classify_event(sentence, anchor) == etype
    # without the date's position every trigger counts in full, and the killing decides
    assert classify_event(sentence) == "violence"
