"""What a local-language story is about, where the weights of its places do not say it alone.

``focus`` weighs each place of a story; in the region's own press some places weigh for the
wrong state: the market goods are sold in ("izvoz u Srbiju"), or, the other way round, the
places a first sentence names only as where its people come from ("Srbi iz Gračanice i Štrpca
blokirali su put"), which are where the story happens.  The fallbacks for a story whose places
reach no bar live here too.  Each rule reads the words of the region's languages around a
place ("iz", "u", "во", "në"), so an English story's reading never changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmap.geotag.actors import _SENTENCE_END
from newsmap.geotag.folding import fold
from newsmap.geotag.home import home_country
from newsmap.geotag.layout import filed_at
from newsmap.geotag.parties import has_result, speaks_of_sport
from newsmap.model import REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)

#: "Into" as written before a state: the accusative's preposition in BCMS and Slovenian, and
#: Macedonian's and Albanian's "in", which serve for "into" as well.
_INTO = frozenset(("u", "U", "v", "V", "na", "во", "в", "у", "на", "në", "ne"))
#: How the words for exporting and selling begin, folded (Cyrillic folds to Latin: "извоз" is
#: "izvoz"): "izvoz", "izvezle", "izvaža", "eksportet", "prodali", "prodaje", "продаваат"; a
#: state named after one of these and "into" is where the goods are sold.
_EXPORT = ("izvoz", "izvez", "izvaz", "eksport", "prodal", "prodaj", "prodava", "prodat")
#: How a BCMS or Slovenian state's name ends in the locative: "u Srbiji", "v Srbiji", "u
#: Hrvatskoj", "na Kosovu": there, not into (the accusative is "Srbiju", "Srbijo", "Kosovo").
_LOCATIVE = ("i", "oj", "ovu", "evu")
#: How far before the state the export word may stand (characters; one clause).
_EXPORT_REACH = 60


def trade_destination(text: str, m: Mention) -> bool:
    """Whether the state ``m`` names is where a story's goods are sold: "izvoz u Srbiju",
    "izvezle su u Srbiju", "извозот во Германија", "v Srbijo izvozila": a market is no place
    of the story (the exporter's state is), and weighs as the places goods come from do.  In
    the locative ("izvoz u Srbiji", exports measured there) the state is the story's."""
    if m.level != "country":
        return False
    start = m.start
    k = text.rfind(" ", max(0, start - 5), start - 1)
    if start < 2 or text[start - 1] != " " or text[k + 1 : start - 1] not in _INTO:
        return False
    last = fold(m.surface.rsplit(" ", 1)[-1]).lower()
    if last.endswith(_LOCATIVE) and text[k + 1 : start - 1].lower() in ("u", "v", "у", "na"):
        return False
    clause = text[max(0, start - _EXPORT_REACH) : start]
    cut = max(clause.rfind(". "), clause.rfind(", a "), clause.rfind(", dok "))
    clause = fold(clause[cut + 1 :]).lower()
    return any(stem in clause for stem in _EXPORT)


def opening_origins(
    text: str, mentions: Sequence[Mention], origins: dict[int, str], lead: int
) -> dict[str, float]:
    """Weights for the region states whose places the first sentence names only as where
    people come from, when it names no other place: "Srbi iz Gračanice i Štrpca blokirali su
    put prema Prištini" is a story of Gračanica's own people, told where they live.  A first
    sentence that names where the story happens ("U Budvi ... gosti iz Srbije") keeps its
    guests as guests, and one whose subject is a state's institution ("Македонскиот извоз во
    Србија ...") or its goods' market is about that state."""
    stop = _SENTENCE_END.search(text)
    end = stop.start() if stop else len(text)
    found: dict[str, float] = {}
    for m in mentions:
        if m.start >= end:
            break
        if m.level == "demonym" and m.reason == "local state adjective":
            return {}
        if m.country is None or m.level == "demonym":
            continue
        if m.start not in origins or trade_destination(text, m):
            return {}
        if m.country in _REGION:
            found[m.country] = found.get(m.country, 0.0) + (1.5 if m.start < lead else 1.0)
    return found


def own_state_behind(text: str, plain: set[str]) -> list[str]:
    """When a state from outside the region leads a local story and no region state reaches
    the bar, the outlet's own state (``home_country``: the one its language and variety
    point to) is still what the story is about when a place of the story names it ("Софија
    бара ... Македонија не смее да биде заложник"): a foreign government acting on it.  A
    neighbour's press (Croatian, Slovenian) points to no region state, so its own stories
    that name a region town in passing stay about no region state."""
    home = home_country(text)
    return [home] if home is not None and home in plain else []


def side_abroad(text: str, weights: dict[str, float]) -> list[str]:
    """A local sport report that names only places abroad ("Crvena zvezda je sinoć u
    Madridu izgubila"): the side that played away is the outlet's, so the story is about the
    state its language points to (``home_country``).  Foreign news that is no sport stays
    foreign ("U Atini je policija uhapsila dvadeset ljudi")."""
    if any(c in _REGION for c in weights) or not speaks_of_sport(text):
        return []
    home = home_country(text)
    return [home] if home is not None else []


def heaviest_region_state(weights: dict[str, float], first: dict[str, int]) -> list[str]:
    """When foreign places outweigh every region state, no country reaches the bar (a
    neighbour's story that does, "U Vukovaru ... Hrvatska", is that neighbour's) and no region
    state acts in the first sentence
    ("Mërgimtarët nga Zvicra dhe Gjermania ... Policia e Kosovës"), the region state named
    with the most weight is still what a regional story is about (of ties, the first named):
    a foreign place alone makes no story about the region, but a region state beside it does.
    Local-language text only: the region's own press writes about the region, while an
    English wire about Albany, New York may name Albania in passing."""
    region = [c for c in weights if c in _REGION and weights[c] > 0]
    if not region:
        return []
    return [min(region, key=lambda c: (-weights[c], first.get(c, 0)))]


def one_sentence_details(
    text: str,
    mentions: Sequence[Mention],
    keep: list[str],
    weights: dict[str, float],
    origins: dict[int, str],
    title_mentions: Sequence[Mention],
    opening: str | None = None,
) -> list[str]:
    """Of the region states that reach the bar, those that are more than one sentence's
    detail: a state whose every place stands in one sentence after the first, and which the
    title does not name, is where the story's money went ("na računima firmi u Beogradu i
    Novom Sadu"), a market's towns or a side trip, not what the story is about, however many
    of its towns that sentence lists.  A state that opens its sentence ("U Crnoj Gori je
    ...", "Kosovo je odbilo ...") is that sentence's subject, an item of the story, and stays,
    unless the sentence only compares or reacts ("U Prištini su mediji protest uporedili ...",
    ``_compared``); so does the story's anchor: the state of the lead's first place
    (``opening``) when it is kept, else the heaviest state."""
    leader = opening if opening in keep else max(keep, key=weights.__getitem__)
    titled = {m.country for m in title_mentions}
    stop = _SENTENCE_END.search(text)
    first_end = stop.end() if stop else len(text)
    spans: dict[str, tuple[int, int]] = {}
    subjects: set[str] = set()  # states that open a sentence of their own
    for m in mentions:
        c = m.country
        if c in keep and m.start not in origins:
            low, high = spans.get(c, (m.start, m.start))
            spans[c] = (min(low, m.start), max(high, m.start))
            if opens_sentence(text, m.start) and not _compared(text, m.start):
                subjects.add(c)
    out = []
    for c in keep:
        low, high = spans.get(c, (0, 0))
        if c == leader or c in titled or c in subjects or low < first_end:
            out.append(c)
            continue
        cut = _SENTENCE_END.search(text, low)
        if cut is not None and cut.end() <= high:
            out.append(c)  # its places stand in two sentences at least
    return out


#: A short word (a preposition: "U", "Na", "Në", "Во") between a sentence's start and a name.
_SHORT_WORD_BEFORE = re.compile(r"(?:^|\s)[^\W\d_]{1,3}\s+$")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens its sentence, after at most a preposition (read
    from the dozen characters before it)."""
    before = text[max(0, start - 12) : start]
    short = _SHORT_WORD_BEFORE.search(before)
    if short is not None:
        before = before[: short.start()]
    before = before.rstrip()
    if not before:
        return start <= 12 or text[start - 13] in ".!?\n"
    return before[-1] in ".!?\n"


#: How the words of a comparison or a reaction begin, folded: "compared", "like", "unlike",
#: "similar" (BCMS "uporedi", "poređenj", "poput", "za razliku"; Albanian "krahasu",
#: "ndryshe nga"; Macedonian "споредба"; Slovenian "primerjav", "podobn"); "reacted",
#: "commented", "welcomed", "congratulated" (BCMS "reagovao", "komentarisao", "pozdravio",
#: "čestitao"; Albanian "reagoi", "komentoi", "përshëndeti", "uroi"; Macedonian "реагираше",
#: "коментираше"; Slovenian "odzval").
_COMPARISON = re.compile(
    r"\b(?:uporedi|uporedj|usporedi|usporedb|poredjenj|poredj|poput|razlik|slicn|krahas"
    r"|ndryshe nga|ngjashem|sporedb|sporeduv|primerjav|podobn"
    r"|reagov|reagir|reago|reagu|reagim|reakcij|komentar|komentir|komento|pozdravi"
    r"|pershendet|cestit|uroi|odzval)"
)


def _compared(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` compares or reacts ("U Prištini su mediji protest
    uporedili s onim iz 2019.", "Tirana zyrtare nuk ka reaguar"): a state named to compare
    with, or one that only reacts, is no item of the story."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    stop = _SENTENCE_END.search(text, pos)
    end = stop.start() if stop else len(text)
    return _COMPARISON.search(fold(text[start:end]).lower()) is not None


#: "In" before a match's town, folded: u, na (BCMS), v (Slovenian), në (Albanian), во.
_AT = frozenset(("u", "na", "v", "ne", "vo"))


def match_venue(text: str, mentions: Sequence[Mention]) -> str | None:
    """The region state a local match report's first sentence plays in: a report with a
    result whose first sentence speaks of sport and puts the match in a town ("Prishtina u
    mund të shtunën në Tiranë ... 2:1", "Hajduk je u Skoplju odigrao ...") is the host
    state's story, whichever side travelled there and wherever its fans came from; a match
    abroad gives none, and neither does a first sentence that names a state, as national
    sides are named (the usual reading decides)."""
    if not has_result(text):
        return None
    stop = _SENTENCE_END.search(text)
    end = stop.start() if stop else len(text)
    if not speaks_of_sport(text[:end]):
        return None
    if any(m.level == "country" and m.start < end for m in mentions):
        return None  # national sides ("Košarkaši Srbije ... Crnu Goru"): the plain reading
    for m in mentions:
        if m.start >= end:
            return None
        if m.level != "city" or m.start < 3 or text[m.start - 1] != " ":
            continue
        k = text.rfind(" ", 0, m.start - 1)
        if fold(text[k + 1 : m.start - 1]).lower() in _AT:
            return m.country if m.country in _REGION else None
    return None


#: The close neighbours whose own press writes in the region's languages (Croatian,
#: Slovenian): a story of their own towns names region states as markets, twins, origins.
_NEIGHBOURS = frozenset(("HR", "SI"))


def neighbour_leads(weights: dict[str, float], top: float) -> bool:
    """Whether Croatia or Slovenia alone weighs most in a story."""
    leaders = [c for c, w in weights.items() if w == top]
    return len(leaders) == 1 and leaders[0] in _NEIGHBOURS


def first_place_state(
    text: str, mentions: Sequence[Mention], origins: dict[int, str], genitives: list[int]
) -> str | None:
    """The region state of the first place the first sentence names where something happens,
    if any: no place people come from (``origins``), no state acting by its adjective or its
    genitive ("predsjednik Srbije", ``genitives``), no place outside the region.  A dateline
    whose first sentence has another region state's institution act ("ОХРИД – Албанската влада
    најави пат до ... Тушемишт") is only where the report was filed: the place after it says."""
    stop = _SENTENCE_END.search(text)
    end = stop.start() if stop else len(text)
    acting = {m.country for m in mentions if m.start < end and m.reason == "local state adjective"}
    for i, m in enumerate(mentions):
        if m.start >= end:
            return None
        if m.level == "demonym" or m.start in origins or m.start in genitives:
            continue
        if m.country is not None:
            if i == 0 and acting - {m.country} & _REGION and _filed(text, m):
                continue
            return m.country if m.country in _REGION else None
    return None


def _filed(text: str, m: Mention) -> bool:
    """Whether ``m`` is a dateline's town (opening a line, the date after it)."""
    return (m.start == 0 or text[m.start - 1] == "\n") and filed_at(text, m.start, m.end)


#: How the words for exports begin, as written in lower case (Latin and Cyrillic): "izvoz",
#: "izvezli", "izvaža", "eksportet", "извозот", "извезоа".  Selling words are left out: a
#: first sentence that sells ("prodali su stanove") tells of a market, not of a trade figure.
_EXPORT_LEAD = ("izvoz", "izvez", "izvaž", "izvaz", "eksport", "извоз", "извез")
#: How far into a text its first sentence's export word is looked for (characters).
_EXPORT_OPENING = 600
#: What joins the markets of one list ("u Srbiju i BiH", "во Србија и Косово", "në Kosovë
#: dhe Maqedoni").
_MARKET_JOINS = frozenset(("i", "и", "in", "dhe", "e", "ili", "или", "ose", "и во", "i u", "v"))


def export_story_state(text: str, mentions: Sequence[Mention]) -> str | None:
    """The exporting state of a story whose first sentence is about exports ("Izvoz iz
    Srbije u zemlje CEFTA porastao je ...", "Eksportet e Shqipërisë drejt vendeve të rajonit
    ...", "Vreshtarët e Rahovecit ... pret të eksportojë", "Извозот на македонски производи во
    соседните земји ..."): the states its goods are sold in are its markets, however many of
    their towns the story lists, so the story is the exporter's alone.  The exporter is the
    state of the first place the first sentence names that is no market
    (``trade_destination``, and the lists that run on from one), by a town, its name, genitive
    or adjective; else the dateline's; else the state the outlet's language points to
    (``home_country``).  None when the first sentence speaks of no export, when places of two
    region states stand before its export word ("U Beogradu i Prištini ... o izvozu": talks
    about exports, not a trade figure), or when the exporter is no region state (a
    neighbour's exports keep their reading)."""
    opening = text[:_EXPORT_OPENING].lower()
    if not any(stem in opening for stem in _EXPORT_LEAD):
        return None  # most texts: no export word where a first sentence can stand
    stop = _SENTENCE_END.search(text)
    end = stop.start() if stop else len(text)
    lead = text[:end].lower()
    word = min((i for i in (lead.find(stem) for stem in _EXPORT_LEAD) if i >= 0), default=-1)
    if word < 0:
        return None
    state: str | None = None
    filed: str | None = None  # the dateline's state
    before: set[str] = set()  # region states named before the export word
    market_end = -1  # where the last market named ends: a list of markets runs on from it
    for m in mentions:
        if m.start >= end:
            break
        if m.country is None:
            continue
        if text.startswith(" - ", m.end) and text[: m.start].strip() == "":
            filed = m.country  # "NIKŠIĆ - Elektroprivreda Crne Gore izvezla je ..."
            continue
        if trade_destination(text, m) or (
            market_end >= 0 and text[market_end : m.start].strip(" ,") in _MARKET_JOINS
        ):
            market_end = m.end  # "во Србија и Косово": both are markets
            continue
        if m.start < word and m.country in _REGION:
            before.add(m.country)
        if state is None:
            state = m.country
    if len(before) > 1:
        return None
    if state is None:
        state = filed if filed is not None else home_country(text)
    return state if state in _REGION else None


def neighbours_own_story(text: str, mentions: Sequence[Mention], weights: dict[str, float]) -> bool:
    """Whether a local story is a close neighbour's own: Croatia or Slovenia alone weighs most
    (``neighbour_leads``) and every place its first sentence names, the dateline with them,
    is that neighbour's ("KOPER - Družba Luka Koper je pretovorila ...", "NOVO MESTO -
    Farmacevtska družba iz Novega mesta je lani prodala ..."): the region states it names
    later are its markets, its workers' homes and its twin towns, not what it is about.  A
    neighbour's story whose first sentence names a region place or a region state's people
    ("ZAGREB - Premijer je otputovao u Sarajevo", "sprejela srbskega ministra") is about
    that state, as the weights say, and so is a story in a region state's own variety, or
    about sport."""
    if not weights:
        return False
    top = max(weights.values())
    if not neighbour_leads(weights, top):
        return False
    own = next(c for c, w in weights.items() if w == top)
    stop = _SENTENCE_END.search(text)
    end = stop.start() if stop else len(text)
    named = False
    for m in mentions:
        if m.start >= end:
            break
        if m.country is None:
            continue
        if m.level == "demonym":
            if m.country in _REGION:
                return False  # "sprejela srbskega ministra": a region state's visit
            continue
        if m.country != own:
            return False
        named = True
    # sport keeps its own rules (``match_venue``, ``side_abroad``): a side from the region
    # playing in a neighbour's town is named by its club, which is no place
    return named and home_country(text) not in _REGION and not speaks_of_sport(text)
