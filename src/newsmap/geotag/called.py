"""Things called after a place: "a grill called Sarajevo", "a hotel named Dubrovnik".

A shop, hotel, boat, band, film or firm "called" or "named" after a town is no mention of the
town: the name is the thing's, and the thing may stand anywhere (a Sarajevo grill in Vienna).
Only a noun for such a thing right before "called"/"named" counts, so the verb ("the minister
called Pristina's move a provocation") and settlements ("a village called Kula", "the two towns
named Dimitrovgrad") keep their places.

A crime group takes its town's name as a noun's first word: "the Kavač clan", "the Zemun
gang", "a Tirana cartel".  A place right before such a noun (lower case) is the group's name
and no place of the story; the town named elsewhere ("the clan takes its name from Kavač")
keeps its place.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.home import text_marks
from newsmap.geotag.token_marks import CALLED, GROUP

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


#: Nouns of crime groups named after a town, right after the town's name.
_GROUPS = (" clan", " clans", " cartel", " cartels", " gang", " gangs", " mafia")
_GROUP_MARKS = (" clan", " cartel", " gang", " mafia")


def not_called_after(text: str, places: list[Choice]) -> list[Choice]:
    """``places`` without the names that a thing's noun and "called"/"named" introduce, nor
    the towns that name a crime group ("the Kavač clan")."""
    marks = text_marks(text)  # which cues the text's tokens may hold: no search without
    if marks & GROUP and any(mark in text for mark in _GROUP_MARKS):
        places = [c for c in places if not group_name(text, c.end)]
    if not marks & CALLED or (" called " not in text and " named " not in text):
        return places
    return [c for c in places if not _called_before(text, c.start)]


def group_name(text: str, end: int) -> bool:
    """Whether a crime group's noun follows a name that ends at ``end`` ("the Kavač clan")."""
    for noun in _GROUPS:
        if text.startswith(noun, end):
            after = end + len(noun)
            return after == len(text) or not text[after].isalnum()
    return False


def _called_before(text: str, start: int) -> bool:
    """``_BEFORE`` in the reach before ``start``; a match holds "called " or "named " whole, and
    two substring tests rule out most names before the pattern's try at every position."""
    low = max(0, start - _REACH)
    if text.find("called ", low, start) < 0 and text.find("named ", low, start) < 0:
        return False
    return _BEFORE.search(text, low, start) is not None
