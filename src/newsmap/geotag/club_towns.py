"""Towns and states inside the names of clubs and companies: no place of the story.

"Red Star Belgrade beat Partizan Belgrade", "Dinamo Zagreb drew with Hajduk Split", "Air
Serbia will add flights", "Telekom Srbija bought", "Montenegro Airlines": the place is the last
or first word of a name that belongs to a club or a company, which plays or trades wherever
it likes.  English writes a town after its club with no comma, and writes a town after a
capitalised word almost only there: "in Serbia, Belgrade" takes a comma, "President Vučić"
and "North Mitrovica" are a title and part of a name.  So a town right after a capitalised word
that is no place, title, demonym or function word is read as the end of a club's name when its
sentence speaks of sport in lower-case words ("beat", "drew", "derby", "fans", "league"): a
title-case headline ("Protests Rock Belgrade") has none of those in lower case.  A company word
("Air", "Telekom", "Airlines") next to a place names the company in any sentence.

English only: local-language text has its own party and club cues (``named_after``).  Each test
starts with one or two character comparisons, so a document without a capitalised word before
a place pays almost nothing.
"""

from __future__ import annotations

from newsmap.geotag import words
from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

#: Words, written in lower case, that say a sentence is about a match, a club or a league.
SPORT_WORDS: frozenset[str] = frozenset(
    """
    beat beats beaten drew draw draws derby league leagues match matches fans supporters
    champions championship cup club clubs coach striker midfielder goalkeeper defender goal
    goals scored score football basketball handball volleyball polo friendly fixture fixtures
    play plays played playing host hosts hosted meet meets face faces defeat defeated defeats
    lost win won wins season points title semi-final quarter-final final qualifier qualifiers
    squad transfer signed loan penalty referee stadium pitch kick-off away home against
    """.split()
)
#: Capitalised words, folded, that start a sentence without being a name ("Yesterday Belgrade
#: hosted ..."): after one of these a town is not a club's.
_SENTENCE_OPENERS: frozenset[str] = frozenset(
    """
    yesterday today tonight meanwhile and but when while after before since as then now also
    so even still both only last next later earlier this that these those every each all
    some many most few several if although though because where once until unlike like
    """.split()
)
#: Months and weekdays, folded: "on Sunday Belgrade ..." names no club.
_CALENDAR: frozenset[str] = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
#: Capitalised words right before a place that make it a company's name ("Air Serbia",
#: "Telekom Srbija", "Hotel Tirana", "Radio Sarajevo"), folded.
COMPANY_BEFORE: frozenset[str] = frozenset(
    "air telekom telecom radio television hotel airlines bank".split()
)
#: Capitalised words right after a place that make it a company's name ("Montenegro
#: Airlines", "Kosovo Telecom"), as written.
COMPANY_AFTER: frozenset[str] = frozenset("Airlines Airways Telecom Telekom".split())
_NAMED_LEVELS = frozenset(("city", "admin1", "country"))


def named_after_places(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less the towns that end a club's name and the places inside a company's."""
    text = doc.text
    by_end = {c.end: c for c in places}
    sport: dict[int, bool] = {}
    dropped: list[Choice] = []
    for c in places:
        if c.level is not None:
            continue
        start, end = c.start, c.end
        before = start >= 2 and text[start - 1] == " " and text[start - 2].isalpha()
        after = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        if not (before or after):
            continue
        if doc.gaz.places[c.place].level not in _NAMED_LEVELS:
            continue
        if after and _company_after(doc, end):
            dropped.append(c)
        elif before:
            prev = by_end.get(start - 1)
            if prev is None:
                if _named_before(doc, c, sport):
                    dropped.append(c)
            elif _two_towns_one_club(doc, prev, c, sport):
                # "Sutjeska Nikšić meet on Wednesday": a village named like a club, then its town
                dropped += (prev, c)
    return [c for c in places if c not in dropped] if dropped else places


def _two_towns_one_club(doc: Doc, prev: Choice, c: Choice, sport: dict[int, bool]) -> bool:
    """Two towns with only a space between them, in a sentence about sport: one club's name."""
    places = doc.gaz.places
    if prev.level is not None or places[prev.place].level != "city":
        return False
    if places[c.place].level == "country":
        return False
    return _sport_sentence(doc, c.start, sport)


def _company_after(doc: Doc, end: int) -> bool:
    between, nxt = doc.next_word(end)
    return between == " " and nxt in COMPANY_AFTER


def _named_before(doc: Doc, c: Choice, sport: dict[int, bool]) -> bool:
    """Whether the capitalised word before ``c`` opens a company's name, or a club's in a
    sentence about sport."""
    prev, gap = doc.prev_word(c.start)
    if gap != " " or not prev[:1].isupper():
        return False
    folded = doc.fold(prev).lower()
    if folded in COMPANY_BEFORE:
        return True
    if doc.gaz.places[c.place].level == "country":
        return False  # "Red Star Serbia" is rare; "Western Balkans Serbia" no name at all
    if (
        folded in words.TITLE_WORDS
        or folded in words.LOCATIVE_PREPOSITIONS
        or folded in words.ENGLISH_FUNCTION_WORDS
        or folded in words.FOLDED_DEMONYMS
        or folded in _CALENDAR
    ):
        return False
    if folded in _SENTENCE_OPENERS and doc.sentence_initial(c.start - len(prev) - 1):
        return False
    return _sport_sentence(doc, c.start, sport)


def _sport_sentence(doc: Doc, pos: int, sport: dict[int, bool]) -> bool:
    """Whether the sentence around ``pos`` speaks of sport (memoised by sentence start)."""
    s_start, s_end = doc.sentence_bounds(pos)
    found = sport.get(s_start)
    if found is None:
        found = sport[s_start] = _speaks_of_sport(doc.text[s_start:s_end])
    return found


def _speaks_of_sport(sentence: str) -> bool:
    """Whether a lower-case sport word stands in the sentence."""
    return any(w.strip(".,;:!?()\"'“”’") in SPORT_WORDS for w in sentence.split())
