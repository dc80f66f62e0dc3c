"""Towns abroad written with their state or province after a comma, the English way.

"Belgrade, Montana", "Macedonia, Ohio", "Athens, Georgia", "Kula, Victoria": American,
Canadian and Australian towns are named with their state or province after them, and many were
named by settlers after a town of the six or of Europe.  Read so, the town is one mention of
the town abroad (at its country's point, with the namesake's low score: the gazetteer does not
know it), and the state inside it is no mention of its own.  A town the gazetteer lacks before
such a state ("NOVI, Michigan", "a plant in Novi, Michigan") is the same kind of mention: left
alone, it would be a mention of the state only.  ``abroad.namesakes_abroad`` calls these.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice, new_tuple
from newsmap.geotag.context import Doc

#: Score of a town placed at its country's point (``abroad.ABROAD_SCORE``).
_SCORE = 0.45

#: The states of the United States, which English writes after a town's name.
_US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming""".split()
) | frozenset(
    (
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
    )
)
#: The provinces of Canada and the states of Australia, written after a town's name the same
#: way: (name, country).
_STATES_ELSEWHERE: dict[str, str] = {
    **dict.fromkeys(
        (
            "Ontario",
            "Quebec",
            "Alberta",
            "British Columbia",
            "Manitoba",
            "Saskatchewan",
            "Nova Scotia",
            "New Brunswick",
        ),
        "CA",
    ),
    **dict.fromkeys(
        ("New South Wales", "Victoria", "Queensland", "Tasmania", "South Australia"), "AU"
    ),
}
US_STATE_AFTER = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)!?]|\s|$)")


#: An unknown town's name before ", <American state>": one to three capitalised words, the
#: whole name in capitals at a line's start (a dateline) or after a word that places it.
_TOWN_BEFORE_STATE = re.compile(
    r"(?:^|\n|\b(?:in|near|of|from|at|outside|to) )"
    r"((?:[A-Z][A-Za-z'.-]+ ){0,2}[A-Z][A-Za-z'.-]+), $"
)


def unknown_american_towns(doc: Doc, places: list[Choice], us: int) -> list[Choice]:
    """ "NOVI, Michigan - ...", "a plant in Novi, Michigan": a town the gazetteer lacks, then
    an American state, is one mention of a town in the United States (at the country's point,
    with the namesake's low score), not a mention of the state alone."""
    gplaces = doc.gaz.places
    text = doc.text
    out = list(places)
    for i, c in enumerate(places):
        p = gplaces[c.place]
        if p.country != "US" or p.level != "admin1" or c.level is not None:
            continue
        if c.start < 3 or text[c.start - 2 : c.start] != ", ":
            continue
        if i > 0 and places[i - 1].end >= c.start - 40:
            if _TOWN_BEFORE_STATE.search(text, places[i - 1].end, c.start) is None:
                continue  # a place of its own stands before: a list, or its own mention
        m = _TOWN_BEFORE_STATE.search(text, max(0, c.start - 40), c.start)
        if m is None:
            continue
        town = m.group(1)
        at_line = m.group(0)[:1] in ("", "\n") or m.start() == 0
        if at_line and not town.isupper():
            continue  # a sentence's first words, not a dateline
        why = f"American town: {text[c.start : c.end]}"
        out[i] = new_tuple(Choice, (m.start(1), c.end, us, _SCORE, why, "city", False))
    return out


def far_state(doc: Doc, state: str, country: str | None, level: str) -> tuple[int, str] | None:
    """The country's place and code when "<name>, <state>" names a town in the United
    States, Canada or Australia (a state or province after a town's name), else None."""
    code = "US" if _american(state, country, level) else _STATES_ELSEWHERE.get(state)
    if code is None or code == country or level not in ("city", "country", "admin1"):
        return None
    there = doc.gaz.country_place.get(code)
    return None if there is None else (there, code)


def _american(state: str, country: str | None, level: str) -> bool:
    """Whether "<name>, <state>" names a town in the United States: ``state`` is one of its
    states and the name before it is a town (or a state's name used as one) elsewhere.
    "Georgia" is a state of both the United States and the Caucasus: after a Georgian town
    ("Batumi, Georgia") it is the country, after any other town ("Athens, Georgia") the
    American state."""
    if country == "US" or level not in ("city", "country", "admin1"):
        return False
    if state == "Georgia":
        return country != "GE"
    return state in _US_STATES
