"""Site and settlement nouns: the words that make a capitalised name a site or a village.

Apart from ``words`` because the matcher indexes them as keys of their own (``site_words``),
while the rest of the word lists are read around names the matcher found.
"""

from __future__ import annotations

from typing import NamedTuple

# Site nouns: the capitalised name before one is a site ("Skanderbeg Square", "the Gazela
# bridge"); after "of" some name one ("Port of Durrës"); settlement nouns introduce a village
# the gazetteer may lack ("the village of Gornja Tuzla").
SITE_HEADS: tuple[str, ...] = tuple(
    """
    square street boulevard avenue park port harbour harbor hall market bazaar school faculty
    university castle palace museum theatre theater fair tower gate cemetery memorial monument
    prison barracks stadium arena hospital clinic synagogue county canton valley gorge canyon
    region district patriarchate pass province oblast lake lakes pond coliseum cinema bay
    waterfront road tunnel channel canal lagoon island academy camp amphitheatre
    amphitheater waterfall waterfalls spa viaduct tekke mansion chancellery gulf
    """.split()
)
#: Site nouns that make a site only capitalised, after a name ("Stable Yard Road"): in lower
#: case a road follows a town or a number it passes ("the Belvedere road", "the E-75 road"),
#: where "the Sozina tunnel" is still a name.
CAPITAL_ONLY_HEADS = frozenset(("road",))
#: Site nouns that name an administrative unit ("Split-Dalmatia County"): the mention is the
#: unit, level ``admin1``.
UNIT_HEADS = frozenset(("county", "canton", "region", "district", "province", "oblast"))
#: Nature's site nouns: a name the gazetteer lacks before one is a river or a mountain of the
#: story ("the Jadar river", "the Komovi mountains"); a name it knows keeps its own reading.
NATURE_HEADS = frozenset(("river", "mountain", "mountains"))
#: Site nouns that make a site in lower case too ("the Gazela bridge", "Pristina airport");
#: the others only capitalised, since "Bar port authorities" is about Bar.
LOWER_SITE_HEADS: tuple[str, ...] = (
    "bridge",
    "crossing",
    "station",
    "airport",
    "monastery",
    "fortress",
    "mosque",
    "church",
    "cathedral",
    "dam",
    "mine",
    "mines",
    "railway station",
    "bus station",
    "train station",
    "border crossing",
    "border post",
    "power plant",
    "nuclear power plant",
    "thermal power plant",
    "city hall",
    "memorial centre",
    "memorial center",
    "memorial complex",
    "memorial park",
    "memorial cemetery",
    "ski resort",
    "national park",
    "checkpoint",
    "border checkpoint",
    "hydropower plant",
    "refugee camp",
    "migrant camp",
    "primary school",
    "secondary school",
    "high school",
    "elementary school",
    "clinical centre",
    "clinical center",
    "peninsula",
    "plateau",
) + tuple(sorted(NATURE_HEADS))
OF_HEADS: frozenset[str] = frozenset(
    "port monastery church cathedral mosque fortress castle university bridge patriarchate "
    "faculty hospital boulevard bay museum academy".split()
) | frozenset(("clinical centre", "clinical center"))
#: Settlement nouns: "the village of X", "X, a village near Y", "the Zabjelo neighbourhood".
SETTLEMENTS: tuple[str, ...] = (
    "village",
    "hamlet",
    "settlement",
    "municipality",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "district",
    "town",
)
#: Settlement nouns that introduce a list ("the villages of Buna and Blagaj", "suburbs such as
#: Affton and Oakville").
PLURAL_SETTLEMENTS: frozenset[str] = frozenset(
    ("villages", "hamlets", "suburbs", "neighbourhoods", "neighborhoods", "towns")
)


class SiteWord(NamedTuple):
    """What the matcher hands back for a site or settlement noun."""

    settlement: bool  # introduces a village's name ("the village of ...")
    any_case: bool  # makes a site in lower case too ("the Gazela bridge")
    of_head: bool  # names a site with "of" after it ("Port of Durrës")


#: Nouns that open a site's name in English ("Mount Vermio", "Interstate 85", "Route 66"):
#: the matcher finds them, so that the pattern for such names is tried only in a text that
#: has one ("Lake", a site noun, is found as one already).
NOUN_FIRST: tuple[str, ...] = ("mount", "interstate", "route", "highway")


class NounFirstWord(NamedTuple):
    """What the matcher hands back for a noun that opens a site's name (``NOUN_FIRST``)."""

    word: str


def site_words() -> dict[str, SiteWord | NounFirstWord]:
    """Every site and settlement noun, by the word as written (folding is the matcher's)."""
    found: dict[str, SiteWord | NounFirstWord] = {
        h: SiteWord(False, False, h in OF_HEADS) for h in SITE_HEADS
    }
    found.update({h: SiteWord(False, True, h in OF_HEADS) for h in LOWER_SITE_HEADS})
    found.update({s: SiteWord(True, True, False) for s in SETTLEMENTS})
    found.update({s: SiteWord(True, True, False) for s in sorted(PLURAL_SETTLEMENTS)})
    found.update({w: NounFirstWord(w) for w in NOUN_FIRST})
    return found
