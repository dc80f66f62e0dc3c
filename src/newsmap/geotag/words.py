"""Words the rules read around names: common words, prepositions, function words, site nouns.

Plain data, so the rules in ``rules.py``, ``metonymy.py`` and ``demonyms.py`` stay general:
a new verb of speech or a new site noun is a line here, not a new rule.  The demonyms and the
nouns after a state adjective are in ``demonym_words`` (their own topic, and most of the
lists); they are imported here too, so ``words.DEMONYMS`` and the like keep working.
"""

from __future__ import annotations

from typing import NamedTuple

from newsmap.geotag import demonym_words

# The demonym lists, under the names the rules read them by (``words.DEMONYMS``).
DEMONYMS = demonym_words.DEMONYMS
MORE_STATE_ADJECTIVES = demonym_words.MORE_STATE_ADJECTIVES
INSTITUTION_NOUNS = demonym_words.INSTITUTION_NOUNS
STATE_NOUNS = demonym_words.STATE_NOUNS
NOT_STATE_NOUNS = demonym_words.NOT_STATE_NOUNS
GROUP_NOUNS = demonym_words.GROUP_NOUNS
PLACE_NOUNS = demonym_words.PLACE_NOUNS
ETHNIC_NOUNS = demonym_words.ETHNIC_NOUNS
FOLDED_DEMONYMS = demonym_words.FOLDED_DEMONYMS

# Single words that are also ordinary English or local words, or common given names and
# surnames: as a place they need support (a locative preposition, "Town, Country", the rest of
# the document).  Lower case, folded.
COMMON_WORDS: frozenset[str] = frozenset(
    """
    bar split pale ada kula mali male nova brod most police bela luka selo polje gora grad centar
    center trade vote dobro mala velika stari novi gornji donji rama meta lipa vrh reka rijeka
    ban bor lazarevo vera marina lovac park banja jezero dolina ravna dobra plav gusinje istog
    kamen kamena prevalle sveti sveta dom mir rudnik tower labor post sport sela gradsko
    cela mel hope wells bath reading mobile buffalo nice orange victory union unity liberty
    roman
    dragan milan luka marko stefan nikola lazar ana jovan goran zoran petar pavle vuk dusan
    jelena vesna ivana dragana milica bojan ilir arben dritan agron bujar mimoza
    """.split()
)
# Toponyms that are also given names: followed by a capitalised surname they are a person.
GIVEN_NAMES: frozenset[str] = frozenset(
    """
    georgia milan sofia ada jordan chad victoria florence lorraine paris sydney austin
    luka vera marina lazar nikola stefan dragan bela rama meta sofija vlora vjosa sava drina
    vladimir charlotte orlando
    """.split()
)

# Words before a name that mark it as a location ("in Bar", "near Pale", "u Beogradu").
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    """
    in near at from to outside inside around across toward towards into via of through
    u iz na do od kod za prema ka blizu oko po sa kroz ispred pored
    ne në nga prej drejt per për te tek afer afër ne
    v pri ob vo
    """.split()
)
# Local prepositions alone (they license case endings in English text too), folded: Serbian,
# Croatian, Bosnian and Montenegrin, Albanian, Slovenian ("v Kranju"), Macedonian ("во").
LOCAL_PREPOSITIONS: frozenset[str] = frozenset(
    """
    u iz na do od kod za prema ka blizu oko po sa kroz ispred pored ne nga prej drejt per te
    tek afer v pri ob vo
    """.split()
)
# Function words, folded, that tell a text in one of the region's languages from an English
# one: Serbian/Croatian/Bosnian/Montenegrin (Latin and, folded, Cyrillic), Albanian,
# Slovenian, Macedonian.
LOCAL_FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    je i u na se da su od za sa iz koji koja koje kao ali nije jer ili bi bio bila
    dhe te ne e nje qe per nga me se ka jane eshte si por edhe
    so ki pa tudi bo bil bila v z pri
    vo sto koj koja kade ke bese ovie
    """.split()
)
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset(
    "the and of to in is was that for with on as by at from has have were are".split()
)

# Words after a capital that make it stand for its government ("Belgrade said").
METONYMY_VERBS: frozenset[str] = frozenset(
    """
    said says insists insisted accused accuses wants wanted rejected rejects denied denies
    refused refuses agreed agrees demanded demands warned warns claims claimed recognised
    recognized recognises recognizes recognise recognize responded reacted announced sees
    hopes hoped must should would will has have had is was blamed blames urged urges
    condemned condemns welcomed welcomes accepted accepts insist want reject deny refuse
    agree demand warn claim respond react announce see hope blame urge condemn welcome accept
    signed signs supports supported opposes opposed backed backs threatened threatens
    considers considered believes believed
    """.split()
)
# Words before a capital that make it stand for its government ("talks between ... ").
METONYMY_BEFORE: frozenset[str] = frozenset("between with against by toward towards on".split())
# Nouns after "Capital's" that keep it a city ("Belgrade's mayor", "Pristina's streets").
CITY_NOUNS: frozenset[str] = frozenset(
    """
    mayor streets street centre center airport residents citizens suburbs suburb old main
    city university hospital population districts district neighbourhood neighborhood square
    outskirts downtown river fortress municipality council stadium port
    """.split()
)
# Lower-case nouns that, right after a name, show it is a place even at the start of a
# sentence ("Bar port authorities", "Split airport", "Pale municipality").
PLACE_HEAD_NOUNS: frozenset[str] = frozenset(
    """
    port harbour harbor airport municipality municipal town city village mayor council
    councillors residents police hospital railway station
    """.split()
)
# Generic place words that may follow a name without making it a person ("Ibar River").
PLACE_TAIL_WORDS: frozenset[str] = frozenset(
    """
    valley river lake mountain mountains municipality county district canton region airport
    bridge border crossing monastery camp province city town village square street stadium
    gorge bay field plain hills pass fortress hospital university station highway road
    hydropower thermal power dam mine canyon park market castle museum theatre railway port
    """.split()
)

# Capitalised words before a name that do not make it part of a person's name ("President
# Vučić", "Lake Ohrid", "New Belgrade").  Folded.
TITLE_WORDS: frozenset[str] = frozenset(
    """
    president minister mayor premier king queen general leader ambassador envoy
    commander chief head lake mount mt camp new old upper lower greater st saint
    central western eastern northern southern north south east west republic
    """.split()
)

# Site nouns: the capitalised name before one is a site ("Skanderbeg Square", "the Gazela
# bridge"); after "of" some name one ("Port of Durrës"); settlement nouns introduce a village
# the gazetteer may lack ("the village of Gornja Tuzla").
SITE_HEADS: tuple[str, ...] = tuple(
    """
    square street boulevard avenue park port harbour harbor hall market bazaar school faculty
    university castle palace museum theatre theater fair tower gate cemetery memorial monument
    prison barracks stadium arena hospital clinic synagogue county canton valley gorge canyon
    region district patriarchate pass
    """.split()
)
#: Site nouns that name an administrative unit ("Split-Dalmatia County"): the mention is the
#: unit, level ``admin1``.
UNIT_HEADS = frozenset(("county", "canton", "region", "district"))
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
    "railway station",
    "bus station",
    "train station",
    "border crossing",
    "border post",
    "power plant",
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
)
OF_HEADS: frozenset[str] = frozenset(
    "port monastery church cathedral mosque fortress castle university bridge patriarchate".split()
)
SETTLEMENTS: tuple[str, ...] = ("village", "hamlet", "settlement", "municipality")


class SiteWord(NamedTuple):
    """What the matcher hands back for a site or settlement noun."""

    settlement: bool  # introduces a village's name ("the village of ...")
    any_case: bool  # makes a site in lower case too ("the Gazela bridge")
    of_head: bool  # names a site with "of" after it ("Port of Durrës")


def site_words() -> dict[str, SiteWord]:
    """Every site and settlement noun, by the word as written (folding is the matcher's)."""
    found = {h: SiteWord(False, False, h in OF_HEADS) for h in SITE_HEADS}
    found.update({h: SiteWord(False, True, h in OF_HEADS) for h in LOWER_SITE_HEADS})
    found.update({s: SiteWord(True, True, False) for s in SETTLEMENTS})
    return found
