"""Places that open the English name of a body: "the Sava River Basin Commission", "the Ohrid
Swimming Club", "the Prespa Park Coordination Committee".

A town, a unit or a site run on by capitalised words that end in a body's noun (commission,
committee, club, festival ...) names that body, not a place of the story: the gold sets leave
such names unannotated.  A state's name stays ("the Kosovo Specialist Chambers" names Kosovo,
as "Kosovo police" does).  An award named "the Heart of" a town is no place either.  English
text only; each place is asked once, at its end, and only
when a capitalised word follows it.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

#: The nouns that close a body's name.
_BODIES = (
    "Commission Committee Council Authority Agency Corporation Club Agreement Association "
    "Institute Foundation Fund Chambers Company Federation Alliance Board Society Festival Forum "
    "Carnival Regatta Bank Airlines Airways Radio Television"
).split()
#: Up to three more capitalised words, then a body's noun, as a whole word.
_BODY_AFTER = re.compile(r"(?: [A-Z][\w'’-]*){0,3}? (?:" + "|".join(_BODIES) + r")\b")


def not_bodies(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less the towns, units and sites that open a body's capitalised name."""
    text = doc.text
    gplaces = doc.gaz.places
    kept = [
        c
        for c in places
        if not (
            text[c.end : c.end + 1] == " "
            and text[c.end + 1 : c.end + 2].isupper()
            and _BODY_AFTER.match(text, c.end) is not None
            and gplaces[c.place].level != "country"
        )
        and not (text.endswith(_AWARDS, 0, c.start) and gplaces[c.place].level == "city")
    ]
    return kept if len(kept) != len(places) else places


#: Capitalised words before a town that make an award's name ("won the Heart of Sarajevo"):
#: "in the heart of Sarajevo", in lower case, is still the town.
_AWARDS = (" Heart of ", " Key to ", " Prize of ", " Golden Arena of ")
