"""The region's big rivers, lakes and bays, one entry per country each lies in.

A table apart from ``curated`` (the areas) because waters are read by their own rule
(``rivers``): a shared river takes the country whose places the sentence names, and short or
declined names count only beside a river word.  More rivers, and landmarks, are in
``curated_waters``; the waters shared with Greece and those abroad in ``curated_waters_abroad``.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace
from newsmap.geotag.curated_waters import _water

# Rivers, lakes and bays: a site in the country the document is about (a shared river takes
# the country whose places the document names; with none, it is not placed at all).  Short
# bare names ("Lim", "Una") and every river's case forms ("na Drini", "kod Lima") count only
# in a sentence that speaks of a river (``rivers``).
#: Rivers whose one-word names also mean other things, so the bare name needs a river nearby.
SHORT_RIVERS = frozenset({"Lim", "Лим", "Una", "Уна", "Jadar", "Kupa"})
WATERS: tuple[CuratedPlace, ...] = (
    *_water(
        "drina",
        "Drina",
        ("Drina", "Drina River", "River Drina", "Дрина"),
        ("BA", 43.78, 19.30),
        ("RS", 44.20, 19.30),
        ("ME", 43.35, 18.84),
    ),
    *_water(
        "neretva",
        "Neretva",
        ("Neretva", "Neretva River", "River Neretva"),
        ("BA", 43.35, 17.80),
        ("HR", 43.05, 17.55),
    ),
    *_water(
        "ibar",
        "Ibar",
        ("Ibar", "Ibar River", "River Ibar", "Ibër", "Ибар"),
        ("RS", 43.60, 20.70),
        ("XK", 42.95, 20.85),
        ("ME", 42.80, 20.00),
    ),
    *_water(
        "vardar",
        "Vardar",
        ("Vardar River", "River Vardar", "Вардар"),
        ("MK", 41.60, 21.75),
        ("GR", 40.80, 22.60),
    ),
    *_water(
        "sava",
        "Sava",
        ("Sava", "Sava River", "River Sava", "Сава"),
        ("SI", 46.05, 14.90),
        ("HR", 45.20, 17.00),
        ("BA", 45.10, 17.80),
        ("RS", 44.80, 20.00),
    ),
    # the Croatian-Slovenian border rivers ("Kupa" is also a cup: a river only beside a river
    # word), the Kupa by its Croatian name and the Kolpa by its Slovenian one, and Kamnik's river
    *_water("kupa", "Kupa", ("Kupa", "Kupa River"), ("HR", 45.49, 15.55)),
    *_water("kolpa", "Kolpa", ("Kolpa", "Kolpa River"), ("SI", 45.55, 15.30)),
    *_water("sotla", "Sotla", ("Sotla", "Sutla"), ("SI", 46.05, 15.65), ("HR", 46.05, 15.68)),
    *_water("kamniska-bistrica", "Kamniška Bistrica", ("Kamniška Bistrica",), ("SI", 46.2, 14.6)),
    *_water(
        "danube",
        "Danube",
        ("Danube", "Dunav", "Дунав", "Danubi", "Donava"),
        ("RS", 44.80, 20.50),
        ("HR", 45.50, 19.00),
        ("BG", 43.75, 24.50),
        ("RO", 44.10, 26.50),
    ),
    *_water(
        "morava", "Great Morava", ("Morava", "Great Morava", "Velika Morava"), ("RS", 43.80, 21.40)
    ),
    *_water(
        "lim",
        "Lim",
        ("Lim River", "River Lim", "Lim", "Лим"),
        ("ME", 43.00, 19.80),
        ("RS", 43.50, 19.50),
    ),
    *_water(
        "una",
        "Una",
        ("Una River", "River Una", "Una", "Уна"),
        ("BA", 44.90, 16.20),
        ("HR", 45.10, 16.30),
    ),
    # Serbia's Jadar by Loznica (a mine is named after it, so the bare name needs a river
    # word); Bosnia's river of the name is placed by its sentence as any river named so
    *_water("jadar", "Jadar", ("Jadar", "Jadar River", "River Jadar"), ("RS", 44.50, 19.30)),
    *_water("drin", "Drin", ("Drin", "Drin River", "Drini"), ("AL", 42.00, 19.90)),
    *_water(
        "lake-ohrid",
        "Lake Ohrid",
        ("Lake Ohrid", "Ohrid Lake", "Ohridsko jezero", "Liqeni i Ohrit", "Охридско Езеро"),
        ("MK", 41.05, 20.75),
        ("AL", 40.95, 20.65),
    ),
    # the lake's Montenegrin name is its Montenegrin shore, its Albanian name the Albanian one
    # (the press of each side, and the English press after it, names the lake its own way)
    CuratedPlace(
        "lake-skadar-me",
        "Lake Skadar",
        "ME",
        "site",
        42.30,
        19.20,
        ("Lake Skadar", "Skadar Lake", "Lake Scutari", "Skadarsko jezero"),
    ),
    CuratedPlace(
        "lake-skadar-al",
        "Lake Shkodër",
        "AL",
        "site",
        42.15,
        19.40,
        ("Lake Shkodër", "Lake Shkodra", "Shkodra Lake", "Shkodër Lake", "Liqeni i Shkodrës"),
    ),
    *_water(
        "lake-prespa",
        "Lake Prespa",
        (
            "Lake Prespa",
            "Prespa Lake",
            "Prespansko Ezero",
            "Prespansko jezero",
            "Преспанско Езеро",
            "Liqeni i Prespës",
        ),
        ("MK", 40.95, 21.05),
        ("AL", 40.80, 21.00),
        ("GR", 40.80, 21.10),
    ),
    *_water(
        "gazivoda", "Lake Gazivoda", ("Lake Gazivoda", "Gazivoda", "Ujmani"), ("XK", 42.95, 20.60)
    ),
    CuratedPlace(
        "bay-of-kotor",
        "Bay of Kotor",
        "ME",
        "site",
        42.45,
        18.70,
        ("Bay of Kotor", "Kotor Bay", "Boka Kotorska", "Gulf of Kotor", "Бока Которска", "Boka"),
    ),
)
