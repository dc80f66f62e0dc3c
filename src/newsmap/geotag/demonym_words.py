"""Demonyms, and the nouns after a state adjective that tell the state from a people.

Plain data for ``demonyms.py``, ``rules.py`` and the gazetteer's keys: "Serbian President" is
the state, "the Serbian minority" a people, "Serbs" a people and "Kosovars" citizens.  A topic
apart from ``words`` (the other word lists around names), which imports these names again so
that ``words.DEMONYMS`` and the like keep working.
"""

from __future__ import annotations

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
    "state police",
    "state utility",
    "state company",
    "state broadcaster",
    "state award",
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
    "deputies",
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
#: ``DEMONYMS`` by folded word, as the rules meet them in text.
FOLDED_DEMONYMS: dict[str, tuple[str, str]] = {fold(w): v for w, v in DEMONYMS.items()}
