"""More rivers and lakes of the six, and landmarks the press names without a site noun.

The press writes "on the Miljacka", "the Vjosa national park", "across the Sitnica" without the
word "river", and "rallies on Terazije" or "tourists in Baščaršija" without "square" or "old
quarter".  GeoNames lists towns, not waters or quarters, so these are listed here as plain data,
as ``curated_rivers.WATERS`` lists the big rivers; a river in several countries has one entry per
country, and the sentence's places pick the country (``rivers``).  Names that are also given
names or common words ("Sana", "Bojana") are ``SHORT_RIVERS``: they count only in a
sentence that speaks of a river.  Coordinates are rough centres, for a marker.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace


def _water(slug: str, name: str, aliases: tuple[str, ...], *points: tuple) -> tuple:
    """One entry per country a river or lake runs through, each winning only in its context."""
    return tuple(
        CuratedPlace(f"{slug}-{cc.lower()}", name, cc, "site", lat, lon, aliases, needs=cc)
        for cc, lat, lon in points
    )


#: One-word names that mean other things too (given names): a river only beside a river word.
#: ("Tara" is also a mountain, "Piva" a beer, "Tisa" and "Lana" given names, "Krka" a firm,
#: "Vrbas" a town in Vojvodina.)
SHORT_RIVERS = frozenset(
    {"Sana", "Bojana", "Osum", "Tara", "Piva", "Tisa", "Lana", "Krka", "Korana", "Vrbas"}
)

MORE_WATERS: tuple[CuratedPlace, ...] = (
    *_water("miljacka", "Miljacka", ("Miljacka", "Miljacka River"), ("BA", 43.858, 18.42)),
    *_water(
        "vjosa", "Vjosa", ("Vjosa", "Vjosë", "Vjosa River", "River Vjosa"), ("AL", 40.45, 19.75)
    ),
    *_water("moraca", "Morača", ("Morača", "Morača River"), ("ME", 42.50, 19.25)),
    *_water(
        "shkumbin",
        "Shkumbin",
        ("Shkumbin", "Shkumbini", "Shkumbin River"),
        ("AL", 41.05, 19.90),
    ),
    *_water("osum", "Osum", ("Osum", "Osumi", "Osum River"), ("AL", 40.60, 20.10)),
    *_water("treska", "Treska", ("Treska", "Treska River"), ("MK", 41.95, 21.30)),
    *_water("bregalnica", "Bregalnica", ("Bregalnica", "Bregalnica River"), ("MK", 41.75, 22.20)),
    *_water("sitnica", "Sitnica", ("Sitnica", "Sitnica River"), ("XK", 42.75, 21.05)),
    *_water(
        "white-drin",
        "White Drin",
        ("White Drin", "Drini i Bardhë", "Beli Drim"),
        ("XK", 42.40, 20.60),
    ),
    *_water(
        "black-drin",
        "Black Drin",
        ("Black Drin", "Drini i Zi", "Crni Drim", "Crn Drim"),
        ("MK", 41.35, 20.60),
        ("AL", 41.70, 20.40),
    ),
    *_water("timok", "Timok", ("Timok", "Timok River"), ("RS", 43.90, 22.40)),
    *_water("nisava", "Nišava", ("Nišava", "Nisava", "Nišava River"), ("RS", 43.32, 21.90)),
    *_water("vrbas", "Vrbas", ("Vrbas", "Vrbas River"), ("BA", 44.50, 17.20)),
    *_water("uvac", "Uvac", ("Uvac", "Uvac River"), ("RS", 43.45, 19.85)),
    *_water("rakitnica", "Rakitnica", ("Rakitnica", "Rakitnica River"), ("BA", 43.62, 18.23)),
    *_water("gomjenica", "Gomjenica", ("Gomjenica", "Gomjenica River"), ("BA", 44.97, 16.75)),
    *_water(
        "south-morava",
        "South Morava",
        ("South Morava", "Južna Morava", "Južna Morava River"),
        ("RS", 43.00, 21.90),
    ),
    *_water(
        "west-morava",
        "West Morava",
        ("West Morava", "Zapadna Morava"),
        ("RS", 43.70, 20.50),
    ),
    *_water("sana", "Sana", ("Sana", "Sana River"), ("BA", 44.80, 16.70)),
    *_water("bojana", "Bojana", ("Bojana", "Bojana River", "Buna River"), ("ME", 41.90, 19.40)),
    *_water("cehotina", "Ćehotina", ("Ćehotina", "Ćehotina River"), ("ME", 43.35, 19.20)),
    *_water("tara", "Tara", ("Tara", "Tara River"), ("ME", 43.20, 19.30), ("BA", 43.35, 18.85)),
    *_water("piva", "Piva", ("Piva", "Piva River"), ("ME", 43.15, 18.85)),
    *_water("tisa", "Tisa", ("Tisa", "Tisa River", "Tisza"), ("RS", 45.55, 20.10)),
    *_water("lana", "Lana", ("Lana", "Lana River"), ("AL", 41.325, 19.82)),
    *_water("krka", "Krka", ("Krka", "Krka River"), ("HR", 43.90, 16.00)),
    *_water("korana", "Korana", ("Korana", "Korana River"), ("HR", 45.10, 15.60)),
    *_water("savinja", "Savinja", ("Savinja", "Savinja River"), ("SI", 46.30, 15.00)),
    *_water("meza", "Meža", ("Meža", "Meža River"), ("SI", 46.52, 14.95)),
    *_water("detinja", "Đetinja", ("Đetinja", "Ђетиња", "Djetinja"), ("RS", 43.85, 19.85)),
    *_water(
        "lake-dojran",
        "Lake Dojran",
        ("Lake Dojran", "Dojran Lake", "Dojransko Ezero"),
        ("MK", 41.20, 22.74),
        ("GR", 41.18, 22.76),
    ),
    *_water(
        "lake-plav", "Lake Plav", ("Lake Plav", "Plav Lake", "Plavsko jezero"), ("ME", 42.59, 19.93)
    ),
    *_water(
        "lake-vlasina",
        "Lake Vlasina",
        ("Lake Vlasina", "Vlasina Lake", "Vlasinsko jezero"),
        ("RS", 42.70, 22.33),
    ),
    *_water("lake-palic", "Lake Palić", ("Lake Palić", "Palić Lake"), ("RS", 46.08, 19.76)),
    *_water(
        "lake-jablanica",
        "Lake Jablanica",
        ("Lake Jablanica", "Jablanica Lake", "Jablaničko jezero"),
        ("BA", 43.65, 17.85),
    ),
    *_water(
        "lake-perucac",
        "Lake Perućac",
        ("Lake Perućac", "Perućac Lake"),
        ("RS", 43.95, 19.43),
        ("BA", 43.95, 19.40),
    ),
    *_water(
        "lake-koman",
        "Lake Koman",
        ("Lake Koman", "Koman Lake", "Koman reservoir"),
        ("AL", 42.10, 19.85),
    ),
    *_water("lake-fierza", "Lake Fierza", ("Lake Fierza", "Fierza Lake"), ("AL", 42.25, 20.20)),
)

#: Squares, quarters and parks that the press names bare ("rallies on Terazije").
LANDMARKS: tuple[CuratedPlace, ...] = (
    CuratedPlace("terazije", "Terazije", "RS", "site", 44.8135, 20.4606, ("Terazije",)),
    CuratedPlace("slavija", "Slavija", "RS", "site", 44.8027, 20.4667, ("Slavija",)),
    CuratedPlace("kalemegdan", "Kalemegdan", "RS", "site", 44.8231, 20.4504, ("Kalemegdan",)),
    CuratedPlace(
        "ada-ciganlija", "Ada Ciganlija", "RS", "site", 44.7870, 20.4140, ("Ada Ciganlija",)
    ),
    CuratedPlace(
        "bascarsija", "Baščaršija", "BA", "site", 43.8597, 18.4313, ("Baščaršija", "Bascarsija")
    ),
    CuratedPlace("marijin-dvor", "Marijin Dvor", "BA", "site", 43.8560, 18.4090, ("Marijin Dvor",)),
    CuratedPlace("stari-most", "Stari Most", "BA", "site", 43.3373, 17.8150, ("Stari Most",)),
    CuratedPlace("stradun", "Stradun", "HR", "site", 42.6413, 18.1090, ("Stradun",)),
    CuratedPlace("prokurative", "Prokurative", "HR", "site", 43.5085, 16.4370, ("Prokurative",)),
    CuratedPlace(
        "peljesac-bridge", "Pelješki most", "HR", "site", 42.9170, 17.5530, ("Pelješki most",)
    ),
    CuratedPlace("dedinje", "Dedinje", "RS", "city", 44.7750, 20.4480, ("Dedinje", "Дедиње")),
)

#: Sarajevo's city municipalities, which GeoNames lacks: named bare in Sarajevo news ("the
#: municipality of Stari Grad").  Stari Grad and Centar are Belgrade's, Zagreb's or Skopje's
#: too, so those two win only where the document is about Bosnia.
CITY_DISTRICTS: tuple[CuratedPlace, ...] = (
    CuratedPlace(
        "stari-grad-sarajevo",
        "Stari Grad",
        "BA",
        "city",
        43.8590,
        18.4350,
        ("Stari Grad",),
        "BA",
    ),
    CuratedPlace("centar-sarajevo", "Centar", "BA", "city", 43.8640, 18.4100, ("Centar",), "BA"),
    CuratedPlace(
        "novo-sarajevo",
        "Novo Sarajevo",
        "BA",
        "city",
        43.8500,
        18.3900,
        ("Novo Sarajevo",),
    ),
)

#: Villages and small places the press names often and GeoNames' towns lack: memorials,
#: resorts, ferries, border crossings and projects ("the Potočari memorial", "the ferry at
#: Kamenari", "the Debeli Brijeg crossing").
VILLAGES: tuple[CuratedPlace, ...] = (
    CuratedPlace("potocari", "Potočari", "BA", "city", 44.130, 19.296, ("Potočari", "Potocari")),
    CuratedPlace("sveti-stefan", "Sveti Stefan", "ME", "city", 42.256, 18.891, ("Sveti Stefan",)),
    CuratedPlace("virpazar", "Virpazar", "ME", "city", 42.246, 19.092, ("Virpazar",)),
    CuratedPlace("kamenari", "Kamenari", "ME", "city", 42.466, 18.673, ("Kamenari",)),
    CuratedPlace(
        "debeli-brijeg",
        "Debeli Brijeg",
        "ME",
        "city",
        42.468,
        18.461,
        ("Debeli Brijeg",),
    ),
    CuratedPlace("bozaj", "Božaj", "ME", "city", 42.353, 19.400, ("Božaj", "Bozaj")),
    CuratedPlace("porto-romano", "Porto Romano", "AL", "city", 41.370, 19.440, ("Porto Romano",)),
    CuratedPlace("zvernec", "Zvërnec", "AL", "city", 40.510, 19.410, ("Zvërnec", "Zvernec")),
    CuratedPlace("vermice", "Vërmicë", "XK", "city", 42.130, 20.580, ("Vërmicë", "Vermica")),
    # the Albanian side of the crossing to Montenegro (Božaj); English writes its definite form
    # too ("the crossing at Hani i Hotit"), which local text reads as its case form
    CuratedPlace(
        "han-i-hotit",
        "Han i Hotit",
        "AL",
        "city",
        42.333,
        19.424,
        ("Han i Hotit", "Hani i Hotit", "Хан и Хотит"),
    ),
)

#: Mountains and national parks the press names bare ("hikers on Durmitor").
MOUNTAINS: tuple[CuratedPlace, ...] = (
    CuratedPlace("durmitor", "Durmitor", "ME", "site", 43.13, 19.03, ("Durmitor",)),
    CuratedPlace("lovcen", "Lovćen", "ME", "site", 42.40, 18.83, ("Lovćen", "Mount Lovćen")),
    CuratedPlace("kopaonik", "Kopaonik", "RS", "site", 43.28, 20.80, ("Kopaonik",)),
    CuratedPlace("jahorina", "Jahorina", "BA", "site", 43.73, 18.57, ("Jahorina",)),
    CuratedPlace("bjelasnica", "Bjelašnica", "BA", "site", 43.71, 18.26, ("Bjelašnica",)),
    CuratedPlace("igman", "Igman", "BA", "site", 43.75, 18.27, ("Igman", "Mount Igman")),
    CuratedPlace("rugova", "Rugova", "XK", "site", 42.67, 20.15, ("Rugova", "Rugova Gorge")),
    CuratedPlace("dajti", "Dajti", "AL", "site", 41.37, 19.92, ("Dajti", "Mount Dajti")),
    # the Albanian part of the Prokletije, by its English name (not "Albanian" and a noun)
    CuratedPlace("albanian-alps", "Albanian Alps", "AL", "site", 42.42, 19.80, ("Albanian Alps",)),
    CuratedPlace("llogara", "Llogara", "AL", "site", 40.20, 19.58, ("Llogara", "Llogara Pass")),
    CuratedPlace("velebit", "Velebit", "HR", "site", 44.55, 15.30, ("Velebit", "Велебит")),
    CuratedPlace(
        "fruska-gora", "Fruška Gora", "RS", "site", 45.15, 19.70, ("Fruška gora", "Фрушка гора")
    ),
    CuratedPlace("kosmaj", "Kosmaj", "RS", "site", 44.47, 20.56, ("Kosmaj", "Космај")),
    CuratedPlace("rtanj", "Rtanj", "RS", "site", 43.78, 21.89, ("Rtanj", "Ртањ")),
    CuratedPlace("visocica", "Visočica", "BA", "site", 43.60, 18.20, ("Visočica",)),
    CuratedPlace("tornik", "Tornik", "RS", "site", 43.67, 19.66, ("Tornik", "Торник")),
    CuratedPlace("biokovo", "Biokovo", "HR", "site", 43.34, 17.05, ("Biokovo", "Биоково")),
)


#: Ranges on a border, one entry per state they stand in, each winning only in its context:
#: the sentence's places pick the side, as for a shared river (``rivers``), so the Šar
#: Mountains above Tetovo are Macedonia's and above Prizren Kosovo's.
SHARED_MOUNTAINS: tuple[CuratedPlace, ...] = (
    *_water(
        "prokletije",
        "Prokletije",
        ("Prokletije", "Accursed Mountains", "Bjeshkët e Nemuna"),
        ("ME", 42.50, 19.80),
        ("AL", 42.40, 19.85),
        ("XK", 42.62, 20.10),
    ),
    *_water(
        "sar-mountains",
        "Šar Mountains",
        ("Šar Mountains", "Sharr Mountains", "Šar Planina"),
        ("XK", 42.10, 20.90),
        ("MK", 41.95, 20.85),
    ),
)

#: Villages that name border crossings on one side only, which the press of either side names
#: ("na prelazu Tabanovce" in Serbian news is the Macedonian side).  Local-language keys only
#: (``curated_keys``): an English report names such a crossing with its noun, which the site
#: rules read, and keeps its reading.
CROSSING_VILLAGES: tuple[CuratedPlace, ...] = (
    CuratedPlace(
        "tabanovce", "Tabanovce", "MK", "city", 42.214, 21.704, ("Tabanovce", "Табановце")
    ),
    CuratedPlace("cafasan", "Ćafasan", "MK", "city", 41.168, 20.601, ("Ćafasan", "Ќафасан")),
    CuratedPlace("bogorodica", "Bogorodica", "MK", "city", 41.133, 22.567, ("Богородица",)),
    CuratedPlace(
        "medzitlija", "Medžitlija", "MK", "city", 40.943, 21.404, ("Medžitlija", "Меџитлија")
    ),
    CuratedPlace(
        "scepan-polje",
        "Šćepan Polje",
        "ME",
        "city",
        43.230,
        18.850,
        ("Šćepan Polje", "Шћепан Поље"),
    ),
    CuratedPlace(
        "dobrakovo", "Dobrakovo", "ME", "city", 43.085, 19.790, ("Dobrakovo", "Добраково")
    ),
    CuratedPlace("sepak", "Šepak", "BA", "city", 44.470, 19.140, ("Šepak", "Шепак")),
    CuratedPlace("kotroman", "Kotroman", "RS", "city", 43.790, 19.380, ("Kotroman", "Котроман")),
    CuratedPlace("gostun", "Gostun", "RS", "city", 43.480, 19.690, ("Gostun", "Гостун")),
    CuratedPlace("batrovci", "Batrovci", "RS", "city", 45.050, 19.125, ("Batrovci", "Батровци")),
    CuratedPlace("bajakovo", "Bajakovo", "HR", "city", 45.055, 19.100, ("Bajakovo", "Бајаково")),
    CuratedPlace("horgos", "Horgoš", "RS", "city", 46.156, 19.971, ("Horgoš", "Хоргош")),
    CuratedPlace("kelebija", "Kelebija", "RS", "city", 46.160, 19.610, ("Kelebija", "Келебија")),
    CuratedPlace("bijaca", "Bijača", "BA", "city", 43.140, 17.520, ("Bijača", "Бијача")),
    CuratedPlace("doljani", "Doljani", "BA", "city", 43.070, 17.620, ("Doljani", "Дољани")),
    CuratedPlace("gruskovje", "Gruškovje", "SI", "city", 46.270, 15.880, ("Gruškovje",)),
    CuratedPlace("macelj", "Macelj", "HR", "city", 46.250, 15.860, ("Macelj", "Мацељ")),
    CuratedPlace("qafe-prush", "Qafë Prush", "AL", "city", 42.260, 20.460, ("Qafë Prush",)),
)
