"""Towns abroad told by what the text writes after them: a state or province after a comma,
the English way, or an apposition saying the name is a town's.

"Belgrade, Montana", "Macedonia, Ohio", "Athens, Georgia", "Kula, Victoria": American,
Canadian and Australian towns are named with their state or province after them, and many were
named by settlers after a town of the six or of Europe.  Read so, the town is a mention of the
town abroad (at its country's point, with the namesake's low score: the gazetteer does not
know it), and the state is a mention of its own (the press names two places there); the news
agencies' short forms ("BELGRADE, Mont.") are read the same way.  A town the gazetteer
lacks before such a state ("NOVI, Michigan", "a plant in Novi, Michigan") is the same kind of
mention: left alone, only the state would be found.  An apposition makes a state's name a
town's ("Albania, a municipality of 28,000 people"): no state is a town, so the town is abroad.
``abroad.namesakes_abroad`` calls these.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import START_OF, Choice, new_tuple
from newsmap.geotag.context import Doc
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)
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
#: The news agencies' short forms of the states after a town ("BELGRADE, Mont."), each
#: written with its full stop; the short forms that are common words (Ind., Ore., Wash.,
#: Miss., Mass.) or names (Del., Ga.) read the same way, only ever after "Town, ".
US_STATE_SHORT = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss
    Mo Mont Neb Nebr Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo N.H N.J N.M N.Y N.C N.D R.I
    S.C S.D W.Va""".split()
)
US_STATE_AFTER = re.compile(
    r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?|[NRSW]\.(?:[A-Z]|Va)(?=\.))(?=[,.;:)!?]|\s|$)"
)


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
    towns: list[Choice] = []
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
        # the town and its state are two mentions ("NOVI" and "Michigan")
        towns.append(new_tuple(Choice, (m.start(1), m.end(1), us, _SCORE, why, "city", False)))
    if towns:
        out = sorted(out + towns, key=START_OF)
    return out


def is_state_name(name: str) -> bool:
    """Whether ``name`` is the full name of an American or Australian state or a Canadian
    province (not a short form)."""
    return name in _US_STATES or name == "Georgia" or name in _STATES_ELSEWHERE


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
    return state in _US_STATES or state in US_STATE_SHORT


def unit_named(doc: Doc, start: int, end: int, country: str, state: int) -> Choice | None:
    """The state or province after a town abroad ("Maine" of "Belgrade, Maine") as a mention
    of its own: the press names two places there, the town and the state it lies in.  A
    state the gazetteer lacks under that name ("Georgia", the Caucasus state's name too) or a
    short form with its full stop ("Ga.") is a unit at its country's point."""
    gplaces = doc.gaz.places
    name = doc.text[start:end]
    why = f"state of a town abroad ({country})"
    fallback = None
    if is_state_name(name):
        fallback = new_tuple(Choice, (start, end, state, 0.6, why, "admin1", False))
    elif name in US_STATE_SHORT and doc.text.startswith(".", end):
        fallback = new_tuple(Choice, (start, end + 1, state, 0.6, why, "admin1", False))
    for h in doc.by_start.get(start, ()):
        if h.end != end:
            continue
        for cand in h.value:
            place = getattr(cand, "place", None)
            if place is None:
                continue
            p = gplaces[place]
            if p.country == country and p.level == "admin1":
                return new_tuple(Choice, (start, end, place, 1.0, why, None, False))
    return fallback


#: An apposition saying what kind of place a name is: ", a town", ", a farming community",
#: ", a county seat" ("In Montenegro, the hamlet of Vusanje" names another place: no "the",
#: and no capital after a settlement noun's "of").
_APPOSITION = re.compile(
    r", (?:a|an) (?:[\w-]+ ){0,3}?(?:(?:town|city|village|community|municipality|port|resort"
    r"|borough|township|hamlet|settlement|county seat)(?! of [A-Z])|suburb|district)\b"
)


def apposed(doc: Doc, end: int) -> bool:
    """Whether an apposition makes the name before ``end`` a town ("Macedonia, a suburb of
    Cleveland"), even when a state shares the name."""
    return doc.text.startswith(", ", end) and _APPOSITION.match(doc.text, end) is not None


def american_georgia(doc: Doc, places: list[Choice], units: list[Choice]) -> list[Choice]:
    """ "Georgia" alone in a story that wrote it after a town as the American state ("ATHENS,
    Ga.", "Athens, Georgia"): the state, as the story read it, unless the story names a town
    of the Caucasus state as well ("students from Tbilisi ... the other Georgia")."""
    gplaces = doc.gaz.places
    ge = doc.gaz.country_place.get("GE")
    us_state = next((u for u in units if gplaces[u.place].country == "US"), None)
    if ge is None or us_state is None:
        return places
    if any(gplaces[c.place].country == "GE" and gplaces[c.place].level == "city" for c in places):
        return places
    out = places
    for k, c in enumerate(places):
        if c.place == ge and c.level is None and doc.text.startswith("Georgia", c.start):
            if out is places:
                out = list(places)
            why = "the American state, as the story reads it"
            out[k] = new_tuple(Choice, (c.start, c.end, us_state.place, 0.6, why, "admin1", False))
    return out


def story_state_abroad(doc: Doc, places: list[Choice], i: int) -> str | None:
    """Where a state's name apposed as a town lies: the state of the first place outside the
    six that the apposition's sentence names after it ("Kosovo, a village in the hills south
    of Plovdiv in Bulgaria"), else the state outside the six the story's places name most."""
    c = places[i]
    gplaces = doc.gaz.places
    s_end = doc.sentence_bounds(c.start)[1]
    for n in places[i + 1 :]:
        if n.start >= s_end or n.start - c.end > 80:
            break
        country = gplaces[n.place].country
        if n.level is None and country is not None and country not in _REGION:
            return country
    counts: dict[str, int] = {}
    for b in places:
        country = gplaces[b.place].country
        if b.level is None and country is not None and country not in _REGION:
            counts[country] = counts.get(country, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None
