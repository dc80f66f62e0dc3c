"""The shore or bank of a shared lake or river that a state adjective names, in local text.

"na albanskoj obali Ohridskog jezera", "на албанскиот брег на Охридското Езеро", "në bregun
shqiptar të Liqenit të Ohrit", "most preko Save na srpskoj strani": a state adjective with a
shore, bank or side noun right before a shared water, or right after it, says whose part of the
water the sentence means, whatever towns the sentence or the story name (``rivers`` reads the
English "the Greek shore of Lake Prespa").  The water is moved to that state's entry when the
water runs there.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.matcher import Hit
from newsmap.geotag.state_adjectives import LocalAdjective

#: Shore, bank and side nouns (folded, lower case; Cyrillic folds to Latin): BCMS and
#: Slovenian "obala", "breg", "brijeg", "strana"/"stran", Macedonian "брег(от)", "страна(та)",
#: Albanian "bregu", "ana".
_SHORES = frozenset(
    "obala obale obali obalu obalom obalo breg brega bregu bregot brijeg brijega brijegu "
    "strana strane strani stranu stranom stranata stran "
    "bregu bregun bregut bregun ana anen anes".split()
)
#: What links the shore noun to the water after it: Macedonian "на", Albanian "të"/"e".
_LINKS = frozenset(("na", "te", "e"))
#: How far around a water its shore words may stand (characters).
_REACH = 45


def named_shores(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """``places`` with each shared water on the shore or side a state adjective names."""
    siblings = doc.gaz.water_siblings
    waters = [i for i, c in enumerate(places) if c.place in siblings]
    if not waters:
        return places
    adjectives = {(h.start, h.end): h.value for h in side if type(h.value) is LocalAdjective}
    if not adjectives:
        return places
    out = list(places)
    for i in waters:
        c = places[i]
        group = siblings[c.place]
        country = _before(doc, adjectives, c.start) or _after(doc, adjectives, c.end)
        if country is None or country not in group or group[country] == c.place:
            continue
        out[i] = c._replace(place=group[country], reason=f"{c.reason}; the {country} shore named")
    return out


def _words(doc: Doc, text: str, offset: int) -> list[tuple[int, int, str]]:
    """The words of ``text`` (which starts at ``offset``) with their spans, folded."""
    found = []
    pos = 0
    for word in text.split():
        at = text.index(word, pos)
        pos = at + len(word)
        found.append((offset + at, offset + pos, doc.fold(word.strip(",.;:")).lower()))
    return found


def _before(doc: Doc, adjectives: dict, start: int) -> str | None:
    """ "albanskoj obali | Ohridskog", "албанскиот брег на | Охридското", "bregun shqiptar të |
    Liqenit": the adjective's state, or None."""
    lo = max(0, start - _REACH)
    words = _words(doc, doc.text[lo:start], lo)
    if words and words[-1][2] in _LINKS:
        words = words[:-1]
    if len(words) >= 2 and words[-1][2] in _SHORES:
        adj = adjectives.get(words[-2][:2])
        if adj is not None and not adj.after_noun:
            return str(adj.country)
    if len(words) >= 2 and words[-2][2] in _SHORES:
        adj = adjectives.get(words[-1][:2])
        if adj is not None and adj.after_noun:
            return str(adj.country)
    return None


def _after(doc: Doc, adjectives: dict, end: int) -> str | None:
    """ "Save | na srpskoj strani": the adjective's state, or None."""
    words = _words(doc, doc.text[end : end + _REACH], end)
    if len(words) >= 3 and words[0][2] in ("na", "v", "u", "në", "ne") and words[2][2] in _SHORES:
        adj = adjectives.get(words[1][:2])
        if adj is not None and not adj.after_noun:
            return str(adj.country)
    return None
