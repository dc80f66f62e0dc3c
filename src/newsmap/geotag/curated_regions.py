"""Historical and informal regions of the six by their English names, and units abroad where
the region's diaspora lives.

"Herzeg-Bosnia", "Northern Epirus" (the Greek name of southern Albania),
"the Budva Riviera", "the Sanjak of Novi Pazar", "Rascia": regions the press names
by historic or exonym names, each of the state the region lies in.  Abroad, the Swiss cantons
whose names are not their capitals' (Thurgau, Aargau, Nidwalden ...), the Bavarian
districts, and the Italian and Greek provinces of the towns the region's people go to.  Plain
data like ``curated_areas``; the units abroad only in a story that names their state
(``needs``).  Names and rough centres as the regions' encyclopedia entries give them.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace


def _region(slug: str, name: str, cc: str, lat: float, lon: float, *aliases: str) -> CuratedPlace:
    return CuratedPlace(slug, name, cc, "admin1", lat, lon, (name, *aliases))


def _abroad(slug: str, name: str, cc: str, lat: float, lon: float, *aliases: str) -> CuratedPlace:
    return CuratedPlace(slug, name, cc, "admin1", lat, lon, (name, *aliases), needs=cc)


REGIONS: tuple[CuratedPlace, ...] = (
    _region("herzeg-bosnia", "Herzeg-Bosnia", "BA", 43.35, 17.60, "Herceg-Bosna"),
    _region("northern-epirus", "Northern Epirus", "AL", 40.10, 20.10),
    _region(
        "budva-riviera",
        "Budva Riviera",
        "ME",
        42.28,
        18.85,
        "Budvanska rivijera",
        "Будванска ривијера",
    ),
    # informal lands by their local names, each within one state
    _region("pomoravlje", "Pomoravlje", "RS", 43.90, 21.30, "Поморавље"),
    _region("semberija", "Semberija", "BA", 44.75, 19.20, "Семберија"),
    _region("prlekija", "Prlekija", "SI", 46.50, 16.10),
    _region(
        "sanjak-of-novi-pazar", "Sanjak of Novi Pazar", "RS", 43.10, 20.30, "Sandžak of Novi Pazar"
    ),
    _region("rascia", "Rascia", "RS", 43.20, 20.50),
    # Switzerland's cantons not named like their capitals
    _abroad("ch-thurgau", "Thurgau", "CH", 47.57, 9.10),
    _abroad("ch-aargau", "Aargau", "CH", 47.40, 8.15),
    _abroad("ch-nidwalden", "Nidwalden", "CH", 46.93, 8.40),
    _abroad("ch-obwalden", "Obwalden", "CH", 46.85, 8.25),
    _abroad("ch-schwyz", "Schwyz", "CH", 47.05, 8.75),
    _abroad("ch-glarus", "Glarus", "CH", 46.98, 9.07),
    _abroad("ch-graubunden", "Graubünden", "CH", 46.65, 9.60, "Grisons", "Graubunden"),
    _abroad("ch-valais", "Valais", "CH", 46.20, 7.60, "Wallis"),
    _abroad("ch-ticino", "Ticino", "CH", 46.30, 8.80, "Tessin"),
    _abroad("ch-vaud", "Vaud", "CH", 46.55, 6.60),
    # Bavaria's districts, Italy's and Greece's provinces of the diaspora's and the border's towns
    _abroad("de-lower-bavaria", "Lower Bavaria", "DE", 48.70, 12.70, "Niederbayern"),
    _abroad("de-upper-bavaria", "Upper Bavaria", "DE", 48.00, 11.60, "Oberbayern"),
    _abroad("it-salento", "Salento", "IT", 40.20, 18.20),
    _abroad("it-trentino", "Trentino", "IT", 46.10, 11.10),
    _abroad("gr-imathia", "Imathia", "GR", 40.55, 22.25, "Imathia prefecture"),
)
