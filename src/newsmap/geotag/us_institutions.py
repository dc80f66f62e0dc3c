"""The United States' short name before an institution noun is a state adjective, one
``demonym`` span over both words: "the US embassy", "the U.S. ambassador".

English writes "US" or "U.S." where it writes "American" ("the US embassy" is "the American
embassy"), and the conventions tag it as a demonym before an institution noun, while "the US"
alone and "US tariffs" stay the country.  The gazetteer reads "U.S" without its last full
stop, so the span is grown over it too.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.home import text_marks
from newsmap.geotag.token_marks import US

__all__ = ["us_institutions"]

#: The short name (with its last full stop) and an institution noun after it.
_INSTITUTION = re.compile(
    r"\.? (?:[Ee]mbassy|[Aa]mbassador|[Ee]nvoy|[Cc]onsulate|[Cc]onsul|[Dd]iplomats?|"
    r"[Oo]fficials?|[Aa]dministration|[Gg]overnment|[Tt]reasury|State Department|"
    r"[Ss]ecretary of [Ss]tate|[Pp]resident)\b"
)
_SHORT = ("US", "U.S")
REASON = "state adjective with an institution"


def us_institutions(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` with "US"/"U.S." before an institution noun read as a demonym span."""
    text = doc.text
    if not text_marks(text) & US or ("US" not in text and "U.S" not in text):
        return places
    out = places
    for i, c in enumerate(places):
        if c.level is not None or text[c.start : c.end] not in _SHORT:
            continue
        m = _INSTITUTION.match(text, c.end)
        if m is None and not text.startswith(".", c.end):
            continue
        if out is places:
            out = list(places)
        if m is None:
            out[i] = c._replace(end=c.end + 1)  # "U.S. sanctions": the name's own full stop
        else:
            out[i] = c._replace(end=m.end(), reason=REASON, level="demonym")
    return out
