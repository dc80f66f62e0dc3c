"""Words the rules read around names: demonyms, institution and place nouns, function words.

Plain data, so the rules in ``rules.py``, ``metonymy.py`` and ``demonyms.py`` stay general:
a new state adjective or a new verb of speech is a line here, not a new rule.
"""

from __future__ import annotations

from newsmap.geotag.matcher import fold

# Demonyms: word -> (country, role).  Roles: "state" adjectives name the state ("Serbian
# government"); "ethnic" adjectives and "people" nouns name a people, whose state is read from
# context ("ethnic Albanians in North Macedonia" are North Macedonia's).  "both" is an
# adjective that is the state's with institutions and the people's with "minority" and kin.
DEMONYMS: dict[str, tuple[str, str]] = {
    "Serbian": ("RS", "both"),
    "Serb": ("RS", "ethnic"),
    "Serbs": ("RS", "people"),
    "Serbians": ("RS", "people"),
    "Srbi": ("RS", "people"),
    "srpska": ("RS", "ethnic"),
    "Albanian": ("AL", "both"),
    "Albanians": ("AL", "people"),
    "Shqiptarët": ("AL", "people"),
    "Albanci": ("AL", "people"),
    "Kosovar": ("XK", "state"),
    "Kosovan": ("XK", "state"),
    "Kosovars": ("XK", "people"),
    "Kosovans": ("XK", "people"),
    "Bosnian": ("BA", "state"),
    "Bosnians": ("BA", "people"),
    "Bosniak": ("BA", "ethnic"),
    "Bosniaks": ("BA", "people"),
    "Montenegrin": ("ME", "both"),
    "Montenegrins": ("ME", "people"),
    "Macedonian": ("MK", "both"),
    "Macedonians": ("MK", "people"),
    "Croatian": ("HR", "both"),
    "Croat": ("HR", "ethnic"),
    "Croats": ("HR", "people"),
    "Slovenian": ("SI", "both"),
    "Slovene": ("SI", "both"),
    "Slovenians": ("SI", "people"),
    "Russian": ("RU", "state"),
    "Ukrainian": ("UA", "state"),
    "American": ("US", "state"),
    "Greek": ("GR", "state"),
    "Bulgarian": ("BG", "state"),
    "Turkish": ("TR", "state"),
    "Hungarian": ("HU", "state"),
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

# What follows a state adjective when it stands for the state ("Serbian President").
INSTITUTION_NOUNS: tuple[str, ...] = (
    "government",
    "governments",
    "president",
    "prime minister",
    "premier",
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
    "media",
    "press",
    "state media",
    "state television",
    "public broadcaster",
    "broadcaster",
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
    kamen kamena prevalle sveti sveta dom mir rudnik tower labor post sport sela
    cela mel hope wells bath reading mobile buffalo nice orange victory union unity liberty
    dragan milan luka marko stefan nikola lazar ana jovan goran zoran petar pavle vuk dusan
    jelena vesna ivana dragana milica bojan ilir arben dritan agron bujar mimoza
    """.split()
)
# Toponyms that are also given names: followed by a capitalised surname they are a person.
GIVEN_NAMES: frozenset[str] = frozenset(
    """
    georgia milan sofia ada jordan chad victoria florence lorraine paris sydney austin
    luka vera marina lazar nikola stefan dragan bela rama meta
    """.split()
)

# Words before a name that mark it as a location ("in Bar", "near Pale", "u Beogradu").
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    """
    in near at from to outside inside around across toward towards into via of through
    u iz na do od kod za prema ka blizu oko po sa kroz ispred pored
    ne në nga prej drejt per për te tek afer afër ne
    у из на до од код за ка са
    """.split()
)
# Local prepositions alone (they license Serbian/Albanian case endings in English text too).
LOCAL_PREPOSITIONS: frozenset[str] = frozenset(
    """
    u iz na do od kod za prema ka blizu oko po sa kroz ispred pored ne nga prej drejt per te
    tek afer
    """.split()
)
# Function words that tell a Serbian/Croatian/Bosnian or Albanian text from an English one.
LOCAL_FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    je i u na se da su od za sa iz koji koja koje kao ali nije jer ili bi bio bila
    dhe te ne e nje qe per nga me se ka jane eshte u si por edhe
    је и у на се да су од за са из који као али није
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
