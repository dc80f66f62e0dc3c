"""The gazetteer: every name the tagger can find, each pointing at its candidate places.

Built once from data/geo (countries.csv, places.csv, aliases.csv, admin1.geojson,
groups.geojson) plus the hand-made entries in ``curated.py``, then passed explicitly to
``tag_text``.  The files are read with the csv and json modules rather than geopandas so that a
cold load stays well under a second; the automaton is built in memory (no cache file to go
stale).
"""

from __future__ import annotations

import csv
import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from newsmap.errors import GazetteerError
from newsmap.geotag import curated
from newsmap.geotag.matcher import Matcher, fold, fold_key
from newsmap.model import NEIGHBOUR_COUNTRIES, REGION_COUNTRIES, Place
from newsmap.resources import geo_dir

#: Countries whose local-language names get Serbian/Albanian case endings.
_INFLECTED_COUNTRIES = frozenset(REGION_COUNTRIES) | frozenset(NEIGHBOUR_COUNTRIES)
#: Smallest town whose inflected forms ("Beogradu", "Prištine") are worth indexing.
_INFLECT_MIN_POPULATION = 10_000
#: Alias kinds that are real names of the place (as opposed to GeoNames' untagged alternates).
_NAME_KINDS = frozenset({"name", "ascii", "local", "cyrillic", "curated"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a key may stand for, and how the key names it.

    ``kind`` is the alias kind (name, ascii, local, cyrillic, curated, alternate); ``inflected``
    marks a generated case form; ``needs`` a country that must be supported by the rest of the
    document; ``exact`` the only spelling accepted for short, case-sensitive aliases ("RS").
    """

    place: int
    kind: str
    inflected: bool = False
    needs: str | None = None
    exact: str | None = None


@dataclass(frozen=True, slots=True)
class DemonymWord:
    """A demonym key ("Serbian", "Kosovars"): the state it belongs to and its role."""

    word: str
    country: str
    role: str


class Dominant(NamedTuple):
    """A key's winner decided in advance, and what could still overturn it in a document.

    ``needs``: countries whose "needs" candidates take the name when the document supports
    them.  ``rivals``: (highest score before the support bonus, country) of candidates in
    other countries that could outscore ``place`` with enough support for their country.
    """

    place: int
    needs: tuple[str, ...]
    rivals: tuple[tuple[float, str | None], ...]


#: The largest support bonus resolve gives (0.15 + 0.05 * 3).
_MAX_SUPPORT_BONUS = 0.3


@dataclass
class Gazetteer:
    """Places plus a matcher from folded names to candidate lists.

    ``country_place`` maps a country code to the index of its country-level place;
    ``capitals`` holds the indices of national capitals (for metonymy).
    """

    places: list[Place]
    matcher: Matcher
    country_place: dict[str, int]
    capitals: frozenset[int]
    common_words: frozenset[str] = field(default_factory=frozenset)
    source: Path | None = None
    #: Keys that can only mean one well-known place (a country, a big city, a region word):
    #: the resolver accepts them without weighing context, which is most hits in a news text.
    unambiguous: dict[str, int] = field(default_factory=dict)
    #: Per-key facts precomputed so the per-document work is a dictionary lookup per hit:
    #: the demonym a key spells, the one country a capitalised key vouches for, and the keys
    #: whose vouching depends on the text (case forms, case-sensitive acronyms).
    demonyms: dict[str, DemonymWord] = field(default_factory=dict)
    support_static: dict[str, str] = field(default_factory=dict)
    support_dynamic: dict[str, tuple[frozenset[str], tuple[Candidate, ...]]] = field(
        default_factory=dict
    )
    #: Keys with one candidate that no rule can reject and that outscores every rival unless
    #: the document's support says otherwise (Kosovo the country over villages called Kosovo;
    #: a capital over the admin-1 unit named after it); see ``Dominant``.
    dominant: dict[str, Dominant] = field(default_factory=dict)
    #: Each place's prior score (``prior_score``), by place index.
    priors: list[float] = field(default_factory=list)
    #: Filled as documents are tagged: a place's fields as a Mention carries them, and the
    #: document-independent facts resolve's rules read about a (key, candidate) pair.
    mention_fields: dict[int, dict[str, object]] = field(
        default_factory=dict, repr=False, compare=False
    )
    judge_facts: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)
    #: Also filled as documents are tagged: everything a Mention carries besides its offsets
    #: and surface, by the decision that made it (place, score, reason, level, metonymic), and
    #: the score and reason of a sure name by (place, support, "Town, Country", metonymic).
    #: A decision recurs across documents, so most Mentions are built from a finished dict.
    mention_tails: dict[tuple, dict[str, object]] = field(
        default_factory=dict, repr=False, compare=False
    )
    choice_memo: dict[tuple, tuple[float, str]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def from_path(cls, path: Path | None = None) -> Gazetteer:
        """Load the gazetteer from a data/geo directory (default: the project's).

        Raises GazetteerError naming the missing file when the directory is incomplete.
        """
        geo = Path(path) if path is not None else _default_geo_dir()
        builder = _Builder()
        builder.add_countries(_read_csv(geo / "countries.csv"))
        builder.add_places(_read_csv(geo / "places.csv"))
        builder.add_aliases(_read_csv(geo / "aliases.csv"))
        for name, prefix in (("admin1.geojson", "admin1"), ("groups.geojson", "group")):
            if (geo / name).exists():
                builder.add_units(_read_geojson(geo / name), prefix)
        builder.add_curated()
        return builder.build(source=geo)

    def place(self, index: int) -> Place:
        return self.places[index]


def _default_geo_dir() -> Path:
    """data/geo: $NEWSMAP_GEO_DIR, else the package's bundled copy."""
    return geo_dir()


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    except FileNotFoundError as exc:
        raise GazetteerError(
            f"gazetteer file {str(path)!r} is missing; rebuild data/geo with `make geo`"
        ) from exc


def _read_geojson(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return list(data.get("features", []))


def _centre(geometry: dict | None) -> tuple[float | None, float | None]:
    """A rough centre (mean of the largest ring's vertices): enough for a marker."""
    if not geometry:
        return None, None
    coords = geometry.get("coordinates") or []
    rings: list = []
    if geometry.get("type") == "Polygon":
        rings = [coords[0]] if coords else []
    elif geometry.get("type") == "MultiPolygon":
        rings = [poly[0] for poly in coords if poly]
    if not rings:
        return None, None
    ring = max(rings, key=len)
    lon = sum(p[0] for p in ring) / len(ring)
    lat = sum(p[1] for p in ring) / len(ring)
    if not _inside(ring, lon, lat):  # a crescent-shaped unit: its mean lies outside it
        lon = _scanline_middle(ring, lat)
    return round(lat, 5), round(lon, 5)


def _crossings(ring: list, lat: float) -> list[float]:
    """Longitudes where the ring's edges cross the parallel ``lat``, sorted."""
    xs = []
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat):
            xs.append(x1 + (lat - y1) * (x2 - x1) / (y2 - y1))
    return sorted(xs)


def _inside(ring: list, lon: float, lat: float) -> bool:
    """Even-odd point-in-polygon test (no shapely: the load must stay fast)."""
    return sum(1 for x in _crossings(ring, lat) if x > lon) % 2 == 1


def _scanline_middle(ring: list, lat: float) -> float:
    """The middle of the widest stretch of the parallel ``lat`` that lies inside the ring."""
    xs = _crossings(ring, lat)
    spans = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
    return max(spans)[1] if spans else sum(p[0] for p in ring) / len(ring)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int:
    try:
        return int(float(value)) if value else 0
    except ValueError:
        return 0


class _Builder:
    """Collects places and keys; ``build`` turns them into a Gazetteer."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.by_id: dict[str, int] = {}
        self.country_place: dict[str, int] = {}
        self.capitals: set[int] = set()
        self.keys: dict[str, dict[tuple, Candidate | DemonymWord]] = defaultdict(dict)
        self.units: dict[tuple[str | None, str], int] = {}
        #: Units named after their seat town (municipalities, Kosovo's districts).
        self.seat_units: set[int] = set()

    # -- places -------------------------------------------------------------------------
    def _add_place(self, place: Place) -> int:
        if place.place_id in self.by_id:
            return self.by_id[place.place_id]
        self.places.append(place)
        self.by_id[place.place_id] = len(self.places) - 1
        return len(self.places) - 1

    def _add_name(
        self, name: str, idx: int, kind: str, *, needs: str | None = None, inflect: bool = False
    ) -> None:
        name = (name or "").strip()
        if not name:
            return
        key = fold_key(name)
        if len(key) < 4:  # one letter plus padding
            return
        exact = name if _acronym(name) else None
        cand = Candidate(idx, kind, False, needs, exact)
        slot = self.keys[key]
        old = slot.get((idx,))
        if old is None or _kind_rank(kind) < _kind_rank(old.kind):  # type: ignore[union-attr]
            slot[(idx,)] = cand
        if inflect and exact is None:
            for form in inflections(name):
                fkey = fold_key(form)
                if fkey not in self.keys or (idx,) not in self.keys[fkey]:
                    self.keys[fkey][(idx,)] = Candidate(idx, kind, True, needs, None)

    def add_countries(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            code = (row.get("code") or "").strip()
            if not code:
                continue
            place = Place(
                place_id=f"country:{code}",
                name=row.get("name") or code,
                country=code,
                level="country",
                lat=_float(row.get("lat")),
                lon=_float(row.get("lon")),
                population=_int(row.get("population")),
                name_local=row.get("name_local") or None,
            )
            idx = self._add_place(place)
            self.country_place[code] = idx
            local = code in _INFLECTED_COUNTRIES
            self._add_name(place.name, idx, "name", inflect=local)
            if place.name_local:
                self._add_name(place.name_local, idx, "local", inflect=local)
            for alias in (row.get("aliases") or "").split("|"):
                self._add_name(alias, idx, "local", inflect=local)

    def add_places(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            pid = row.get("place_id") or ""
            if not pid:
                continue
            place = Place(
                place_id=pid,
                name=row.get("name") or "",
                country=row.get("country") or None,
                level=row.get("level") or "city",
                lat=_float(row.get("lat")),
                lon=_float(row.get("lon")),
                admin1=row.get("admin1") or None,
                population=_int(row.get("population")),
            )
            idx = self._add_place(place)
            if (row.get("feature_code") or "") == "PPLC":
                self.capitals.add(idx)
            inflect = _inflectable(place, row.get("feature_code") or "")
            self._add_name(place.name, idx, "name", inflect=inflect)
            self._add_name(row.get("asciiname") or "", idx, "ascii", inflect=inflect)

    def add_aliases(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            idx = self.by_id.get(row.get("place_id") or "")
            if idx is None:
                continue
            kind = row.get("kind") or "alternate"
            inflect = kind in _NAME_KINDS and _inflectable(self.places[idx])
            self._add_name(row.get("alias") or "", idx, kind, inflect=inflect)

    def add_units(self, features: Iterable[dict], prefix: str) -> None:
        """Admin-1 units and groups: names as admin1 candidates (a same-named town outranks)."""
        for feat in features:
            props = feat.get("properties") or {}
            uid = str(props.get("id") or "")
            name = props.get("name") or ""
            if not uid or not name:
                continue
            lat, lon = _centre(feat.get("geometry"))
            place = Place(
                place_id=f"{prefix}:{uid}",
                name=name,
                country=props.get("country") or None,
                level="admin1",
                lat=lat,
                lon=lon,
                admin1=uid,
                population=_int(str(props.get("population") or "")),
                name_local=props.get("name_local") or None,
            )
            idx = self._add_place(place)
            self.units[(place.country, fold(name))] = idx
            if prefix == "admin1" or props.get("kind") == "district":
                self.seat_units.add(idx)
            for field_name in ("name", "name_local", "name_sq", "name_sr", "name_sr_cyrl"):
                value = props.get(field_name)
                if value:
                    self._add_name(
                        value, idx, "local", inflect=place.country in _INFLECTED_COUNTRIES
                    )

    def add_curated(self) -> None:
        for code, aliases in curated.COUNTRY_ALIASES.items():
            idx = self.country_place.get(code)
            if idx is None:
                continue
            local = code in _INFLECTED_COUNTRIES
            english = fold(self.places[idx].name)
            for i, alias in enumerate(aliases):
                # other states' Serbian and Albanian names decline too ("u Njemačku",
                # "iz Rusije"); their English name and given-name look-alikes do not
                folded = fold(alias)
                inflect = local or (
                    i > 0 and folded != english and folded not in curated.GIVEN_NAMES
                )
                self._add_name(alias, idx, "curated", inflect=inflect)
        by_name: dict[tuple[str | None, str], int] = {}
        for idx, place in enumerate(self.places):
            if place.level == "city":
                k = (place.country, fold(place.name))
                if k not in by_name or place.population > self.places[by_name[k]].population:
                    by_name[k] = idx
        for country, names, aliases in curated.TOWN_ALIASES:
            found = next(
                (by_name[(country, fold(n))] for n in names if (country, fold(n)) in by_name), None
            )
            if found is not None:
                for alias in aliases:
                    self._add_name(alias, found, "curated", inflect=True)
        groups = (curated.INFORMAL_REGIONS, curated.CONTEXT_ONLY, curated.REGION_WORDS)
        for entries in groups:
            for entry in entries:
                unit = self.units.get((entry.country, fold(entry.name)))
                if unit is not None:  # the map knows this area
                    for alias in entry.aliases:
                        self._add_name(
                            alias, unit, "curated", needs=entry.needs, inflect=entry.needs is None
                        )
                    continue
                place = Place(
                    place_id=f"cur:{entry.slug}",
                    name=entry.name,
                    country=entry.country,
                    level=entry.level,
                    lat=entry.lat,
                    lon=entry.lon,
                    population=entry.population,
                )
                idx = self._add_place(place)
                local = entry.country in _INFLECTED_COUNTRIES or entry.country is None
                for alias in entry.aliases:
                    self._add_name(
                        alias,
                        idx,
                        "curated",
                        needs=entry.needs,
                        inflect=local and entry.needs is None,
                    )
        for word, (country, role) in curated.DEMONYMS.items():
            self.keys[fold_key(word)][("dem", word)] = DemonymWord(word, country, role)

    def _unambiguous(self) -> dict[str, int]:
        out: dict[str, int] = {}
        risky = curated.COMMON_WORDS | curated.GIVEN_NAMES
        for key, slot in self.keys.items():
            if len(slot) != 1:
                continue
            (cand,) = slot.values()
            if not isinstance(cand, Candidate) or cand.inflected or cand.needs or cand.exact:
                continue
            folded = key.strip()
            if cand.kind not in ("name", "curated", "local", "ascii") or folded in risky:
                continue
            if len(folded) <= 3:
                continue
            place = self.places[cand.place]
            big = (
                place.level in ("country", "region")
                or (place.level == "admin1" and not place.place_id.startswith("admin1:"))
                or (place.level == "city" and place.population >= 100_000)
            )
            if big:
                out[key] = cand.place
        return out

    def _support_tables(
        self,
    ) -> tuple[dict[str, str], dict[str, tuple[frozenset[str], tuple[Candidate, ...]]]]:
        """Which country each key vouches for when written with a capital (see resolve).

        A key vouches for a country when its strong, real-name candidates all agree on it:
        countries, admin-1 units, capitals, towns of 50,000+.  Case forms count only in
        local-language text and acronyms only when spelt exactly, so keys with such
        candidates are left for the resolver to decide per document.
        """
        static: dict[str, str] = {}
        dynamic: dict[str, tuple[frozenset[str], tuple[Candidate, ...]]] = {}
        for key, slot in self.keys.items():
            fixed: set[str] = set()
            varying: list[Candidate] = []
            if key.strip() in curated.COMMON_WORDS:
                fixed.update(c.country for c in slot.values() if isinstance(c, DemonymWord))
            else:
                for cand in slot.values():
                    if isinstance(cand, DemonymWord):
                        fixed.add(cand.country)
                        continue
                    place = self.places[cand.place]
                    if cand.needs or cand.kind == "alternate" or place.country is None:
                        continue
                    if not strong_place(place, cand.place in self.capitals):
                        continue
                    if cand.inflected or cand.exact:
                        varying.append(cand)
                    else:
                        fixed.add(place.country)
            if varying:
                dynamic[key] = (frozenset(fixed), tuple(varying))
            elif len(fixed) == 1:
                static[key] = next(iter(fixed))
        return static, dynamic

    def _dominant(self) -> dict[str, Dominant]:
        """Keys whose winner is known before reading the document, up to a support check.

        The bounds mirror resolve's scoring.  A rival in the winner's country gets the same
        support bonus, so it is ruled out here when its prior plus the 0.3 "Town, Country"
        bonus the winner may lack stays below the winner's prior.  A rival in another country
        may gain up to 0.3 more from its own support, so those that could ever win are kept
        with the most they can score before support; the resolver compares that with the
        winner's score once the document's support is known.  Keys with case-sensitive
        spellings are left to the resolver.
        """
        out: dict[str, Dominant] = {}
        risky = curated.COMMON_WORDS | curated.GIVEN_NAMES | _FUNCTION_WORDS
        for key, slot in self.keys.items():
            folded = key.strip()
            if folded in risky or len(folded) <= 3:
                continue
            cands = [c for c in slot.values() if isinstance(c, Candidate)]
            sure = [c for c in cands if self._never_rejected(c)]
            if not sure or any(c.exact for c in cands):
                continue
            best = max(sure, key=lambda c: (self._prior(c.place), -c.place))
            place = self.places[best.place]
            floor = self._prior(best.place)
            needs: list[str] = []
            rivals: list[tuple[float, str | None]] = []
            for other in cands:
                if other is best:
                    continue
                if other.needs:
                    needs.append(other.needs)
                    continue
                rival = self.places[other.place]
                town = 0.3 if rival.level != "country" else 0.0
                # resolve always takes these off: an alternate name, a case form
                penalty = (0.15 if other.kind == "alternate" else 0.0) + (
                    0.05 if other.inflected else 0.0
                )
                if rival.country == place.country and rival.country is not None:
                    if place.level != "country":
                        town = 0.0  # the winner gets the same "Town, Country" bonus
                    if not self._prior(other.place) + town - penalty + 1e-9 < floor:
                        break
                    continue
                ceiling = self._prior(other.place) + town - penalty
                if ceiling + _MAX_SUPPORT_BONUS + 1e-9 >= floor:
                    rivals.append((ceiling, rival.country))
            else:
                out[key] = Dominant(best.place, tuple(needs), tuple(rivals))
        return out

    def _never_rejected(self, cand: Candidate) -> bool:
        """A real name of a country, region, unit, site, capital or city of 100,000+."""
        if cand.inflected or cand.needs or cand.exact or cand.kind not in _SURE_KINDS:
            return False
        place = self.places[cand.place]
        return place.level in ("country", "region", "admin1", "site") or (
            place.level == "city" and (cand.place in self.capitals or place.population >= 100_000)
        )

    def _prior(self, idx: int) -> float:
        return prior_score(self.places[idx], idx in self.capitals, idx in self.seat_units)

    def build(self, source: Path | None) -> Gazetteer:
        items = ((key, tuple(slot.values())) for key, slot in self.keys.items())
        demonyms: dict[str, DemonymWord] = {}
        for key, slot in self.keys.items():
            word = next((c for c in slot.values() if isinstance(c, DemonymWord)), None)
            if word is not None:
                demonyms[key] = word
        static, dynamic = self._support_tables()
        return Gazetteer(
            places=self.places,
            matcher=Matcher(items),
            country_place=self.country_place,
            capitals=frozenset(self.capitals),
            common_words=curated.COMMON_WORDS,
            source=source,
            unambiguous=self._unambiguous(),
            demonyms=demonyms,
            support_static=static,
            support_dynamic=dynamic,
            dominant=self._dominant(),
            priors=[self._prior(i) for i in range(len(self.places))],
        )


_SURE_KINDS = frozenset({"name", "curated", "local", "ascii"})
_FUNCTION_WORDS = (
    curated.LOCAL_FUNCTION_WORDS | curated.ENGLISH_FUNCTION_WORDS | curated.LOCAL_PREPOSITIONS
)


def prior_score(place: Place, capital: bool, seat_unit: bool = False) -> float:
    """How likely a name means this place before context is read: by level and population.

    ``seat_unit`` marks a unit named after its seat town (a municipality, one of Kosovo's
    districts): "Gjilan" is the town far more often than the district.
    """
    if place.level in ("country", "region"):
        return 0.95
    if place.level == "admin1":
        return 0.6 if seat_unit or place.place_id.startswith("admin1:") else 0.9
    if place.level == "site":
        return 0.75
    if capital:
        return 0.95
    pop = max(place.population, 1)
    return min(0.9, 0.35 + 0.1 * math.log10(pop))


def strong_place(place: Place, capital: bool) -> bool:
    """A place famous enough that its name alone says which country a text is about."""
    return (
        place.level in ("country", "admin1")
        or capital
        or place.population >= 50_000
        or place.place_id.startswith("cur:")
    )


def _acronym(name: str) -> bool:
    """Short names written with several capitals ("US", "RS", "BiH"): matched only as spelt."""
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2 and " " not in name


def _kind_rank(kind: str) -> int:
    order = ("curated", "name", "local", "cyrillic", "ascii", "alternate")
    return order.index(kind) if kind in order else len(order)


#: GeoNames codes of administrative seats: a municipality's seat is a known town even where
#: GeoNames gives it no population (Ivanjica 0, Raška 4).
_SEAT_CODES = frozenset({"PPLA", "PPLA2", "PPLA3", "PPLC"})


def _inflectable(place: Place, feature_code: str = "") -> bool:
    return place.country in _INFLECTED_COUNTRIES and (
        place.population >= _INFLECT_MIN_POPULATION
        or place.level in ("admin1", "country")
        or feature_code in _SEAT_CODES
    )


# Serbian (and Bosnian/Croatian/Montenegrin) and Albanian case endings, by how the name ends.
_ENDINGS_A = ("e", "i", "u", "om", "ës", "ën", "ës", "oj")  # Priština -> Prištine, Prishtinës
_ENDINGS_E = ("a", "ës", "ën", "u", "om", "i", "ama")  # Prishtinë -> Prishtina; Rožaje -> Rožajama
_ENDINGS_O = ("a", "u", "om", "ës", "ën")  # Kosovo -> Kosova, Kosovu, Kosovom
_ENDINGS_CONS = ("a", "u", "om", "i", "it", "in", "e")  # Beograd -> Beogradu; Durrës -> Durrësit
_PALATAL = {"k": "c", "g": "z", "h": "s"}  # Banja Luka -> Banjoj Luci


def inflections(name: str) -> list[str]:
    """Common case forms of a South Slavic or Albanian place name (last word; adjective first).

    Generated, not looked up: a form that is not a real word simply never occurs in text.

    >>> {"Beograda", "Beogradu", "Beogradom"} <= set(inflections("Beograd"))
    True
    >>> "Novom Sadu" in inflections("Novi Sad")
    True
    """
    words = name.split()
    if not words or len(words) > 3:
        return []
    if len(words) == 3 and fold(words[1]) in _CONJUNCTIONS:
        # "Kosovo i Metohija", "Bosna i Hercegovina": both nouns take the same case
        return [
            f"{_case_form(words[0], case)} {words[1]} {_case_form(words[2], case)}"
            for case in range(3)
        ]
    last = words[-1]
    forms = [" ".join(words[:-1] + [w]) for w in _word_forms(last)]
    if len(words) == 2:
        first = words[0]
        low = first.lower()
        if low.endswith("i") and len(first) > 3:  # Novi Sad -> Novog Sada, Novom Sadu
            stem = first[:-1]
            forms += [f"{stem}og {_suffix(last, 'a')}", f"{stem}om {_suffix(last, 'u')}"]
        elif low.endswith("a") and last.lower().endswith("a"):  # Crna Gora, Banja Luka
            s1, s2 = first[:-1], last[:-1]
            forms += [
                f"{s1}e {s2}e",
                f"{s1}u {s2}u",
                f"{s1}om {s2}om",
                f"{s1}oj {_palatal(s2)}i",
                f"{first[:-1]}i {_palatal(s2)}i",
            ]
    return [f for f in forms if f != name]


_CONJUNCTIONS = frozenset({"i", "dhe"})
#: Genitive, locative and instrumental endings by the noun's last letter (Serbian).
_CASE_ENDINGS = {"a": ("e", "i", "om"), "o": ("a", "u", "om"), "e": ("a", "u", "om")}


def _case_form(word: str, case: int) -> str:
    """One noun in one case (0 genitive, 1 locative, 2 instrumental): Metohija -> Metohiji."""
    last = fold(word[-1:])
    endings = _CASE_ENDINGS.get(last)
    if endings is None:
        return word + ("a", "u", "om")[case] if word[-1:].isalpha() else word
    stem = word[:-1]
    if last == "a" and case == 1:
        stem = _palatal(stem)
    return stem + endings[case]


def _suffix(word: str, ending: str) -> str:
    forms = _word_forms(word)
    for f in forms:
        if f.endswith(ending):
            return f
    return word


def _palatal(stem: str) -> str:
    return stem[:-1] + _PALATAL[stem[-1]] if stem and stem[-1] in _PALATAL else stem


def _word_forms(word: str) -> list[str]:
    if len(word) < 3:
        return []
    low = fold(word[-1])
    if low == "a":
        stem = word[:-1]
        out = [stem + e for e in _ENDINGS_A]
        out.append(_palatal(stem) + "i")
        if stem.lower().endswith("i"):  # Shqipëria -> Shqipërisë
            out.append(stem + "së")
        return out
    if low == "e":
        return [word[:-1] + e for e in _ENDINGS_E]
    if low == "o":
        return [word[:-1] + e for e in _ENDINGS_O]
    if low == "i":  # Shqipëri -> Shqipërisë
        return [word + "së", word + "a", word + "ja", word + "ji", word + "ju", word + "je"]
    if word[-1].isalpha():
        forms = [word + e for e in _ENDINGS_CONS]
        if len(word) > 4 and word.endswith("ac"):  # the fleeting a: Kragujevac -> Kragujevcu
            forms += [word[:-2] + "c" + e for e in ("a", "u", "om", "e")]
        return forms
    return []
