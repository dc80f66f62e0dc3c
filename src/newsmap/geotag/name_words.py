"""Words around a place that make it part of a name: a party's, a battle's, a list's, a
saint's, an agreement's or an event's ("the Democratic Party of Kosovo", "the Battle of
Kosovo", "Srpska Lista", "St. Sophia", "the Ohrid Agreement").  Read by ``resolve`` as it
decides each name; apart so that ``resolve`` stays a size one can read.
"""

from __future__ import annotations

__all__ = [
    "ACCORDS",
    "BATTLES",
    "LISTS",
    "NAMES_AFTER",
    "NAMES_BEFORE",
    "NAME_WORD_ENDS",
    "SAINTS",
    "shouted_event",
]

#: Words before a place that make it part of the name of a party, a movement or an
#: organisation ("the Democratic Party of Kosovo", "the Alliance for the Future of Kosovo",
#: "the Council of Europe", "the Open Balkan initiative"): no place of the story (the
#: conventions' parties named after a place), though a state's name in a party's still says
#: whose politics the story is about (``resolve_names``).
NAMES_BEFORE = (
    "Party of ",
    "League of ",
    "Future of ",
    "Movement for ",
    "Council of ",
    "Open ",
    # state firms named "of" their state ("Radio Television of Serbia", "Roads of Serbia",
    # "Railways of the Federation"): a company, as a party is
    "Television of ",
    "Roads of ",
    "Railways of ",
)
#: Words after a place that make it part of an armed movement's name ("the Kosovo Liberation
#: Army"), read as a party's.
NAMES_AFTER = (" Liberation Army",)
#: Words after a place that make it the name of an electoral list ("Srpska Lista"): no place
#: of the story.  (A court named after its state, "the Kosovo Specialist Chambers", keeps the
#: state's name as a mention, as "Kosovo police" does: the later sets write it so.)
LISTS = (" Lista", " List ", " List,", " List.")
#: Battles named after where they were fought ("the Battle of Kosovo"): history, which says
#: nothing of where today's story is.
BATTLES = ("Battle of ", "battle of ")
#: How the words of ``NAMES_BEFORE`` and ``BATTLES`` end: one slice and a set look-up, before
#: any of them is tried.
NAME_WORD_ENDS = frozenset(("of ", "or ", "en "))
#: What stands before a saint's name ("St. Sophia", "Saint George"), which may be a town's.
SAINTS = ("St. ", "St ", "Saint ", "Sv. ")
#: Words after a place that make it the name of an agreement, a diplomatic process or an
#: event ("the Ohrid Agreement", "the Dayton peace agreement", "the Berlin Process", "the Ohrid
#: Summer Festival", "the Belgrade Open"), which the news names for what was signed or held,
#: not for where the story is.
ACCORDS = (
    " Agreement",
    " agreement",
    " peace agreement",
    " Accords",
    " accords",
    " Process",
    " Declaration",
    " Treaty",
    " Festival",
    " Film Festival",
    " Summer Festival",
    " Jazz Festival",
    " Poetry Evenings",
    " Open",
    " Marathon",
    " Forum",
    " desk",
)
#: The first two characters of each of ``ACCORDS`` and the last two of ``SAINTS``: one slice
#: and a set look-up tell most names that neither can stand beside them (a ``startswith`` or
#: ``endswith`` of a tuple is a method call, read per decided name).
ACCORD_STARTS = frozenset(word[:2] for word in ACCORDS)
SAINT_ENDS = frozenset(word[-2:] for word in SAINTS)


#: The event words of ``ACCORDS`` as a heading in capitals writes them ("SARAJEVO FILM
#: FESTIVAL, 16-23 AUGUST", "GUČA TRUMPET FESTIVAL").
_SHOUTED_EVENTS = frozenset(("FESTIVAL", "AGREEMENT", "TREATY", "FORUM", "MARATHON", "OPEN"))


def shouted_event(text: str, end: int) -> bool:
    """Whether one of the next two words after a place written in capitals, themselves in
    capitals, is an event word: the heading names the event, not the town."""
    words = text[end : end + 40].split(None, 3)[:2]
    for word in words:
        word = word.rstrip(",.:;")
        if not word.isupper():
            return False
        if word in _SHOUTED_EVENTS:
            return True
    return False
