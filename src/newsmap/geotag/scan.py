"""The matcher's loop over one text's automaton matches, apart from the matcher so that it runs
compiled.

``matcher`` stays interpreted (its ``Matcher`` is pickled in the prepared-gazetteer cache, see
``native.py``), but this loop runs once per match of every document, and as bytecode it was
about a third of the time ``Matcher.scan_all`` takes on real-length news.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

#: Marks a side word's payload (where a name's says whether it spans several words), and a
#: one-word name that is a side word too.
SIDE = 2
BOTH = 3

_tuple_new = tuple.__new__


def collect(
    matches: Iterable[tuple[int, int]],
    payloads: list[tuple[str, Any, int, Any]],
    text: str,
    capitalised: bool,
    to_orig: Callable[[int], int] | None,
    hit: type,
) -> tuple[list[Any], list[Any]]:
    """The name hits and the side-word hits (``hit`` tuples) of the automaton's ``matches`` on
    the text folded and padded with a space each side, as ``Matcher.scan_all`` documents them;
    ``to_orig`` maps a folded index back when folding changed the length (else None)."""
    hits: list[Any] = []
    side: list[Any] = []
    new = _tuple_new
    for end_idx, index in matches:
        key, value, span, multi = payloads[index]
        if to_orig is None:
            # folded[end_idx] is the key's trailing space; the name starts after the leading
            # one, and the text's padding shifts every index by one.
            start = end_idx - span
            end = end_idx - 1
        else:
            start, end = to_orig(end_idx - span), to_orig(end_idx - 2) + 1
        if multi is SIDE:
            side.append(new(hit, (start, end, key, value)))
            continue
        if multi is BOTH:
            value, side_value = value
            side.append(new(hit, (start, end, key, side_value)))
            multi = False
        if capitalised and not text[start].isupper() and (not multi or text[start:end].islower()):
            continue
        hits.append(new(hit, (start, end, key, value)))
    return hits, side
