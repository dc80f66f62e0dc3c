"""Border crossings the English press names bare: "trucks crossed at Deve Bair", "queues at
Kulla and Vërmica", "the new post at Qafë Thanë".

A crossing is named after a village on one side, and that village is often too small for the
gazetteer, local-only (``curated_waters.CROSSING_VILLAGES``) or spelt like a town elsewhere
("Kulla", a form of Vojvodina's Kula).  The matcher finds these names as side words, and only
``crossings`` reads them, in an English text that speaks of a border (one spelt like a town
elsewhere, in such a paragraph): no place name gains a key, and no other reading changes.
Each stands on its own side: the state whose village names it.  Coordinates are rough.
"""

from __future__ import annotations

from typing import NamedTuple


class Crossing(NamedTuple):
    """A crossing point: its names (spellings with and without the region's letters), the
    state of the side it is named after, and a rough point."""

    slug: str
    names: tuple[str, ...]
    country: str
    lat: float
    lon: float
    #: Spelt like a town elsewhere ("Kulla", "Blace"): read only in a paragraph of the border.
    near: bool = False


class CrossingName(NamedTuple):
    """A crossing's name as the matcher hands it back (a side word, or looked up by a name's
    key): its place and whether only a paragraph about the border reads it."""

    place: int
    near: bool


CROSSINGS: tuple[Crossing, ...] = (
    # Kosovo
    Crossing("kulla", ("Kulla",), "XK", 42.80, 20.16, near=True),
    Crossing("vermica", ("Vërmica", "Vërmicë", "Vermica", "Vermice"), "XK", 42.13, 20.58),
    Crossing("jarinje", ("Jarinje", "Jarinjë"), "XK", 43.14, 20.62),
    Crossing("brnjak", ("Brnjak", "Bërnjak", "Bernjak"), "XK", 42.96, 20.54),
    Crossing("merdare", ("Merdare", "Merdarë"), "XK", 42.98, 21.25),
    Crossing("dheu-i-bardhe", ("Dheu i Bardhë", "Dheu i Bardhe"), "XK", 42.44, 21.63),
    Crossing("hani-i-elezit", ("Hani i Elezit", "Elez Han"), "XK", 42.15, 21.30),
    # Albania
    Crossing("morine", ("Morinë", "Morine", "Qafë Morinë", "Qafe Morine"), "AL", 42.07, 20.55),
    Crossing("qafe-prush", ("Qafë Prush", "Qafe Prush"), "AL", 42.26, 20.46),
    Crossing("kapshtice", ("Kapshticë", "Kapshtica", "Kapshtice"), "AL", 40.63, 20.98),
    Crossing("kakavije", ("Kakavijë", "Kakavija", "Kakavije"), "AL", 39.91, 20.32),
    Crossing("qafe-bote", ("Qafë Botë", "Qafe Bote", "Qafë Bota"), "AL", 39.66, 20.14),
    Crossing("qafe-thane", ("Qafë Thanë", "Qafe Thane", "Qafa e Thanës"), "AL", 41.15, 20.58),
    Crossing("han-i-hotit", ("Hani i Hotit", "Han i Hotit"), "AL", 42.33, 19.42),
    Crossing("muriqan", ("Muriqan",), "AL", 41.99, 19.41),
    Crossing("bllate", ("Bllatë", "Bllata"), "AL", 41.55, 20.53),
    # the Albanian side of Sveti Naum on Lake Ohrid
    Crossing("tushemisht", ("Tushemisht", "Tushemishti"), "AL", 40.88, 20.72),
    # North Macedonia
    Crossing("tabanovce", ("Tabanovce", "Tabanovci"), "MK", 42.21, 21.70),
    Crossing("bogorodica", ("Bogorodica",), "MK", 41.13, 22.57),
    Crossing("deve-bair", ("Deve Bair",), "MK", 42.18, 22.35),
    Crossing("cafasan", ("Ćafasan", "Cafasan", "Kjafasan", "Qafasan"), "MK", 41.17, 20.60),
    Crossing("medzitlija", ("Medžitlija", "Medzitlija"), "MK", 40.94, 21.40),
    Crossing("jazince", ("Jažince", "Jazince"), "MK", 42.03, 21.06),
    Crossing("blace", ("Blace",), "MK", 42.18, 21.40, near=True),
    # Montenegro
    Crossing("debeli-brijeg", ("Debeli Brijeg",), "ME", 42.47, 18.46),
    Crossing("bozaj", ("Božaj", "Bozaj"), "ME", 42.35, 19.40),
    Crossing("sukobin", ("Sukobin",), "ME", 41.98, 19.37),
    Crossing("dobrakovo", ("Dobrakovo",), "ME", 43.09, 19.79),
    Crossing("scepan-polje", ("Šćepan Polje", "Scepan Polje"), "ME", 43.23, 18.85),
    Crossing("vracenovici", ("Vraćenovići", "Vracenovici"), "ME", 42.63, 18.54),
    Crossing("ilino-brdo", ("Ilino Brdo",), "ME", 42.93, 18.79),
    Crossing("dracenovac", ("Dračenovac", "Dracenovac"), "ME", 42.80, 20.18),
    Crossing("grncar", ("Grnčar", "Grncar"), "ME", 42.55, 19.80),
    # Serbia
    Crossing("batrovci", ("Batrovci",), "RS", 45.05, 19.13),
    Crossing("horgos", ("Horgoš", "Horgos"), "RS", 46.16, 19.97),
    Crossing("kelebija", ("Kelebija",), "RS", 46.16, 19.61),
    Crossing("gostun", ("Gostun",), "RS", 43.48, 19.69),
    Crossing("kotroman", ("Kotroman",), "RS", 43.79, 19.38),
    Crossing("vatin", ("Vatin",), "RS", 45.23, 21.30),
    Crossing("vrska-cuka", ("Vrška Čuka", "Vrska Cuka"), "RS", 43.85, 22.38),
    Crossing("spiljani", ("Špiljani", "Spiljani"), "RS", 43.05, 20.43),
    Crossing("konculj", ("Končulj", "Konculj"), "RS", 42.43, 21.60),
    # the crossing to Bulgaria by Dimitrovgrad, spelt like many villages ("preko Gradine")
    Crossing("gradina", ("Gradina", "Gradine", "Gradini"), "RS", 43.03, 22.75, near=True),
    # Bosnia and Herzegovina
    Crossing("bijaca", ("Bijača", "Bijaca"), "BA", 43.14, 17.52),
    Crossing("izacic", ("Izačić", "Izacic"), "BA", 44.88, 15.78),
    Crossing("sepak", ("Šepak", "Sepak"), "BA", 44.47, 19.14),
    Crossing("karakaj", ("Karakaj",), "BA", 44.40, 19.10),
    Crossing("vardiste", ("Vardište", "Vardiste"), "BA", 43.78, 19.46),
    Crossing("deleusa", ("Deleuša", "Deleusa"), "BA", 42.90, 18.62),
    # the neighbours' sides
    Crossing("bajakovo", ("Bajakovo",), "HR", 45.06, 19.10),
    Crossing("karasovici", ("Karasovići", "Karasovici"), "HR", 42.46, 18.44),
    # the crossings around Neum ("Klek" is also a Serbian village and a Croatian mountain)
    Crossing("klek", ("Klek",), "HR", 42.94, 17.57, near=True),
    Crossing("zaton-doli", ("Zaton Doli",), "HR", 42.86, 17.70),
    Crossing("stara-gradiska", ("Stara Gradiška", "Stara Gradiska"), "HR", 45.15, 17.25),
    Crossing("roszke", ("Röszke", "Roszke"), "HU", 46.19, 20.03),
    Crossing("tompa", ("Tompa",), "HU", 46.19, 19.55),
    Crossing("kelebia", ("Kelebia",), "HU", 46.20, 19.62),
    Crossing("evzoni", ("Evzoni", "Evzonoi", "Evzones"), "GR", 41.10, 22.56),
    Crossing("kakavia", ("Kakavia",), "GR", 39.92, 20.33),
    Crossing("krystallopigi", ("Krystallopigi",), "GR", 40.63, 21.08),
    Crossing("gyueshevo", ("Gyueshevo", "Gueshevo", "Gyushevo"), "BG", 42.23, 22.47),
    Crossing("kalotina", ("Kalotina",), "BG", 42.99, 22.87),
    Crossing("kapitan-andreevo", ("Kapitan Andreevo",), "BG", 41.72, 26.32),
)
