"""Collecting the gazetteer's places and keys from data/geo rows and the hand-made lists.

Every name becomes a folded key (``folding.fold_key``) pointing at candidates; names of the
region's places also get their case forms (``morphology.inflections``).  The order in which
sources are added is the order candidates are listed under a key, so ``Gazetteer.from_path``
adds them in one fixed order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newsmap.geotag import curated_keys, words
from newsmap.geotag.curated_crossings import CrossingName
from newsmap.geotag.entries import Candidate, DemonymWord, prior_score
from newsmap.geotag.folding import fold, fold_key
from newsmap.geotag.geofiles import centre, to_float, to_int
from newsmap.geotag.index_rules import (
    ALBANIAN_NAMED,
    CHECKED_MIN_LENGTH,
    DEFINITE_MIN_POPULATION,
    INFLECT_MIN_POPULATION,
    NAME_KINDS,
    SERBIAN_CYRILLIC,
    WORLD_CITY_POPULATION,
    acronym,
    given_name,
    inflectable,
    kind_rank,
    qualified,
)
from newsmap.geotag.morphology import (
    INFLECTED_COUNTRIES,
    adjective_forms,
    albanian_forms,
    inflections,
)
from newsmap.geotag.morphology_abroad import declined_abroad, soft_forms
from newsmap.geotag.seat_towns import SEAT_TOWN_POPULATION, seat_town
from newsmap.geotag.small_abroad import calendar_word, small_abroad
from newsmap.model import REGION_COUNTRIES, Place

#: A key's candidates, by place (or by demonym word), in the order they were added.
Slot = dict[tuple, Candidate | DemonymWord]


class GazetteerBuilder:
    """Collects places and keys; ``Gazetteer.from_path`` turns them into a Gazetteer."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.by_id: dict[str, int] = {}
        self.country_place: dict[str, int] = {}
        self.capitals: set[int] = set()
        self.keys: dict[str, Slot] = defaultdict(dict)
        self.units: dict[tuple[str | None, str], int] = {}
        #: Units named after their seat town (municipalities, Kosovo's districts).
        self.seat_units: set[int] = set()
        #: Folded case forms of small places that are common words ("vode", "polju"); None
        #: indexes no case forms of small places at all.
        self.case_form_clashes: frozenset[str] | None = None
        #: Every folded case form of a small place met, clashing or not (for the script that
        #: writes the clash list).
        self.checked_forms: set[str] = set()
        #: Folded case forms of towns indexed as they come (administrative seats under the
        #: inflection size, larger towns but capitals): those that are common words need a
        #: sign they are places (``weak_forms``).
        self.seat_forms: set[str] = set()
        #: Places whose own names are declined (towns of 10,000 and seats, units, states).
        self.declined: set[int] = set()
        #: Keys of rivers and lakes that count only where the sentence speaks of a river:
        #: short bare names ("Lim", "Una") and case forms ("na Drini").
        self.river_keys: set[str] = set()
        #: A river's or lake's entry -> its entries by country (the same dict for all).
        self.water_siblings: dict[int, dict[str, int]] = {}
        #: Folded names of border crossings -> their place and whether it is read
        #: only in a paragraph about the border (``crossings``; no keys).
        self.crossings: dict[str, CrossingName] = {}
        #: The seas' and large regions' places (``seas``).
        self.seas: set[int] = set()
        #: (key, place) of a case form that is also one of the place's own names ("Podujevo",
        #: "Valbona"): written alone in English it is that name, not a declined form.
        self.named_forms: set[tuple[str, int]] = set()
        #: Small towns abroad, by place: their names need their state in the text
        #: (``small_abroad``).
        self.small_abroad: dict[int, str] = {}

    def prior(self, idx: int) -> float:
        return prior_score(self.places[idx], idx in self.capitals, idx in self.seat_units)

    # -- places -------------------------------------------------------------------------
    def add_place(self, place: Place) -> int:
        if place.place_id in self.by_id:
            return self.by_id[place.place_id]
        self.places.append(place)
        self.by_id[place.place_id] = len(self.places) - 1
        return len(self.places) - 1

    def add_name(
        self,
        name: str,
        idx: int,
        kind: str,
        *,
        needs: str | None = None,
        inflect: bool = False,
        checked: bool = False,
        over_forms: bool = False,
    ) -> None:
        """Index ``name`` for place ``idx``; with ``inflect`` its case forms too, and with
        ``checked`` (a small place) only those that are no common word.  With ``over_forms``
        the name replaces a case form of the place's other names spelt like it."""
        name = (name or "").strip()
        if not name:
            return
        key = fold_key(name)
        if len(key) < 4:  # one letter plus padding
            return
        if needs is None and idx in self.small_abroad:
            if calendar_word(name) or kind == "alternate":
                return  # "March"; GeoNames' other names of a small town are other towns'
            needs = self.small_abroad[idx]
        exact = name if acronym(name) else None
        cand = Candidate(idx, kind, False, needs, exact)
        slot = self.keys[key]
        old = slot.get((idx,))
        if (
            not isinstance(old, Candidate)
            or (old.inflected and (over_forms or self._curated_here(kind, idx)))
            or kind_rank(kind) < kind_rank(old.kind)
        ):
            slot[(idx,)] = cand
        elif old.inflected:
            self.named_forms.add((key, idx))
        if (inflect or checked) and exact is None:
            self.add_forms(name, idx, kind, needs, checked=not inflect)

    def add_forms(
        self,
        name: str,
        idx: int,
        kind: str,
        needs: str | None,
        *,
        checked: bool = False,
        skip: frozenset[str] = frozenset(),
    ) -> None:
        """Index the case forms of ``name`` (those folded into ``skip`` left out)."""
        seat = not checked and self._weak_town(idx)
        if self.places[idx].level == "country":
            skip = skip | adjective_forms(name)
        soft = soft_forms(name) if checked and declined_abroad(self.places[idx]) else ()
        forms = inflections(name)
        for form in (*forms, *(f for f in soft if f not in forms)):
            fkey = fold_key(form)
            if skip and fold(form).lower() in skip:
                continue
            if checked and not self._checked_form(fkey):
                if form not in soft:
                    continue
                self.seat_forms.add(fkey[1:-1])  # a word too: weak ("u Bariju", "iz Barija")
            if seat:
                self.seat_forms.add(fkey[1:-1])
            fslot = self.keys[fkey]
            prior = fslot.get((idx,))
            # a case form of a real name outranks the same form of a GeoNames alternate, and a
            # foreign capital's outranks an alternate spelt like it ("Moskvo", "Ankaro": names
            # in Esperanto, accusatives in Slovenian)
            if not isinstance(prior, Candidate) or (
                (prior.inflected or (prior.kind == "alternate" and self._foreign(idx)))
                and kind_rank(kind) < kind_rank(prior.kind)
            ):
                if isinstance(prior, Candidate) and not prior.inflected:
                    self.named_forms.add((fkey, idx))
                fslot[(idx,)] = Candidate(idx, kind, True, needs, None)

    def _curated_here(self, kind: str, idx: int) -> bool:
        """A curated name of a region of the six spelt like a case form of its other names
        ("Dukagjini", the Albanian name of Metohija, is also "Dukagjin" declined): the name
        itself, read in English text too.  (The region words' local names, "Europa",
        "Ballkani", stay case forms: English writes them for clubs and bodies; and so do a
        state's or a river's, "Kosova", "Drini", which local text declines from other names.)"""
        place = self.places[idx]
        return kind == "curated" and place.level == "admin1" and place.country in REGION_COUNTRIES

    def _world_city(self, idx: int) -> bool:
        """A capital abroad: news names it in the region's cases.  (Other big cities' Serbian
        alternates include old names and given names, "Кантон", "Милано": left alone.)"""
        place = self.places[idx]
        if place.country in INFLECTED_COUNTRIES:
            return False
        return idx in self.capitals or place.population >= WORLD_CITY_POPULATION

    def _foreign(self, idx: int) -> bool:
        return self.places[idx].country not in INFLECTED_COUNTRIES

    def _small_town(self, idx: int) -> bool:
        place = self.places[idx]
        return place.level == "city" and place.population < INFLECT_MIN_POPULATION

    def _weak_town(self, idx: int) -> bool:
        """A town whose case forms that are common words are weak: any town but a capital
        ("Visoka", a form of Visoko, is "high"; "Nišu" is folded "nisu", "are not")."""
        return self.places[idx].level == "city" and idx not in self.capitals

    def common_words(self) -> frozenset[str]:
        """The words that need a sign they are places: common words and ``weak_forms``."""
        return words.COMMON_WORDS | self.weak_forms()

    def weak_forms(self) -> frozenset[str]:
        """Case forms of towns that are common words ("Kuće", a form of Kuç, is "houses";
        "Visoka", of Visoko, is "high"): indexed, but weak as common words are, so they need
        a preposition, a "Town, Country" or the country elsewhere in the text."""
        clashes = self.case_form_clashes or frozenset()
        return frozenset(f for f in self.seat_forms if f in clashes)

    def _checked_form(self, fkey: str) -> bool:
        """Whether a small place's case form may be indexed: long enough and no common word."""
        folded = fkey[1:-1]
        self.checked_forms.add(folded)
        clashes = self.case_form_clashes
        return clashes is not None and len(folded) >= CHECKED_MIN_LENGTH and folded not in clashes

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
                lat=to_float(row.get("lat")),
                lon=to_float(row.get("lon")),
                population=to_int(row.get("population")),
                name_local=row.get("name_local") or None,
            )
            idx = self.add_place(place)
            self.country_place[code] = idx
            local = code in INFLECTED_COUNTRIES
            self.add_name(place.name, idx, "name", inflect=local)
            if place.name_local:
                self.add_name(place.name_local, idx, "local", inflect=local)
            for alias in (row.get("aliases") or "").split("|"):
                self.add_name(alias, idx, "local", inflect=local)

    def add_places(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            pid = row.get("place_id") or ""
            if not pid:
                continue
            code = row.get("feature_code") or ""
            country = row.get("country") or None
            population = to_int(row.get("population"))
            if seat_town(country, code, population):
                population = SEAT_TOWN_POPULATION
            place = Place(
                place_id=pid,
                name=row.get("name") or "",
                country=country,
                level=row.get("level") or "city",
                lat=to_float(row.get("lat")),
                lon=to_float(row.get("lon")),
                admin1=row.get("admin1") or None,
                population=population,
            )
            idx = self.add_place(place)
            if code == "PPLC":
                self.capitals.add(idx)
            elif small_abroad(place, INFLECTED_COUNTRIES, False) and place.country:
                self.small_abroad[idx] = place.country
            inflect = inflectable(place, row.get("feature_code") or "")
            if inflect:
                self.declined.add(idx)
            checked = not inflect and place.country in INFLECTED_COUNTRIES
            self.add_name(place.name, idx, "name", inflect=inflect, checked=checked)
            self.add_name(
                row.get("asciiname") or "", idx, "ascii", inflect=inflect, checked=checked
            )
            abroad = declined_abroad(place) and idx not in self.small_abroad
            if not inflect and abroad and not given_name(place.name):
                # "u Stockholmu", "drejt Hamburgut": its own spelling in the region's cases
                self.add_forms(place.name, idx, "name", None, checked=True)
            if place.country in ALBANIAN_NAMED and place.population >= DEFINITE_MIN_POPULATION:
                definite = albanian_forms(place.name)[:1]
                if definite:  # "Kavajë" is "Kavaja" in most English news: a name, no case
                    self.add_name(definite[0], idx, "name", over_forms=True)

    def add_aliases(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            idx = self.by_id.get(row.get("place_id") or "")
            if idx is None:
                continue
            kind = row.get("kind") or "alternate"
            alias = row.get("alias") or ""
            if kind == "alternate" and closed_up(alias, self.places[idx]):
                kind = "local"  # "Sokobanja", "Сокобања" for Soko Banja; "Banjaluka"
            real = kind in NAME_KINDS
            inflect = real and inflectable(self.places[idx])
            checked = real and not inflect and self.places[idx].country in INFLECTED_COUNTRIES
            self.add_name(alias, idx, kind, inflect=inflect, checked=checked)
            if (
                not inflect
                and (
                    self._world_city(idx)
                    or (declined_abroad(self.places[idx]) and idx not in self.small_abroad)
                )
                and SERBIAN_CYRILLIC.issuperset(alias)
                and not given_name(alias)
            ):
                # "у Пекингу", "u Pekingu", "у Варшави", "u Trstu": the region's own name of
                # a big city abroad or of Europe, declined by rule (folded, the Latin forms
                # share the keys)
                self.add_forms(alias, idx, "local", None, checked=True)
            elif kind == "alternate" and idx in self.declined:
                self._add_albanian_forms(alias, idx)
                if qualified(alias, self.places[idx].name):
                    # "Bosanski Brod" for Brod, "Bosanska Gradiška" for Gradiška: the name with
                    # the adjective it had, which the news still declines ("u Bosanskom Brodu")
                    self.add_forms(alias, idx, "local", None, checked=True)

    def _add_albanian_forms(self, alias: str, idx: int) -> None:
        """A town's GeoNames alternate in Albanian's indefinite form ("Plavë", "Kërçovë") is
        the name Albanian news gives it, and that news declines it ("e Plavës", "në Plavën",
        "Plava"): its forms are indexed as a small place's are, those that are common words
        left out."""
        for form in albanian_forms(alias):
            fkey = fold_key(form)
            if (idx,) not in self.keys.get(fkey, {}) and self._checked_form(fkey):
                self.keys[fkey][(idx,)] = Candidate(idx, "local", True, None, None)

    def add_units(self, features: Iterable[dict], prefix: str) -> None:
        """Admin-1 units and groups: names as admin1 candidates (a same-named town outranks)."""
        for feat in features:
            props = feat.get("properties") or {}
            uid = str(props.get("id") or "")
            name = props.get("name") or ""
            if not uid or not name:
                continue
            lat, lon = centre(feat.get("geometry"))
            place = Place(
                place_id=f"{prefix}:{uid}",
                name=name,
                country=props.get("country") or None,
                level="admin1",
                lat=lat,
                lon=lon,
                admin1=uid,
                population=to_int(str(props.get("population") or "")),
                name_local=props.get("name_local") or None,
            )
            idx = self.add_place(place)
            self.units[(place.country, fold(name))] = idx
            if prefix == "admin1" or props.get("kind") == "district":
                self.seat_units.add(idx)
            for field_name in ("name", "name_local", "name_sq", "name_sr", "name_sr_cyrl"):
                value = props.get(field_name)
                if value:
                    self.add_name(value, idx, "local", inflect=place.country in INFLECTED_COUNTRIES)

    # -- the hand-made lists --------------------------------------------------------------
    def add_curated(self) -> None:
        """Country and town names, curated areas and demonyms (``curated_keys``)."""
        curated_keys.add_curated(self)

    def is_water(self, idx: int) -> bool:
        return idx in self.water_siblings


def closed_up(alias: str, place: Place) -> bool:
    """Whether ``alias`` is a region town's two-word name written as one word, the way its
    own people write it ("Sokobanja" and "Сокобања" for GeoNames' "Soko Banja", "Banjaluka"):
    GeoNames lists such spellings among its untrusted alternates."""
    name = place.name
    if place.country not in REGION_COUNTRIES or " " not in name or " " in alias or "'" in alias:
        return False
    return fold(alias).lower() == fold(name).lower().replace(" ", "")
