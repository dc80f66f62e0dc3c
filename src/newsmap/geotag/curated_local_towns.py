"""Towns and resorts of the six that local news names often and the gazetteer lacks.

East Sarajevo (Istočno Sarajevo) is a city of some 60,000 and the seat of its region, but
GeoNames lists only its parts; Istočna Ilidža is one of them; Ada Bojana is Montenegro's
river island resort at the Albanian border.  Each is added as plain data, as
``curated_abroad`` adds the towns just outside the six, and declined by the morphology rules
("u Istočnom Sarajevu", "iz Istočnog Sarajeva", "na Adi Bojani").
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace

TOWNS: tuple[CuratedPlace, ...] = (
    CuratedPlace(
        "istocno-sarajevo",
        "Istočno Sarajevo",
        "BA",
        "city",
        43.823,
        18.356,
        ("Istočno Sarajevo", "Istocno Sarajevo", "Источно Сарајево", "East Sarajevo"),
        population=60_000,
    ),
    CuratedPlace(
        "istocna-ilidza",
        "Istočna Ilidža",
        "BA",
        "city",
        43.811,
        18.310,
        ("Istočna Ilidža", "Istocna Ilidza", "Источна Илиџа"),
        population=15_000,
    ),
    # Albania's municipality around Laç, named apart from its seat ("bashkia Kurbin")
    CuratedPlace(
        "kurbin", "Kurbin", "AL", "city", 41.636, 19.713, ("Kurbin", "Курбин"), population=40_000
    ),
    CuratedPlace(
        "ada-bojana", "Ada Bojana", "ME", "site", 41.862, 19.357, ("Ada Bojana", "Ада Бојана")
    ),
    # Dragačevo's seat, known for its trumpet festival; GeoNames lacks it ("u Guči", "Гучу")
    CuratedPlace(
        "guca", "Guča", "RS", "city", 43.776, 20.226, ("Guča", "Guca", "Гуча"), population=2_000
    ),
    # the spa town on the Drina near Loznica; GeoNames lacks it ("u Banji Koviljači")
    CuratedPlace(
        "banja-koviljaca",
        "Banja Koviljača",
        "RS",
        "city",
        44.514,
        19.155,
        ("Banja Koviljača", "Banja Koviljaca", "Бања Ковиљача"),
        population=6_000,
    ),
)
