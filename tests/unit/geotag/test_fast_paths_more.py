"""More of the geotagger's fast spellings, held to the plain formulations they stand in for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.geotag import demonyms, folding, locative_names, words
from newsmap.geotag.folding import FOLD_TABLE, fold
from newsmap.geotag.phrase_gate import PhraseGate

DATA = Path(__file__).resolve().parents[2] / "data"
#: The repo's texts, the held-out sets left out (they are read by their own scripts only).
TEXTS = [
    doc["text"]
    for path in sorted(DATA.rglob("*.jsonl"))
    if "ingest" not in path.parts and "heldout" not in path.name
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip() and isinstance(doc := json.loads(line), dict) and "text" in doc
]
PHRASES = words.INSTITUTION_NOUNS + words.STATE_NOUNS


def _gate_holds(gate: PhraseGate, pattern: re.Pattern[str], text: str) -> None:
    for pos in range(len(text) + 1):
        if not gate.may_match(text, pos):
            assert pattern.match(text, pos) is None, (text[pos : pos + 30], pos)


def test_the_institution_gate_never_refuses_a_match_on_the_corpora():
    gate = demonyms.INSTITUTION_GATE
    assert gate.sound
    found = 0
    for text in TEXTS:
        _gate_holds(gate, demonyms._INSTITUTION, text)
        found += sum(1 for m in demonyms._INSTITUTION.finditer(text))
    assert found > 100  # the corpora hold matches, which the gate let through


_PIECES = [
    " ",
    "  ",
    "\n",
    "\u00a0",
    "\u2003",
    "_",
    "-",
    "'",
    "7",
    "é",
    "ſ",  # long s: matches "s" case-blind
    "\u212a",  # Kelvin sign: matches "k"
    "İ",
    "ı",
    "ß",
    "Government",
    "GOVERNMENT",
    "government",
    "governments",
    "gov",
    "prime",
    "Prime  Minister",
    "minister",
    "ministerial",
    "police",
    "Police_",
    "citizenship",
    "passport",
    "army",
    "armed forces",
    "forces",
    "leader",
    "Serbian",
    "the",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_the_institution_gate_never_refuses_a_match(parts):
    _gate_holds(demonyms.INSTITUTION_GATE, demonyms._INSTITUTION, "".join(parts))


def test_a_gate_refuses_where_no_phrase_opens_and_lets_the_rest_through():
    gate = demonyms.INSTITUTION_GATE
    text = "the Serbian farmers and the Serbian government and the Serbian Şef"
    assert not gate.may_match(text, text.index(" farmers"))
    assert not gate.may_match(text, text.index("farmers"))  # no blank first
    assert gate.may_match(text, text.index(" government"))
    assert gate.may_match(text, text.index(" Şef"))  # another letter: the pattern decides
    assert not gate.may_match("Serbian ", len("Serbian"))  # nothing after the blank


def test_a_gate_over_phrases_it_cannot_read_always_asks_the_pattern():
    gate = PhraseGate(("ministry", "état civil"))
    assert not gate.sound
    assert gate.may_match("the French farmers", len("the French"))


@pytest.mark.parametrize(
    "surface",
    ["London", "Batajnica", "Peštani", "Gjakova", "Ljubljana", "Danica", "Mavrovo", "Evo"],
)
def test_spelt_here_kept_answers_are_fresh_answers(surface):
    fresh = locative_names.spelt_here_read(surface)
    assert locative_names._spelt_here(surface) is fresh
    assert locative_names._spelt_here(surface) is fresh  # the second, kept


def test_spelt_here_kept_on_the_corpora():
    names = {m.group() for text in TEXTS for m in locative_names._NAME.finditer(text)}
    for name in sorted(names):
        assert locative_names._spelt_here(name) == locative_names.spelt_here_read(name)


def test_fold_equals_the_character_table_on_the_corpora():
    for text in TEXTS:
        assert fold(text) == text.translate(FOLD_TABLE)


#: Mostly ASCII with a few others: signs, letters that fold to one or two, a sign of its own
#: ("?"), letters no table knows, a lone surrogate and one beyond the basic plane.
_SPARSE = [*("plain words " * 3).split(" "), " ", "?", "č", "Љ", "џ", "’", "“", "–", "ß"]
_SPARSE += ["漢", "\ud800", "😀", "\u00a0", "é", "Ǆ", "\n", "Ж", "ë"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPARSE), min_size=10, max_size=120))
def test_sparse_fold_equals_the_character_table(parts):
    text = " ".join(parts)
    assert fold(text) == text.translate(FOLD_TABLE)
    sparse = folding._fold_sparse(text)
    assert sparse is None or sparse == text.translate(FOLD_TABLE)


def test_sparse_fold_takes_few_and_leaves_many():
    english = "The minister said “we will go” to Priština? Yes, and then on to the capital. " * 3
    assert folding._fold_sparse(english) == english.translate(FOLD_TABLE)
    cyrillic = "Министерот изјави дека ќе оди во Приштина. " * 3
    assert folding._fold_sparse(cyrillic) is None
    assert fold(cyrillic) == cyrillic.translate(FOLD_TABLE)
