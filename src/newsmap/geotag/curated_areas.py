"""States, provinces and historical lands abroad, by the names English news gives them.

The gazetteer takes its foreign places from GeoNames' towns, so the units above a town that
the region's English news names as places were missing: the American states where the diaspora
lives and where plants are built, the German and Austrian lands where the guest workers went
(Bavaria, Styria, Carinthia), the Italian regions the ferries and migrants reach (Apulia,
Molise), Greece's regions beside the border (Epirus, Thrace, Thessaly), Britain's nations,
Canada's provinces and the lands of Central Europe (Bohemia, Transylvania).  A unit abroad the
tagger misses is a toponym lost; worse, a story led by one has no foreign place to outweigh a
region town named in passing, and a namesake abroad has no context to be read by.

Names shared with a region place, a common first name or a sports club are left out
("Georgia", "Victoria", "Washington", "Montana", "Lazio", "Macedonia").  Towns abroad that
share a region town's name (Tuzla in Istanbul, Most in Bohemia) are not added: a state
adjective alone ("the Turkish president ... in Tuzla") would carry the region's town abroad.
Coordinates are rough centres, for a marker.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace
from newsmap.geotag.curated_abroad import _site, _town


def _unit(slug: str, name: str, cc: str, lat: float, lon: float, *aliases: str) -> CuratedPlace:
    """A first-level unit or a historical land abroad."""
    return _site(slug, name, cc, "admin1", lat, lon, *aliases)


#: The United States' states, less those whose name is a region's, a common first name
#: ("Virginia Woolf", "Georgia") or a capital's ("Washington").
_US: tuple[tuple[str, float, float], ...] = (
    ("Alabama", 32.8, -86.8),
    ("Alaska", 64.0, -152.0),
    ("Arizona", 34.3, -111.7),
    ("Arkansas", 34.9, -92.4),
    ("California", 37.2, -119.5),
    ("Colorado", 39.0, -105.5),
    ("Connecticut", 41.6, -72.7),
    ("Delaware", 39.0, -75.5),
    ("Florida", 28.6, -82.4),
    ("Hawaii", 20.8, -156.3),
    ("Idaho", 44.4, -114.6),
    ("Illinois", 40.0, -89.2),
    ("Indiana", 39.9, -86.3),
    ("Iowa", 42.1, -93.5),
    ("Kansas", 38.5, -98.4),
    ("Kentucky", 37.5, -85.3),
    ("Louisiana", 31.1, -92.0),
    ("Maine", 45.4, -69.2),
    ("Maryland", 39.0, -76.8),
    ("Massachusetts", 42.3, -71.8),
    ("Michigan", 44.3, -85.4),
    ("Minnesota", 46.3, -94.3),
    ("Mississippi", 32.7, -89.7),
    ("Missouri", 38.4, -92.5),
    ("Nebraska", 41.5, -99.8),
    ("Nevada", 39.3, -116.6),
    ("New Hampshire", 43.7, -71.6),
    ("New Jersey", 40.2, -74.7),
    ("New Mexico", 34.4, -106.1),
    ("North Carolina", 35.6, -79.4),
    ("North Dakota", 47.5, -100.5),
    ("Ohio", 40.3, -82.8),
    ("Oklahoma", 35.6, -97.5),
    ("Oregon", 43.9, -120.6),
    ("Pennsylvania", 40.9, -77.8),
    ("Rhode Island", 41.7, -71.5),
    ("South Carolina", 33.9, -80.9),
    ("South Dakota", 44.4, -100.2),
    ("Tennessee", 35.9, -86.4),
    ("Texas", 31.5, -99.3),
    ("Utah", 39.3, -111.7),
    ("Vermont", 44.1, -72.7),
    ("West Virginia", 38.6, -80.6),
    ("Wisconsin", 44.6, -89.9),
    ("Wyoming", 43.0, -107.5),
)

#: Units and lands elsewhere: (country, name, lat, lon, other spellings).
_ELSEWHERE: tuple[tuple[str, str, float, float, tuple[str, ...]], ...] = (
    # Britain and Ireland
    ("GB", "England", 52.6, -1.5, ()),
    ("GB", "Scotland", 56.8, -4.2, ("Škotska", "Шкотска")),
    ("GB", "Wales", 52.3, -3.7, ("Vels", "Велс")),
    ("GB", "Northern Ireland", 54.6, -6.7, ()),
    # Canada and Australia
    ("CA", "Ontario", 50.0, -85.0, ()),
    ("CA", "Alberta", 54.5, -115.0, ()),
    ("CA", "British Columbia", 54.0, -125.0, ()),
    ("CA", "Manitoba", 55.0, -97.0, ()),
    ("CA", "Nova Scotia", 45.0, -63.0, ()),
    ("AU", "New South Wales", -32.0, 147.0, ()),
    ("AU", "Queensland", -22.0, 144.0, ()),
    ("AU", "Tasmania", -42.0, 146.6, ()),
    # Germany, Austria, Switzerland (with the region's spellings: "živi u Hesenu", "u Donjoj
    # Austriji", "iz Toskane")
    ("DE", "Bavaria", 48.9, 11.4, ("Bavarska", "Баварска")),
    (
        "DE",
        "Baden-Württemberg",
        48.5,
        9.0,
        ("Baden-Wuerttemberg", "Baden-Wurttemberg", "Баден-Виртемберг"),
    ),
    ("DE", "Hesse", 50.6, 9.0, ("Hessen", "Hesen", "Хесен")),
    ("DE", "Saxony", 51.0, 13.3, ("Sachsen", "Saksonija", "Саксонија")),
    ("DE", "Lower Saxony", 52.8, 9.5, ("Niedersachsen", "Donja Saksonija", "Доња Саксонија")),
    ("DE", "North Rhine-Westphalia", 51.5, 7.6, ("North Rhine Westphalia",)),
    ("DE", "Thuringia", 50.9, 11.0, ()),
    ("DE", "Rhineland-Palatinate", 49.9, 7.4, ()),
    ("AT", "Styria", 47.3, 15.0, ("Steiermark",)),
    ("AT", "Carinthia", 46.7, 14.0, ("Kärnten", "Koruška", "Корушка")),
    ("AT", "Tyrol", 47.2, 11.4, ("Tirol",)),
    ("AT", "Vorarlberg", 47.2, 9.9, ()),
    ("AT", "Upper Austria", 48.1, 14.0, ("Gornja Austrija", "Горња Аустрија")),
    ("AT", "Lower Austria", 48.2, 15.8, ("Donja Austrija", "Доња Аустрија")),
    ("AT", "Burgenland", 47.5, 16.4, ()),
    ("CH", "Ticino", 46.3, 8.8, ()),
    # Italy
    ("IT", "Apulia", 41.0, 16.5, ("Puglia", "Apulija", "Апулија")),
    ("IT", "Calabria", 39.0, 16.4, ("Kalabrija", "Калабрија")),
    ("IT", "Lombardy", 45.6, 9.8, ("Lombardia", "Lombardija", "Ломбардија")),
    ("IT", "Veneto", 45.6, 11.9, ()),
    ("IT", "Tuscany", 43.4, 11.1, ("Toscana", "Toskana", "Тоскана")),
    ("IT", "Sardinia", 40.1, 9.0, ("Sardegna", "Sardinija", "Сардинија")),
    ("IT", "Friuli Venezia Giulia", 46.1, 13.1, ("Friuli-Venezia Giulia", "Friuli")),
    ("IT", "Piedmont", 45.1, 7.9, ("Piemonte",)),
    ("IT", "Liguria", 44.3, 8.7, ()),
    ("IT", "Campania", 40.9, 14.8, ()),
    ("IT", "Molise", 41.7, 14.6, ()),
    ("IT", "Abruzzo", 42.2, 13.8, ()),
    ("IT", "Emilia-Romagna", 44.5, 11.0, ()),
    ("IT", "South Tyrol", 46.7, 11.4, ()),
    # Greece, Cyprus, Turkey
    ("GR", "Epirus", 39.6, 20.8, ("Ipeiros",)),
    ("GR", "Thrace", 41.1, 25.4, ()),
    ("GR", "Thessaly", 39.5, 22.2, ()),
    ("GR", "Attica", 38.0, 23.8, ()),
    ("GR", "Peloponnese", 37.5, 22.4, ("Peloponnesus",)),
    ("TR", "Anatolia", 39.0, 33.0, ()),
    # Western Europe
    ("ES", "Catalonia", 41.8, 1.5, ("Catalunya", "Katalonija", "Каталонија")),
    ("ES", "Andalusia", 37.4, -4.6, ()),
    ("ES", "Basque Country", 43.0, -2.6, ()),
    ("BE", "Flanders", 51.0, 4.0, ()),
    ("BE", "Wallonia", 50.4, 4.7, ()),
    ("FR", "Alsace", 48.3, 7.4, ("Alzas", "Алзас")),
    ("FR", "Corsica", 42.1, 9.1, ()),
    ("FR", "Provence", 43.9, 6.1, ()),
    # Central and Eastern Europe
    ("CZ", "Bohemia", 49.8, 14.0, ()),
    ("CZ", "Moravia", 49.3, 17.0, ()),
    ("PL", "Silesia", 50.6, 18.0, ()),
    ("RO", "Transylvania", 46.5, 24.0, ()),
    ("HR", "Lika", 44.6, 15.3, ()),
    ("HR", "Baranja", 45.7, 18.6, ()),
    ("RU", "Siberia", 60.0, 100.0, ()),
    ("RU", "Chechnya", 43.4, 45.7, ()),
    ("PS", "West Bank", 31.9, 35.2, ()),
)

AREAS: tuple[CuratedPlace, ...] = tuple(
    _unit(f"us-{name.lower().replace(' ', '-')}", name, "US", lat, lon) for name, lat, lon in _US
) + tuple(
    _unit(f"{cc.lower()}-{name.lower().replace(' ', '-')}", name, cc, lat, lon, *aliases)
    for cc, name, lat, lon, aliases in _ELSEWHERE
)

#: Towns abroad the region's English news names that the gazetteer's size bar left out.
TOWNS: tuple[CuratedPlace, ...] = (
    _town("kherson", "Kherson", "UA", 46.636, 32.617, 280000),
    _town("bergen", "Bergen", "NO", 60.391, 5.322, 285000),
    # the handball Champions League's host in the region's spellings ("гостуваат во Кјелце")
    _town("kielce", "Kielce", "PL", 50.866, 20.628, 190000, "Kjelce", "Кјелце"),
    _town("batumi", "Batumi", "GE", 41.642, 41.634, 170000),
)
