"""The hand-made lists' keys: state and town aliases, curated areas, waters and demonyms.

Apart from ``builder`` so that the builder keeps to the indexing itself (names, case forms,
priorities) and this module to which lists go in, in which order: the order is the order
candidates are listed under a key, which later rules rely on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmap.geotag import (
    country_names,
    curated,
    curated_abroad,
    curated_areas,
    curated_counties,
    curated_crossings,
    curated_local_towns,
    curated_named_places,
    curated_region_words,
    curated_regions,
    curated_rivers,
    curated_sites,
    curated_venues,
    curated_waters,
    curated_waters_abroad,
    curated_world,
    exonyms,
    seas,
    words,
)
from newsmap.geotag.entries import Candidate, DemonymWord
from newsmap.geotag.folding import fold, fold_key
from newsmap.geotag.index_rules import SERBIAN_CYRILLIC
from newsmap.geotag.morphology import INFLECTED_COUNTRIES, inflections
from newsmap.model import Place

if TYPE_CHECKING:
    from newsmap.geotag.builder import GazetteerBuilder

#: Every river and lake, and the one-word names among them that need a river word nearby.
WATERS = curated_rivers.WATERS + curated_waters.MORE_WATERS + curated_waters_abroad.WATERS_ABROAD
SHORT_RIVERS = curated_rivers.SHORT_RIVERS | curated_waters.SHORT_RIVERS


def add_curated(b: GazetteerBuilder) -> None:
    """Country and town names, curated areas and demonyms, in that order."""
    _add_country_aliases(b)
    _add_local_abbreviations(b)
    _add_local_country_names(b)
    _add_town_aliases(b)
    for entries in (
        curated.INFORMAL_REGIONS,
        curated.CONTEXT_ONLY,
        curated_region_words.REGION_WORDS,
        curated.UNIT_ALIASES,
        WATERS,
        curated.MORE_REGIONS,
        curated_regions.REGIONS,
        curated_waters.LANDMARKS,
        curated_waters.CITY_DISTRICTS,
        curated_waters.VILLAGES,
        curated_waters.MOUNTAINS,
        curated_waters.SHARED_MOUNTAINS,
        curated_named_places.VILLAGES,
        curated_named_places.LANDMARKS,
        curated_named_places.AREAS,
        curated_abroad.NAMESAKES,
        curated_abroad.NEAR_ABROAD,
        curated_world.TOWNS,
        curated_areas.TOWNS,
        curated_areas.AREAS,
        curated_sites.SITES_ABROAD,
        curated_counties.COUNTIES,
        curated_local_towns.TOWNS,
    ):
        for entry in entries:
            _add_curated_place(b, entry)
    curated_venues.add_venues(b)
    seas.add_seas(b)
    for entry in curated_waters.CROSSING_VILLAGES:
        _add_local_place(b, entry)
    _water_groups(b)
    _add_crossings(b)
    for entry in WATERS:
        _add_water_forms(b, entry)
    for word, (country, role) in (words.DEMONYMS | words.MORE_STATE_ADJECTIVES).items():
        b.keys[fold_key(word)][("dem", word)] = DemonymWord(word, country, role)


def _add_country_aliases(b: GazetteerBuilder) -> None:
    for code, aliases in exonyms.COUNTRY_ALIASES.items():
        idx = b.country_place.get(code)
        if idx is None:
            continue
        local = code in INFLECTED_COUNTRIES
        english = fold(b.places[idx].name)
        for i, alias in enumerate(aliases):
            # other states' Serbian and Albanian names decline too ("u Njemačku",
            # "iz Rusije"); their English name and given-name look-alikes do not
            folded = fold(alias)
            inflect = local or (i > 0 and folded != english and folded not in words.GIVEN_NAMES)
            b.add_name(alias, idx, "curated", inflect=inflect)


def _add_local_abbreviations(b: GazetteerBuilder) -> None:
    """The states' short names in local text only (``exonyms.LOCAL_ABBREVIATIONS``): kept
    as case forms, which the resolver and the support count take only in local-language
    text, and spelt exactly, as every acronym is."""
    for code, names in exonyms.LOCAL_ABBREVIATIONS.items():
        idx = b.country_place.get(code)
        if idx is None:
            continue
        for name in names:
            slot = b.keys[fold_key(name)]
            if (idx,) not in slot:
                slot[(idx,)] = Candidate(idx, "curated", True, None, name)


def _add_local_country_names(b: GazetteerBuilder) -> None:
    """Every state's names in the region's languages (CLDR), with their case forms; a name
    another place already has is left to it ("Tunis", "Singapur": their capitals)."""
    skip = country_names.demonym_forms()
    for code, name in country_names.local_country_names(b.country_place):
        idx = b.country_place[code]
        key = fold_key(name)
        if any(c.place != idx for c in b.keys.get(key, {}).values() if isinstance(c, Candidate)):
            continue
        b.add_name(name, idx, "local")
        b.add_forms(name, idx, "local", None, skip=skip)


def _add_town_aliases(b: GazetteerBuilder) -> None:
    by_name: dict[tuple[str | None, str], int] = {}
    for idx, place in enumerate(b.places):
        if place.level == "city":
            k = (place.country, fold(place.name))
            if k not in by_name or place.population > b.places[by_name[k]].population:
                by_name[k] = idx
    for country, names, aliases in exonyms.TOWN_ALIASES + curated_world.ENGLISH_NAMES:
        found = next(
            (by_name[(country, fold(n))] for n in names if (country, fold(n)) in by_name), None
        )
        if found is not None:
            for alias in aliases:
                b.add_name(alias, found, "curated", inflect=True)


def _add_curated_place(b: GazetteerBuilder, entry: curated.CuratedPlace) -> None:
    unit = b.units.get((entry.country, fold(entry.name)))
    if unit is not None:  # the map knows this area
        for alias in entry.aliases:
            b.add_name(alias, unit, "curated", needs=entry.needs, inflect=entry.needs is None)
        return
    place = Place(
        place_id=f"cur:{entry.slug}",
        name=entry.name,
        country=entry.country,
        level=entry.level,
        lat=entry.lat,
        lon=entry.lon,
        population=entry.population,
    )
    idx = b.add_place(place)
    local = entry.country in INFLECTED_COUNTRIES or entry.country is None
    # a site shared by two states (a lake, a mountain) is one entry each, named only beside
    # its state ("needs"): its case forms need the same ("na Охридското Езеро" in Macedonian)
    inflect = local and (entry.needs is None or entry.level == "site")
    for alias in entry.aliases:
        # a place abroad by its name in the region's spelling is declined as the region's
        # towns are ("u Škotskoj", "у Баварској", "u Ženevi")
        spelt = not inflect and entry.needs is None and _regional_spelling(alias)
        b.add_name(alias, idx, "curated", needs=entry.needs, inflect=inflect or spelt)


#: Letters of the region's Latin alphabets that English and the neighbours' names lack.
_REGIONAL_LETTERS = frozenset("čćšžđČĆŠŽĐ")


def _regional_spelling(alias: str) -> bool:
    """Whether an alias is spelt in a region language: its letters, or Serbian Cyrillic."""
    return not _REGIONAL_LETTERS.isdisjoint(alias) or SERBIAN_CYRILLIC.issuperset(alias)


def _add_local_place(b: GazetteerBuilder, entry: curated.CuratedPlace) -> None:
    """A place whose names and their case forms are keys of local-language text only (each
    indexed as a case form is, as ``curated_venues`` does): English text keeps its reading."""
    idx = b.add_place(
        Place(
            place_id=f"cur:{entry.slug}",
            name=entry.name,
            country=entry.country,
            level=entry.level,
            lat=entry.lat,
            lon=entry.lon,
            population=entry.population,
        )
    )
    for alias in entry.aliases:
        for form in (alias, *inflections(alias)):
            slot = b.keys[fold_key(form)]
            if (idx,) not in slot:
                slot[(idx,)] = Candidate(idx, "curated", True, None, None)


def _add_crossings(b: GazetteerBuilder) -> None:
    """Border crossings as places with no key: ``crossings`` finds their names itself."""
    for entry in curated_crossings.CROSSINGS:
        idx = b.add_place(
            Place(
                place_id=f"cur:crossing-{entry.slug}",
                name=entry.names[0],
                country=entry.country,
                level="site",
                lat=entry.lat,
                lon=entry.lon,
            )
        )
        for name in entry.names:
            b.crossings[fold_key(name)] = curated_crossings.CrossingName(idx, entry.near)


def _add_water_forms(b: GazetteerBuilder, entry: curated.CuratedPlace) -> None:
    """Case forms of a river's or lake's one-word names ("Drine", "Limu", "Ibra"), and
    the short names themselves, as keys that need a river in the sentence.

    A form that is already a water's own key is left alone ("Drina" is the Drina, not a
    form of the Drin)."""
    idx = b.by_id.get(f"cur:{entry.slug}")
    if idx is None:
        return
    for alias in entry.aliases:
        if " " in alias:
            continue
        if alias in SHORT_RIVERS:
            b.river_keys.add(fold_key(alias))
        for form in (*inflections(alias), *_short_fleeting(alias)):
            key = fold_key(form)
            if key not in b.river_keys and any(
                isinstance(c, Candidate) and not c.inflected and b.is_water(c.place)
                for c in b.keys.get(key, {}).values()
            ):
                continue
            slot = b.keys[key]
            if (idx,) not in slot:
                slot[(idx,)] = Candidate(idx, "curated", True, entry.needs, None)
            b.river_keys.add(key)


#: The endings of a short river's name that drops its a: Ibar -> Ibra, Ibru; Uvac -> Uvca.
_FLEETING = ("a", "u", "om", "em")
_FLEETING_CYRILLIC = ("а", "у", "ом", "ем")


def _short_fleeting(alias: str) -> tuple[str, ...]:
    """The forms of a four-letter river in -ar or -ac ("preko Ibra", "vodostaj Uvca"), which
    the town rules leave out (a short town's a stays: "Omar"); a river's forms count only
    beside a river word anyway."""
    if len(alias) != 4 or not alias.endswith(("ar", "ac", "ар", "ац")):
        return ()
    stem = alias[:-2] + alias[-1]
    return tuple(stem + e for e in (_FLEETING if alias.isascii() else _FLEETING_CYRILLIC))


def _water_groups(b: GazetteerBuilder) -> None:
    """Each river's or lake's entries by country, for ``rivers``: one entry per country
    it runs through, all under one name."""
    by_name: dict[str, dict[str, int]] = {}
    for entry in WATERS + curated_waters.SHARED_MOUNTAINS:
        idx = b.by_id.get(f"cur:{entry.slug}")
        if idx is not None and entry.country is not None:
            by_name.setdefault(entry.name, {})[entry.country] = idx
    for group in by_name.values():
        for idx in group.values():
            b.water_siblings[idx] = group
