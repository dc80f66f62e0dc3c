"""Names of things that hold a place's name, in English text (``names_of_things``).

Outlets named after a place, in a dateline's brackets: "BUCHAREST (Danube Wire) —",
"SARAJEVO, May 2 (Drina Press) —".

News agencies and papers take the names of rivers, seas and towns; in the bracket after a
dateline such a name is the outlet's, and no place of the story (the sets list them as traps).
A place alone in brackets ("(Sarajevo)") is still a place: the name must open the bracket and
run on by capitalised words to its close.

The firms that run the region's ports are named "Luka" (port) and the town: "Luka Koper",
"Luka Bar", "Luka Ploče".  In English text "Luka" is such a firm's first word or a given name
("Luka Modrić"), never Lucca (English writes "Lucca"), and the town after it is the firm's name,
no place of the story (``port_firms``).

Associations, firms and trails take a plural noun "of" a town or a region: "the Mothers of
Srebrenica", "the Peaks of the Balkans".  "The" and a capitalised plural before "of" make the
whole a name, and the town or region in it no place of the story
(``plural_names``); a state's name stays, as institutions named after their state are
mentions of it ("Armed Forces of Bosnia and Herzegovina"), and so do peoples of a place
("Serbs of Kosovo") and the plural nouns of geography ("the Lakes of Plitvice").

Bosnia's parties and firms end their names with the state's short form: "HDZ BiH", "SDP BiH",
"Elektroprivreda BiH".  "BiH" right after a capitalised word that is no function word ("in
BiH", "In BiH") is the end of such a name, and no mention (``short_state_names``).
"""

from __future__ import annotations

import re

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.cited_names import cited_names
from newsmap.geotag.folding import fold
from newsmap.geotag.gazetteer import Gazetteer
from newsmap.geotag.home import text_marks
from newsmap.geotag.token_marks import BIH, PORT

#: Characters a bracketed outlet's name runs over after the place, at most.
_REACH = 40


def outlet_names(text: str, places: list[Choice]) -> list[Choice]:
    """``places`` less the places that open a bracketed outlet's name."""
    drop = [
        i
        for i, c in enumerate(places)
        if c.start and text[c.start - 1] == "(" and _outlet(text, c.end)
    ]
    if not drop:
        return places
    gone = set(drop)
    return [c for i, c in enumerate(places) if i not in gone]


def _outlet(text: str, end: int) -> bool:
    """Whether capitalised words run from ``end`` to a closing bracket ("(Danube Wire)")."""
    close = text.find(")", end, end + _REACH)
    if close == -1 or text[end : end + 1] != " ":
        return False
    words = text[end + 1 : close].split()
    return bool(words) and all(w[:1].isupper() or w == "&" for w in words)


#: The region's word for a port, which opens the names of the firms that run its ports.
PORT_WORD = "Luka"


def port_firms(text: str, places: list[Choice]) -> list[Choice]:
    """``places`` less "Luka" (English text) and the town named right after it ("Luka Bar")."""
    return [
        c
        for c in places
        if text[c.start : c.end] != PORT_WORD
        and not (
            text.endswith(_PORT_FIRM, 0, c.start)
            and (c.start == len(_PORT_FIRM) or not text[c.start - len(_PORT_FIRM) - 1].isalnum())
        )
    ]


_PORT_FIRM = PORT_WORD + " "


#: "the", a capitalised plural and "of" (and "the") right before a name: "the Mothers of"; a
#: plural without the article opens a sentence ("Residents of Zemun", "Hundreds of").
_PLURAL_OF = re.compile(r"\bthe ([A-Z][a-z]+s) of (?:the )?$")
#: Plural nouns of geography and of whole states, which name places ("the Lakes of Plitvice",
#: "the United States of America").
_PLACE_PLURALS = frozenset(
    "Lakes Islands Mountains Falls Springs States Emirates Provinces Regions Territories "
    "Mouths Gates Caves Plains Valleys Hills Alps Isles".split()
)
#: Characters read before a name for the plural and "of".
_PLURAL_REACH = 28


def plural_names(gaz: Gazetteer, text: str, places: list[Choice]) -> list[Choice]:
    """``places`` less the towns and regions named after a capitalised plural and "of"."""
    kept: list[Choice] = []
    for c in places:
        if c.level is None and text.endswith((" of ", " of the "), 0, c.start):
            m = _PLURAL_OF.search(text, max(0, c.start - _PLURAL_REACH), c.start)
            if m is not None and _an_association(gaz, c, m.group(1)):
                continue
        kept.append(c)
    return kept


def _an_association(gaz: Gazetteer, c: Choice, plural: str) -> bool:
    """Whether a capitalised plural before a town's or a region's name makes a name."""
    if plural in _PLACE_PLURALS or c.level is not None:
        return False
    if words.FOLDED_DEMONYMS.get(fold(plural)) is not None:
        return False  # "Serbs of Kosovo": a people of the place
    return gaz.places[c.place].level in ("city", "region")


#: Bosnia and Herzegovina's short forms that end the names of its parties and firms.
SHORT_STATE = ("BiH", "BH")


def short_state_names(text: str, places: list[Choice]) -> list[Choice]:
    """``places`` less "BiH" ending a party's or a firm's name ("the HDZ BiH")."""
    return [c for c in places if not _name_end(text, c)]


def _name_end(text: str, c: Choice) -> bool:
    if text[c.start : c.end] not in SHORT_STATE or c.start < 3 or text[c.start - 1] != " ":
        return False
    before = text[text.rfind(" ", 0, c.start - 1) + 1 : c.start - 1]
    if not before[:1].isupper() or not before[-1:].isalpha():
        return False
    folded = before.lower()
    return folded not in words.ENGLISH_FUNCTION_WORDS and folded not in words.LOCATIVE_PREPOSITIONS


def names_of_things(gaz: Gazetteer, text: str, places: list[Choice]) -> list[Choice]:
    """``places`` less the places inside names of outlets, firms, associations and parties,
    and the names cited as words (English text), each rule asked only where its sign is."""
    if " (" in text:
        places = outlet_names(text, places)
    marks = text_marks(text)  # a cue missing from the text's tokens needs no search
    if marks & PORT and PORT_WORD in text:
        places = port_firms(text, places)
    if "s of " in text:
        places = plural_names(gaz, text, places)
    if '"' in text or "“" in text or "The " in text:
        places = cited_names(text, places)
    if marks & BIH and ("BiH" in text or "BH" in text):
        places = short_state_names(text, places)
    return places
