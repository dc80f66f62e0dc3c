"""Foreign towns and areas the region's English news names, by the names English gives them.

The gazetteer keeps foreign towns from GeoNames by size, under their own names: "Frankfurt am
Main", "Göteborg", "Sevilla", "Pátra"; and towns below its size bar abroad are not there at
all, though the region's news names them all the time: the courts and councils in Strasbourg
and Geneva, the diaspora in Gothenburg and Des Moines, the ferries from Otranto, the islands
where migrants land, Crimea and the Donbas.  A foreign place the tagger misses is a toponym
lost; worse, a name it lacks may go to a region namesake.  ``ENGLISH_NAMES`` adds the English
name of a town the gazetteer has (read like ``exonyms.TOWN_ALIASES``); ``TOWNS`` adds the
missing ones as plain data, as ``curated_abroad`` does for the places next to the six.

Coordinates are rough centres, for a marker; populations are rounded, for the name's prior.
Names that are common English words, region names or parts of them ("Nice", "Bar", "Porto", of
"Porto Montenegro") are not added here.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace
from newsmap.geotag.curated_abroad import _site, _town

#: (country, the gazetteer's names of the town, the English names to add).
ENGLISH_NAMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("DE", ("Frankfurt am Main",), ("Frankfurt",)),
    ("DE", ("Nürnberg",), ("Nuremberg",)),
    ("DE", ("Hannover",), ("Hanover",)),
    ("BE", ("Antwerpen",), ("Antwerp",)),
    ("ES", ("Sevilla",), ("Seville",)),
    ("GR", ("Pátra",), ("Patras", "Patra")),
    ("SE", ("Göteborg",), ("Gothenburg",)),
    ("RO", ("Cluj-Napoca",), ("Cluj",)),
    ("IT", ("Padova",), ("Padua",)),
    ("RU", ("Saint Petersburg",), ("St Petersburg", "St. Petersburg")),
    ("GR", ("Lárisa",), ("Larissa",)),
    ("GR", ("Irákleion",), ("Heraklion", "Iraklion")),
    ("GR", ("Ródos",), ("Rhodes",)),
    ("BG", ("Veliko Tŭrnovo",), ("Veliko Tarnovo", "Veliko Turnovo")),
    ("GR", ("Véroia",), ("Veria", "Verria")),
    ("GR", ("Náousa",), ("Naoussa",)),
)

#: Towns and areas abroad below the gazetteer's size bar that the region's news names.
TOWNS: tuple[CuratedPlace, ...] = (
    # courts, councils and conferences
    # (the Council of Europe's seat: "u Strazburu", "nga Strasburgu")
    _town(
        "strasbourg", "Strasbourg", "FR", 48.573, 7.752, 285000, "Strazbur", "Стразбур", "Strasburg"
    ),
    _town("geneva", "Geneva", "CH", 46.204, 6.143, 200000, "Genève", "Genf", "Ženeva", "Женева"),
    _town("lausanne", "Lausanne", "CH", 46.520, 6.633, 140000),
    _town("lucerne", "Lucerne", "CH", 47.050, 8.309, 82000, "Luzern", "Lucern", "Луцерн"),
    _town("davos", "Davos", "CH", 46.802, 9.836, 11000),
    # the diaspora's towns
    _town("klagenfurt", "Klagenfurt", "AT", 46.624, 14.308, 100000),
    _town("augsburg", "Augsburg", "DE", 48.371, 10.898, 300000),
    _town("ulm", "Ulm", "DE", 48.401, 9.988, 126000),
    _town("karlsruhe", "Karlsruhe", "DE", 49.007, 8.404, 308000),
    _town("freiburg", "Freiburg", "DE", 47.999, 7.842, 230000),
    _town("aachen", "Aachen", "DE", 50.776, 6.084, 250000),
    _town("uppsala", "Uppsala", "SE", 59.859, 17.639, 180000),
    _town("ghent", "Ghent", "BE", 51.054, 3.717, 260000, "Gent"),
    _town("liege", "Liège", "BE", 50.633, 5.567, 195000, "Liege"),
    _town("maastricht", "Maastricht", "NL", 50.851, 5.691, 120000),
    _town("eindhoven", "Eindhoven", "NL", 51.441, 5.470, 235000),
    _town("des-moines", "Des Moines", "US", 41.587, -93.625, 215000),
    _town("bowling-green", "Bowling Green", "US", 36.990, -86.444, 72000),
    _town("erie", "Erie", "US", 42.129, -80.085, 95000),
    _town("twin-falls", "Twin Falls", "US", 42.563, -114.460, 52000),
    _town("mainz", "Mainz", "DE", 49.993, 8.247, 218000),
    _town("wiesbaden", "Wiesbaden", "DE", 50.078, 8.240, 278000),
    _town("heidelberg", "Heidelberg", "DE", 49.399, 8.672, 160000),
    _town("regensburg", "Regensburg", "DE", 49.013, 12.102, 153000),
    _town("st-poelten", "St. Pölten", "AT", 48.204, 15.623, 55000, "Sankt Pölten"),
    _town("wels", "Wels", "AT", 48.157, 14.027, 62000),
    _town("bregenz", "Bregenz", "AT", 47.503, 9.747, 29000),
    _town("lugano", "Lugano", "CH", 46.004, 8.951, 63000),
    # neighbours' towns and ports
    _town("gorizia", "Gorizia", "IT", 45.940, 13.620, 34000),
    _town("otranto", "Otranto", "IT", 40.147, 18.491, 5500),
    _town("alexandroupolis", "Alexandroupolis", "GR", 40.848, 25.874, 57000),
    _town("tompa", "Tompa", "HU", 46.206, 19.539, 4500),
    _town("mako", "Makó", "HU", 46.214, 20.478, 22000, "Mako"),
    _town("gyula", "Gyula", "HU", 46.647, 21.280, 30000),
    _town("bregana", "Bregana", "HR", 45.839, 15.694, 2000),
    _town("obrezje", "Obrežje", "SI", 45.848, 15.690, 300, "Obrezje"),
    _town("slunj", "Slunj", "HR", 45.116, 15.586, 1600),
    _town("ston", "Ston", "HR", 42.838, 17.697, 500),
    _town("konavle", "Konavle", "HR", 42.550, 18.350, 8500),
    _town("xanthi", "Xanthi", "GR", 41.135, 24.888, 56000),
    _town("komotini", "Komotini", "GR", 41.118, 25.405, 60000),
    _town("preveza", "Preveza", "GR", 38.957, 20.751, 20000),
    _town("konitsa", "Konitsa", "GR", 40.046, 20.749, 3000),
    _town("polykastro", "Polykastro", "GR", 40.996, 22.570, 7000),
    _town("ptolemaida", "Ptolemaida", "GR", 40.513, 21.679, 30000),
    _town("dupnitsa", "Dupnitsa", "BG", 42.265, 23.117, 33000),
    _town("razlog", "Razlog", "BG", 41.886, 23.468, 12000),
    _town("gotse-delchev", "Gotse Delchev", "BG", 41.573, 23.728, 19000),
    _town("svilengrad", "Svilengrad", "BG", 41.766, 26.200, 17000),
    _town("lovech", "Lovech", "BG", 43.137, 24.716, 35000),
    _town("kosice", "Košice", "SK", 48.717, 21.261, 230000, "Kosice"),
    _town("trnava", "Trnava", "SK", 48.377, 17.588, 65000),
    _town("ostrava", "Ostrava", "CZ", 49.835, 18.282, 285000),
    _town("kaunas", "Kaunas", "LT", 54.898, 23.904, 290000),
    _town("bodrum", "Bodrum", "TR", 37.038, 27.430, 40000),
    _town("bordeaux", "Bordeaux", "FR", 44.838, -0.579, 255000),
    _town("cork", "Cork", "IE", 51.898, -8.471, 210000),
    _town("hvar", "Hvar", "HR", 43.172, 16.442, 4200),
    _town("korcula", "Korčula", "HR", 42.960, 17.136, 5600, "Korcula"),
    _town("krk", "Krk", "HR", 45.026, 14.575, 6800),
    # the diaspora's suburbs, the Arbëreshë villages, wine towns of Greek Macedonia, river
    # ports, airports and fronts the region's stories name again and again
    _town("affton", "Affton", "US", 38.551, -90.333, 20000),
    _town("lemay", "Lemay", "US", 38.533, -90.279, 16000),
    _town("akron", "Akron", "US", 41.081, -81.519, 190000),
    _town("piana-degli-albanesi", "Piana degli Albanesi", "IT", 37.994, 13.283, 6000),
    _town("san-demetrio-corone", "San Demetrio Corone", "IT", 39.570, 16.360, 3500),
    _town("amyntaio", "Amyntaio", "GR", 40.689, 21.680, 5000),
    _town("goumenissa", "Goumenissa", "GR", 40.947, 22.451, 5000),
    _town("vergina", "Vergina", "GR", 40.486, 22.318, 1100),
    _town("calafat", "Calafat", "RO", 43.990, 22.934, 17000),
    _town("pokrovsk", "Pokrovsk", "UA", 48.282, 37.176, 60000),
    _town("kiskunhalas", "Kiskunhalas", "HU", 46.434, 19.484, 28000),
    _town("civita", "Civita", "IT", 39.829, 16.314, 900),
    # islands and areas
    _site("lampedusa", "Lampedusa", "IT", "admin1", 35.508, 12.588, "Lampeduza", "Лампедуза"),
    _site("sicily", "Sicily", "IT", "admin1", 37.600, 14.015, "Sicilija", "Сицилија"),
    _site("crete", "Crete", "GR", "admin1", 35.240, 24.809),
    _site("lesbos", "Lesbos", "GR", "admin1", 39.210, 26.280, "Lesvos"),
    _site("peljesac", "Pelješac", "HR", "admin1", 42.950, 17.400, "Peljesac"),
    _site("prevlaka", "Prevlaka", "HR", "site", 42.400, 18.520),
    _site("crimea", "Crimea", "UA", "admin1", 45.300, 34.400),
    _site("donbas", "Donbas", "UA", "admin1", 48.000, 38.000, "Donbass"),
    _site("ruhr", "Ruhr", "DE", "admin1", 51.450, 7.250),
    _site("rio-grande-do-sul", "Rio Grande do Sul", "BR", "admin1", -30.000, -53.000),
    # a roundabout of Brussels's EU quarter where the talks the region's stories follow are held
    _site("rond-point-schuman", "Rond-Point Schuman", "BE", "site", 50.843, 4.383),
)
