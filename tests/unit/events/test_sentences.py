"""Sentence spans: headings, abbreviations, quotes, local-language ordinals; dated lines alone."""

from __future__ import annotations

import json
from bisect import bisect_right
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events import extract as X
from newsmap.events import find_dates, split_sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_lines_and_sentences():
    text = "Heading without a stop\n\nFirst one. Second one! Third?\n"
    assert _texts(text) == ["Heading without a stop", "First one.", "Second one!", "Third?"]


def test_abbreviations_initials_and_ordinals_do_not_split():
    text = "Mr. Kurti met Gen. Smith on Sept. 5 in the U.S. capital. J. Doe left on 24. septembra."
    assert _texts(text) == [
        "Mr. Kurti met Gen. Smith on Sept. 5 in the U.S. capital.",
        "J. Doe left on 24. septembra.",
    ]


def test_quotes_close_sentences():
    text = '"The region is fragile." Stoltenberg said so. "We will act," he added.'
    assert _texts(text) == [
        '"The region is fragile."',
        "Stoltenberg said so.",
        '"We will act," he added.',
    ]


def test_offsets_cover_the_text_without_overlap():
    text = "  One.  Two.\n Three "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two.", "Three"]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


# extract_events splits only the lines that hold a date: the same dated sentences as a split of
# the whole text, with each date looked up among all its sentences.
DATA = Path(__file__).resolve().parents[2] / "data" / "events"
TEXTS = [(DATA / "seed.txt").read_text(encoding="utf-8")] + [
    json.loads(line)["text"]
    for path in (DATA / "corpus.jsonl", DATA / "heldout.jsonl", *(DATA / "local").glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
PUB = date(2023, 11, 23)
_PIECES = "On 24 September 2023 Mr. police yesterday met . ! ? ; 5. maja  juče u sredu".split(" ")
_PIECES += ["\n", "\n\n", "  \n ", " ", ". ", "last week", "x", '"', "Two days later"]


def _plain_dated_sentences(text: str, exprs: list) -> list:
    spans = split_sentences(text)
    starts = [s for s, _ in spans]
    groups: dict[int, list] = {}
    for expr in exprs:
        idx = bisect_right(starts, expr.start) - 1
        if idx >= 0 and expr.start < spans[idx][1]:
            groups.setdefault(idx, []).append(expr)
    return [(*spans[idx], group) for idx, group in sorted(groups.items())]


def check_dated_sentences(text: str) -> None:
    exprs = find_dates(text, PUB, ["sr", "en"])
    assert X._dated_sentences(text, exprs) == _plain_dated_sentences(text, exprs)


@pytest.mark.parametrize("text", TEXTS)
def test_dated_sentences_on_the_corpora(text):
    check_dated_sentences(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=50).map("".join))
def test_dated_sentences_on_generated_text(text):
    check_dated_sentences(text)
