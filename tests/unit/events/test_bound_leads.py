"""The gate before ``bounds._LEAD_BEFORE``: every match of the pattern holds one of the pieces
the gate looks for, so a window without them is spared the scan and loses no lead."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events import bounds

_TOKENS = ["by", "By", "until", "Until", "till", "Till", "before", "Before", "no later than"]
_TOKENS += ["no", "later", "than", " ", "\t", "  ", "the end of", "end", "of", "early", "late"]
_TOKENS += ["mid-", "12:30", "9.15", "on", "x", "y", "abby", "-", "\n", "é"]


def _gated(window: str) -> bool:
    return any(piece in window for piece in bounds._LEAD_PIECES)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=12).map("".join))
def test_a_window_with_a_lead_passes_the_gate(window):
    if bounds._LEAD_BEFORE.search(window) is not None:
        assert _gated(window)


def test_the_gate_passes_each_lead():
    for window in ("by ", "By\t", "until  ", "Till ", "before the end of ", "no later than "):
        assert bounds._LEAD_BEFORE.search(window) is not None
        assert _gated(window)
    assert not _gated("on the first of ")
