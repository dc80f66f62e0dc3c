"""Words at a local name's left edge that belong to the mention: a river's noun, a compass
adjective and a province's abbreviation.

"u dolini reke Jadar", "lumi Buna", "реката Вардар": local news names a river after its noun,
and the noun is part of the name as "the river Drina" is in English; the mention is the noun
with the river.  "Istočnu Hercegovinu", "Источна Македонија", "Zahodni Balkan": a capitalised
compass adjective before a region, a state or a unit names the part of it, one mention (in
lower case it only describes: "u zapadnoj Srbiji").

Only in local-language text, and only at a mention's start: the rule reads the word before each
region, state, unit and site, never the whole text.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

#: A river's noun in the cases of the region's languages (folded, lower case): BCMS and
#: Slovenian "reka"/"rijeka", Macedonian "реката", Albanian "lumi" in its definite forms.
_RIVER_NOUNS = frozenset(
    (
        "reka reke reci reku rekom rijeka rijeke rijeci rijeku rijekom reki reko rekata "
        "lumi lumin lumit lume"
    ).split()
)
#: How a compass adjective begins (folded): east, west, south, north in BCMS, Macedonian and
#: Slovenian.
_COMPASS = ("istocn", "zapadn", "juzn", "sjevern", "severn", "vzhodn", "zahodn")
#: The gazetteer levels a compass adjective names a part of.
_AREAS = frozenset(("country", "admin1", "region"))


def local_span_edges(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The mentions of a local text, widened over a river's noun or a compass adjective."""
    gplaces = doc.gaz.places
    out: list[Choice] = []
    for c in places:
        level = gplaces[c.place].level
        if level == "site" or level in _AREAS:
            start = _wider_start(doc, c.start, level)
            if start is not None and (not out or out[-1].end <= start):
                # a state's part is a region of it ("Источна Македонија"), no state
                c = c._replace(start=start, level="admin1" if level == "country" else c.level)
        out.append(c)
    return out


def _wider_start(doc: Doc, start: int, level: str) -> int | None:
    if level == "admin1":
        province = _province_start(doc, start)
        if province is not None:
            return province
    prev, gap = doc.prev_word(start)
    if gap != " " or len(prev) < 4:
        return None
    folded = doc.fold(prev).lower()
    begin = start - len(gap) - len(prev)
    if level == "site":
        # in lower case: capitalised, "Rijeka" is a city as often ("Rijeka Lim" opening a
        # sentence is written both ways)
        if folded in _RIVER_NOUNS and prev.islower():
            return begin
        return None
    if prev[0].isupper() and prev[1:].islower() and folded.startswith(_COMPASS):
        return begin
    return None


#: "Autonomous Province" abbreviated before its name ("Skupština AP Vojvodine"), Latin and
#: Cyrillic: part of the unit's name as "Republike" is of a state's (``name_edges``).
_PROVINCE = frozenset(("AP", "АП"))


def _province_start(doc: Doc, start: int) -> int | None:
    prev, gap = doc.prev_word(start)
    return start - len(gap) - len(prev) if gap == " " and prev in _PROVINCE else None
