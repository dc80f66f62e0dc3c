"""Where a state's name begins and ends in the region's languages.

"Republike Srbije", "Република Северна Македонија", "Republikës së Kosovës": the state's
long official name is one mention, as "Republic of Serbia" is in English, so the word
"Republic" in any case joins the name after it.  (An Albanian case ending hyphened to an
abbreviation, "Qeveria e RMV-së", stays outside the name, as "Belgrade-based" does in English.)

Only in local-language text, and only where the text holds the word asked for: the rule looks
at the word before a state's mention, never at every character.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

#: "Republic" in the cases of the region's languages (BCMS, Slovenian, Macedonian; Latin and
#: Cyrillic), capitalised as the official name writes it.
_REPUBLIC = frozenset(
    (
        "Republika Republike Republici Republiku Republikom Republiki Republiko "
        "Република Републике Републици Републику Републиком Републиката"
    ).split()
)
#: Albanian "Republic" and the link word before its genitive state ("Republika e Shqipërisë",
#: "Republikës së Kosovës", "Republikën e Shqipërisë").
_REPUBLIC_SQ = frozenset(("Republika", "Republikës", "Republikën"))
_LINKS_SQ = frozenset(("e", "së", "të"))


def state_name_edges(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The state mentions of a local text, widened over "Republic" before them."""
    text = doc.text
    if "Republi" not in text and "Републи" not in text:
        return places
    gplaces = doc.gaz.places
    out: list[Choice] = []
    for c in places:
        if c.level is None and gplaces[c.place].level == "country":
            wide = _with_republic(doc, c)
            if not out or out[-1].end <= wide.start:  # "Trg Republike" keeps its word
                c = wide
        out.append(c)
    return out


def _with_republic(doc: Doc, c: Choice) -> Choice:
    prev, gap = doc.prev_word(c.start)
    if gap != " ":
        return c
    if prev in _REPUBLIC:
        return c._replace(start=c.start - 1 - len(prev))
    if prev in _LINKS_SQ:
        before, gap2 = doc.prev_word(c.start - 1 - len(prev))
        if gap2 == " " and before in _REPUBLIC_SQ:
            return c._replace(start=c.start - 2 - len(prev) - len(before))
    return c


#: The continent's place id (``without_continent``).
_CONTINENT = "cur:europe"


def without_continent(doc: Doc, places: list[Choice]) -> list[Choice]:
    """Local text names "Evropa" as a continent or the Union's short name ("ambicije u Evropi",
    "Savjet Evrope", "celotne Evrope"), not a place of its story: no mention, as English
    "Europe" is none.  Asked only where the text holds the name's stem."""
    text = doc.text
    if "vrop" not in text and "вроп" not in text and "Europ" not in text:
        return places
    gplaces = doc.gaz.places
    return [c for c in places if gplaces[c.place].place_id != _CONTINENT]
