"""A railway or a motorway named after its two ends: "the Belgrade-Bar railway".

English names a line by the towns it joins, with a hyphen or a dash between them ("the
Bar-Boljare motorway", "the Skopje–Tetovo motorway").  The phrase names the line, a thing of
its own, not the two towns as places of the story: neither end is a mention.  The towns named
alone elsewhere in the story stay.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

__all__ = ["may_name_routes", "without_route_ends"]

#: The nouns of a line named after its ends, each after one blank.
_ROUTE_NOUNS = (
    " railway",
    " motorway",
    " highway",
    " expressway",
    " railroad",
    " rail line",
    " pipeline",
)
#: Folded, padded words one of which a text naming such a line holds.
_FOLDED = (" railway", " motorway", " highway", " expressway", " railroad", " pipeline")
_DASHES = ("-", "–")


def may_name_routes(folded: str | None) -> bool:
    """Whether the folded text holds a route noun at all (a few substring tests a document)."""
    return folded is None or any(w in folded for w in _FOLDED)


def without_route_ends(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` without the two towns of a line named after its ends."""
    text = doc.text
    drop: set[int] = set()
    for i in range(len(places) - 1):
        a, b = places[i], places[i + 1]
        if b.start != a.end + 1 or text[a.end] not in _DASHES:
            continue
        if not text.startswith(_ROUTE_NOUNS, b.end):
            continue
        if a.start and (text[a.start - 1].isalpha() or text[a.start - 1] in _DASHES):
            continue  # a longer chain of names ("Vienna-Belgrade-Bar"): not read
        drop.update((i, i + 1))
    if not drop:
        return places
    return [c for k, c in enumerate(places) if k not in drop]
