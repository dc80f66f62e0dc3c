"""A text's cue marks (``token_marks``, read in ``home``'s pass over its tokens) never miss a
cue that the place rules search for: a missing mark must prove the cue absent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.geotag import (
    called,
    club_short_names,
    home,
    outlets,
    region_lists,
    state_bodies,
    us_institutions,
)
from newsmap.geotag import token_marks as tm
from newsmap.geotag.locative_names import after_locatives

#: Each mark and the substrings a rule searches for behind it, read from the rules themselves:
#: a cue a rule gains must keep its mark (else this test fails, not the rule silently).
CUES: dict[int, tuple[str, ...]] = {
    tm.CLUB: club_short_names._PREFIX_MARKS,
    tm.GROUP: called._GROUP_MARKS,
    tm.CALLED: (" called ", " named "),
    tm.BODY: state_bodies._MARKS,
    tm.US: us_institutions._SHORT,
    tm.OTHER: ("nother ", "he other ", " second "),
    tm.BIH: ("BiH", "BH"),
    tm.PORT: (outlets.PORT_WORD,),
    tm.CAMP: ("Camp ",),
    tm.WESTERN: region_lists._REGION_WORDS,
}

PIECES = [cue for cues in CUES.values() for cue in cues]
PIECES += ["the", "a", "x", "in", "Ub", "of", "he", " ", "  ", "\n", "\t", ".", ",", "(", "-"]
PIECES += ["B", "H", "U", "S", "K", "N", "F", "C", "Court", "Western", "Balkan", "other"]


def _expected(text: str) -> int:
    return sum(mark for mark, cues in CUES.items() if any(cue in text for cue in cues))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_a_cue_in_the_text_sets_its_mark(text: str) -> None:
    marks = home.text_marks(text)
    assert marks & _expected(text) == _expected(text)


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Fans of FK Velež sang", tm.CLUB),
        ("the Kavač clan's men", tm.GROUP),
        ("a café called Skopje", tm.CALLED),
        ("the Constitutional Court of Bosnia", tm.BODY),
        ("the U.S. envoy", tm.US),
        ("in another Prizren", tm.OTHER),
        ("the other Bosnia", tm.OTHER),
        ("the BiH presidency", tm.BIH),
        ("Luka Koper's profit", tm.PORT),
        ("troops at Camp Bondsteel", tm.CAMP),
        ("a Western Balkan summit", tm.WESTERN),
    ],
)
def test_each_cue_sets_its_mark(text: str, mark: int) -> None:
    assert home.text_marks(text) & mark


def test_a_text_without_the_cues_has_none_of_their_marks() -> None:
    text = "Ministers met in Tirana on Monday to talk about roads and schools."
    assert home.text_marks(text) & ~tm.LOCATIVE == 0


def test_the_locative_tokens_are_the_tokens_ending_with_a_locative_word_in_order() -> None:
    text = "drove from Tuzla towards Bar,\twithin Ub (via Šid) and Ohrid in 2020 into Peć"
    assert home.locative_tokens(text) == ["from", "towards", "(via", "and", "in", "into"]
    assert [w for _, _, w in after_locatives(text)] == ["from", "towards", "via", "and", "into"]


def test_a_long_text_reads_the_same_marks_and_tokens_across_the_language_sample() -> None:
    text = "word " * 700 + "the Kavač clan met in Pristina near FK Trepça"
    assert len(text) > home.LOCAL_SAMPLE
    assert home.text_marks(text) & (tm.GROUP | tm.CLUB | tm.LOCATIVE) == (
        tm.GROUP | tm.CLUB | tm.LOCATIVE
    )
    assert home.locative_tokens(text) == ["in", "near"]
