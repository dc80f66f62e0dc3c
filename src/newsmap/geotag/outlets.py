"""Outlets named after a place, in a dateline's brackets: "BUCHAREST (Danube Wire) —",
"SARAJEVO, May 2 (Drina Press) —".

News agencies and papers take the names of rivers, seas and towns; in the bracket after a
dateline such a name is the outlet's, and no place of the story (the sets list them as traps).
A place alone in brackets ("(Sarajevo)") is still a place: the name must open the bracket and
run on by capitalised words to its close.

The firms that run the region's ports are named "Luka" (port) and the town: "Luka Koper",
"Luka Bar", "Luka Ploče".  In English text "Luka" is such a firm's first word or a given name
("Luka Modrić"), never Lucca (English writes "Lucca"), and the town after it is the firm's name,
no place of the story (``port_firms``).
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice

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
