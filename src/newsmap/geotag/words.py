"""Words the rules read around names: demonyms, institution and place nouns, function words.

Plain data, so the rules in ``rules.py``, ``metonymy.py`` and ``demonyms.py`` stay general:
a new state adjective or a new verb of speech is a line here, not a new rule.  It runs past
400 lines because it is word lists, not logic.
"""

from __future__ import annotations

from typing import NamedTuple

from newsmap.geotag.folding import fold

# Demonyms: word -> (country, role).  Roles: "state" adjectives name the state ("Kosovar
# officials"); "both" adjectives name the state or a people ("Albanian court", "Albanian
# villages in North Macedonia"); "ethnic" adjectives and "people" nouns name a people, which is
# not a place ("Serb community", "Serbs"); "citizens" nouns name a state's people as such
# ("Kosovars", "Bosnians").  A people word after a place or a state adjective makes a resident
# compound of that place ("Kosovo Serbs", "Bosnian Serb").
DEMONYMS: dict[str, tuple[str, str]] = {
    "Serbian": ("RS", "both"),
    "Serb": ("RS", "ethnic"),
    "Serbs": ("RS", "people"),
    "Serbians": ("RS", "citizens"),
    "Srbi": ("RS", "people"),
    "srpska": ("RS", "ethnic"),
    "Albanian": ("AL", "both"),
    "Albanians": ("AL", "people"),
    "Shqiptarët": ("AL", "people"),
    "Albanci": ("AL", "people"),
    "Kosovar": ("XK", "state"),
    "Kosovan": ("XK", "state"),
    "Kosovars": ("XK", "citizens"),
    "Kosovans": ("XK", "citizens"),
    "Bosnian": ("BA", "state"),
    "Bosnians": ("BA", "citizens"),
    "Bosniak": ("BA", "ethnic"),
    "Bosniaks": ("BA", "people"),
    "Montenegrin": ("ME", "both"),
    "Montenegrins": ("ME", "people"),
    "Macedonian": ("MK", "both"),
    "North Macedonian": ("MK", "state"),
    "Macedonians": ("MK", "people"),
    "Croatian": ("HR", "both"),
    "Croat": ("HR", "ethnic"),
    "Croats": ("HR", "people"),
    "Croatians": ("HR", "citizens"),
    "Slovenian": ("SI", "both"),
    "Slovene": ("SI", "both"),
    "Slovenians": ("SI", "citizens"),
    "Russian": ("RU", "state"),
    "Ukrainian": ("UA", "state"),
    "American": ("US", "state"),
    "Greek": ("GR", "state"),
    "Bulgarian": ("BG", "state"),
    "Turkish": ("TR", "state"),
    "Hungarian": ("HU", "both"),
    "Hungarians": ("HU", "people"),
    "Romanian": ("RO", "state"),
    "German": ("DE", "state"),
    "French": ("FR", "state"),
    "Italian": ("IT", "state"),
    "British": ("GB", "state"),
    "Austrian": ("AT", "state"),
    "Chinese": ("CN", "state"),
    "Brazilian": ("BR", "state"),
}

#: More states' adjectives, read only as mentions of their state ("the Dutch king", "a Swiss
#: senator"): the rules that read the words around a place name ("the Greek town of", "Serbian
#: Bar") keep to ``DEMONYMS``, so these never change where a place is.
MORE_STATE_ADJECTIVES: dict[str, tuple[str, str]] = {
    "Dutch": ("NL", "state"),
    "Swiss": ("CH", "state"),
    "Polish": ("PL", "state"),
    "Spanish": ("ES", "state"),
    "Czech": ("CZ", "state"),
    "Slovak": ("SK", "state"),
    "Belgian": ("BE", "state"),
    "Swedish": ("SE", "state"),
    "Norwegian": ("NO", "state"),
    "Danish": ("DK", "state"),
    "Finnish": ("FI", "state"),
    "Canadian": ("CA", "state"),
    "Japanese": ("JP", "state"),
    "Israeli": ("IL", "state"),
    "Iranian": ("IR", "state"),
    "Cypriot": ("CY", "state"),
    "Moldovan": ("MD", "state"),
}

# What follows a state adjective when it stands for the state ("Serbian President").
INSTITUTION_NOUNS: tuple[str, ...] = (
    "government",
    "governments",
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "parliament",
    "assembly",
    "police",
    "army",
    "military",
    "armed forces",
    "authorities",
    "officials",
    "official",
    "minister",
    "ministry",
    "foreign minister",
    "foreign ministry",
    "defence minister",
    "defense minister",
    "interior minister",
    "interior ministry",
    "leader",
    "leaders",
    "leadership",
    "side",
    "state",
    "troops",
    "forces",
    "security forces",
    "special forces",
    "soldiers",
    "diplomats",
    "diplomacy",
    "negotiators",
    "delegation",
    "presidency",
    "counterpart",
    "counterparts",
    "prosecutors",
    "judiciary",
    "cabinet",
    "gendarmerie",
    "intelligence",
    "embassy",
    "ambassador",
    "envoy",
    "regime",
    "administration",
    "head of state",
    "foreign policy",
    "member of parliament",
    "lawmakers",
    "opposition",
    "state media",
    "state television",
    "television",
    "customs",
    "border police",
    "navy",
    "air force",
    "peacekeepers",
    "contingent",
    "courts",
    "judges",
    "prosecutor",
    "prosecution",
    "institutions",
)
# What a state adjective may qualify as the state's own, besides institutions: its
# documents, currency, symbols, economy, citizens ("Serbian passports", "the Croatian kuna").
STATE_NOUNS: tuple[str, ...] = (
    "passport",
    "passports",
    "citizenship",
    "citizen",
    "citizens",
    "nationals",
    "national",
    "origin",
    "currency",
    "kuna",
    "dinar",
    "dinars",
    "denar",
    "denars",
    "lek",
    "mark",
    "flag",
    "flags",
    "anthem",
    "coat of arms",
    "visa",
    "visas",
    "identity card",
    "identity cards",
    "licence plates",
    "license plates",
    "number plates",
    "economy",
    "budget",
    "central bank",
    "court",
    "courts",
    "constitutional court",
    "supreme court",
    "consulate",
    "mission",
    "capital",
    "counterpart",
    "team",
    "national team",
    "railway company",
    "railways",
    "airline",
)
# What follows a state adjective when it names a people, a language or a faith rather than the
# state ("the Serbian minority", "Albanian speakers", "Serbian Orthodox", "Albanian spoken by",
# "Albanian lessons").
NOT_STATE_NOUNS: frozenset[str] = frozenset(
    """
    ethnic language languages speaker speakers speaking dialect dialects alphabet script orthodox
    spoken taught grammar lessons classes courses textbooks literature
    catholic catholics muslim muslims church churches patriarch patriarchate minority
    minorities majority community communities population populations ethnicity descent
    nationalist nationalists nationalism culture cuisine folk music song songs poet poetry
    diaspora people peoples families refugees returnees villagers enclave enclaves
    """.split()
)
# Nouns of groups a "both" adjective may name as a people where the sentence is set in another
# state ("Albanian parties in North Macedonia" are ethnic Albanians' parties, not Albania's).
GROUP_NOUNS: frozenset[str] = frozenset(
    """
    party parties politician politicians leader leaders voters villages village students
    residents fighters rebels guerrillas insurgents militants activists mayor mayors
    councillors deputies lawmakers representatives members houses homes schools candidate
    candidates list coalition association associations organisation organisations
    """.split()
)

# What follows when it names the state's territory ("the Serbian border").
PLACE_NOUNS: tuple[str, ...] = (
    "border",
    "borders",
    "territory",
    "soil",
    "airspace",
    "coast",
    "coastline",
    "side of the border",
    "border crossing",
    "frontier",
)
# What follows when it names a people ("the Serbian minority", "the Albanian majority").
ETHNIC_NOUNS: tuple[str, ...] = (
    "minority",
    "majority",
    "ethnic minority",
    "ethnic majority",
    "community",
    "communities",
    "population",
    "populations",
    "residents",
    "inhabitants",
    "villagers",
    "population",
    "enclave",
    "enclaves",
    "refugees",
    "returnees",
    "civilians",
    "minorities",
)

# Single words that are also ordinary English or local words, or common given names and
# surnames: as a place they need support (a locative preposition, "Town, Country", the rest of
# the document).  Lower case, folded.
COMMON_WORDS: frozenset[str] = frozenset(
    """
    bar split pale ada kula mali nova brod most police bela luka selo polje gora grad centar
    center trade vote dobro mala velika stari novi gornji donji rama meta lipa vrh reka rijeka
    ban bor lazarevo vera marina lovac park banja jezero dolina ravna dobra plav gusinje
    kamen kamena prevalle sveti sveta dom mir rudnik tower labor post sport sela gradsko
    cela mel hope wells bath reading mobile buffalo nice orange victory union unity liberty
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
#: ``DEMONYMS`` by folded word, as the rules meet them in text.
FOLDED_DEMONYMS: dict[str, tuple[str, str]] = {fold(w): v for w, v in DEMONYMS.items()}

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
