"""One pass over a text's tokens gives both language tests what their own passes gave.

``home.text_reads`` sums each whitespace-separated token's weight for the Latin-script language
test and for the local-language test of the places (``context.is_local_language``, on the
folded words of the text's first 3000 characters).  Held here to the passes it replaced, on
every text of the repo's data and on texts cut at the sample's end in every way.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.geotag import context, home
from newsmap.geotag.folding import fold

DATA = Path(__file__).resolve().parents[2] / "data"
TEXTS = [
    doc["text"]
    for path in sorted(DATA.rglob("*.jsonl"))
    if "ingest" not in path.parts
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip() and isinstance(doc := json.loads(line), dict) and "text" in doc
]


def _plain_latin_total(text: str) -> int:
    """``_latin_language``'s sum as it was read before: token by token, its own pass."""
    total = 0
    for token in text.split():
        total += home._token_weight(token)
    return total


def _plain_is_local(text: str) -> bool:
    """``context.is_local_language``: the folded sample split and counted on its own."""
    return context.local_words(fold(text[:3000]).split())


def _fresh(text: str) -> tuple[int, int]:
    home._LAST_READS.clear()
    return home.text_reads(text)


def test_both_sums_on_the_repo_texts():
    assert len(TEXTS) > 1000
    joined = ["\n\n".join(TEXTS[i : i + 3]) for i in range(0, len(TEXTS), 3)]
    longer = [t for t in joined if len(t) > home.LOCAL_SAMPLE]
    assert len(longer) > 100  # the sample's end cuts most of these
    answers = set()
    for text in TEXTS + joined:
        _fresh(text)
        assert home.text_reads(text)[0] == _plain_latin_total(text)
        answers.add(home.is_local_text(text))
        assert home.is_local_text(text) == _plain_is_local(text)
    assert answers == {True, False}


_PIECES = ["je", "i", "u", "the", "of", "and", "da", "Grad", "Kosovo's", "ćе", "Љубљана", "x"]
_BLANKS = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", ", ", "-", "."]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_BLANKS)), max_size=80),
    st.integers(min_value=2900, max_value=3100),
)
def test_both_sums_wherever_the_sample_ends(parts, length):
    """A text of about the sample's length, padded so that its end falls anywhere in a token."""
    text = "".join(w + b for w, b in parts)
    text = (text * (length // max(1, len(text)) + 1))[:length] if text else text
    assert _fresh(text)[0] == _plain_latin_total(text)
    assert home.is_local_text(text) == _plain_is_local(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "x" * 3005,  # one token across the sample's end
        "je " * 999 + "jeje the",
        "the " * 749 + "je je je",
        ("Љубљана је и у граду " * 200)[:3001],
        "a\u2028b je\u3000i u",
    ],
)
def test_both_sums_on_edges(text):
    assert _fresh(text)[0] == _plain_latin_total(text)
    assert home.is_local_text(text) == _plain_is_local(text)


def test_the_kept_sums_are_the_texts():
    a, b = "je i u da je", "the of and the"
    assert _fresh(a) != _fresh(b)
    assert home.text_reads(a) == _fresh(a)
    assert home.text_reads(b) == _fresh(b)
