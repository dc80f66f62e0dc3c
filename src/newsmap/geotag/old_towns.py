"""A town's walled quarter named with it: "Kotor Old Town", "the Old Town of Budva".

English writes a town's historic core as the town's name with "Old Town" (or "Old City")
before or after it.  The phrase is one site, the quarter, at the town's point: not the town
and a second name ("Old Town" is also a town in Maine, which the gazetteer knows).
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.site_anchor import SITE_SCORE

__all__ = ["may_name_old_towns", "old_towns"]

REASON = "a town's old quarter"
#: What follows a town's name in the quarter's name.
_AFTER = (" Old Town", " Old City")
#: What stands before it ("the Old Town of Budva").
_BEFORE = ("Old Town of ", "Old City of ")


def may_name_old_towns(folded: str | None) -> bool:
    """Whether the folded text has the phrase at all (one substring test a document)."""
    return folded is None or " old town " in folded or " old city " in folded


def old_towns(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The quarters named with a town that ``places`` holds: sites over both words."""
    text = doc.text
    gplaces = doc.gaz.places
    found: list[Choice] = []
    for c in places:
        if c.level is not None or gplaces[c.place].level != "city":
            continue
        if text.startswith(_AFTER, c.end):
            found.append(Choice(c.start, c.end + 9, c.place, SITE_SCORE, REASON, "site"))
        elif text.endswith(_BEFORE, max(0, c.start - 12), c.start):
            found.append(Choice(c.start - 12, c.end, c.place, SITE_SCORE, REASON, "site"))
    return found
