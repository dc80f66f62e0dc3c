"""Villages, quarters and landmarks of the six that English news names bare and often.

GeoNames' places of 500 people and more (the gazetteer's towns) lack the villages the region's
news keeps returning to: mountain villages hikers set out from ("Theth", "Lukomir"), villages
of the war's history ("Kozarac", "Likovac", "Cahan"), the hamlets by the lakes ("Stenje"),
the suburbs and quarters where airports, depots and stadiums stand ("Rinas", "Batajnica",
"Autokomanda", "Grbavica"), and the landmarks a travel or culture story names without their
town ("Our Lady of the Rocks", "Velika Plaža", "Sveti Naum", "Vijećnica").  ``villages`` and
``locative_names`` find such names only with a settlement noun or a region letter; these are
known by name.  A name that is also Bosnian and Serbian (Grbavica, a quarter of Sarajevo and
of Novi Sad) needs its state in the document.

Coordinates are rough, for a marker.
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace

#: Villages, suburbs and quarters: ``city`` mentions.
VILLAGES: tuple[CuratedPlace, ...] = (
    CuratedPlace("theth", "Theth", "AL", "city", 42.396, 19.774, ("Theth", "Thethi")),
    CuratedPlace("rinas", "Rinas", "AL", "city", 41.415, 19.720, ("Rinas",)),
    CuratedPlace("cahan", "Cahan", "AL", "city", 42.280, 20.200, ("Cahan",)),
    CuratedPlace("dropull", "Dropull", "AL", "city", 39.900, 20.220, ("Dropull",)),
    CuratedPlace("koman", "Koman", "AL", "city", 42.090, 19.830, ("Koman",)),
    CuratedPlace("lukomir", "Lukomir", "BA", "city", 43.635, 18.190, ("Lukomir",)),
    CuratedPlace("kozarac", "Kozarac", "BA", "city", 44.975, 16.840, ("Kozarac",)),
    CuratedPlace("grbavica", "Grbavica", "BA", "city", 43.848, 18.395, ("Grbavica",), "BA"),
    CuratedPlace("batajnica", "Batajnica", "RS", "city", 44.900, 20.280, ("Batajnica",)),
    CuratedPlace("autokomanda", "Autokomanda", "RS", "city", 44.790, 20.475, ("Autokomanda",)),
    CuratedPlace("smokovac", "Smokovac", "ME", "city", 42.470, 19.260, ("Smokovac",)),
    CuratedPlace("zelenika", "Zelenika", "ME", "city", 42.450, 18.570, ("Zelenika",)),
    CuratedPlace(
        "llapushnik", "Llapushnik", "XK", "city", 42.580, 20.870, ("Llapushnik", "Lapushnik")
    ),
    CuratedPlace("likovac", "Likovac", "XK", "city", 42.680, 20.760, ("Likovac",)),
    CuratedPlace("stenje", "Stenje", "MK", "city", 40.940, 20.930, ("Stenje",)),
    CuratedPlace("konsko", "Konsko", "MK", "city", 40.950, 20.950, ("Konsko",)),
    CuratedPlace("plavnica", "Plavnica", "ME", "city", 42.270, 19.200, ("Plavnica",)),
    CuratedPlace("qeparo", "Qeparo", "AL", "city", 40.060, 19.830, ("Qeparo",)),
    CuratedPlace(
        "tushemisht", "Tushemisht", "AL", "city", 40.870, 20.700, ("Tushemisht", "Tushemishti")
    ),
    CuratedPlace("lin", "Lin", "AL", "city", 41.060, 20.640, ("Lin",), "AL"),
    CuratedPlace("dukat", "Dukat", "AL", "city", 40.250, 19.570, ("Dukat",), "AL"),
    CuratedPlace("drelaj", "Drelaj", "XK", "city", 42.720, 20.150, ("Drelaj",)),
    CuratedPlace("prekaz", "Prekaz", "XK", "city", 42.760, 20.790, ("Prekaz",)),
    CuratedPlace(
        "jabllanica", "Jabllanica", "XK", "city", 42.450, 20.380, ("Jabllanica", "Jabllanicë")
    ),
    CuratedPlace("lepetane", "Lepetane", "ME", "city", 42.480, 18.680, ("Lepetane",)),
    CuratedPlace("morinj", "Morinj", "ME", "city", 42.490, 18.650, ("Morinj",)),
    CuratedPlace(
        "lastva-grbaljska", "Lastva Grbaljska", "ME", "city", 42.330, 18.790, ("Lastva Grbaljska",)
    ),
    CuratedPlace("trnopolje", "Trnopolje", "BA", "city", 44.930, 16.790, ("Trnopolje",)),
    # Podgorica's suburbs, Sarajevo's camp village, Tuzla's mining quarter, the Jadar mine's
    # village, the old river town on Lake Skadar, the last Albanian village below the
    # Montenegrin border
    CuratedPlace("zabjelo", "Zabjelo", "ME", "city", 42.430, 19.270, ("Zabjelo",)),
    CuratedPlace("konik", "Konik", "ME", "city", 42.430, 19.290, ("Konik",)),
    CuratedPlace("tolosi", "Tološi", "ME", "city", 42.450, 19.230, ("Tološi", "Tolosi")),
    CuratedPlace("blazuj", "Blažuj", "BA", "city", 43.840, 18.280, ("Blažuj", "Blazuj")),
    CuratedPlace("kreka", "Kreka", "BA", "city", 44.530, 18.700, ("Kreka",)),
    CuratedPlace("brezjak", "Brezjak", "RS", "city", 44.540, 19.240, ("Brezjak",)),
    CuratedPlace(
        "rijeka-crnojevica",
        "Rijeka Crnojevića",
        "ME",
        "city",
        42.356,
        19.021,
        ("Rijeka Crnojevića", "Rijeka Crnojevica"),
    ),
    CuratedPlace("vermosh", "Vermosh", "AL", "city", 42.590, 19.690, ("Vermosh",)),
    CuratedPlace(
        "reka-e-allages",
        "Reka e Allagës",
        "XK",
        "city",
        42.700,
        20.170,
        ("Reka e Allagës", "Reka e Allages"),
    ),
)

#: Plains and highlands named after their clans: ``admin1`` mentions, as the press's regions.
AREAS: tuple[CuratedPlace, ...] = (
    CuratedPlace("bjelopavlici", "Bjelopavlići", "ME", "admin1", 42.550, 19.100, ("Bjelopavlići",)),
    # the highlands around Tuzi, in a story about Montenegro (Albania's side is Malësi e Madhe)
    CuratedPlace(
        "malesia", "Malësia", "ME", "admin1", 42.430, 19.420, ("Malësia", "Malesia"), needs="ME"
    ),
)

#: Landmarks named bare: ``site`` mentions.
LANDMARKS: tuple[CuratedPlace, ...] = (
    CuratedPlace(
        "our-lady-of-the-rocks",
        "Our Lady of the Rocks",
        "ME",
        "site",
        42.486,
        18.689,
        ("Our Lady of the Rocks",),
    ),
    CuratedPlace(
        "velika-plaza",
        "Velika Plaža",
        "ME",
        "site",
        41.890,
        19.280,
        ("Velika Plaža", "Velika Plaza"),
    ),
    CuratedPlace("sveti-naum", "Sveti Naum", "MK", "site", 40.914, 20.741, ("Sveti Naum",)),
    # the migrant camps of the Balkan route in Bosnia, named bare in every report on it
    CuratedPlace("vucjak", "Vučjak", "BA", "site", 44.830, 15.850, ("Vučjak", "Vucjak")),
    CuratedPlace("usivak", "Ušivak", "BA", "site", 43.830, 18.260, ("Ušivak", "Usivak")),
    CuratedPlace("miral", "Miral", "BA", "site", 45.180, 15.810, ("Miral",)),
    CuratedPlace("bira", "Bira", "BA", "site", 44.820, 15.860, ("Bira",)),
    # Sarajevo's cultural and sports centre; the Crnojević fortress on Lake Skadar; the
    # headland that shelters Bar's port
    CuratedPlace("skenderija", "Skenderija", "BA", "site", 43.855, 18.410, ("Skenderija",)),
    CuratedPlace(
        "zabljak-crnojevica",
        "Žabljak Crnojevića",
        "ME",
        "site",
        42.310,
        19.150,
        ("Žabljak Crnojevića", "Zabljak Crnojevica"),
    ),
    CuratedPlace("volujica", "Volujica", "ME", "site", 42.080, 19.080, ("Volujica",)),
    CuratedPlace(
        "sirok-sokak", "Širok Sokak", "MK", "site", 41.031, 21.334, ("Širok Sokak", "Shirok Sokak")
    ),
    CuratedPlace(
        "boris-trajkovski-sports-centre",
        "Boris Trajkovski Sports Centre",
        "MK",
        "site",
        41.999,
        21.415,
        ("Boris Trajkovski Sports Centre", "Boris Trajkovski Sports Center"),
    ),
    CuratedPlace(
        "vijecnica", "Vijećnica", "BA", "site", 43.859, 18.434, ("Vijećnica", "Vijecnica")
    ),
    CuratedPlace("blue-eye", "Blue Eye", "AL", "site", 39.924, 20.193, ("Blue Eye",), "AL"),
    CuratedPlace(
        "kaneo",
        "Church of St John at Kaneo",
        "MK",
        "site",
        41.111,
        20.788,
        ("Church of St John at Kaneo", "Church of St. John at Kaneo", "St John at Kaneo"),
    ),
    CuratedPlace("golem-grad", "Golem Grad", "MK", "site", 40.870, 20.990, ("Golem Grad",)),
    CuratedPlace(
        "moraca-sports-centre",
        "Morača Sports Centre",
        "ME",
        "site",
        42.437,
        19.262,
        ("Morača Sports Centre", "Morača Sports Center"),
    ),
    CuratedPlace(
        "potocari-memorial",
        "Srebrenica-Potočari Memorial and Cemetery",
        "BA",
        "site",
        44.130,
        19.296,
        ("Srebrenica-Potočari Memorial and Cemetery",),
    ),
    CuratedPlace(
        "ohrid-airport",
        "Ohrid St. Paul the Apostle Airport",
        "MK",
        "site",
        41.180,
        20.742,
        (
            "Ohrid St. Paul the Apostle Airport",
            "Ohrid St Paul the Apostle Airport",
            "St. Paul the Apostle Airport",
            "St Paul the Apostle Airport",
        ),
    ),
    CuratedPlace(
        "kosovo-a",
        "Kosovo A power plant",
        "XK",
        "site",
        42.680,
        21.090,
        ("Kosovo A power plant", "Kosovo A plant", "Kosovo A power station"),
    ),
    CuratedPlace("keraterm", "Keraterm", "BA", "site", 44.985, 16.720, ("Keraterm",)),
    CuratedPlace("ferhadija", "Ferhadija", "BA", "site", 43.859, 18.427, ("Ferhadija",)),
    CuratedPlace(
        "plackovica", "Plačkovica", "MK", "site", 41.780, 22.250, ("Plačkovica", "Plackovica")
    ),
    CuratedPlace("prevalla", "Prevalla", "XK", "site", 42.180, 20.960, ("Prevalla", "Prevallë")),
    CuratedPlace("prenj", "Prenj", "BA", "site", 43.550, 17.880, ("Prenj",)),
    CuratedPlace(
        "shadervan", "Shadërvan", "XK", "site", 42.209, 20.741, ("Shadërvan", "Shadervan")
    ),
    CuratedPlace(
        "verige", "Verige Strait", "ME", "site", 42.470, 18.680, ("Verige Strait", "Verige")
    ),
    # Brčko's wartime market, named after the US state; bare only in a Bosnian story
    CuratedPlace(
        "arizona-market",
        "Arizona Market",
        "BA",
        "site",
        44.930,
        18.760,
        ("Arizona Market", "Arizona"),
        needs="BA",
    ),
    CuratedPlace(
        "lipa-reception-centre",
        "Lipa Temporary Reception Centre",
        "BA",
        "site",
        44.760,
        16.030,
        ("Lipa Temporary Reception Centre", "Lipa Temporary Reception Center"),
    ),
    CuratedPlace(
        "neretva-battle-museum",
        "Museum of the Battle for the Wounded on the Neretva",
        "BA",
        "site",
        43.660,
        17.760,
        ("Museum of the Battle for the Wounded on the Neretva",),
    ),
)
