"""A town before the food it is known for names the food, not a place of the story.

"Lunch is Ohrid trout", "judges will taste Zlatibor cheese", "the sweet red Florina peppers":
English names a local food by its town, as it names a wine by its region.  The town stands in
the name of the food, which is eaten or sold anywhere; the story is not in the town, and the
press does not mark it as a place.  A food word followed by a place's noun makes the town a
place again ("the Tikveš wine region", "the Ohrid trout farms"), and so does a locative word
before the town ("caught in Ohrid trout season" is rare enough to leave).

English text only (local text declines the town as an adjective: "ohridska pastrmka"); one
dictionary lookup of the word after each chosen town.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc

#: Foods named after their town or district, lower case as English writes them after it.
FOODS = frozenset(
    """
    trout carp eel cheese cheeses kajmak ham prosciutto sausage sausages salami peppers pepper
    ajvar honey brandy rakija plums plum apples apple cherries raspberries figs olives lamb
    burek pastries baklava tomatoes watermelons melons grapes
    """.split()
)

#: Nouns after the food that make the phrase a place again ("the Tikveš wine region", "the
#: Ohrid trout farm", "a Zlatibor cheese fair").
_PLACE_NOUNS = frozenset(
    """
    region regions area valley road route farm farms fair festival market markets
    hatchery factory plant dairy orchards orchard vineyards plantation
    """.split()
)

#: Words before the town that make it where something is ("in Ohrid", "near Zlatibor").
_LOCATIVES = frozenset(("in", "at", "near", "from", "to", "around", "outside", "above", "below"))


def town_foods(doc: Doc, places: list[Choice]) -> list[Choice]:
    """``places`` less the towns that name a food right after them (English text)."""
    if doc.local:
        return places
    dropped: list[Choice] = []
    gaz = doc.gaz
    for c in places:
        if c.level is not None or gaz.places[c.place].level != "city":
            continue
        between, nxt = doc.next_word(c.end)
        if between != " " or nxt not in FOODS:
            continue
        after_between, after = doc.next_word(c.end + 1 + len(nxt))
        if after_between == " " and after.lower() in _PLACE_NOUNS:
            continue
        prev, gap = doc.prev_word(c.start)
        if gap == " " and prev.lower() in _LOCATIVES:
            continue
        dropped.append(c)
    if not dropped:
        return places
    return [c for c in places if c not in dropped]
