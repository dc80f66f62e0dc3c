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

The sport and company words come from the matcher's side pass (``side_words.NameCue``), so
only the places next to a company word and the places in a sentence about sport are looked at;
a document with neither costs nothing.
"""

from __future__ import annotations

from bisect import bisect_left

from newsmap.geotag import words
from newsmap.geotag.choice import START_OF, Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.matcher import Hit
from newsmap.geotag.side_words import COMPANY_AFTER, COMPANY_BEFORE

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
_NAMED_LEVELS = frozenset(("city", "admin1", "country"))


def named_after_places(doc: Doc, places: list[Choice], cues: list[Hit]) -> list[Choice]:
    """``places`` (by start) less the towns that end a club's name and the places inside a
    company's; ``cues`` are the sport and company words the side pass found."""
    text = doc.text
    dropped: set[Choice] = set()
    sentences: set[tuple[int, int]] = set()
    for cue in cues:
        if cue.value.sport:
            if text[cue.start].islower() or _competition(doc, cue):
                sentences.add(_sentence_around(text, cue.start))
            continue
        if not text[cue.start].isupper():
            continue
        word = text[cue.start : cue.end]
        if text[cue.end : cue.end + 1] == " " and doc.fold(word).lower() in COMPANY_BEFORE:
            i = bisect_left(places, cue.end + 1, key=START_OF)
            if i < len(places) and places[i].start == cue.end + 1 and places[i].level is None:
                dropped.add(places[i])  # "Air Serbia", "Telekom Srbija"
        if word in COMPANY_AFTER and text[cue.start - 1 : cue.start] == " ":
            i = bisect_left(places, cue.start, key=START_OF) - 1
            if i >= 0 and places[i].end == cue.start - 1 and places[i].level is None:
                dropped.add(places[i])  # "Montenegro Airlines"
    for s_start, s_end in sentences:
        first = bisect_left(places, s_start, key=START_OF)
        in_sentence = places[first : bisect_left(places, s_end, key=START_OF)]
        _clubs_in_sentence(doc, in_sentence, dropped)
    return [c for c in places if c not in dropped] if dropped else places


#: Sport words that are competitions' names, capitalised wherever they stand.
_COMPETITIONS = frozenset(("euroleague", "eurocup", "bundesliga"))
#: Sport words that end a competition's name after a capitalised word ("Champions League",
#: "Europa League", "ABA League", "Super Cup").
_COMPETITION_ENDS = frozenset(("league", "cup"))


def _competition(doc: Doc, cue: Hit) -> bool:
    """Whether a capitalised sport word names a competition ("the Euroleague", "the Champions
    League"): a sentence about sport as surely as a lower-case "league" is.  A headline in
    title case ("Red Star Win League") has no lower-case word before the cue."""
    folded = doc.fold(doc.text[cue.start : cue.end]).lower()
    if folded in _COMPETITIONS:
        return True
    if folded not in _COMPETITION_ENDS:
        return False
    prev, gap = doc.prev_word(cue.start)
    if gap != " " or not prev[:1].isupper():
        return False
    line = doc.text[doc.text.rfind("\n", 0, cue.start) + 1 : cue.start]
    return any(w[:1].islower() for w in line.split()[-12:])


_REACH = 400  # characters searched each way for the ends of a sentence


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``, by the nearest full stop, mark or line break each way (a
    few searches instead of the document's whole sentence table, which most documents that
    name a sport word never need)."""
    low = max(0, pos - _REACH)
    start = max(text.rfind(". ", low, pos), text.rfind("? ", low, pos), text.rfind("! ", low, pos))
    start = max(start + 2 if start >= 0 else low, text.rfind("\n", low, pos) + 1)
    high = min(len(text), pos + _REACH)
    ends = [i for i in (text.find(". ", pos, high), text.find("\n", pos, high)) if i >= 0]
    return start, min(ends) if ends else high


def _clubs_in_sentence(doc: Doc, places: list[Choice], dropped: set[Choice]) -> None:
    """Add to ``dropped`` the towns that end a club's name in a sentence about sport."""
    text = doc.text
    gaz_places = doc.gaz.places
    prev: Choice | None = None
    for c in places:
        start = c.start
        before = start >= 2 and text[start - 1] == " " and text[start - 2].isalpha()
        if before and c.level is None and gaz_places[c.place].level in _NAMED_LEVELS:
            if prev is not None and prev.end == start - 1:
                if _two_towns_one_club(doc, prev, c):
                    # "Sutjeska Nikšić meet on Wednesday": a village named like a club, then
                    # its town
                    dropped.update((prev, c))
            elif _named_before(doc, c):
                dropped.add(c)
        prev = c


def _two_towns_one_club(doc: Doc, prev: Choice, c: Choice) -> bool:
    """Two towns with only a space between them, in a sentence about sport: one club's name."""
    places = doc.gaz.places
    if prev.level is not None or places[prev.place].level != "city":
        return False
    return places[c.place].level != "country"


def _named_before(doc: Doc, c: Choice) -> bool:
    """Whether the capitalised word before ``c`` ends a club's name."""
    prev, gap = doc.prev_word(c.start)
    if gap != " " or not prev[:1].isupper():
        return False
    if doc.gaz.places[c.place].level == "country":
        return False  # "Red Star Serbia" is rare; "Western Balkans Serbia" no name at all
    folded = doc.fold(prev).lower()
    if (
        folded in words.TITLE_WORDS
        or folded in words.LOCATIVE_PREPOSITIONS
        or folded in words.ENGLISH_FUNCTION_WORDS
        or folded in words.FOLDED_DEMONYMS
        or folded in _CALENDAR
    ):
        return False
    return not (folded in _SENTENCE_OPENERS and doc.sentence_initial(c.start - len(prev) - 1))
