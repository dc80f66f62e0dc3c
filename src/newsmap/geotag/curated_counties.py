"""Croatia's counties (županije) by their own names, for Croatian and the region's news.

Croatian news places a story in a county as often as in a town ("u Sisačko-moslavačkoj
županiji", "Vukovarsko-srijemska županija dodijelila je ..."), and the map's units stop at the
six's borders, so the counties are added here as plain data, as ``curated_abroad`` adds the
towns just outside the six.  Each is indexed by its full name, whose case forms the morphology
rules make adjective first ("Karlovačku županiju", "Osječko-baranjskoj županiji"); a county
named by a two-part adjective is also indexed by that adjective alone, in its case forms, for
the shared noun of a list ("u Sisačko-moslavačkoj i Zagrebačkoj županiji"): such a compound is
no common word.  A one-part adjective alone ("Zagrebačkoj", "Istarska") names a street or a
brand as often, and is left to its full name.  Zagreb itself is a town of the gazetteer.

Coordinates are rough centres, for a marker.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace

#: (slug, English name, local adjective, latitude, longitude)
_COUNTIES: tuple[tuple[str, str, str, float, float], ...] = (
    ("zagreb-county", "Zagreb County", "Zagrebačka", 45.75, 16.05),
    ("krapina-zagorje", "Krapina-Zagorje County", "Krapinsko-zagorska", 46.10, 15.88),
    ("sisak-moslavina", "Sisak-Moslavina County", "Sisačko-moslavačka", 45.35, 16.45),
    ("karlovac-county", "Karlovac County", "Karlovačka", 45.35, 15.45),
    ("varazdin-county", "Varaždin County", "Varaždinska", 46.30, 16.30),
    ("koprivnica-krizevci", "Koprivnica-Križevci County", "Koprivničko-križevačka", 46.10, 16.85),
    ("bjelovar-bilogora", "Bjelovar-Bilogora County", "Bjelovarsko-bilogorska", 45.80, 17.05),
    ("primorje-gorski-kotar", "Primorje-Gorski Kotar County", "Primorsko-goranska", 45.30, 14.55),
    ("lika-senj", "Lika-Senj County", "Ličko-senjska", 44.70, 15.30),
    ("virovitica-podravina", "Virovitica-Podravina County", "Virovitičko-podravska", 45.75, 17.60),
    ("pozega-slavonia", "Požega-Slavonia County", "Požeško-slavonska", 45.40, 17.65),
    ("brod-posavina", "Brod-Posavina County", "Brodsko-posavska", 45.20, 17.90),
    ("zadar-county", "Zadar County", "Zadarska", 44.10, 15.50),
    ("osijek-baranja", "Osijek-Baranja County", "Osječko-baranjska", 45.60, 18.60),
    ("sibenik-knin", "Šibenik-Knin County", "Šibensko-kninska", 43.85, 16.05),
    ("vukovar-srijem", "Vukovar-Srijem County", "Vukovarsko-srijemska", 45.20, 18.85),
    ("split-dalmatia", "Split-Dalmatia County", "Splitsko-dalmatinska", 43.50, 16.60),
    ("istria-county", "Istria County", "Istarska", 45.20, 13.90),
    ("dubrovnik-neretva", "Dubrovnik-Neretva County", "Dubrovačko-neretvanska", 42.85, 17.55),
    ("medimurje-county", "Međimurje County", "Međimurska", 46.40, 16.45),
)


def _aliases(adjective: str) -> tuple[str, ...]:
    """The county's local name, and a two-part adjective alone (both declined by rule)."""
    full = f"{adjective} županija"
    return (full, adjective) if "-" in adjective else (full,)


#: English news names a county by its English name ("Brod-Posavina County"), which a unit of
#: the six may share a part with (Bosnia's Posavina): the whole name is the county's.
COUNTIES: tuple[CuratedPlace, ...] = tuple(
    CuratedPlace(f"hr-{slug}", name, "HR", "admin1", lat, lon, (name, *_aliases(adjective)))
    for slug, name, adjective, lat, lon in _COUNTIES
)
