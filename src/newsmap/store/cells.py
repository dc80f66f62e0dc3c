"""The timeline cells: merged event reports (``event_groups``) and the dot each cell shows
(``event_spots``), kept write by write.

The timeline draws merged event reports; ``event_groups`` keeps them merged per article set
(every article, or those naming one country: a *scope*) and ``event_spots`` keeps the one
group each dot of the chart shows, so the chart reads thousands of rows instead of every
event.  The rule (what merges, which group a dot shows) is ``newsmap.dots``; this module reads
and writes its rows, inside the caller's write transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from newsmap.dots import (
    KEY_SPAN,
    Cell,
    Entry,
    GroupKey,
    Scopes,
    Spot,
    add_reports,
    article_groups,
    axis_place,
    first_code,
    fold,
    needs_lookup,
    pack,
    pick,
    report_group,
    take_reports,
    unpack,
)
from newsmap.model import NEIGHBOUR_COUNTRIES, REGION_COUNTRIES
from newsmap.store.db import Db

#: Countries with their own scope of merged event reports (the ones the sidebar offers), next
#: to '' for every article.  A single-country timeline reads that scope's rows.
EVENT_SCOPES = (*REGION_COUNTRIES, *NEIGHBOUR_COUNTRIES)

#: One article's merged event reports: (article id, the scopes they count in, group key ->
#: [reports, first_key, country_key, country] as ``article_groups`` gives them).
Merged = tuple[int, Sequence[str], dict[GroupKey, list[Any]]]

#: The columns of ``event_spots``, in the order its rows are written (and copied).
SPOT_COLUMNS = (
    "scope",
    "date",
    "precision",
    "type",
    "day",
    "lo",
    "hi",
    "groups",
    "reports",
    "sources",
    "place",
    "top_sources",
    "first_key",
    "country",
)
_GROUP_KEY = ("date", "precision", "type", "place")
_CELL_KEY = ("scope", "date", "precision", "type")
_SAVE_GROUP = (
    "INSERT INTO event_groups(date, precision, type, place, scopes) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT(date, precision, type, place) DO UPDATE SET scopes = excluded.scopes"
)
_SAVE_SPOT = (
    f"INSERT INTO event_spots({', '.join(SPOT_COLUMNS)}) VALUES ({', '.join('?' * 14)}) "
    f"ON CONFLICT({', '.join(_CELL_KEY)}) DO UPDATE SET "
    + ", ".join(f"{col} = excluded.{col}" for col in SPOT_COLUMNS[4:])
)


def scopes_of(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """The scopes an article's reports count in, from its (kind, key) area pairs."""
    named = set(pairs)
    return ["", *(code for code in EVENT_SCOPES if ("country", code) in named)]


def stored_scopes(db: Db, article_id: int) -> list[str]:
    """The scopes a stored article's reports count in, read from its area rows."""
    marks = ",".join("?" * len(EVENT_SCOPES))
    return [
        "",
        *(
            r[0]
            for r in db.rows(
                f"SELECT key FROM article_areas WHERE article_id = ? AND kind = 'country' "
                f"AND key IN ({marks})",
                (article_id, *EVENT_SCOPES),
            )
        ),
    ]


def stored_reports(db: Db, article_id: int) -> dict[GroupKey, list[Any]]:
    """A stored article's reports, merged as ``article_groups`` merges them."""
    rows = db.rows(
        "SELECT start, date, precision, type, countries, place_ids FROM events "
        "WHERE article_id = ?",
        (article_id,),
    )
    return article_groups(article_id, rows)


def load_groups(db: Db, keys: Iterable[GroupKey]) -> dict[GroupKey, Scopes]:
    """The stored groups among ``keys`` (absent ones are left out)."""
    rows = db.rows_by_keys("event_groups", _GROUP_KEY, keys)
    return {tuple(r[:4]): unpack(r[4]) for r in rows}


def save_groups(db: Db, groups: dict[GroupKey, Scopes]) -> None:
    """Write groups back; a group left in no scope is deleted."""
    gone = [key for key, scopes in groups.items() if not scopes]
    if gone:
        db.executemany(
            "DELETE FROM event_groups WHERE date = ? AND precision = ? AND type = ? AND place = ?",
            gone,
        )
    db.executemany(_SAVE_GROUP, [(*key, pack(scopes)) for key, scopes in groups.items() if scopes])


def load_spots(db: Db, cells: Iterable[Cell]) -> dict[Cell, Spot]:
    """The stored dots of ``cells`` (cells without one are left out)."""
    rows = db.rows_by_keys("event_spots", _CELL_KEY, cells)
    return {tuple(r[:4]): list(r[4:]) for r in rows}


def save_spots(db: Db, spots: dict[Cell, Spot | None]) -> None:
    """Write dots back; a cell whose dot is None has none any more."""
    gone = [cell for cell, spot in spots.items() if spot is None]
    if gone:
        db.executemany(
            "DELETE FROM event_spots WHERE scope = ? AND date = ? AND precision = ? AND type = ?",
            gone,
        )
    db.executemany(_SAVE_SPOT, [(*cell, *spot) for cell, spot in spots.items() if spot is not None])


def apply_reports(
    db: Db, merged: Sequence[Merged], sign: int
) -> tuple[dict[GroupKey, Scopes], dict[GroupKey, dict[str, Entry | None]]]:
    """Add (sign 1) or take away (sign -1) articles' merged reports (``Merged``) in their
    groups, and save the groups.  Returns the groups after, and per group the entries of
    the scopes that changed as they were before (None: new in that scope)."""
    groups = load_groups(db, {key for _, _, by_key in merged for key in by_key})
    olds: dict[GroupKey, dict[str, Entry | None]] = {}
    for article_id, scopes, by_key in merged:
        for key, (reports, first, country_key, country) in by_key.items():
            group = groups.get(key)
            if group is None:
                group = groups[key] = {}
            old = olds.get(key)
            if old is None:
                old = olds[key] = {}
            for scope in scopes:
                if scope not in old:
                    entry = group.get(scope)
                    old[scope] = None if entry is None else entry.copy()
                if sign > 0:
                    add_reports(group, scope, reports, first, country_key, country)
                else:
                    take_reports(group, scope, reports, article_id)
    save_groups(db, groups)
    return groups, olds


def fold_spots(
    db: Db,
    groups: dict[GroupKey, Scopes],
    olds: dict[GroupKey, dict[str, Entry | None]],
) -> None:
    """Fold groups whose counts only grew into their cells' dots, reading no other group."""
    axes: dict[tuple[str, str], tuple[str, str, str] | None] = {}
    changes: list[tuple[Cell, tuple[str, str, str], str, Entry | None, Entry]] = []
    for key, old in olds.items():
        date_, precision, type_, place = key
        if (date_, precision) not in axes:
            axes[date_, precision] = axis_place(date_, precision)
        axis = axes[date_, precision]
        if axis is None:  # a date the axis cannot show has no dot
            continue
        group = groups[key]
        for scope, before in old.items():
            changes.append(((scope, date_, precision, type_), axis, place, before, group[scope]))
    spots: dict[Cell, Spot | None] = dict(load_spots(db, {ch[0] for ch in changes}))
    for cell, axis, place, before, entry in changes:
        spots[cell] = fold(spots.get(cell), axis, place, before, entry)
    save_spots(db, spots)


def refresh_spots(db: Db, cells: Iterable[Cell]) -> None:
    """Pick the dot of each given (scope, date, precision, type) cell again from all of its
    groups: after counts went down (a retag or delete), or for a rebuild."""
    wanted = set(cells)
    if not wanted:
        return
    # Every group of the cells' dates and types, whatever its place.
    rows = db.rows_by_keys("event_groups", _GROUP_KEY[:3], {cell[1:] for cell in wanted})
    members: dict[Cell, list[tuple[str, list[Any]]]] = {}
    for date_, precision, type_, place, packed in rows:
        for scope, entry in unpack(packed).items():
            cell = (scope, date_, precision, type_)
            if cell in wanted:
                members.setdefault(cell, []).append((place, entry))
    spots: dict[Cell, Spot | None] = {}
    for cell in wanted:
        axis = axis_place(cell[1], cell[2])
        spots[cell] = pick(axis, members.get(cell, ())) if axis is not None else None
    save_spots(db, spots)


def settle_groups(db: Db, keys: Iterable[GroupKey]) -> None:
    """Look up the first report and first country again where an article that held them
    left its group (a delete, or a retag that moved its reports elsewhere)."""
    groups = load_groups(db, set(keys))
    changed: dict[GroupKey, Scopes] = {}
    for key, group in groups.items():
        for scope, entry in group.items():
            if needs_lookup(entry):
                entry[2], entry[3], entry[4] = _first_reports(db, key, scope)
                changed[key] = group
    if changed:
        save_groups(db, changed)


def _first_reports(db: Db, key: GroupKey, scope: str) -> tuple[Any, Any, Any]:
    """A group's first report, and its first report naming a country with that country,
    among the stored reports of ``scope`` (first_key, country_key, country)."""
    sql = (
        "SELECT e.article_id, e.start, e.date, e.precision, e.type, e.countries, "
        "e.place_ids FROM events e WHERE e.date = ?"
    )
    params: list[Any] = [key[0]]
    if scope:
        sql += (
            " AND EXISTS (SELECT 1 FROM article_areas x WHERE x.article_id = "
            "e.article_id AND x.kind = 'country' AND x.key = ?)"
        )
        params.append(scope)
    first = ckey = country = None
    for aid, start, *rest in db.rows(sql, params):
        if report_group(*rest) != key:
            continue
        order = aid * KEY_SPAN + int(start)
        first = order if first is None else min(first, order)
        code = first_code(rest[3])
        if code and (ckey is None or order < ckey):
            ckey, country = order, code
    return first, ckey, country


def rebuild(db: Db) -> None:
    """Merge every stored report into ``event_groups`` and pick every cell's dot."""
    scopes: dict[int, list[str]] = {}
    marks = ",".join("?" * len(EVENT_SCOPES))
    for scoped_id, code in db.rows(
        f"SELECT article_id, key FROM article_areas WHERE kind = 'country' AND key IN ({marks})",
        EVENT_SCOPES,
    ):
        scopes.setdefault(scoped_id, []).append(code)
    groups: dict[GroupKey, Scopes] = {}
    reports = db.rows(
        "SELECT article_id, start, date, precision, type, countries, place_ids FROM events "
        "ORDER BY article_id, start"
    )
    article_id: int | None = None
    batch: list[tuple[Any, ...]] = []
    for row in [*reports, (None, 0, "", "", "", "", "")]:
        if row[0] != article_id:
            if article_id is not None:
                article_scopes = ["", *scopes.get(article_id, ())]
                for key, vals in article_groups(article_id, batch).items():
                    group = groups.setdefault(key, {})
                    for scope in article_scopes:
                        add_reports(group, scope, *vals)
            article_id, batch = row[0], []
        batch.append(row[1:])
    db.execute("DELETE FROM event_groups")
    save_groups(db, groups)
    db.execute("DELETE FROM event_spots")
    refresh_spots(db, {(scope, *key[:3]) for key, group in groups.items() for scope in group})
