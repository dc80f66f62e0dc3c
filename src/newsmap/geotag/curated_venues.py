"""Stadiums and arenas of the region and its neighbours, by the names sport news gives them.

A match report places its game at a ground named bare, in a case form ("na Koševu", "pred
punim Poljudom", "u Stožicah", "na Grbavici"): the ground is the story's place, inside its
town, and the gazetteer has none of them.  They are added here as plain data, as
``curated_waters`` adds squares and parks; their case forms come from the morphology rules.
Every form, the name's own included, is indexed as a case form is, which the resolver takes
only in local-language text: an English report's "Maksimir" or "Kosevo" keeps its reading.
A ground whose name is also a common word or another place's ("Pionir", "Čair", "Morača",
"Marakana", which is Rio's too) is left out: the rules that read a site noun ("stadion
Rajko Mitić", "dvorana Pionir") find those with their noun.

Coordinates are rough, for a marker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmap.geotag.entries import Candidate
from newsmap.geotag.folding import fold_key
from newsmap.geotag.morphology import inflections
from newsmap.model import Place

if TYPE_CHECKING:
    from newsmap.geotag.builder import GazetteerBuilder

#: How a ground's place id begins: ``focus`` weighs no ground for a story's state, since a
#: match is played wherever the draw sends the teams, whose story it is (an away match at
#: Poljud is the visitors' news), as it weighs no club named after a town.
VENUE_PREFIX = "cur:venue-"

#: (slug, name, country, latitude, longitude, other names)
_VENUES: tuple[tuple[str, str, str, float, float, tuple[str, ...]], ...] = (
    ("kosevo", "Koševo", "BA", 43.8728, 18.4097, ("Kosevo",)),
    ("grbavica", "Grbavica", "BA", 43.8497, 18.3936, ()),
    ("bilino-polje", "Bilino polje", "BA", 44.2036, 17.9067, ("Bilino Polje",)),
    ("tusanj", "Tušanj", "BA", 44.5395, 18.6820, ()),
    ("zetra", "Zetra", "BA", 43.8716, 18.4085, ()),
    ("poljud", "Poljud", "HR", 43.5197, 16.4317, ()),
    ("maksimir", "Maksimir", "HR", 45.8189, 16.0183, ()),
    ("rujevica", "Rujevica", "HR", 45.3461, 14.4025, ()),
    ("stozice", "Stožice", "SI", 46.0828, 14.5211, ("Stozice",)),
)


def add_venues(b: GazetteerBuilder) -> None:
    """Each ground as a site of its state, under its names and their case forms, all of
    them local-only keys (as the states' local abbreviations are)."""
    for slug, name, cc, lat, lon, others in _VENUES:
        idx = b.add_place(
            Place(
                place_id=f"{VENUE_PREFIX}{slug}",
                name=name,
                country=cc,
                level="site",
                lat=lat,
                lon=lon,
            )
        )
        for alias in (name, *others):
            for form in (alias, *inflections(alias)):
                slot = b.keys[fold_key(form)]
                if (idx,) not in slot:
                    slot[(idx,)] = Candidate(idx, "curated", True, None, None)
