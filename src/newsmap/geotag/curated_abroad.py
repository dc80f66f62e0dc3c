"""Places just outside the six that the region's news names, and foreign namesakes of its towns.

The gazetteer's foreign towns are the big ones, so a border village, a resort or an island
across the border has no entry, and a name the region shares with it goes to the region town,
with a region code: "Kula" in a story about a market in Bulgaria, "Bansko" for the Bulgarian
ski resort, the Hilandar monastery "on Mount Athos" placed by the dateline in Belgrade.  This
table adds them as plain data, as ``curated_waters`` adds rivers:

- *namesakes* of region towns ("Kula", "Bansko"): each ``needs`` its own state, so it wins
  only in a document that names that state independently, and the region town keeps the name
  everywhere else.  Twins whose region town lies on that very border (Dimitrovgrad, named in
  every story about the Bulgarian crossing) or is a bigger town than they are (Bar) are left
  to what the text says (``abroad``: "Dimitrovgrad in southern Bulgaria", "Bar, Ukraine");
- *border towns and crossings* on the far side of the six's borders (Kalotina, Evzonoi,
  Kelebia, Tovarnik), where queues, refugees and trade are reported from;
- *resorts, islands and sites* the region's travellers and pilgrims go to (Halkidiki, Corfu,
  Mount Athos, the Plitvice Lakes), so a site named next to them is anchored abroad;
- *diaspora towns* that are not among the big cities (Winterthur, Utica).

Coordinates are rough centres, for a marker; populations are rounded, for the name's prior.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace


def _town(
    slug: str,
    name: str,
    cc: str,
    lat: float,
    lon: float,
    pop: int,
    *aliases: str,
    needs: bool = False,
) -> CuratedPlace:
    return CuratedPlace(
        slug,
        name,
        cc,
        "city",
        lat,
        lon,
        (name, *aliases),
        needs=cc if needs else None,
        population=pop,
    )


def _site(
    slug: str, name: str, cc: str, level: str, lat: float, lon: float, *aliases: str
) -> CuratedPlace:
    return CuratedPlace(slug, name, cc, level, lat, lon, (name, *aliases))


#: Towns abroad that share their name with a town of the six: only in their state's context.
NAMESAKES: tuple[CuratedPlace, ...] = (
    _town("kula-bg", "Kula", "BG", 43.888, 22.521, 2700, needs=True),
    _town("bansko-bg", "Bansko", "BG", 41.838, 23.488, 8500, needs=True),
    # the province seat on the Sofia-Vidin road; an American state's name too
    _town("montana-bg", "Montana", "BG", 43.412, 23.225, 40000, needs=True),
)

#: Border towns, crossings, resorts, islands and sites next to the six, and diaspora towns.
NEAR_ABROAD: tuple[CuratedPlace, ...] = (
    # Bulgaria
    _town("vidin", "Vidin", "BG", 43.990, 22.880, 45000),
    _town(
        "kyustendil",
        "Kyustendil",
        "BG",
        42.284,
        22.690,
        40000,
        "Ćustendil",
        "Kjustendil",
        "Ќустендил",
        "Ћустендил",
    ),
    _town("petrich", "Petrich", "BG", 41.398, 23.207, 27000, "Petrič", "Петрич"),
    _town("sandanski", "Sandanski", "BG", 41.567, 23.283, 25000),
    _town("kalotina", "Kalotina", "BG", 42.990, 22.870, 300),
    _town("kulata", "Kulata", "BG", 41.390, 23.360, 700),
    _town("belogradchik", "Belogradchik", "BG", 43.627, 22.683, 5000),
    _site("vrashka-chuka", "Vrashka Chuka", "BG", "site", 43.805, 22.383),
    _site("baba-vida", "Baba Vida", "BG", "site", 43.996, 22.886),
    _site(
        "sunny-beach", "Sunny Beach", "BG", "site", 42.690, 27.710, "Sunčev Breg", "Slanchev Bryag"
    ),
    # Greece
    _town("florina", "Florina", "GR", 40.781, 21.409, 17000, "Lerin"),
    _town("kastoria", "Kastoria", "GR", 40.520, 21.269, 13000, "Kostur"),
    _town("kilkis", "Kilkis", "GR", 40.993, 22.875, 22000),
    _town("edessa", "Edessa", "GR", 40.800, 22.047, 18000, "Voden"),
    _town("igoumenitsa", "Igoumenitsa", "GR", 39.503, 20.265, 10000),
    _town("kozani", "Kozani", "GR", 40.301, 21.789, 42000),
    _town("evzonoi", "Evzonoi", "GR", 41.100, 22.556, 500, "Evzoni"),
    _town("idomeni", "Idomeni", "GR", 41.122, 22.517, 150),
    _site("promachonas", "Promachonas", "GR", "site", 41.370, 23.366),
    _town("psarades", "Psarades", "GR", 40.830, 21.031, 100),
    _town("corfu", "Corfu", "GR", 39.624, 19.922, 32000, "Kerkyra", "Krf", "Korfuz"),
    _town("thassos", "Thassos", "GR", 40.780, 24.710, 3000, "Tasos"),
    _site(
        "halkidiki",
        "Halkidiki",
        "GR",
        "admin1",
        40.350,
        23.450,
        "Chalkidiki",
        "Halkidiki peninsula",
    ),
    _site("mount-athos", "Mount Athos", "GR", "site", 40.157, 24.326, "Sveta Gora"),
    # Thessaloniki's airport and university carry the Greek region's name: not the state's
    _site(
        "thessaloniki-airport",
        "Makedonia Airport",
        "GR",
        "site",
        40.520,
        22.971,
        "Thessaloniki Airport",
        "Thessaloniki Makedonia Airport",
        "Macedonia Airport",
    ),
    _site("university-of-macedonia", "University of Macedonia", "GR", "site", 40.625, 22.960),
    # Croatia
    _town("tovarnik", "Tovarnik", "HR", 45.163, 19.152, 2000),
    _town("stara-gradiska", "Stara Gradiška", "HR", 45.150, 17.250, 1000, "Stara Gradiska"),
    _town("imotski", "Imotski", "HR", 43.447, 17.216, 4000),
    _town("cavtat", "Cavtat", "HR", 42.580, 18.218, 2000),
    _town("hrvatska-kostajnica", "Hrvatska Kostajnica", "HR", 45.230, 16.540, 2000),
    _town("hrvatska-dubica", "Hrvatska Dubica", "HR", 45.180, 16.810, 1000),
    _town("slavonski-samac", "Slavonski Šamac", "HR", 45.103, 18.500, 2000, "Slavonski Samac"),
    _site(
        "plitvice",
        "Plitvice Lakes",
        "HR",
        "site",
        44.880,
        15.620,
        "Plitvice Lakes National Park",
        "Plitvička jezera",
    ),
    # Hungary and Romania
    _town("kelebia", "Kelebia", "HU", 46.197, 19.617, 2800),
    _town("roszke", "Röszke", "HU", 46.188, 20.037, 3300, "Roszke", "Reske", "Реске"),
    _town("mohacs", "Mohács", "HU", 45.993, 18.683, 17000, "Mohacs", "Mohač"),
    _town(
        "drobeta", "Drobeta-Turnu Severin", "RO", 44.627, 22.656, 92000, "Drobeta", "Turnu Severin"
    ),
    # diaspora towns
    _town("winterthur", "Winterthur", "CH", 47.500, 8.724, 115000),
    _town("basel", "Basel", "CH", 47.558, 7.588, 175000),
    _town("st-gallen", "St. Gallen", "CH", 47.424, 9.376, 76000, "St Gallen"),
    _town("utica", "Utica", "US", 43.100, -75.233, 65000),
    _town("olomouc", "Olomouc", "CZ", 49.594, 17.251, 100000),
)
