"""Rivers by their short names and case forms, and a shared river in its sentence's country.

"Una je izašla iz korita kod Bihaća", "most na Limu", "vodostaj Drine": a river's one-word
name that also means other things ("Lim", "Una") and every river's case forms count only in a
sentence that speaks of a river (a word for river, its bed, banks, level, flood or mouth), and
then outweigh a far-away namesake ("Lima").  A river that runs through several countries takes
the one its sentence names: "the Drina near Višegrad" is Bosnia's stretch, "the Drina near
Loznica" Serbia's, whatever country the rest of the article is about.
"""

from __future__ import annotations

import re

from newsmap.geotag import words
from newsmap.geotag.choice import Choice, new_tuple
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.home import home_country
from newsmap.geotag.sentence_country import context_country
from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)

#: Words that say a sentence is about a river (folded): river, bed, bank, level, flood, mouth,
#: canyon, tributary, in English and the region's languages.
RIVER_WORDS = frozenset(
    "river rivers riverbank riverbed banks bank flood floods flooded flooding upstream "
    "downstream tributary canyon rafting stream confluence bridge bridges rapids waterfall "
    "reka reke reci reku rekom rekama rijeka rijeke rijeci rijeku rijekom rijekama reki reko "
    "rekata rekite korito korita koritu obala obale obali obalu obalama vodostaj vodostaja "
    "lumi lumit lumin lumë lume lumenj lumenjve brigjet "
    # a bridge in its case forms ("na mostu preko Save", "mostove čez Donavo", "мостот на
    # Вардар"); the bare "most" is an English word
    "mostu mosta mostom mostovi mostove mostova mostovima mostot".split()
)
#: How words of flooding and overflowing begin (folded): poplava, izlila, nabujala, nadošla,
#: ušće, kanjon, pritoka, splav, përmbytje.
RIVER_PREFIXES = (
    "poplav",
    "izlil",
    "izlio",
    "izlij",
    "nabuj",
    "nados",
    "usc",
    "kanjon",
    "pritok",
    "splav",
    "permbyt",
    "vodostaj",
)


def river_cue(doc: Doc, pos: int) -> bool:
    """Whether the sentence around ``pos`` speaks of a river."""
    start, end = doc.sentence_bounds(pos)
    words = doc.fold(doc.text[start:end]).split()
    for k, word in enumerate(words):
        if word in RIVER_WORDS or word.startswith(RIVER_PREFIXES):
            return True
        if word == "most" and words[k + 1 : k + 2] in (["na"], ["preko"]) and doc.local:
            return True  # a bridge on or over a river in local text ("most na Savi")
    return False


#: Words, folded, that put a river right after them in the region's languages: along, beside
#: (BCMS, Macedonian, Slovenian "ob"), in the arms of ("u rukavcima Dunava"), along ("uz
#: Nišavu", "уз Требишњицу") and Slovenian across ("čez Kolpo"), read only for a river's own
#: case form.  Not "preko" or "na", which name roads, crossings and towns as often, nor
#: "strane" ("s druge strane Drine" and "strane Srbije" alike).
_RIVER_BEFORE = frozenset(("duz", "pored", "ob", "rukavcima", "rukavcu", "rukavcih", "uz", "cez"))


def river_before(doc: Doc, pos: int) -> bool:
    """Whether the word right before ``pos`` puts a river there ("duž Dunava", "pored Lima",
    "v parku ob Uni"); not within a town's name ("Čatež ob Savi", ``in_town_name``)."""
    prev, gap = doc.prev_word(pos)
    if gap != " " or doc.fold(prev).lower() not in _RIVER_BEFORE:
        return False
    return not in_town_name(doc, pos)


def in_town_name(doc: Doc, pos: int) -> bool:
    """Whether the river at ``pos`` ends a town's name, "X ob River" ("v Ljubnem ob Savinji",
    "Čatež ob Savi", "Radlje ob Dravi"): a capitalised word before "ob", which opens no
    sentence."""
    prev, gap = doc.prev_word(pos)
    if gap != " " or prev not in ("ob", "Ob"):
        return False
    start = pos - len(prev) - 1
    before, gap = doc.prev_word(start)
    return gap == " " and before[:1].isupper() and not doc.sentence_initial(start - len(before) - 1)


def sentence_names(doc: Doc, pos: int, country: str) -> bool:
    """Whether another name in the sentence around ``pos`` is a real name of a town, unit or
    country in ``country`` (what places a shared river when the article names no more)."""
    start, end = doc.sentence_bounds(pos)
    places = doc.gaz.places
    for hit in doc.hits:
        if hit.start == pos or not start <= hit.start < end:
            continue
        for cand in hit.value:
            if (
                isinstance(cand, Candidate)
                and cand.kind != "alternate"
                and not cand.needs
                and places[cand.place].country == country
                and places[cand.place].level in ("city", "admin1", "country")
            ):
                return True
    return False


def _sentence_place(doc: Doc, river: Choice, others: list[Choice]) -> Choice | None:
    """The place closest to the river in its sentence, by the characters between them
    ("Mali Zvornik, on the Drina border with Bosnia" is Serbia's; "most na Limu u Bijelom
    Polju" Montenegro's); a place before the river wins a tie.  A dateline is not in the
    sentence: "SARAJEVO - The Sava rose in Zagreb" is about the Sava in Croatia."""
    start, end = doc.sentence_bounds(river.start)
    places = doc.gaz.places
    text = doc.text
    best: tuple[bool, int, Choice] | None = None
    for c in others:
        if c.level is not None or places[c.place].country is None or not start <= c.start < end:
            continue
        if dateline(text, c.start, c.end) or _far_side(doc, river, c):
            continue
        gap = river.start - c.end if c.end <= river.start else c.start - river.end
        # a place read only by an alternate name ("Горица", a village of Albania's by
        # another spelling) places the water after any place read by its own name
        key = ("alternate name" in c.reason, gap)
        if gap >= 0 and (best is None or key < best[:2]):
            best = (key[0], gap, c)
    return best[2] if best is not None else None


#: Words before a state across a border from the story ("the border with Bosnia").
_BORDER_WITH = (
    " border with ",
    " frontier with ",
    " boundary with ",
    " share with ",
    " shares with ",
    " shared with ",
)


def across_border(text: str, start: int) -> bool:
    """Whether the place at ``start`` is the far side of a border ("the Drina, which forms the
    border with Bosnia", "Lake Prespa, which both share with Greece"): a border water runs on
    the near side of the story, not that one's."""
    return text.endswith(_BORDER_WITH, 0, start)


#: How a sentence opens that looks across a river ("Across the Una, the Croatian town of ...").
_ACROSS = ("Across the ", "across the ", "On the other side of the ")


def _far_side(doc: Doc, water: Choice, c: Choice) -> bool:
    """Whether ``c`` is named as the far side of the water: after "the border with", or after
    the water in a sentence that opens by looking across it ("Across the Sava, officials from
    Gunja on the Croatian side joined"): the stretch is the story's own side."""
    text = doc.text
    if across_border(text, c.start):
        return True
    if c.start < water.end or not text.endswith(_ACROSS, 0, water.start):
        return False
    start, end = doc.sentence_bounds(water.start)
    opening = text[start : water.start].strip()
    return opening in {a.strip() for a in _ACROSS} and c.start < end


def _beyond(doc: Doc, water: Choice, others: list[Choice]) -> str | None:
    """The state or town named on the far side of the water in its sentence ("the border with
    Bosnia", "Across the Una, the Croatian town of Dvor")."""
    start, end = doc.sentence_bounds(water.start)
    for c in others:
        if start <= c.start < end and c.level is None and _far_side(doc, water, c):
            return doc.gaz.places[c.place].country
    return None


def _both_shores(doc: Doc, water: Choice, others: list[Choice], group: dict[str, int]) -> bool:
    """Whether a lake's sentence names two of the states on its shores and only states."""
    if not doc.gaz.places[water.place].name.startswith(_STILL_WATERS):
        return False
    start, end = doc.sentence_bounds(water.start)
    gaz_places = doc.gaz.places
    named = [
        c
        for c in others
        if start <= c.start < end and c.level is None and not dateline(doc.text, c.start, c.end)
    ]
    if not named or any(gaz_places[c.place].level != "country" for c in named):
        return False
    return len({gaz_places[c.place].country for c in named} & group.keys()) >= 2


def _earlier_in_paragraph(text: str, water: Choice, others: list[Choice]) -> bool:
    """Whether a place before the water stands in its paragraph: a new paragraph's lake ("A
    few kilometres east lies Lake Prespa") is not placed by the last town of the one before."""
    before = [c for c in others if c.end <= water.start and c.level is None]
    return bool(before) and before[-1].start > text.rfind("\n", 0, water.start)


def _sentence_names(doc: Doc, water: Choice, others: list[Choice], country: str) -> bool:
    """Whether the water's sentence names a place of ``country`` ("Општините Струга и
    Поградец ... Охридското Езеро": both shores, so the Macedonian press's own shore)."""
    start, end = doc.sentence_bounds(water.start)
    places = doc.gaz.places
    return any(
        start <= c.start < end and c.level is None and places[c.place].country == country
        for c in others
    )


#: Between a river and the state its stretch is in: "the Danube delta in Romania", "the Drava
#: in Hungary" (at most one lower-case word, a part of the river, before "in").
_IN_STATE = re.compile(r"(?: [a-z]+)? in (?:the )?")


def _in_state(text: str, river: Choice, state: Choice) -> bool:
    """Whether the text puts the river's stretch in ``state`` right after its name ("the
    Danube delta in Romania"): a state named elsewhere in its sentence is where people come
    from as often ("tourists from Poland on Lake Ohrid")."""
    return state.start > river.end and _IN_STATE.fullmatch(text, river.end, state.start) is not None


def dateline(text: str, start: int, end: int) -> bool:
    """ "SARAJEVO - ...": an upper-case name opening a line, before a dash or a comma."""
    if not text[start:end].isupper() or not text.startswith((",", " -", " –", " —"), end):
        return False
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _filed_abroad(doc: Doc, places: list[Choice]) -> str | None:
    """The state outside the six of the town a story is filed from ("BUCHAREST (Wire) —"):
    a shared river named with that state in its sentence is the stretch the story is on."""
    if not places:
        return None
    first = places[0]
    country = doc.gaz.places[first.place].country
    if country is None or country in _REGION or first.level is not None:
        return None
    text = doc.text
    filed = dateline(text, first.start, first.end) or (
        text[first.start : first.end].isupper()
        and text.startswith(" (", first.end)
        and not text[text.rfind("\n", 0, first.start) + 1 : first.start].strip()
    )
    return country if filed else None


#: Lakes and bays lie wholly in the states they are listed for: a town abroad in their sentence
#: is no stretch of them ("the Bay of Kotor, where a ship held in Split since 1991 ...").
_STILL_WATERS = ("Lake ", "Bay of ")


#: What a state adjective names of a shared water right before it ("the Greek shore of").
_SHORES = frozenset(("shore", "side", "bank", "coast", "part", "stretch", "end"))


def _shore_of(doc: Doc, start: int) -> str | None:
    """The state whose shore, side or part the words right before a lake's name say ("on the
    Greek shore of Lake Prespa"); a river's bank is not its stretch ("the town on the Bosnian
    bank of the Sava" may be a story on the Croatian side), so rivers do not ask."""
    before = doc.text[max(0, start - 40) : start].split()
    if before[-1:] == ["the"]:
        before = before[:-1]
    if len(before) < 3 or before[-1] != "of" or before[-2] not in _SHORES:
        return None
    found = words.FOLDED_DEMONYMS.get(doc.fold(before[-3]))
    return found[0] if found is not None and found[1] in ("state", "both") else None


def in_their_sentences(doc: Doc, places: list[Choice]) -> list[Choice]:
    """Each shared river or lake moved to the country its sentence names, when it runs there."""
    siblings = doc.gaz.water_siblings
    waters = [i for i, c in enumerate(places) if c.place in siblings]
    if not waters:
        return places
    others = [c for c in places if c.place not in siblings]
    out = list(places)
    gaz_places = doc.gaz.places
    home: str | None = None
    for i in waters:
        c = places[i]
        group = siblings[c.place]
        shore = (
            _shore_of(doc, c.start) if gaz_places[c.place].name.startswith(_STILL_WATERS) else None
        )
        if shore is not None and shore in group:
            if group[shore] != c.place:
                reason = c.reason + f"; the {shore} shore named"
                fields = (c.start, c.end, group[shore], c.score, reason, c.level, c.metonymic)
                out[i] = new_tuple(Choice, fields)
            continue
        near = _sentence_place(doc, c, others)
        if near is not None and _both_shores(doc, c, others, group):
            continue  # "gave North Macedonia and Albania a year to curb building along Lake
            # Ohrid": the lake of both, where the rest of the story puts it
        country = gaz_places[near.place].country if near is not None else None
        if (
            near is not None
            and country != gaz_places[c.place].country
            and ("case form" in c.reason or not doc.text[c.start : c.end].isascii())
        ):
            if home is None:
                home = (home_country(doc.text) if doc.local else None) or ""
            if home in group and _sentence_names(doc, c, others, home):
                # both shores named ("Струга и Поградец ... Охридското Езеро"): the part of
                # the state whose press names it (a local spelling only: English's "Drina"
                # and "Lake Ohrid" cost no reading of the language)
                country = home
                near = None
        elif near is None:
            beyond = _beyond(doc, c, others)
            if beyond in group or _earlier_in_paragraph(doc.text, c, others):
                # "the Drina, where the river forms the border with Bosnia": the stretch on
                # the story's side, the state the text named before, never the one across
                kept = [o for o in others if not _far_side(doc, c, o)]
                country = context_country(doc, c.start, kept)
                if country == beyond:
                    country = None
        moved = group.get(country) if country is not None else None
        if (
            moved is None
            and near is not None
            and country not in _REGION
            and len(group) > 1  # a river of one state runs nowhere abroad
            and (
                gaz_places[near.place].level != "country"
                or _in_state(doc.text, c, near)
                or country == _filed_abroad(doc, others)
            )
            and not gaz_places[c.place].name.startswith(_STILL_WATERS)
        ):
            # "the Danube rose in Budapest", "the Sava in Zagreb": a shared river's stretch
            # outside the six and its listed neighbours is at the town its sentence names,
            # never at the region stretch the dateline or the article is about; a state it
            # does not run through is no stretch of it ("tourists from Poland on Lake Ohrid")
            moved = near.place
            reason = c.reason + f"; at the sentence's place, {country}"
            fields = (c.start, c.end, moved, c.score, reason, "site", c.metonymic)
            out[i] = new_tuple(Choice, fields)
            continue
        if moved is None or gaz_places[c.place].country == country:
            continue
        reason = c.reason + f"; the sentence's country, {country}"
        out[i] = new_tuple(Choice, (c.start, c.end, moved, c.score, reason, c.level, c.metonymic))
    return out
