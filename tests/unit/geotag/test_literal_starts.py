"""``literal_starts.stem_matches`` gives what ``finditer`` gives, for the rules that use it.

The texts are strings the rules' own patterns match (``from_regex``), run together with pieces
of English and the stems' near misses: a stem a tuner adds to a pattern but not to its stems
list fails here, not silently in the rule.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.geotag import context, local_villages, prefixed_places, told_settlements
from newsmap.geotag.literal_starts import stem_matches, word_matches

#: Each rule's pattern, its stems and their shift from a match's start.
USES: list[tuple[re.Pattern[str], tuple[str, ...], int]] = [
    (prefixed_places._PREFIXED, prefixed_places._STEMS, 0),
    (told_settlements._RESIDENTS, told_settlements._RESIDENT_STEMS, 1),
    (context._SENTENCE_END, context._SENTENCE_MARKS, 0),
]

PIECES = ["November ", "Nova", "Mali ", "Starogradska ", " ", "-", "of ", "the ", "Presidents "]
PIECES += ["people of", "Gornji", "Dolno ", "Srednje", "Banka", "X", "\n", "residents", "a"]
PIECES += [".", "St.", " Mr. ", "?! ", "...", '." ', "”) ", "\n\n", "\t", "Sv."]


def _spans(found: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


@pytest.mark.parametrize(("pattern", "stems", "shift"), USES)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_same_as_finditer(
    pattern: re.Pattern[str], stems: tuple[str, ...], shift: int, data: st.DataObject
) -> None:
    parts = st.one_of(st.from_regex(pattern), st.sampled_from(PIECES + list(stems)))
    text = "".join(data.draw(st.lists(parts, max_size=8)))
    assert _spans(stem_matches(pattern, text, stems, shift)) == _spans(pattern.finditer(text))


@pytest.mark.parametrize(("pattern", "stems", "shift"), USES)
def test_made_up_sentences(pattern: re.Pattern[str], stems: tuple[str, ...], shift: int) -> None:
    text = (
        "In November the residents of Donja Jablanica and villagers of Gornje Polje met "
        "people of Novo Selo, Dolno Konjare, Velika Plana and Stara Pazova. Presidents of Mala "
        "Rijeka and Inhabitants of Srednji Kraj too! St. Naum.\nEnd"
    )
    found = _spans(stem_matches(pattern, text, stems, shift))
    assert found and found == _spans(pattern.finditer(text))


def test_nothing_to_find() -> None:
    assert stem_matches(prefixed_places._PREFIXED, "no stems here", prefixed_places._STEMS) == []
    assert stem_matches(told_settlements._RESIDENTS, "e", told_settlements._RESIDENT_STEMS, 1) == []


WORD_PIECES = ["Drenović", "Drenovića", "drenovi", "Jasic", "Jasika", " ", "-", "_", "1", "²", "½"]
WORD_PIECES += ["Orašju", "Orašj", "Ⅻ", "é", "e\u0301", "İ", "x", ".", "Дренов", "ићи"]


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.sampled_from(WORD_PIECES), max_size=10),
    stems=st.lists(
        st.sampled_from(["Drenov", "Jasic", "Oraš", "Дренов", "ić", "e", "_"]), max_size=3
    ),
)
def test_word_matches_as_finditer(parts: list[str], stems: list[str]) -> None:
    text = "".join(parts)
    word, letter = local_villages._WORD, local_villages._LETTER
    expected = [m for m in word.finditer(text) if text.startswith(tuple(stems), m.start())]
    assert _spans(word_matches(word, letter, text, stems)) == _spans(expected)
