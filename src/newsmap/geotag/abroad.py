"""A region town's namesake abroad, when the text itself says the town is abroad.

Many small towns of the six share their name with a town across a border or further away:
Kula and Dimitrovgrad in Bulgaria, Bar in Ukraine, Brod and Požega in Croatia.  The gazetteer
holds only the bigger foreign towns, so the namesake has no candidate of its own and the name
goes to the region town, with a region code, in a story that is about another country.  The
press says which one it means in a few fixed shapes, and those are read here:

- "Dimitrovgrad, Bulgaria," (the town, then its state after a comma);
- "Dimitrovgrad in southern Bulgaria" (the town "in" a state, maybe with a direction);
- "the village of Kosovo near Knin", "Scutari, on the Asian side of Istanbul" (the town
  "near", "outside" or a part of a foreign town: a smaller place than a state, so the
  words that tie them are stricter: no bare comma, which lists towns as often as it places
  them);
- "Bulgaria's Kula" (the state's possessive);
- "the Bulgarian town of Kula" (a state adjective before a settlement noun and "of");
- "Belgrade, Montana", "Macedonia, Ohio", "BELGRADE, Mont." (a town or a state's name, then
  an American state: the way English names a town in the United States), the state a mention
  of its own;
- "Albania, a municipality of 28,000 people" (a state's name apposed as a town: a town of
  the state abroad the story names most).

The mention then becomes a ``city`` of that state, at the state's point and with a lower score
(the town itself is unknown), and the later mentions of the same name in the document follow
it: a story that once says "Kula in Bulgaria" means that Kula when it says "Kula" again,
unless it named the region's Kula before (a dateline, the twin towns of one name).  A
state among the six never moves a name here: choosing between the region's own namesakes is
the candidate rules' work.
"""

from __future__ import annotations

import re

from newsmap.geotag.another_town import another_abroad, may_say_another, the_other
from newsmap.geotag.choice import START_OF, Choice, new_tuple
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import DemonymWord
from newsmap.geotag.far_states import (
    US_STATE_AFTER,
    US_STATE_SHORT,
    american_georgia,
    apposed,
    far_state,
    story_state_abroad,
    unit_named,
    unknown_american_towns,
)
from newsmap.geotag.filed_namesakes import filed_namesakes
from newsmap.geotag.sites import anchored
from newsmap.geotag.twins import twins
from newsmap.geotag.units_abroad import POSSESSIVE, foreign_state, state_names_abroad
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)
#: Score of a namesake abroad: placed at its state's point, not at a town of its own.
ABROAD_SCORE = 0.45
#: What may stand between a town and its state: ", " or " in " with a direction or
#: "neighbouring" ("Kula in north-western Bulgaria").
_BETWEEN = re.compile(
    r"(?:, |,? in (?:(?:the )?(?:far |neighbouring |neighboring )?"
    r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)? |neighbouring |neighboring )?)"
)
#: What may stand between a town and a foreign town it lies in or by: "near",
#: "outside", "in", a part of it (", a suburb of"), a side of it (", on the Asian side of").
_BY_A_PLACE = re.compile(
    r",? (?:near|outside|in|close to) (?:the )?(?:(?:north|south|east|west|central"
    r"|north-?east|north-?west|south-?east|south-?west)(?:ern)? )?"
    r"| (?:district|suburb|quarter|neighbourhood|neighborhood|municipality|area) (?:of|in) "
    r"|, (?:a|an|the) (?:\w+ )?(?:district|suburb|quarter|neighbourhood|neighborhood|town"
    r"|village|part) (?:of|in|near|outside|on the [\w-]+ (?:side|bank|shore|coast) of) "
    r"|, on the [\w-]+ (?:side|bank|shore|coast) of "
)
#: What stands between a foreign town and a part of it named after it ("the Istanbul
#: district of Tuzla", "the Arcadian village of" is ``_adjective_before``'s).
_PART_OF = re.compile(
    r" (?:district|suburb|quarter|neighbourhood|neighborhood|municipality|town|village|"
    r"province|county|region) of "
)
#: Settlement nouns after a state adjective ("the Bulgarian town of Kula").
_SETTLEMENT_OF = re.compile(
    r"(?:town|towns|village|villages|city|port|resort|municipality|hamlet|spa) of $"
)
#: How a text before a match of ``_SETTLEMENT_OF`` ends (``$`` also matches before a final line
#: break): a name after anything else is spared the search, tried at most characters of its
#: window (its nouns open with the commonest letters).
_OF_ENDS = ("of ", "of \n")


def namesakes_abroad(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` with each region town that the text puts abroad moved to that state."""
    gaz = doc.gaz
    gplaces = gaz.places
    # (region place, name as written) -> (state's place, state): a name moves again, not
    # another name of the same place ("North Macedonia" after "Macedonia, Ohio")
    moved: dict[tuple[int, str], tuple[int, str]] = {}
    stayed: set[tuple[int, str]] = set()
    out = list(places)
    us = gaz.country_place.get("US")
    swallowed: list[tuple[int, int]] = []
    units: list[Choice] = []
    dropped: list[int] = []
    another = may_say_another(doc.text)
    for i, c in enumerate(places):
        p = gplaces[c.place]
        key = (c.place, doc.text[c.start : c.end].casefold())
        if p.level == "country" and doc.text.endswith(_LITTLE, 0, c.start):
            # "Little Bosnia" in St. Louis: a quarter abroad named after the state
            quarter = _quarter(doc, places, i)
            if quarter is not None:
                out[i] = quarter
            else:
                dropped.append(i)
            continue
        m = None
        if us is not None and doc.text.startswith(", ", c.end):
            m = US_STATE_AFTER.match(doc.text, c.end)
        far = far_state(doc, m.group(1), p.country, p.level) if m is not None else None
        if far is not None and m is not None and m.group(1) in US_STATE_SHORT:
            if not doc.text.startswith(".", m.end(1)):
                far = None  # a short form is written with its full stop ("Mont.", not "La")
        if m is not None and far is not None:
            state_place, code = far
            kind = "American namesake" if code == "US" else "namesake abroad"
            why = f"{kind}: {m.group(1)}"
            unit = unit_named(doc, m.start(1), m.end(1), code, state_place)
            end = m.end(1) if unit is None else c.end
            fields = (c.start, end, state_place, ABROAD_SCORE, why, "city", False)
            out[i] = new_tuple(Choice, fields)
            swallowed.append((c.end, m.end(1)))
            if unit is not None:  # "Athens" and "Georgia": two mentions, both abroad
                units.append(unit)
            if key not in stayed:
                moved.setdefault(key, (state_place, code))  # "Ada" again is that Ada
            continue
        if c.level is not None:
            continue
        if p.country not in _REGION and key in moved and not _home_beside(doc, places, i):
            # "ATHENS, Georgia - ... He will live in Athens": the town named before (not
            # "the other Athens, in Greece")
            there, code = moved[key]
            why = f"namesake abroad, as named before in {code}"
            out[i] = new_tuple(Choice, (c.start, c.end, there, ABROAD_SCORE, why, "city", False))
            continue
        if p.country not in _REGION or p.level not in ("city", "country"):
            continue
        if (
            p.level != "city"
            and not _introduced(doc, c.start)
            and not apposed(doc, c.end)
            and not _as_a_town(doc, places, i)
        ):
            # a state's name moves only after the text made it a town abroad
            if key in moved and key not in stayed:
                there, code = moved[key]
                why = f"namesake abroad, as named before in {code}"
                out[i] = new_tuple(
                    Choice, (c.start, c.end, there, ABROAD_SCORE, why, "city", False)
                )
            else:
                stayed.add(key)
            continue
        state = (
            _state_beside(doc, places, i)
            or _adjective_before(doc, c.start)
            or _foreign_place_beside(doc, places, i)
            or (another_abroad(doc, places, i) if another else None)
        )
        if state is None and p.level == "country" and apposed(doc, c.end):
            # "Albania, a municipality of 28,000 people": no state is a town, so the town is
            # abroad, where its sentence or the story puts it; no place abroad, no mention
            state = story_state_abroad(doc, places, i)
            if state is None:
                dropped.append(i)
                continue
        if state is not None:
            target = gaz.country_place.get(state)
            if target is None:
                continue
            moved[key] = (target, state)
            why = f"namesake abroad: the text puts it in {state}"
        elif (
            key in moved
            and (key not in stayed or the_other(doc.text, c.start))
            and not _home_beside(doc, places, i)
        ):
            # "the other Dimitrovgrad" in a story at home: the namesake it placed abroad
            target, state = moved[key]
            why = f"namesake abroad, as named before in {state}"
        else:
            stayed.add(key)  # named at home first: only a qualified mention moves
            continue
        out[i] = new_tuple(Choice, (c.start, c.end, target, ABROAD_SCORE, why, "city", False))
    if dropped:
        out = [c for k, c in enumerate(out) if k not in dropped]
    if swallowed:
        # the state's name is inside the town's mention now ("Georgia" of "Athens, Georgia")
        out = [c for c in out if not any(a <= c.start < b for a, b in swallowed)]
        if units:
            out = sorted(out + units, key=START_OF)
            if any(doc.text.startswith("G", u.start) for u in units):
                out = american_georgia(doc, out, units)
    if us is not None:
        out = unknown_american_towns(doc, out, us)
    return twins(doc, state_names_abroad(doc, filed_namesakes(doc, places, out)))


#: What makes a state's name a quarter's abroad: "Little Bosnia", "Little Italy".
_LITTLE = ("Little ", "little ")


def _quarter(doc: Doc, places: list[Choice], i: int) -> Choice | None:
    """ "Little Bosnia": a site in the town the text places it in (the town after "in", else
    its sentence's, else the last town named before); no mention when no town says where (not
    the state's: the quarter is abroad)."""
    c = places[i]
    start = c.start - len(_LITTLE[0])
    others = places[:i] + places[i + 1 :]
    site = anchored(doc, others, start, c.end, "site", ABROAD_SCORE, "quarter named after a state")
    return site


def _state_beside(doc: Doc, places: list[Choice], i: int) -> str | None:
    """The state outside the six named right after the town ("Bar, Ukraine", "Kula in
    Bulgaria") or as its possessive right before it ("Bulgaria's Kula")."""
    gplaces = doc.gaz.places
    text = doc.text
    c = places[i]
    if i + 1 < len(places):
        n = places[i + 1]
        state = foreign_state(gplaces[n.place].level, gplaces[n.place].country, n.level)
        gap = text[c.end : n.start]
        if state is not None and len(gap) <= 40 and _BETWEEN.fullmatch(gap) is not None:
            if gap != ", " or not _in_a_list(text, c.start, n.end):
                return state
    if i > 0:
        b = places[i - 1]
        state = foreign_state(gplaces[b.place].level, gplaces[b.place].country, b.level)
        if state is not None and text[b.end : c.start] in POSSESSIVE:
            return state
    return None


#: The states that border the six, whose names follow a region state's in lists.
_BORDERING = frozenset(("HR", "SI", "HU", "RO", "BG", "GR", "IT", "AT"))
#: Words before a state's name that make it one place of several of that name: "an Albania
#: in Colombia", "another Montenegro".
_ONE_OF = frozenset(("a", "an", "another", "An", "Another"))


def _as_a_town(doc: Doc, places: list[Choice], i: int) -> bool:
    """Whether the text writes a state's name as a town's: after an article ("an Albania in
    Colombia"), or with a state abroad after it that closes the phrase ("Farmers in
    Montenegro, Colombia, grow coffee"; not a list: "Albania, Colombia and Peru")."""
    c = places[i]
    text = doc.text
    end = c[1]
    # what follows the name first, a character at a time (the word before takes a scan)
    follows = text[end : end + 1]
    if follows != " " and follows != ",":
        return False
    if follows == " " and text[end + 1 : end + 4] == "in ":
        # "an Albania in Colombia" ("a Kosovo court" is the state's); English articles only:
        # "a" is a conjunction in local text
        return _after_an_article(doc, c.start) and not doc.local
    if i + 1 >= len(places) or follows != ",":
        return False
    n = places[i + 1]
    if n[0] != end + 2 or text[end + 1 : end + 2] != " ":
        return False
    gp = doc.gaz.places[n.place]
    if foreign_state(gp.level, gp.country, n.level) is None:
        return False
    if gp.level != "country" or gp.country in _BORDERING or _in_a_list(text, c.start, n.end):
        return False  # "from Bosnia, Croatia": neighbours are listed more often than not
    # a third name after the state's comma lists states ("Albania, Colombia, Peru")
    if i + 2 < len(places) and places[i + 2].start == n.end + 2:
        return False
    return not _after_an_article(doc, c.start) and not doc.local


def _after_an_article(doc: Doc, start: int) -> bool:
    """Whether an article that makes a name one place of several stands right before it."""
    prev, gap = doc.prev_word(start)
    return gap == " " and prev in _ONE_OF


def _home_beside(doc: Doc, places: list[Choice], i: int) -> bool:
    """Whether the town's own region state, or a unit of it, follows it ("the much larger
    Novi Pazar in Serbia", "the larger Kula in Vojvodina"): the text names the home town,
    whatever namesake it named before."""
    if i + 1 >= len(places):
        return False
    c, n = places[i], places[i + 1]
    p, q = doc.gaz.places[c.place], doc.gaz.places[n.place]
    if q.level not in ("country", "admin1") or q.country != p.country or n.level is not None:
        return False
    gap = doc.text[c.end : n.start]
    return len(gap) <= 40 and _BETWEEN.fullmatch(gap) is not None


def _foreign_place_beside(doc: Doc, places: list[Choice], i: int) -> str | None:
    """The country of a foreign town the text puts the town in or by ("Kosovo near Knin",
    "Scutari, on the Asian side of Istanbul", "the Istanbul district of Tuzla").

    A foreign state is ``_state_beside``'s; this reads the smaller places, which the gazetteer
    knows far better than the foreign namesakes themselves.
    """
    c = places[i]
    if c.place in doc.gaz.capitals:
        return None  # "Sarajevo in Madrid" is a street's or a film's name, not a namesake
    if i > 0 and _PART_OF.fullmatch(doc.text, places[i - 1].end, c.start):
        country = _foreign_town(doc, places[i - 1])  # "the Istanbul district of Tuzla"
        if country is not None:
            return country
    if i > 0 and doc.text[places[i - 1].end : c.start] in POSSESSIVE:
        # "Istanbul's Tuzla": a foreign town's part; a capital's possessive is its government
        # as often ("Moscow's Belgrade ally"), and a region capital is no town's part
        b = places[i - 1]
        country = _foreign_town(doc, b)
        if country is not None and b.place not in doc.gaz.capitals:
            return country
    if i + 1 >= len(places) or places[i + 1].start - c.end > 60:
        return None  # ", the shipbuilding district on the Asian side of ": 49 characters
    n = places[i + 1]
    country = _foreign_town(doc, n)
    if country is not None and _BY_A_PLACE.fullmatch(doc.text, c.end, n.start):
        if _listed_alike(doc, c.start, doc.text[c.end : n.start]):
            return None  # "in Prizren, in Stuttgart, in Zurich": a list of places, each its own
        return country
    return None


def _listed_alike(doc: Doc, start: int, between: str) -> bool:
    """Whether the words between two places repeat, after a comma, the preposition before the
    first ("in Prizren, in Stuttgart"): a list, not one place in the other."""
    if not between.startswith(", "):
        return False
    prev, gap = doc.prev_word(start)
    return gap == " " and between == f", {prev} "  # not "in X, in the southern Y Province"


def _foreign_town(doc: Doc, c: Choice) -> str | None:
    """The country of a decided town outside the six, else None.

    Towns only: a unit's name is shared across borders more often than a town's ("western
    Macedonia" is Greek and North Macedonian), and one read the wrong way would carry a
    region town abroad with it.
    """
    place = doc.gaz.places[c.place]
    if c.level is not None or place.country is None or place.country in _REGION:
        return None
    return place.country if place.level == "city" else None


def _introduced(doc: Doc, start: int) -> bool:
    """Whether a settlement noun and "of" stand right before ``start`` ("the village of
    Kosovo"): the name is a town's, even when a state shares it."""
    text = doc.text
    if not text.endswith(_OF_ENDS, 0, start):
        return False  # most names: told without the search
    return _SETTLEMENT_OF.search(text, max(0, start - 20), start) is not None


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Whether "Town, State" is part of a list of names ("Niš, Bulgaria and Greece",
    "Skopje, Sofia, Athens"): a comma right before the town or "and" right after the state
    ("Dimitrovgrad, Bulgaria, and Pirot" closes the apposition with a comma)."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 6]
    return before == ", " or after.startswith((" and ", " or "))


def _adjective_before(doc: Doc, start: int) -> str | None:
    """The state of an adjective outside the six before "town of", "village of" ("the
    Bulgarian town of Kula")."""
    text = doc.text
    if not text.endswith(_OF_ENDS, 0, start):
        return None
    window = text[max(0, start - 40) : start]
    m = _SETTLEMENT_OF.search(window)
    if m is None:
        return None
    adj_end = max(0, start - 40) + m.start() - 1
    for hit in doc.by_end.get(adj_end, ()):
        word = doc.gaz.demonyms.get(hit.key)
        if isinstance(word, DemonymWord) and word.country not in _REGION:
            return word.country
    return None
