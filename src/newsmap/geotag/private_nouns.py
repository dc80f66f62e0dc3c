"""Nouns after a state adjective that tell an origin: private people, firms, goods and culture.

A state adjective before the state's own words (its government, officials, side, shore,
border, passports, currency) is the state acting or its ground.  Before words for people who act
for no state ("Serbian tourists", "German colleagues", "a Czech hiker"), for firms, brands and
their goods ("a Chinese firm", "Greek wines", "a Czech lager", "Russian gas"), for media and
culture ("Serbian tabloids", "a Bosnian film") or for words and names ("the Serbian word"), or
inside a capitalised name ("the Austrian Red Cross", "Macedonian Post", "an Italian Canadair"),
it tells a nationality or an origin, not where the story happens: it stays a demonym mention
of its state (older gold marks some of them so) but does not make the story that state's.

Plain word data read at one position (the word after the adjective), so it costs nothing where
no state adjective stands.
"""

from __future__ import annotations

from newsmap.geotag.context import Doc

#: People who act for themselves, not for a state: travellers, workers, families, fans, artists.
_PEOPLE = """
tourists visitor visitors holidaymakers day-trippers travellers passengers pilgrims
hiker hikers climbers skiers cyclist cyclists swimmers runners guests hosts
worker workers workmates colleagues steelworkers welder welders miners builders labourers
hauliers haulier drivers driver truckers lorry-drivers
student students pupils pupil teacher teachers schoolchildren
family families friends friend couple couples relatives grandparents parents children kids
fans supporters volunteers donors migrants immigrants emigrants settlers shepherds
knitters guides engraver director directors actress actor actors producer producers writer
writers author authors artist artists singer singers musicians painter photographer
doctors nurses surgeon surgeons fishermen starters champion champions crew owners buyers
customers consumers shoppers neighbours partner partners
""".split()

#: Firms, brands and what they make or sell.
_FIRMS_GOODS = """
firm firms company companies consortium manufacturer manufacturers brand brands carmaker
carmakers bakery bakeries dairy dairies mill mills brewery breweries supermarket supermarkets
retailer retailers supplier suppliers investor investors
goods product products wine wines red reds lager beer beers cheese oil gas fuel electricity
salt olive olives import imports food dishes planes aircraft trucks lorries
""".split()

#: Media, culture and words.
_MEDIA_CULTURE = """
film films documentary documentaries feature movie series novel novels book books cookbook
album tabloids tabloid press broadcaster broadcasters newspaper newspapers magazine magazines
word words name one life
""".split()

PRIVATE_NOUNS: frozenset[str] = frozenset(_PEOPLE + _FIRMS_GOODS + _MEDIA_CULTURE)

#: The reasons of a state adjective that tells an origin, not a place of the story: kept as a
#: demonym mention (the adjective still names its state), but ``focus`` does not weigh it.
PRIVATE_NOUN = "state adjective with a private noun"
IN_A_NAME = "state adjective before a name"
ORIGIN_ONLY = frozenset((PRIVATE_NOUN, IN_A_NAME))

#: Utilities a state runs, as modifiers ("the Montenegrin power transmission company").
_UTILITY = frozenset(("power", "electricity", "water", "gas", "postal"))

#: Words that, first after the adjective, make the phrase the state's whatever follows.
_STATE_FIRST = frozenset(("state", "national", "government", "public"))


def private_phrase(doc: Doc, end: int) -> bool:
    """Whether the words after a state adjective ending at ``end`` name private people, firms,
    goods or culture ("Serbian tourists"), also after up to two singular modifiers ("Greek
    firefighting planes", "a Serbian railway infrastructure company"); a plural word ends the
    phrase ("Serbian exporters said wine ...")."""
    between, first = doc.next_word(end)
    if between != " " or not first.islower():
        return False
    if first in PRIVATE_NOUNS:
        return True
    if first in _STATE_FIRST:
        return False
    pos = end + len(between) + len(first)
    word = first
    for _ in range(2):
        if word.endswith("s") or word in _UTILITY:
            return False  # "a Serbian railway infrastructure company": up to two modifiers
        between, nxt = doc.next_word(pos)
        if between != " " or not nxt.islower():
            return False
        if nxt in PRIVATE_NOUNS:
            return True
        pos += len(between) + len(nxt)
        word = nxt
    return False


def before_a_name(doc: Doc, end: int) -> bool:
    """Whether a capitalised word follows the adjective directly ("the Austrian Red Cross",
    "Macedonian Post"): the adjective is part of a name, not a mention of its state."""
    between, nxt = doc.next_word(end)
    return between == " " and nxt[:1].isupper()
