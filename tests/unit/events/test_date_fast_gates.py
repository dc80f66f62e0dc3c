"""Cheap tests held to the plain formulation they stand for: the numeric date's gate, the
Croatian test of a BCMS text and the phrases a shared pass leaves to a search."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events.temporal import gates as G
from newsmap.events.temporal import local_guards as LF
from newsmap.events.temporal.rules import ENGLISH_WORDS
from newsmap.events.temporal.shared_words import OWNER, find_all
from newsmap.events.temporal.starts import Scan


def plain_numeric_hint(text: str) -> bool:
    low = Scan(text).low
    return any(hint.search(low) is not None for hint in G.NUMERIC_DATE_HINTS)


_NUMERIC = ["1", "12", "123", "٣", "5", ".", "/", " ", "  ", ". ", "/ ", "a", "\n", "İ", "x."]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NUMERIC), max_size=14).map("".join))
def test_numeric_hint_is_the_hints_search(text):
    assert G.numeric_date_hint(Scan(text)) == plain_numeric_hint(text)


@pytest.mark.parametrize(
    "text", ["12.3.2023", "on 3/4/2020", "v. 5. 6.", "x/ 12/", "1.2", ". 123.", "5. maja"]
)
def test_numeric_hint_on_edges(text):
    assert G.numeric_date_hint(Scan(text)) == plain_numeric_hint(text)


_CROATIAN_PIECES = [
    *("siječnja", "Veljače", "OŽUJKA", "travnja", "svibnj", "lipnja", "srpnja", "kolovoza"),
    *("rujna", "listopada", "studenoga", "prosinca", "tjedan", "Tjedna", "sijec", "tjeD"),
    *("maja", "nedjelja", "x", "_", "1", " ", "\n", ",", "ı", "ſ", "İ", "\u212a", "ᲀ"),
    *("rujn", "ruın", "ſvibnja", "tıed", "\u212aolovoz", "İtjed"),
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CROATIAN_PIECES), max_size=10).map("".join))
def test_croatian_is_its_pattern_search(text):
    assert LF.croatian(text) == (LF._CROATIAN.search(text) is not None)


def test_croatian_on_edges():
    for text in ("u ſvibnju", "tıedan", "xtjedan", "Siječanj", "u maju", "\u212aolovoz"):
        assert LF.croatian(text) == (LF._CROATIAN.search(text) is not None), text


def test_a_phrase_of_common_words_is_left_to_a_search():
    assert "on the " not in ENGLISH_WORDS.words
    assert "on the " not in OWNER
    for text in ("On the 5th, on the\t6th, on  the 7th", "x on the ", "no phrase here"):
        scan = Scan(text)
        assert scan.has("on the ") == ("on the " in scan.low)
        assert scan.places("on the ") == find_all(scan.low, "on the ")
        assert scan.places("on the ") == [m.start() for m in re.finditer("(?=on the )", scan.low)]
