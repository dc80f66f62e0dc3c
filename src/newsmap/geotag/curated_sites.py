"""Sites abroad that the region's English news names without their town.

A site the gazetteer lacks is placed by its sentence or, when its sentence names no place, by
the last town named before it (``sites.anchored``).  That is right for the region's own squares
and stadiums, but the news takes its leaders and fans abroad in the same breath: "The Serbian
president said he would lay a wreath at Red Square", "Montenegrin fans filled Wembley
Stadium", "Kosovo's prime minister spoke at Times Square".  Read by the rule, each of those is
a site in the region.  The sites below are the ones a story names bare because every reader
knows where they stand: seats of government and institutions, squares, stadiums and arenas,
airports and bases, and they carry their own country.

Coordinates are rough, for a marker.  Sites named with their town ("Frankfurt airport") are the
site rules' work and are not listed; names that are also common words are left out, and so are
the seats that stand for their governments ("the Kremlin said", "the White House", "Downing
Street", "the Élysée"): those are actors, not places of the story.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace
from newsmap.geotag.curated_abroad import _site

#: (country, name, lat, lon, other spellings).
_SITES: tuple[tuple[str, str, float, float, tuple[str, ...]], ...] = (
    # sights, institutions and squares
    ("RU", "Red Square", 55.754, 37.620, ()),
    ("DE", "Brandenburg Gate", 52.516, 13.378, ()),
    ("BE", "Berlaymont", 50.843, 4.383, ("Berlaymont building",)),
    ("NL", "Peace Palace", 52.087, 4.296, ()),
    ("NL", "Scheveningen", 52.107, 4.272, ()),
    ("CH", "Palais des Nations", 46.227, 6.140, ()),
    ("VA", "St Peter's Square", 41.902, 12.457, ("St. Peter's Square", "Saint Peter's Square")),
    ("CN", "Great Hall of the People", 39.903, 116.387, ()),
    ("CN", "Tiananmen Square", 39.903, 116.391, ()),
    ("CN", "Forbidden City", 39.916, 116.397, ()),
    ("TR", "Taksim Square", 41.037, 28.985, ()),
    ("TR", "Hagia Sophia", 41.009, 28.980, ()),
    ("GR", "Syntagma Square", 37.976, 23.735, ()),
    ("GR", "Acropolis", 37.972, 23.726, ()),
    ("UA", "Maidan", 50.450, 30.524, ("Maidan Nezalezhnosti",)),
    # squares, parks and sights
    ("US", "Times Square", 40.758, -73.986, ()),
    ("US", "Central Park", 40.782, -73.966, ()),
    ("GB", "Trafalgar Square", 51.508, -0.128, ()),
    ("GB", "Hyde Park", 51.507, -0.166, ()),
    ("FR", "Eiffel Tower", 48.858, 2.294, ()),
    ("FR", "Place de la République", 48.867, 2.363, ()),
    ("AT", "Heldenplatz", 48.206, 16.363, ()),
    ("AT", "Stephansplatz", 48.208, 16.373, ()),
    ("DE", "Alexanderplatz", 52.522, 13.413, ()),
    # stadiums, arenas and courts
    ("GB", "Wembley Stadium", 51.556, -0.280, ("Wembley",)),
    ("GB", "Old Trafford", 53.463, -2.291, ()),
    ("GB", "Anfield", 53.431, -2.961, ()),
    ("GB", "Wimbledon", 51.434, -0.214, ()),
    ("GB", "St George's Park", 52.806, -1.721, ()),
    ("DE", "Allianz Arena", 48.219, 11.625, ()),
    ("ES", "Camp Nou", 41.381, 2.123, ()),
    ("ES", "Santiago Bernabéu", 40.453, -3.688, ("Santiago Bernabeu", "Bernabéu", "Bernabeu")),
    ("IT", "San Siro", 45.478, 9.124, ()),
    ("FR", "Stade de France", 48.924, 2.360, ()),
    ("FR", "Roland Garros", 48.847, 2.250, ("Roland-Garros",)),
    ("US", "Flushing Meadows", 40.750, -73.847, ()),
    ("US", "Madison Square Garden", 40.751, -73.993, ()),
    # airports and bases
    ("GB", "Heathrow Airport", 51.470, -0.454, ("Heathrow",)),
    ("GB", "Gatwick Airport", 51.153, -0.182, ("Gatwick",)),
    ("NL", "Schiphol", 52.310, 4.768, ("Schiphol Airport", "Schiphol airport")),
    ("US", "JFK Airport", 40.641, -73.778, ("JFK", "John F. Kennedy International Airport")),
    ("US", "O'Hare", 41.974, -87.907, ("O'Hare Airport", "O'Hare International Airport")),
    ("DE", "Ramstein Air Base", 49.437, 7.600, ("Ramstein",)),
    ("US", "Wright-Patterson Air Force Base", 39.826, -84.048, ("Wright-Patterson",)),
    ("US", "Fort Bragg", 35.141, -79.006, ()),
)

SITES_ABROAD: tuple[CuratedPlace, ...] = tuple(
    _site(f"site-{cc.lower()}-{k}", name, cc, "site", lat, lon, *aliases)
    for k, (cc, name, lat, lon, aliases) in enumerate(_SITES)
)
