"""A club's short name after its full one: "FK Sarajevo host Željezničar ... Sarajevo hit the
post twice", "RK Vardar play at home ... when Vardar win".

Sports writing names a club once with its prefix (FK, KF, RK, KK, NK, FC, HNK, OFK) and
then by the town's name alone as the subject of a verb of play ("beat", "won", "drew", "sit
two points behind", "hit the post").  The town written so is the club, no place of the story;
the same name anywhere else (in a town, from it) stays the town.  Only a document that names
the club with its prefix is read, and only its places with the club's name.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.home import text_marks
from newsmap.geotag.token_marks import CLUB

__all__ = ["short_club_names"]

#: A club's prefix and the name after it ("FK Sarajevo", "RK Vardar", "KF Tirana").
_PREFIXED = re.compile(
    r"\b(?:FK|NK|KF|RK|KK|FC|HNK|OFK|GNK|SC) ([A-ZÀ-Ž][\w'’-]+(?: [A-ZÀ-Ž][\w'’-]+)?)"
)
#: Verbs of play after the club's short name ("Sarajevo beat", "Vardar win", "Sarajevo sit").
_PLAY = re.compile(
    r" (?:beat|beats|won|win|wins|lost|lose|loses|drew|draw|draws|hit|scored|score|scores|"
    r"sit|sits|lead|leads|led|trail|trails|trailed|edged|conceded|equalised|equalized|play|"
    r"plays|played|host|hosts|hosted)\b"
)


#: Strings one of the prefixes leaves in a text: a few substring scans, where a search of the
#: pattern (which opens with a word boundary) would try every character.
_PREFIX_MARKS = ("FK ", "NK ", "KF ", "RK ", "KK ", "FC ", "HNK ", "OFK ", "GNK ", "SC ")
#: How the marks end: a text with none of these holds no mark, told by three scans, not ten.
_MARK_ENDS = ("K ", "F ", "C ")


def short_club_names(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less a club's short name where it plays."""
    text = doc.text
    if not text_marks(text) & CLUB:
        return places  # no token ends with a prefix: none of the marks stands in the text
    if not any(end in text for end in _MARK_ENDS) or not any(m in text for m in _PREFIX_MARKS):
        return places
    clubs = {m.group(1) for m in _PREFIXED.finditer(text)}
    if not clubs:
        return places
    kept = [
        c
        for c in places
        if not (
            c.level is None
            and text[c.start : c.end] in clubs
            and _PLAY.match(text, c.end) is not None
            and not _PREFIXED.match(text, max(0, c.start - 4), c.end)
        )
    ]
    return kept if len(kept) != len(places) else places
