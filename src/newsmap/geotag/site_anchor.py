"""Where a site stands: the place that anchors a site, street or unit the gazetteer lacks.

A site named in the text ("the Tušanj stadium", "Liberty Square", "the Morina border
crossing") takes the place that says where it is, in this order: a place inside its own name
("Skopje railway station"), unless a town after "in" puts it elsewhere ("Sarajevo Square in
Vienna"); a state's side of a border for a crossing; the story's own town for "in the old town"
and "in the capital"; the place after "in" or "near"; the nearest town of its sentence; the
nearest unit or state of its sentence; else the last town named before it.  Towns people come
from ("fans from Novi Sad") and capitals after the site that stand for their governments ("a
reform backed by Washington and Brussels") place nothing, nor does the state across a
border ("near the border with Albania").  Apart from ``sites`` so that each
stays a size one can read: ``sites`` finds the names, this module places them.
"""

from __future__ import annotations

import re

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.folding import fold_key
from newsmap.model import NEIGHBOUR_COUNTRIES, REGION_COUNTRIES

SITE_SCORE = 0.6
_REGION = frozenset(REGION_COUNTRIES)

__all__ = ["ABROAD_REASONS", "SITE_SCORE", "anchored", "filed_in", "near_place"]


def anchored(
    doc: Doc, places: list[Choice], start: int, end: int, level: str, score: float, why: str
) -> Choice | None:
    """The phrase as a mention at the place it stands in, or None when no place says where."""
    inside = [c for c in places if start <= c.start and c.end <= end and c.level is None]
    if inside:
        there = _town_after(doc, places, end)
        gplaces = doc.gaz.places
        if there is not None and gplaces[there.place].country != gplaces[inside[-1].place].country:
            # "Sarajevo Square in Vienna": named after one town, standing in another
            return Choice(start, end, there.place, score, f"{why}, in the town after it", level)
        named_after = _named_after_state(doc, places, inside[-1], start, end)
        if named_after is not None:
            # "the Arizona Market" of Brčko: named after a state abroad, standing in its story
            why = f"{why}, named after a state"
            return Choice(start, end, named_after.place, score, why, level)
        return Choice(start, end, inside[-1].place, score, f"{why} in a named place", level)
    crossing = _named_crossing(doc, start, end)
    if crossing is not None:
        # "the Qafë Thanë pass": named after a crossing's village, on that village's side
        return Choice(start, end, crossing, score, f"{why} at a named crossing", level)
    near = near_place(doc, places, start, end)
    if near is None:
        return None
    return Choice(start, end, near.place, score, f"{why}, placed by its context", level)


def _named_after_state(
    doc: Doc, places: list[Choice], inside: Choice, start: int, end: int
) -> Choice | None:
    """The region place of its sentence or paragraph that places a site named after a state or
    province far abroad ("traders at the Arizona Market near Brčko"), if any."""
    gplaces = doc.gaz.places
    named = gplaces[inside.place]
    if named.level not in ("admin1", "country") or named.country in _REGION_AND_NEIGHBOURS:
        return None
    outside = [c for c in places if not (start <= c.start and c.end <= end)]
    near = near_place(doc, outside, start, end)
    if near is None or gplaces[near.place].country not in _REGION:
        return None
    return near


_REGION_AND_NEIGHBOURS = _REGION | frozenset(NEIGHBOUR_COUNTRIES)


def known_unit(doc: Doc, noun_start: int, noun_end: int) -> Choice | None:
    """ "the Dukagjini region": the one unit the gazetteer knows by the capitalised words
    before a unit noun, by its own name or an alias (longest first), when no rule read the
    name alone (an alias the rules leave to a locative word still names it before "region")."""
    text = doc.text
    parts = text[max(0, noun_start - 60) : noun_start - 1].split(" ")[-3:]
    gplaces = doc.gaz.places
    for k in range(len(parts), 0, -1):
        name = " ".join(parts[-k:])
        if not all(w[:1].isupper() and w[-1:].isalpha() for w in parts[-k:]):
            continue
        found = {
            c.place
            for c in doc.gaz.matcher.lookup(fold_key(name)) or ()
            if isinstance(c, Candidate)
            and c.kind in ("name", "curated")
            and gplaces[c.place].level == "admin1"
        }
        if len(found) == 1:
            start = noun_start - 1 - len(name)
            return Choice(start, noun_end, found.pop(), SITE_SCORE, "unit by its noun", "admin1")
    return None


def _named_crossing(doc: Doc, start: int, end: int) -> int | None:
    """The crossing (``curated_crossings``) whose name opens the site's name, if any."""
    crossings = doc.gaz.crossings
    text = doc.text
    k = text.find(" ", start, end)
    while k > 0:
        found = crossings.get(fold_key(text[start:k]))
        if found is not None:
            return found.place
        k = text.find(" ", k + 1, end)
    return None


def _town_after(doc: Doc, places: list[Choice], end: int) -> Choice | None:
    """The town named right after a site with "in", "near" or "outside" ("... in Vienna")."""
    for c in places:
        if c.start >= end:
            if c.start - end > 12 or c.level is not None:
                return None
            if doc.gaz.places[c.place].level != "city":
                return None
            return c if _NEAR_WORDS.fullmatch(doc.text, end, c.start) else None
    return None


#: A state's side of a border in the sentence ("on the Serbian side", "the Croatian side of
#: the border"): a crossing named there is on that side.
_SIDE = re.compile(r"\b([A-Z][a-z]+) side\b")
_CROSSING_HEADS = ("crossing", "border crossing", "checkpoint", "border checkpoint", "border post")


def _side_of(doc: Doc, start: int, end: int) -> Choice | None:
    """The state whose side of the border the sentence of a crossing names, as a choice."""
    if not doc.text.endswith(_CROSSING_HEADS, start, end):
        return None
    s_start, s_end = doc.sentence_bounds(start)
    found = {
        dem[0]
        for m in _SIDE.finditer(doc.text, s_start, s_end)
        if (dem := words.FOLDED_DEMONYMS.get(doc.fold(m.group(1)))) and dem[1] in ("state", "both")
    }
    if len(found) != 1:
        return None  # "between the Serbian and the Hungarian side": no side says
    idx = doc.gaz.country_place.get(found.pop())
    return None if idx is None else Choice(start, end, idx, SITE_SCORE, "", None)


def near_place(doc: Doc, places: list[Choice], start: int, end: int) -> Choice | None:
    """The place after "near"/"in"; else the nearest town in the sentence, else the nearest
    unit or country in the sentence; else the last town of the sentences before it.

    The sentence's own places come before any earlier sentence's ("the Hofmann arena in
    western Germany" after a line about Sarajevo is German), and the last town before is
    taken wherever it lies: a site right after "flew to Brussels" is in Brussels, so a site
    abroad never takes the region code of a town named further back.  Where people come
    from places nothing ("fans from Novi Sad"); in local text ("Obitelj iz Mostara ... na
    Lapadu") only while another place says where, as "iz" also says where a thing stands
    there ("ribolovci u Parku prirode Vransko jezero iz Zadra" have no other town).
    """
    found = _near_place(doc, places, start, end, doc.local)
    if found is None and doc.local:
        found = _near_place(doc, places, start, end, False)
    return found


def _near_place(
    doc: Doc, places: list[Choice], start: int, end: int, local_from: bool
) -> Choice | None:
    side = _side_of(doc, start, end)
    if side is not None:
        return side
    if doc.text.startswith(_IN_THE_TOWN, end) and places:
        town = filed_in(doc, places[0])
        if town is not None:
            return town  # "Liberty Square in the old town": the town the report is filed in
    s_start, s_end = doc.sentence_bounds(start)
    gaz = doc.gaz
    after = [c for c in places if end <= c.start < s_end and c.level is None]
    if (
        after
        and _NEAR_PLACE.fullmatch(doc.text, end, after[0].start)
        and not doc.text.endswith(_BORDER_WITH, 0, after[0].start)
    ):
        return after[0]  # "near Tirana", not "in wet months, while Kosovo sends"
    # where people come from is not where the site stands ("fans from Novi Sad at Heldenplatz"),
    # nor is a capital after it that stands for its government ("... near Skanderbeg Square,
    # while critics said the reform backed by Washington and Brussels ...")
    text = doc.text
    places = [
        c
        for c in places
        if not (c.metonymic and c.start > end)
        and not _origin(text, c.start)
        and not (local_from and text.endswith(_LOCAL_FROM, 0, c.start))
        and not _compared(text, c.start)
        and not text.endswith(_BORDER_WITH, 0, c.start)
    ]
    # a town abroad of a region town's name stands as a town ("Belgrade, Maine"), in English
    abroad = _towns_abroad(doc, places)
    same = [
        c
        for c in places
        if s_start <= c.start < s_end and (c.level is None or abroad and c in abroad)
    ]
    towns = [c for c in same if c.level == "city" or gaz.places[c.place].level in ("city", "site")]
    if towns:
        return min(towns, key=lambda c: abs(c.start - start))
    if same:
        return min(same, key=lambda c: abs(c.start - start))
    before = [
        c
        for c in places
        if c.end <= s_start
        and (c.level is None and gaz.places[c.place].level == "city" or abroad and c in abroad)
    ]
    if before and s_start - before[-1].end < 600:
        last = before[-1]
        if gaz.places[last.place].country in _REGION and places and not _scene(doc, last):
            filed = _filed_abroad(doc, places)
            if filed is not None:
                # "ST. LOUIS - ... flooded in Doboj. Restaurants along Gravois Avenue gave":
                # a site no place of its sentence places is where the report is filed from
                return filed
        if places and last.end < doc.text.rfind("\n", 0, s_start):
            # "MOSTAR - ... Washington and Brussels.\n\n... close to the Old Bridge": a town of
            # an earlier paragraph places nothing in another state than the report's own town
            home = filed_in(doc, places[0])
            if (
                home is not None
                and gaz.places[home.place].country != gaz.places[last.place].country
            ):
                return home
        state = None if doc.local else _state_since(doc, places, last.end, s_start)
        if state is not None and gaz.places[state.place].country != gaz.places[last.place].country:
            return state
        return last
    return None


#: How a sentence opens that sets its scene in a town ("In Prishtina, ...", "Back in Tuzla, ").
_SCENE = re.compile(r"(?:Back in|Meanwhile in|In) $")


def _scene(doc: Doc, town: Choice) -> bool:
    """Whether the town sets the scene of its sentence ("In Prishtina, the trial remains
    divisive."): a site of the sentences after it stands there, not in a dateline abroad."""
    s_start = doc.sentence_bounds(town.start)[0]
    if not doc.text.startswith(",", town.end):
        return False
    return _SCENE.fullmatch(doc.text, s_start, town.start) is not None


def _state_since(doc: Doc, places: list[Choice], after: int, s_start: int) -> Choice | None:
    """The last of the six states named in the site's paragraph after the last town and before
    the site's sentence: "... voted in Chicago. Back in Serbia, her parents ... Her father worked
    on the Gazela Bridge" puts the bridge in Serbia.  A state abroad there is more often where
    visitors come from or the diaspora lives ("coming from Slovenia and the diaspora in
    Sweden") than where a site of the next sentence stands.  English only: local press names
    its own state less often, and then mostly as an actor."""
    para = doc.text.rfind("\n", 0, s_start) + 1
    gaz = doc.gaz
    states = [
        c
        for c in places
        if max(after, para) <= c.start < s_start
        and c.level is None
        and gaz.places[c.place].level == "country"
        and gaz.places[c.place].country in _REGION
    ]
    return states[-1] if states else None


def _filed_abroad(doc: Doc, places: list[Choice]) -> Choice | None:
    """The dateline's place outside the six, when the text opens with one: its town
    ("ST. LOUIS - ...") or the state after a town the gazetteer lacks ("RIOHACHA, Colombia")."""
    text = doc.text
    first = places[0]
    country = doc.gaz.places[first.place].country
    if first.level is not None or country is None or country in _REGION:
        return None
    if text[: first.start].strip():
        if doc.gaz.places[first.place].level != "country":
            return None
        head = text[: first.start]
        if "\n" in head.strip() or not head.endswith(", ") or not head[:-2].isupper():
            return None
        return first  # "RIOHACHA, Colombia —"
    return first if text[first.start : first.end].isupper() else None


def _towns_abroad(doc: Doc, places: list[Choice]) -> list[Choice]:
    """The towns abroad of a region town's name that an English text names (``abroad``'s
    namesakes): such a town places a site as any town does."""
    found = [c for c in places if c.level == "city" and c.reason.startswith(ABROAD_REASONS)]
    return found if found and not doc.local else []


#: How the reasons of ``abroad``'s namesakes begin.
ABROAD_REASONS = ("American namesake", "namesake abroad", "American town")


#: How a site is put in the story's own town without naming it ("in the capital").
_IN_THE_TOWN = (
    " in the capital",
    " in the old town",
    " in the city centre",
    " in the city center",
    " in the town centre",
    " in the centre of town",
)


def filed_in(doc: Doc, first: Choice) -> Choice | None:
    """The town of the dateline, when the text opens with one ("NOVI SAD - ...")."""
    text = doc.text
    if first.level is not None or doc.gaz.places[first.place].level != "city":
        return None
    if not text[first.start : first.end].isupper() or text[: first.start].strip():
        return None
    return first


_FROM = (" from ", " From ")
#: The same in the region's languages ("Obitelj iz Mostara ... na Lapadu", "gosti nga Tirana").
_LOCAL_FROM = (" iz ", " Iz ", " из ", " Из ", " од ", " Од ", " nga ", " Nga ")
#: A state after "the border with" is the other side: "the Monastery of St. Naum, near the
#: border with Albania" stands in the state the border is of, not in Albania.
_BORDER_WITH = (" border with ", " frontier with ", " boundary with ")
#: Words of sending before "to" ("money transfers to Tuzla", "goods shipped to Bar"); a
#: traveller's "to" is where the story goes next ("flew to Brussels" and a site there).
_SENT_TO = re.compile(
    r"\b(?:transfers|remittances|sent|shipped|exports|exported|deported|extradited) "
    r"(?:back )?to $"
)
#: Words before "from" that make it a distance, not an origin ("a few kilometres from").
_DISTANCE = ("kilometres", "kilometers", "km", "miles", "metres", "meters", "away", "far")


def _origin(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where someone comes from ("fans from Novi Sad"), not a
    distance's landmark ("a few kilometres from Višegrad"), or where goods are sent."""
    if text.endswith(" to ", 0, start) and _SENT_TO.search(text, max(0, start - 30), start):
        return True  # "money transfers to Tuzla": where goods go
    if not text.endswith(_FROM, 0, start):
        return False
    return not text[max(0, start - 20) : start - 6].rstrip().endswith(_DISTANCE)


#: Words before a town that make it the measure of a comparison, not where a site stands
#: ("busier than Belgrade", "a skyline like Dubai's"; "the largest bazaar outside Istanbul").
_THAN = (" than ", " like ")
#: What before "outside" makes it a comparison's ("the largest of its kind outside Istanbul").
_SUPERLATIVES = frozenset(
    (
        "largest biggest oldest best finest busiest longest tallest highest most only first second"
    ).split()
)


def _compared(text: str, start: int) -> bool:
    """Whether the town at ``start`` is what something is compared with."""
    if text.endswith(_THAN, 0, start):
        return True
    if not text.endswith(" outside ", 0, start):
        return False
    before = text[max(0, start - 70) : start - 9]
    return "of its kind" in before or not _SUPERLATIVES.isdisjoint(before.split())


_NEAR_WORDS = re.compile(r",? (?:near|in|outside|by|close to) ")
#: The words from a site's end to the place that says where it stands: "near", "in" and a few
#: lower-case words at most ("in central", "near the town of"), no comma: in "Koman Dam, in
#: wet months, while Kosovo sends ..." the "in" is of a time and Kosovo places nothing.
_NEAR_PLACE = re.compile(r",? (?:near|in|outside|by|close to) (?:[a-z]+ ){0,3}")
