"""The geotagger's fast spellings find exactly what the plain formulations they replace find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.geotag import context

DATA = Path(__file__).resolve().parents[2] / "data"
TEXTS = [
    doc["text"]
    for path in sorted(DATA.rglob("*.jsonl"))
    if "ingest" not in path.parts
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip() and isinstance(doc := json.loads(line), dict) and "text" in doc
]
PLAIN_SENTENCE_END = re.compile(context.SENTENCE_END_PLAIN)
EDGES = [
    "a. b",
    'Wait... what?!" he said.\n\n  Next',
    "3.5 km. Then\n\n\n",
    "End.",
    "a.”) b",
    "..",
    ".\n\n",
    "\n \n a",
    "x!\u00a0y",
    "\n",
]


def _ends(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS + EDGES)
def test_sentence_ends_equal_the_plain_pattern_on_the_corpora(text):
    assert _ends(context._SENTENCE_END, text) == _ends(PLAIN_SENTENCE_END, text)


_TOKENS = [*'.!?"”’)\n\t x', "\u00a0", "  ", "\n\n", "Word", "3.5"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join))
def test_sentence_ends_equal_the_plain_pattern_on_generated_text(text):
    assert _ends(context._SENTENCE_END, text) == _ends(PLAIN_SENTENCE_END, text)
