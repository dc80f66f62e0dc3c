"""Language detection's word patterns, spelled as tries, find what the plain alternations find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.ingest import language as L

DATA = Path(__file__).resolve().parents[2] / "data"
TEXTS = [
    doc["text"]
    for path in sorted(DATA.rglob("*.jsonl"))
    if "ingest" not in path.parts
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip() and isinstance(doc := json.loads(line), dict) and "text" in doc
]
ENGLISH_WORDS = "the and of to in was were said has is"


def _plain(words: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(words.split()) + r")(?!\w)")


PAIRS = [
    (L._ENGLISH, re.compile(r"\b(?:" + "|".join(ENGLISH_WORDS.split()) + r")\b")),
    (L._ANY_LISTED, _plain(" ".join(L._WORD_LIST))),
    (L._SLOVENE_WORDS, _plain(L._SLOVENE)),
    (L._BCMS_WORDS, _plain(L._SERBO_CROATIAN)),
]


def _check(text: str) -> None:
    low = text.lower()
    for fast, plain in PAIRS:
        assert [m.span() for m in fast.finditer(low)] == [m.span() for m in plain.finditer(low)]


def test_tries_hold_every_word_of_their_lists():
    for word in [*ENGLISH_WORDS.split(), *L._WORD_LIST]:
        assert L._ANY_LISTED.fullmatch(word) or L._ENGLISH.fullmatch(word), word
    assert L._ENGLISH.findall("the theory of the tower, said they") == ["the", "of", "the", "said"]


@pytest.mark.parametrize("text", TEXTS)
def test_tries_equal_the_alternations_on_the_corpora(text):
    _check(text)


_TOKENS = [*ENGLISH_WORDS.split(), *L._WORD_LIST, "x", "s", "e", "ë", " ", ". ", "-", "_", "2"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=30).map("".join))
def test_tries_equal_the_alternations_on_generated_text(text):
    _check(text)


_SPLIT_TOKENS = [*_TOKENS, "\t", "\n", "\u1680", "\u2028", "\x1c", "\u00a0", "'", "’", "ž", "ж"]


def _whole_words_equal_findall(text: str) -> None:
    low = text.lower()
    for pattern in (L._ENGLISH, L._ANY_LISTED):
        memo: dict[str, tuple[str, ...]] = {}
        assert L._whole_words(pattern, memo, low) == pattern.findall(low)
        assert L._whole_words(pattern, memo, low) == pattern.findall(low)  # from the memo


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_SPLIT_TOKENS), max_size=30).map("".join))
def test_whole_words_by_token_equal_the_scan_on_generated_text(text):
    """The token-by-token reading (language.py) finds what the patterns' scan finds."""
    _whole_words_equal_findall(text)


@pytest.mark.parametrize("text", TEXTS)
def test_whole_words_by_token_equal_the_scan_on_the_corpora(text):
    _whole_words_equal_findall(text[:400])
    _whole_words_equal_findall(text)
