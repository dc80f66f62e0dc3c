"""Hand-made areas the geodata cannot provide: informal regions, look-alikes, region words.

GeoNames and Natural Earth know towns and administrative units, but news speaks of Sandžak,
the Preševo Valley and "northern Kosovo", of "the Western Balkans" and of "Macedonia" the
Greek region.  This module lists those as plain data so the rules stay general.  Coordinates
are rough centres (for a marker, not a boundary).
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
