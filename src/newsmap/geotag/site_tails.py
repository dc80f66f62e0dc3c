"""A site or village named bare, then with its noun: "the Miral centre", "the Vučjak camp".

The camps, reception centres and factories of a story (the Balkan route's Bira, Miral, Vučjak
and Blažuj) are named bare and with a lower-case noun after them.  The noun is part of the
site's name: one ``site`` mention at the place's point.  A town before a lower-case noun stays
the town's ("a Belgrade park", "the Sarajevo market"), except before "camp": a camp named
after a village is the camp.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.site_anchor import SITE_SCORE

__all__ = ["site_tails"]

REASON = "a site with its noun"
#: Lower-case nouns after a known site that belong to its name.
_SITE_TAILS = (" reception centre", " reception center", " camp", " centre", " center", " factory")
#: The one noun that makes a village's name a site's.
_VILLAGE_TAILS = (" camp",)


def site_tails(doc: Doc, places: list[Choice]) -> list[Choice]:
    """Sites (and villages before "camp") that ``places`` holds, with their noun after them."""
    text = doc.text
    gplaces = doc.gaz.places
    found: list[Choice] = []
    for c in places:
        if c.level is not None or text[c.end : c.end + 1] != " ":
            continue
        level = gplaces[c.place].level
        tails = _SITE_TAILS if level == "site" else _VILLAGE_TAILS if level == "city" else ()
        for tail in tails:
            if text.startswith(tail, c.end):
                end = c.end + len(tail)
                if end < len(text) and text[end].isalpha():
                    break  # "campaign", "centred"
                found.append(Choice(c.start, end, c.place, SITE_SCORE, REASON, "site"))
                break
    return found
