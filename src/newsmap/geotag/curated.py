"""Hand-made areas the geodata cannot provide: informal regions, look-alikes, unit aliases.

GeoNames and Natural Earth know towns and administrative units, but news speaks of Sandžak,
the Preševo Valley and "northern Kosovo", of "the Western Balkans" and of "Macedonia" the
Greek region.  This module lists those as plain data so the rules stay general.  Coordinates
are rough centres (for a marker, not a boundary).  It holds ``CuratedPlace`` and the areas
tables; the region's big rivers and lakes are in ``curated_rivers``, the words for the region
as a whole in ``curated_region_words``, and further tables by kind in the other ``curated_*``
modules (``curated_keys`` adds them all, in one order).
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
        ("Metohija", "Dukagjin", "Dukagjini", "Rrafshi i Dukagjinit"),
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
        ("Greek Macedonia",),
    ),
    # Greece's administrative regions by name: "western Macedonia" is also the west of North
    # Macedonia ("Tetovo, in western Macedonia"), so these need Greece in the document too.
    CuratedPlace(
        "greek-macedonia-regions",
        "Macedonia (Greece)",
        "GR",
        "admin1",
        40.65,
        22.90,
        (
            "Central Macedonia",
            "Western Macedonia",
            "Eastern Macedonia",
            "Eastern Macedonia and Thrace",
        ),
        needs="GR",
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

# Names the press uses for admin-1 units besides their own: local names and abbreviations
# (a unit is found by its name in admin1.geojson; the abbreviations only in a Bosnian text).
UNIT_ALIASES: tuple[CuratedPlace, ...] = tuple(
    CuratedPlace(f"unit-{name}", name, "BA", "admin1", 0.0, 0.0, aliases, needs=needs)
    for name, aliases, needs in (
        ("Una-Sana Canton", ("Unsko-sanski kanton",), None),
        ("Una-Sana Canton", ("USK",), "BA"),
        ("Posavina Canton", ("Posavski kanton",), None),
        ("Tuzla Canton", ("Tuzlanski kanton",), None),
        ("Tuzla Canton", ("TK",), "BA"),
        ("Zenica-Doboj Canton", ("Zeničko-dobojski kanton",), None),
        ("Zenica-Doboj Canton", ("ZDK",), "BA"),
        ("Bosnian Podrinje Canton", ("Bosansko-podrinjski kanton", "Goražde Canton"), None),
        ("Bosnian Podrinje Canton", ("BPK",), "BA"),
        ("Central Bosnia Canton", ("Srednjobosanski kanton",), None),
        ("Central Bosnia Canton", ("SBK", "KSB"), "BA"),
        ("Herzegovina-Neretva Canton", ("Hercegovačko-neretvanski kanton",), None),
        ("Herzegovina-Neretva Canton", ("HNK", "HNŽ"), "BA"),
        ("West Herzegovina Canton", ("Zapadnohercegovački kanton",), None),
        ("West Herzegovina Canton", ("ZHK", "ZHŽ"), "BA"),
        ("Sarajevo Canton", ("Kanton Sarajevo", "Canton Sarajevo"), None),
        ("Sarajevo Canton", ("KS",), "BA"),
        ("Canton 10", ("Livno Canton", "Herzeg-Bosnia Canton", "Kanton 10"), None),
        ("Canton 10", ("K10",), "BA"),
    )
)


# Historical and informal regions of the neighbours and across borders.
MORE_REGIONS: tuple[CuratedPlace, ...] = (
    CuratedPlace(
        "zagorje", "Zagorje", "HR", "admin1", 46.05, 15.90, ("Zagorje", "Hrvatsko zagorje")
    ),
    CuratedPlace("slavonia", "Slavonia", "HR", "admin1", 45.40, 18.00, ("Slavonia", "Slavonija")),
    CuratedPlace("dalmatia", "Dalmatia", "HR", "admin1", 43.50, 16.50, ("Dalmatia", "Dalmacija")),
    CuratedPlace("istria", "Istria", "HR", "admin1", 45.25, 13.90, ("Istria", "Istra")),
    CuratedPlace("gorski-kotar", "Gorski kotar", "HR", "admin1", 45.40, 14.80, ("Gorski kotar",)),
    CuratedPlace("kvarner", "Kvarner", "HR", "admin1", 45.05, 14.40, ("Kvarner",)),
    # Slovenia's historical lands, named by their adjectives ("na Dolenjskem", "Gorenjske")
    CuratedPlace(
        "dolenjska", "Lower Carniola", "SI", "admin1", 45.85, 15.10, ("Dolenjska", "Dolenjsko")
    ),
    CuratedPlace(
        "gorenjska", "Upper Carniola", "SI", "admin1", 46.30, 14.20, ("Gorenjska", "Gorenjsko")
    ),
    CuratedPlace("prekmurje", "Prekmurje", "SI", "admin1", 46.70, 16.20, ("Prekmurje",)),
    # Serbia's and North Macedonia's small lands: Dragačevo (Guča's), Maleševo (Berovo's)
    CuratedPlace(
        "dragacevo", "Dragačevo", "RS", "admin1", 43.78, 20.22, ("Dragačevo", "Драгачево")
    ),
    CuratedPlace("malesevo", "Maleševo", "MK", "admin1", 41.70, 22.85, ("Maleševo", "Малешево")),
    CuratedPlace("podrinje", "Podrinje", "BA", "admin1", 43.90, 19.20, ("Podrinje",)),
    CuratedPlace("semberija", "Semberija", "BA", "admin1", 44.75, 19.20, ("Semberija",)),
    # the Sava's plain by its bare name: Croatia and Serbia have a Posavina too, so Bosnia's
    # only where the story names Bosnia already
    CuratedPlace("posavina-ba", "Posavina", "BA", "admin1", 44.95, 18.50, ("Posavina",), "BA"),
    CuratedPlace(
        "pelagonia", "Pelagonia", "MK", "admin1", 41.10, 21.40, ("Pelagonia", "Pelagonija")
    ),
    CuratedPlace("polog", "Polog", "MK", "admin1", 41.90, 20.90, ("Polog", "Pollog", "Полог")),
    # North Macedonia's statistical (planning) regions by their English names: generic
    # words, so only in a story that names the state already
    CuratedPlace(
        "mk-eastern", "Eastern Region", "MK", "admin1", 41.90, 22.40, ("Eastern Region",), "MK"
    ),
    CuratedPlace(
        "mk-northeastern",
        "Northeastern Region",
        "MK",
        "admin1",
        42.15,
        21.90,
        ("Northeastern Region", "North-East Region", "Northeast Region"),
        "MK",
    ),
    CuratedPlace(
        "mk-southeastern",
        "Southeastern Region",
        "MK",
        "admin1",
        41.45,
        22.60,
        ("Southeastern Region", "South-East Region", "Southeast Region"),
        "MK",
    ),
    CuratedPlace(
        "mk-southwestern",
        "Southwestern Region",
        "MK",
        "admin1",
        41.30,
        20.80,
        ("Southwestern Region", "South-West Region", "Southwest Region"),
        "MK",
    ),
    CuratedPlace("toplica", "Toplica", "RS", "admin1", 43.20, 21.40, ("Toplica",)),
    CuratedPlace("banat", "Banat", "RS", "admin1", 45.30, 20.80, ("Banat",)),
    CuratedPlace("backa", "Bačka", "RS", "admin1", 45.60, 19.50, ("Bačka", "Bachka")),
    CuratedPlace("srem", "Srem", "RS", "admin1", 45.00, 19.70, ("Srem", "Syrmia")),
)
