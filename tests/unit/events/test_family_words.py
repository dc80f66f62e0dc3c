"""A language family's words, found by one pass over a text's tokens (events/temporal/family_words),
stand where a search of the lower-cased text finds them, and the rules read the same dates
with them as without them."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events.temporal import find as F
from newsmap.events.temporal.family_words import family_rules, family_words
from newsmap.events.temporal.gates import DigitAfter
from newsmap.events.temporal.shared_words import OWNER, find_all
from newsmap.events.temporal.starts import Scan

DATA = Path(__file__).resolve().parents[2] / "data" / "events"
TEXTS = [(DATA / "seed.txt").read_text(encoding="utf-8")] + [
    json.loads(line)["text"]
    for path in (DATA / "corpus.jsonl", *sorted((DATA / "local").glob("dev*.jsonl")))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
CODES = ("sh", "sl", "sq", "mk")
#: Every family alone, every two of them, and all four.
COMBOS = [(c,) for c in CODES] + list(combinations(CODES, 2)) + [CODES]


def _span_readings(text: str, rules, owners) -> list[tuple[int, int, str]]:
    return [(s, e, rule.name) for s, e, _, rule in F.candidates(text, rules, owners)]


def check(text: str) -> None:
    for families in COMBOS:
        rules, owners = family_rules(families)
        scan = Scan(text, owners)
        for word in sorted(owners):
            assert scan.places(word) == find_all(scan.low, word), (families, word)
            assert scan.has(word) == (word in scan.low), (families, word)
        for rule in rules:
            if isinstance(rule.gate, DigitAfter):
                # a gate may pass more on the shared places (see ``digit_after``), never less
                assert rule.gate(scan) or not rule.gate(Scan(text)), rule.name
        assert _span_readings(text, rules, owners) == _span_readings(text, rules, {})


@pytest.mark.parametrize("text", TEXTS)
def test_family_words_stand_where_a_search_finds_them_on_the_corpora(text):
    check(text)


def _tokens() -> list[str]:
    words = sorted({w for code in CODES for w in family_words(code).words})
    return words[::2] + [w.capitalize() for w in words[::7]] + [w.upper() for w in words[::11]]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            _tokens()
            + ["1", "2015", "5.", "x", "_", "İ", "ı", " ", "  ", "\n", "\t", "\u00a0", ",", "."]
        ),
        max_size=30,
    ).map("".join)
)
def test_family_words_stand_where_a_search_finds_them_on_generated_text(text):
    check(text)


def test_a_family_set_takes_no_english_word_and_no_phrase():
    for code in CODES:
        words = family_words(code).words
        assert words
        assert not any(word in OWNER for word in words)
        assert all(word.split() == [word] for word in words)
        assert not any(family_words(code) is owner for owner in OWNER.values())


def test_a_text_of_no_family_reads_the_english_rules_alone():
    rules, owners = family_rules(())
    assert rules is F.RULES and owners == {}
    assert F.rules_of(["en", None]) is F.RULES
    assert F.rules_of(["sr", "mk"]) == family_rules(("sh", "mk"))[0]
