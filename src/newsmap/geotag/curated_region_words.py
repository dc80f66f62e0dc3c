"""Words for the region as a whole ("the Western Balkans", "the Balkans", "Europe").

A table apart from ``curated`` (areas inside one state) because these entries are of level
"region" with no country: they are found and listed, but never painted on one state's map.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace

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
            "SFRJ",
            "SRJ",
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
