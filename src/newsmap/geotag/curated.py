"""Hand-made knowledge the geodata cannot provide: informal regions, region words, demonyms.

GeoNames and Natural Earth know towns and administrative units, but news speaks of Sandžak,
the Preševo Valley and "northern Kosovo", of "the Western Balkans", of "Kosovo Serbs" and
"the Serbian government".  This module lists those as plain data so the rules in
``resolve.py`` stay general.  Coordinates are rough centres (for a marker, not a boundary).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CuratedPlace:
    """A named area the gazetteer lacks.

    ``needs`` names a country that must be independently present in the document before this
    entry may win (e.g. "RS" means Republika Srpska only in a Bosnian context; bare "Macedonia"
    means the Greek region only when Greece is what the document talks about).
    """

    slug: str
    name: str
    country: str | None
    level: str
    lat: float
    lon: float
    aliases: tuple[str, ...]
    needs: str | None = None
    population: int = 0


# Informal regions and entities inside the six, at admin-1 level.
INFORMAL_REGIONS: tuple[CuratedPlace, ...] = (
    CuratedPlace(
        "republika-srpska",
        "Republika Srpska",
        "BA",
        "admin1",
        44.60,
        17.60,
        (
            "Republika Srpska",
            "Republic of Srpska",
            "Srpska",
            "Serb Republic",
            "Република Српска",
            "Republika e Serbe",
            "Republika Serbe",
        ),
    ),
    CuratedPlace(
        "republika-srpska-rs", "Republika Srpska", "BA", "admin1", 44.60, 17.60, ("RS",), needs="BA"
    ),
    # "the Federation" alone is the Bosniak-Croat entity only where Bosnia is the subject
    CuratedPlace(
        "federation-bih-short",
        "Federation of Bosnia and Herzegovina",
        "BA",
        "admin1",
        43.90,
        17.90,
        ("Federation",),
        needs="BA",
    ),
    CuratedPlace(
        "federation-bih",
        "Federation of Bosnia and Herzegovina",
        "BA",
        "admin1",
        43.90,
        17.90,
        (
            "Federation of Bosnia and Herzegovina",
            "Federation of BiH",
            "FBiH",
            "Federacija BiH",
            "Federacija Bosne i Hercegovine",
            "Bosniak-Croat Federation",
            "Muslim-Croat Federation",
            "Федерација Босне и Херцеговине",
        ),
    ),
    CuratedPlace(
        "brcko-district",
        "Brčko District",
        "BA",
        "admin1",
        44.87,
        18.81,
        (
            "Brčko District",
            "Brcko District",
            "Brčko Distrikt",
            "Distrikt Brčko",
            "District of Brčko",
            "Брчко дистрикт",
        ),
    ),
    CuratedPlace(
        "vojvodina",
        "Vojvodina",
        "RS",
        "admin1",
        45.40,
        19.90,
        ("Vojvodina", "Autonomous Province of Vojvodina", "Војводина", "Vajdaság", "Vojvodinë"),
    ),
    CuratedPlace(
        "sandzak",
        "Sandžak",
        "RS",
        "admin1",
        43.10,
        20.30,
        ("Sandžak", "Sanjak", "Санџак", "Sandžak region", "Sanxhak"),
    ),
    CuratedPlace(
        "presevo-valley",
        "Preševo Valley",
        "RS",
        "admin1",
        42.40,
        21.70,
        (
            "Preševo Valley",
            "Presheva Valley",
            "Preshevo Valley",
            "Luginë e Preshevës",
            "Lugina e Preshevës",
            "Luginës së Preshevës",
            "Preševska dolina",
            "Прешевска долина",
        ),
    ),
    CuratedPlace(
        "north-kosovo",
        "North Kosovo",
        "XK",
        "admin1",
        42.95,
        20.75,
        (
            "North Kosovo",
            "northern Kosovo",
            "Northern Kosovo",
            "north of Kosovo",
            "Kosovo's north",
            "Sever Kosova",
            "Severno Kosovo",
            "sever Kosova",
            "severu Kosova",
            "Veriu i Kosovës",
            "veri të Kosovës",
            "veriun e Kosovës",
            "Север Косова",
            "северу Косова",
        ),
    ),
    CuratedPlace(
        "metohija",
        "Metohija",
        "XK",
        "admin1",
        42.50,
        20.55,
        ("Metohija", "Dukagjin", "Rrafshi i Dukagjinit"),
    ),
    CuratedPlace("drenica", "Drenica", "XK", "admin1", 42.68, 20.85, ("Drenica", "Drenicë")),
    CuratedPlace(
        "herzegovina",
        "Herzegovina",
        "BA",
        "admin1",
        43.30,
        17.80,
        (
            "Herzegovina",
            "Hercegovina",
            "Херцеговина",
            "Eastern Herzegovina",
            "Western Herzegovina",
            "Hercegovinë",
        ),
    ),
    CuratedPlace(
        "bosanska-krajina",
        "Bosanska Krajina",
        "BA",
        "admin1",
        44.80,
        16.60,
        ("Bosanska Krajina", "Bosnian Krajina", "Krajina", "Крајина"),
    ),
    CuratedPlace("krajina-hr", "Krajina", "HR", "admin1", 44.05, 15.95, ("Krajina",)),
    CuratedPlace("sumadija", "Šumadija", "RS", "admin1", 44.05, 20.80, ("Šumadija",)),
)

# Places outside the region whose names collide with the region's; they win only in context.
CONTEXT_ONLY: tuple[CuratedPlace, ...] = (
    CuratedPlace(
        "macedonia-greece",
        "Macedonia (Greece)",
        "GR",
        "admin1",
        40.65,
        22.90,
        ("Macedonia",),
        needs="GR",
    ),
    CuratedPlace(
        "greek-macedonia",
        "Macedonia (Greece)",
        "GR",
        "admin1",
        40.65,
        22.90,
        (
            "Greek Macedonia",
            "Central Macedonia",
            "Western Macedonia",
            "Eastern Macedonia",
            "Eastern Macedonia and Thrace",
        ),
    ),
    CuratedPlace(
        "montenegro-brazil",
        "Montenegro (Brazil)",
        "BR",
        "city",
        -29.69,
        -51.46,
        ("Montenegro",),
        needs="BR",
        population=65_000,
    ),
)

# Words for the region as a whole: level "region", no country, never painted on one state.
REGION_WORDS: tuple[CuratedPlace, ...] = (
    CuratedPlace(
        "western-balkans",
        "Western Balkans",
        None,
        "region",
        42.5,
        20.0,
        (
            "Western Balkans",
            "West Balkans",
            "Western Balkan",
            "Zapadni Balkan",
            "Западни Балкан",
            "Ballkani Perëndimor",
            "Ballkanit Perëndimor",
        ),
    ),
    CuratedPlace(
        "balkans",
        "Balkans",
        None,
        "region",
        43.0,
        21.0,
        (
            "Balkans",
            "Balkan",
            "Balkan Peninsula",
            "Balkan region",
            "Ballkan",
            "Ballkani",
            "Ballkanit",
            "Балкан",
            "Balkanu",
            "Balkana",
        ),
    ),
    CuratedPlace(
        "former-yugoslavia",
        "Former Yugoslavia",
        None,
        "region",
        44.0,
        18.5,
        (
            "former Yugoslavia",
            "Former Yugoslavia",
            "ex-Yugoslavia",
            "bivša Jugoslavija",
            "bivše Jugoslavije",
            "bivšoj Jugoslaviji",
            "ish-Jugosllavia",
            "ish-Jugosllavisë",
        ),
    ),
    CuratedPlace(
        "yugoslavia",
        "Yugoslavia",
        None,
        "region",
        44.0,
        18.5,
        (
            "Yugoslavia",
            "Jugoslavija",
            "Југославија",
            "Jugosllavia",
            "Jugosllavisë",
            "SFRY",
            "SFR Yugoslavia",
            "Socialist Federal Republic of Yugoslavia",
            "Federal Republic of Yugoslavia",
        ),
    ),
    CuratedPlace(
        "southeast-europe",
        "Southeast Europe",
        None,
        "region",
        43.0,
        22.0,
        (
            "Southeast Europe",
            "South-East Europe",
            "South East Europe",
            "Southeastern Europe",
            "South-Eastern Europe",
            "Jugoistočna Evropa",
        ),
    ),
    CuratedPlace(
        "europe",
        "Europe",
        None,
        "region",
        50.0,
        15.0,
        ("Europe", "Evropa", "Европа", "Evropë", "Evropës", "Europa"),
    ),
)

# Extra names for countries (the country table has the official and local ones).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "XK": (
        "Kosovo",
        "Kosova",
        "Kosovë",
        "Republic of Kosovo",
        "Republika e Kosovës",
        "Kosovo and Metohija",
        "Kosovo i Metohija",
        "Kosmet",
        "Косово",
        "Косово и Метохија",
    ),
    "BA": (
        "Bosnia",
        "Bosnia and Herzegovina",
        "Bosnia-Herzegovina",
        "Bosnia & Herzegovina",
        "BiH",
        "Bosna i Hercegovina",
        "Bosna",
        "Bosnja",
        "Bosnje e Hercegovina",
        "Bosnje dhe Hercegovina",
        "Босна и Херцеговина",
        "Босна",
    ),
    "MK": (
        "North Macedonia",
        "Macedonia",
        "Republic of North Macedonia",
        "FYROM",
        "Former Yugoslav Republic of Macedonia",
        "Republic of Macedonia",
        "Severna Makedonija",
        "Sjeverna Makedonija",
        "Makedonija",
        "Maqedonia e Veriut",
        "Maqedonia",
        "Maqedoni e Veriut",
        "Maqedonisë së Veriut",
        "Северна Македонија",
        "Македонија",
    ),
    "ME": ("Montenegro", "Monte-negro", "Monte Negro", "Crna Gora", "Mali i Zi", "Црна Гора"),
    "AL": ("Albania", "Shqipëria", "Shqipëri", "Shqiperia", "Albanija", "Албанија"),
    "RS": ("Serbia", "Srbija", "Serbia", "Србија", "Republic of Serbia", "Serbija"),
    "HR": ("Croatia", "Hrvatska", "Kroacia", "Kroaci", "Хрватска"),
    "SI": ("Slovenia", "Slovenija", "Sllovenia", "Словенија"),
    "US": (
        "United States",
        "United States of America",
        "US",
        "U.S.",
        "USA",
        "America",
        "SAD",
        "Amerika",
        "SHBA",
    ),
    "GB": ("United Kingdom", "UK", "Britain", "Great Britain"),
    "RU": ("Russia", "Rusija", "Rusia", "Rusi", "Русија", "Россия", "Russian Federation"),
    "UA": ("Ukraine", "Ukrajina", "Ukraina", "Україна", "Украјина"),
    "GR": ("Greece", "Grčka", "Greqia", "Greqi", "Грчка"),
    "DE": ("Germany", "Nemačka", "Njemačka", "Gjermania", "Немачка"),
    "TR": ("Turkey", "Türkiye", "Turkiye", "Turska", "Turqia"),
    "BG": ("Bulgaria", "Bugarska", "Bullgaria"),
    "HU": ("Hungary", "Mađarska", "Hungaria"),
    "RO": ("Romania", "Rumunija", "Rumunia"),
    "IT": ("Italy", "Italija", "Italia"),
    "FR": ("France", "Francuska", "Franca"),
    "AT": ("Austria", "Austrija"),
    "CN": ("China", "Kina"),
    "GE": ("Georgia",),
    "BR": ("Brazil", "Brasil"),
    "SK": ("Slovakia", "Slovačka"),
}

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

# Local and customary names of the region's main towns, trusted like official names (GeoNames
# lists them among untagged alternates).  Keyed by country and the names the gazetteer may use.
TOWN_ALIASES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "XK",
        ("Pristina", "Prishtina", "Prishtinë"),
        ("Pristina", "Prishtina", "Prishtinë", "Priština", "Приштина"),
    ),
    (
        "XK",
        ("Mitrovicë", "Mitrovica", "Kosovska Mitrovica", "South Mitrovica"),
        (
            "Mitrovica",
            "Mitrovicë",
            "Kosovska Mitrovica",
            "Косовска Митровица",
            "South Mitrovica",
            "Southern Mitrovica",
            "Mitrovica e Jugut",
            "Mitrovicë e Jugut",
            "Južna Mitrovica",
        ),
    ),
    ("XK", ("Pejë", "Peja", "Peć"), ("Peja", "Pejë", "Peć", "Pec", "Пећ")),
    ("XK", ("Gjakovë", "Gjakova", "Đakovica"), ("Gjakova", "Gjakovë", "Đakovica", "Djakovica")),
    ("XK", ("Ferizaj", "Uroševac"), ("Ferizaj", "Uroševac", "Urosevac", "Урошевац")),
    ("XK", ("Gjilan", "Gnjilane"), ("Gjilan", "Gjilani", "Gnjilane", "Гњилане")),
    ("XK", ("Prizren",), ("Prizren", "Prizreni", "Призрен")),
    ("XK", ("Podujevë", "Podujeva", "Podujevo"), ("Podujeva", "Podujevë", "Podujevo")),
    ("XK", ("Vushtrri", "Vučitrn"), ("Vushtrri", "Vučitrn", "Vucitrn")),
    ("XK", ("Zvečan", "Zveçan"), ("Zvečan", "Zveçan", "Zvecan", "Звечан")),
    ("XK", ("Leposavić", "Leposaviq"), ("Leposavić", "Leposaviq", "Leposavic", "Лепосавић")),
    ("XK", ("Zubin Potok",), ("Zubin Potok", "Зубин Поток")),
    ("XK", ("Štrpce", "Shtërpcë"), ("Štrpce", "Shtërpcë", "Strpce", "Штрпце")),
    ("XK", ("Gračanica", "Graçanicë"), ("Gračanica", "Graçanicë", "Gracanica", "Грачаница")),
    ("XK", ("Deçan", "Dečani"), ("Deçan", "Dečani", "Decani", "Дечани")),
    ("XK", ("Fushë Kosovë", "Kosovo Polje"), ("Fushë Kosova", "Fushë Kosovë", "Kosovo Polje")),
    ("XK", ("Skenderaj", "Srbica"), ("Skenderaj", "Srbica")),
    ("AL", ("Tirana", "Tiranë"), ("Tirana", "Tiranë", "Тирана")),
    ("AL", ("Durrës", "Durres"), ("Durrës", "Durres", "Durazzo", "Drač")),
    ("AL", ("Vlorë", "Vlora"), ("Vlora", "Vlorë", "Valona", "Valona")),
    ("AL", ("Shkodër", "Shkodra"), ("Shkodra", "Shkodër", "Shkoder", "Skadar", "Scutari")),
    ("AL", ("Korçë", "Korça"), ("Korça", "Korçë", "Korce", "Korca")),
    ("AL", ("Sarandë", "Saranda"), ("Saranda", "Sarandë")),
    ("AL", ("Gjirokastër", "Gjirokastra"), ("Gjirokastra", "Gjirokastër")),
    ("AL", ("Lezhë", "Lezha"), ("Lezha", "Lezhë")),
    ("AL", ("Kukës",), ("Kukës", "Kukes")),
    ("ME", ("Podgorica",), ("Podgorica", "Podgoricë", "Titograd", "Подгорица")),
    ("ME", ("Ulcinj",), ("Ulcinj", "Ulqin", "Ulqini")),
    ("MK", ("Skopje",), ("Skopje", "Shkup", "Shkupi", "Skoplje", "Скопје")),
    ("MK", ("Tetovo",), ("Tetovo", "Tetovë", "Tetova", "Тетово")),
    ("MK", ("Kumanovo",), ("Kumanovo", "Kumanovë", "Куманово")),
    ("MK", ("Struga",), ("Struga", "Strugë", "Струга")),
    ("MK", ("Ohrid",), ("Ohrid", "Ohër", "Охрид")),
    ("MK", ("Debar",), ("Debar", "Dibër")),
    ("MK", ("Kičevo", "Kicevo"), ("Kičevo", "Kërçovë", "Kicevo")),
    ("MK", ("Kočani", "Kocani", "Kochani"), ("Kočani", "Kocani", "Кочани")),
    ("BA", ("Banja Luka",), ("Banja Luka", "Banjaluka", "Бања Лука")),
    ("RS", ("Belgrade", "Beograd"), ("Belgrade", "Beograd", "Београд", "Beogradi")),
    ("RS", ("Niš", "Nis"), ("Niš", "Nis", "Ниш")),
    ("RS", ("Preševo", "Presevo"), ("Preševo", "Presheva", "Preshevë", "Presevo")),
    ("RS", ("Bujanovac",), ("Bujanovac", "Bujanoc")),
    ("RS", ("Medveđa", "Medvedja"), ("Medveđa", "Medvegja")),
    # foreign cities under the region's own names
    ("TR", ("Istanbul",), ("Istanbul", "Stamboll", "Stambolli", "Istanbuli")),
)
