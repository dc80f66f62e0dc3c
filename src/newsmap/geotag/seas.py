"""Seas, mountain ranges and large regions English news names as places: "ferries cross the
Adriatic", "migrants rescued in the Mediterranean", "a bus ride across the Alps", "the Black Sea
port of Constanța", "officials from the Baltic states".

The later sets write them as `region` mentions with no country (as "Yugoslavia" and "the
Balkans" already are).  They are English names: indexed without case forms, so local text
keeps its reading.  A sea's name also names outlets, forums and pipelines ("(Adriatic Wire)",
"the Adriatic Ionian Rail Forum", "the Trans Adriatic Pipeline", "the Adriatic-Ionian
motorway"): a name run on by a capitalised word or a hyphen, or after a capitalised word, or
opening a bracket, is a part of such a name and no place, and "central Europe" in lower case
only a direction (``not_names``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmap.geotag.choice import Choice
from newsmap.model import Place

if TYPE_CHECKING:
    from newsmap.geotag.builder import GazetteerBuilder
    from newsmap.geotag.context import Doc

#: The place ids of these regions begin so.
PREFIX = "cur:sea-"

#: (slug, name, other names, latitude, longitude)
_SEAS: tuple[tuple[str, str, tuple[str, ...], float, float], ...] = (
    ("adriatic", "Adriatic Sea", ("Adriatic", "Adriatic Sea"), 42.5, 16.0),
    ("ionian", "Ionian Sea", ("Ionian Sea",), 38.5, 19.0),
    ("aegean", "Aegean Sea", ("Aegean", "Aegean Sea"), 39.0, 25.0),
    ("mediterranean", "Mediterranean Sea", ("Mediterranean", "Mediterranean Sea"), 35.0, 18.0),
    ("black-sea", "Black Sea", ("Black Sea",), 43.0, 35.0),
    ("baltic", "Baltic Sea", ("Baltic Sea", "Baltic states"), 58.0, 20.0),
    ("north-sea", "North Sea", ("North Sea",), 56.0, 3.0),
    ("english-channel", "English Channel", ("English Channel",), 50.2, -1.0),
    ("alps", "Alps", ("Alps",), 46.5, 10.0),
    ("carpathians", "Carpathians", ("Carpathians", "Carpathian Mountains"), 47.5, 24.0),
    ("scandinavia", "Scandinavia", ("Scandinavia",), 62.0, 14.0),
    ("western-europe", "Western Europe", ("Western Europe",), 48.0, 5.0),
    ("eastern-europe", "Eastern Europe", ("Eastern Europe",), 50.0, 28.0),
    ("central-europe", "Central Europe", ("Central Europe",), 49.0, 16.0),
    ("north-america", "North America", ("North America",), 45.0, -100.0),
    ("soviet-union", "Soviet Union", ("Soviet Union",), 55.0, 40.0),
)


def add_seas(b: GazetteerBuilder) -> None:
    """The regions above, each name a key of its own (no case forms)."""
    for slug, name, aliases, lat, lon in _SEAS:
        idx = b.add_place(Place(f"{PREFIX}{slug}", name, None, "region", lat, lon))
        b.seas.add(idx)
        for alias in aliases:
            b.add_name(alias, idx, "curated")


def not_names(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less the seas' names that are part of another name."""
    seas = doc.gaz.seas
    text = doc.text
    drop = set()
    for i, c in enumerate(places):
        if c.place not in seas:
            continue
        after = text[c.end : c.end + 2]
        if not text[c.start].isupper():
            drop.add(i)  # "central Europe": a direction, not the region's name
        elif after[:1] == "-" or (after[:1] == " " and after[1:2].isupper()):
            drop.add(i)  # "Adriatic Wire", "Adriatic-Ionian"
        elif text[c.start - 1 : c.start] == "(":
            drop.add(i)  # "(Adriatic Business)"
        else:
            prev, gap = doc.prev_word(c.start)
            if (
                gap == " "
                and prev[:1].isupper()
                and not doc.sentence_initial(c.start - 1 - len(prev))
            ):
                drop.add(i)  # "the Trans Adriatic Pipeline"
    return [c for i, c in enumerate(places) if i not in drop] if drop else places
