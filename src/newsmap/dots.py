"""Merged event reports per article set, and the one group each timeline dot shows.

The timeline merges reports of one event (same date, precision, type and first place) into a
group, for every article or only for those naming one country (a *scope*).  The store keeps
these merges up to date on every write.  One group is stored as one row holding the counts of
every scope it appears in, packed as JSON: an article naming seven countries then writes one
row per group instead of eight, which was most of what storing an article cost.

Everything here is plain data in and out; ``newsmap.store`` reads and writes the rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

#: first_key = article_id * KEY_SPAN + start: one integer that orders reports as
#: ``ORDER BY article_id, start`` does (offsets stay far below 2^32).
KEY_SPAN = 1 << 32

#: (date, precision, type, place): the key under which reports merge.
GroupKey = tuple[str, str, str, str]
#: (scope, date, precision, type): one dot's cell; '' is the scope of every article.
Cell = tuple[str, str, str, str]
#: One scope's counts of a group: [reports, sources, first_key, country_key, country].
#: first_key is None while the report that held it has left (to look up again), country_key is
#: -1 in the same case, None when no report names a country.
Entry = list[Any]
#: scope -> Entry, for one group.
Scopes = dict[str, Entry]
#: A dot: [day, lo, hi, groups, reports, sources, place, top_sources, first_key, country].
Spot = list[Any]


def pack(scopes: Scopes) -> str:
    """The stored form of a group's scopes: sorted by scope, so equal groups store equal text."""
    return json.dumps([[s, *scopes[s]] for s in sorted(scopes)], separators=(",", ":"))


def unpack(text: str) -> Scopes:
    """A stored ``scopes`` column back into scope -> Entry."""
    return {row[0]: row[1:] for row in json.loads(text)}


def add_reports(
    scopes: Scopes,
    scope: str,
    reports: int,
    first: int,
    country_key: int | None,
    country: str | None,
) -> None:
    """Count one article's reports of a group in ``scope``.

    The earliest report (lowest first_key) names the group's first report and country; a new
    article has the highest id, so only a retag, where an article keeps its id, can move them.
    """
    entry = scopes.get(scope)
    if entry is None:
        scopes[scope] = [reports, 1, first, country_key, country]
        return
    entry[0] += reports
    entry[1] += 1
    if entry[2] is None or first < entry[2]:
        entry[2] = first
    if country_key is not None and (entry[3] is None or entry[3] < 0 or country_key < entry[3]):
        entry[3], entry[4] = country_key, country


def take_reports(scopes: Scopes, scope: str, reports: int, article_id: int) -> None:
    """Take one article's reports of a group out of ``scope``; a scope left without reports
    goes.  Where the article held the first report or country, they are marked to be looked
    up again (``needs_lookup``) once the transaction's other changes are in."""
    entry = scopes.get(scope)
    if entry is None:
        return
    entry[0] -= reports
    entry[1] -= 1
    if entry[0] <= 0:
        del scopes[scope]
        return
    if entry[2] is not None and entry[2] // KEY_SPAN == article_id:
        entry[2] = None
    if entry[3] is not None and entry[3] >= 0 and entry[3] // KEY_SPAN == article_id:
        entry[3] = -1


def needs_lookup(entry: Entry) -> bool:
    """Whether a scope's first report or first country left with a removed article."""
    return entry[2] is None or entry[3] == -1


def _better(sources: int, place: str, spot: Spot) -> bool:
    """Whether a group with ``sources`` at ``place`` shows in a dot before the dot's own group:
    more sources, then the first place (the timeline's stable sort over places)."""
    return sources > spot[7] or (sources == spot[7] and place <= spot[6])


def fold(
    spot: Spot | None, axis: tuple[str, str, str], place: str, old: Entry | None, new: Entry
) -> Spot:
    """A dot after one of its cell's groups went from ``old`` (None: new in the scope) to
    ``new``, with counts that only grew.  The cell's best group is then its old best or this
    one, so the cell's other groups need not be read."""
    if spot is None:
        spot = [*axis, 0, 0, 0, place, -1, None, None]
    if old is None:
        spot[3] += 1
        spot[4] += new[0]
        spot[5] += new[1]
    else:
        spot[4] += new[0] - old[0]
        spot[5] += new[1] - old[1]
    if _better(new[1], place, spot):
        spot[6], spot[7], spot[8], spot[9] = place, new[1], new[2], new[4]
    return spot


def pick(axis: tuple[str, str, str], groups: Iterable[tuple[str, Entry]]) -> Spot | None:
    """A dot from all of its cell's (place, Entry) groups; None when the cell has none."""
    spot: Spot | None = None
    for place, entry in sorted(groups, key=lambda g: (-g[1][1], g[0])):
        if spot is None:
            spot = [*axis, 0, 0, 0, place, entry[1], entry[2], entry[4]]
        spot[3] += 1
        spot[4] += entry[0]
        spot[5] += entry[1]
    return spot
