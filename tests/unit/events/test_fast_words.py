"""The ASCII spelling of the date matcher's word pattern finds exactly the words it stands for.

``context.words_of`` reads an ASCII text with ``[A-Za-z]`` where ``WORD`` asks the Unicode
database whether each character is a letter; on every text both must give the same words, and
``words_before``/``words_after`` the same answers as the plain ``WORD`` formulation.
"""

from __future__ import annotations

import json
from pathlib import Path
from string import ascii_uppercase

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events.temporal import context as C

DATA = Path(__file__).resolve().parents[2] / "data"
SAMPLES = Path(__file__).resolve().parents[3] / "data" / "samples"
TEXTS = [
    json.loads(line)["text"]
    for path in sorted((DATA / "events").glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
] + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir())]
# Where the two spellings could part: digits, underscores, apostrophes, letters beyond ASCII.
_TOKENS = "a Z x9 9x _a a_ it's It's IT'S o'Neil 's ' - – . , \n ½ ٣ é č Ж ſ İ ı \u00a0 2023"
_TOKENS_LIST = _TOKENS.split(" ")
texts = st.lists(st.sampled_from(_TOKENS_LIST + [" ", "  ", "'", "x"]), max_size=40).map("".join)


def _plain_before(text: str, pos: int, n: int) -> list[str]:
    lo = max(0, pos - 120)
    chunk = text[lo:pos]
    cut = max([chunk.rfind(mark) for mark in ".!?;\n"])
    # a mark after a digit ends the sentence only before a line or a blank and a capital
    if cut >= 0 and (
        not chunk[cut - 1 : cut].isdigit()
        or chunk[cut] == "\n"
        or (chunk[cut + 1 : cut + 2] == " " and chunk[cut + 2 : cut + 3] in set(ascii_uppercase))
    ):
        chunk = chunk[cut + 1 :]
    return [w.lower() for w in reversed(C.WORD.findall(chunk)[-n:])]


def _plain_after(text: str, pos: int, n: int) -> list[str]:
    chunk = text[pos : pos + 120]
    cuts = [i for i in [chunk.find(mark) for mark in ".!?;\n"] if i >= 0]
    if cuts:
        chunk = chunk[: min(cuts)]
    return [w.lower() for w in C.WORD.findall(chunk)[:n]]


def _check(text: str) -> None:
    assert C.words_of(text) == C.WORD.findall(text)
    step = max(1, len(text) // 50)
    for pos in range(0, len(text) + 1, step):
        assert C.words_of(text, pos, pos + 37) == C.WORD.findall(text, pos, pos + 37)
        assert C.words_before(text, pos, 10) == _plain_before(text, pos, 10)
        assert C.words_after(text, pos, 10) == _plain_after(text, pos, 10)


def test_the_ascii_spelling_on_the_corpora_and_samples():
    assert any(t.isascii() for t in TEXTS) and not all(t.isascii() for t in TEXTS)
    for text in TEXTS:
        _check(text)
        _check(text.encode("ascii", "ignore").decode())  # the same text, as ASCII throughout


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_ascii_spelling_on_generated_text(text):
    _check(text)
