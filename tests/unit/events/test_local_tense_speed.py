"""local_tense's patterns with each word's look-behind after its first letter ("d(?<!\\wd)a"
for "(?<!\\w)da", tried only where a "d" stands) find what their plain spellings find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events.temporal import local_tense as T

#: The patterns as they were written, the look-behind first.
PLAIN: list[tuple[re.Pattern[str], str]] = [
    (
        T._AFTER_END["sh"],
        r"(?<!\w)(?:da|дa|да)(?!\w)|,\s*(?:a|pa|ali|dok|i|ako|а|па|али|док|и|ако)(?!\w)"
        r"|,\s*(?:koj|кој)\w*",
    ),
    (
        T._AFTER_END["sl"],
        r"(?<!\w)da(?!\w)|,\s*(?:a|pa|ampak|in|ko|ki|kjer|če)(?!\w)|,\s*(?:\w+\s+){1,2}pa(?!\w)",
    ),
    (
        T._AFTER_END["sq"],
        r"(?<!\w)(?:se|që)(?!\w)|,?\s+(?:dhe|ndërsa|por)(?!\w)|,\s*(?:[ie]\s+cil|(?:ku|nëse)(?!\w))",
    ),
    (
        T._AFTER_END["mk"],
        r"(?<!\w)(?:дека|оти)(?!\w)|,\s*(?:а|па|но|и|ако|додека|кој|која|кое|кои)(?!\w)",
    ),
    (
        T._RELATIVE,
        r"(?<!\w)(?:koj[aiue]\w*|kakav|kakva|kakvo|kakvi|који|која|које|којег|којој|које\w*|коју"
        r"|какав|каква|какво|какви)(?!\w)",
    ),
    (T._BECAUSE, r"(?<!\w)(?:jer|јер|pošto|пошто)(?!\w)"),
    (T._PAST["sl"], r"(?<!\w)(?:je|so|sem|smo|ste|sta|sva|si)(?!\w)"),
]

PIECES = ["da", "дa", "да", "se", "që", "дека", "оти", "koja", "kojeg", "kakav", "који", "које"]
PIECES += ["којем", "коју", "jer", "јер", "pošto", "пошто", "je", "so", "sem", "sta", "sva", "si"]
PIECES += [" ", ", ", ",", "\t", "\n", "x", "_", "1", "ž", "а", "a", "pa", " i ", "nëse", "ku"]
PIECES += ["dhe", "e cil", "ampak", "če", "додека", "кој", "ako", "d", "д", "s", "j", "k", "к"]


def _found(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, endpos)]


@pytest.mark.parametrize("index", range(len(PLAIN)))
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(PIECES), max_size=12), cut=st.data())
def test_same_matches_as_plain(index: int, parts: list[str], cut: st.DataObject) -> None:
    fast, plain = PLAIN[index][0], re.compile(PLAIN[index][1])
    text = "".join(parts)
    pos = cut.draw(st.integers(0, len(text)))
    endpos = cut.draw(st.integers(pos, len(text)))
    assert _found(fast, text, pos, endpos) == _found(plain, text, pos, endpos)
    assert (fast.search(text, pos, endpos) is None) == (plain.search(text, pos, endpos) is None)


def test_made_up_clauses() -> None:
    text = "Rekao je da će kuća koju su kupili biti gotova jer radovi idu, a ona se vraća"
    for fast, plain in PLAIN:
        assert _found(fast, text, 0, len(text)) == _found(re.compile(plain), text, 0, len(text))
    assert [m.group() for m in T._AFTER_END["sh"].finditer(text)] == ["da", ", a"]
    assert T._RELATIVE.search(text).group() == "koju"  # type: ignore[union-attr]
    assert T._BECAUSE.search("idu jer su") is not None and T._BECAUSE.search("ajer") is None
