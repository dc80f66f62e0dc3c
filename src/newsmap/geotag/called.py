"""Things called after a place: "a grill called Sarajevo", "a hotel named Dubrovnik".

A shop, hotel, boat, band, film or firm "called" or "named" after a town is no mention of the
town: the name is the thing's, and the thing may stand anywhere (a Sarajevo grill in Vienna).
Only a noun for such a thing right before "called"/"named" counts, so the verb ("the minister
called Pristina's move a provocation") and settlements ("a village called Kula", "the two towns
named Dimitrovgrad") keep their places.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice

#: Nouns of things that carry names (lower case), before "called" or "named".
_THINGS = (
    "restaurant|restaurants|grill|bakery|cafe|café|bar|pub|tavern|pizzeria|kiosk|shop|store|"
    "boutique|salon|hotel|hostel|motel|company|firm|brand|label|band|choir|ensemble|film|"
    "movie|documentary|play|novel|book|song|album|record|show|programme|program|series|"
    "newspaper|magazine|portal|website|app|ship|boat|ferry|yacht|vessel|horse|dog|dish|"
    "cocktail|beer|wine|cake|festival|operation|exercise|project|fund|initiative|movement|"
    "party|group|gang|club|team|studio|agency|association|foundation"
)
_BEFORE = re.compile(rf"\b(?:{_THINGS}) (?:called|named) [\"“'‘«]?$")
_REACH = 40


def not_called_after(text: str, places: list[Choice]) -> list[Choice]:
    """``places`` without the names that a thing's noun and "called"/"named" introduce."""
    if " called " not in text and " named " not in text:
        return places
    return [c for c in places if not _called_before(text, c.start)]


def _called_before(text: str, start: int) -> bool:
    """``_BEFORE`` in the reach before ``start``; a match holds "called " or "named " whole, and
    two substring tests rule out most names before the pattern's try at every position."""
    low = max(0, start - _REACH)
    if text.find("called ", low, start) < 0 and text.find("named ", low, start) < 0:
        return False
    return _BEFORE.search(text, low, start) is not None
