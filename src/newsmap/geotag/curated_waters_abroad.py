"""Lakes and rivers the six share with Greece, and the lakes and rivers of the diaspora's towns.

The two Prespa lakes by their own names ("Great Prespa" on the Macedonian, Albanian and Greek
shores, "Small Prespa" on the Greek and Albanian), the Greek names of the Vardar and the Vjosa
(the Axios, the Aoos), and the lakes and rivers by which the region's people live and meet
abroad (Lake Constance, Lake Garda, Lake Como, Lake Geneva, Lake Lucerne, the Isar, the Enns).
Plain data like ``curated_waters``: one entry per state a water lies in, each winning only in
its state's context (``rivers``).  Names and rough centres as the waters' encyclopedia entries
give them (facts of geography).
"""

from __future__ import annotations

from newsmap.geotag.curated import CuratedPlace
from newsmap.geotag.curated_waters import _water

WATERS_ABROAD: tuple[CuratedPlace, ...] = (
    *_water(
        "great-prespa",
        "Great Prespa",
        ("Great Prespa", "Great Prespa Lake", "Golema Prespa", "Prespa e Madhe", "Megali Prespa"),
        ("MK", 40.95, 21.05),
        ("AL", 40.82, 20.98),
        ("GR", 40.80, 21.10),
    ),
    *_water(
        "small-prespa",
        "Small Prespa",
        ("Small Prespa", "Small Prespa Lake", "Lesser Prespa", "Mikri Prespa", "Prespa e Vogël"),
        ("GR", 40.73, 21.10),
        ("AL", 40.76, 21.03),
    ),
    *_water("axios", "Axios", ("Axios", "Axios River", "Axiós"), ("GR", 40.85, 22.55)),
    *_water("aoos", "Aoos", ("Aoos", "Aoos River", "Aóos"), ("GR", 40.05, 20.65)),
    *_water(
        "lake-constance",
        "Lake Constance",
        ("Lake Constance", "Bodensee"),
        ("CH", 47.60, 9.40),
        ("DE", 47.65, 9.30),
        ("AT", 47.52, 9.68),
    ),
    *_water("lake-garda", "Lake Garda", ("Lake Garda", "Lago di Garda"), ("IT", 45.65, 10.65)),
    *_water("lake-como", "Lake Como", ("Lake Como", "Lago di Como"), ("IT", 46.00, 9.27)),
    *_water(
        "lake-geneva",
        "Lake Geneva",
        ("Lake Geneva", "Lac Léman"),
        ("CH", 46.45, 6.55),
        ("FR", 46.40, 6.50),
    ),
    *_water(
        "lake-lucerne", "Lake Lucerne", ("Lake Lucerne", "Vierwaldstättersee"), ("CH", 47.0, 8.45)
    ),
    *_water("isar", "Isar", ("Isar", "Isar River", "River Isar"), ("DE", 48.40, 12.00)),
    *_water("enns", "Enns", ("Enns", "Enns River", "River Enns"), ("AT", 47.80, 14.40)),
)
