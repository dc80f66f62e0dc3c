"""The timeline-dot rule: which reports merge into one event, where a date sits on the axis, the
period dots stack by, and the one group each dot shows.

The timeline merges reports of one event (same date, precision, type and first place) into a
group, for every article or only for those naming one country (a *scope*).  The store keeps
these merges up to date on every write.  One group is stored as one row holding the counts of
every scope it appears in, packed as JSON: an article naming seven countries then writes one
row per group instead of eight, which was most of what storing an article cost.

Everything here is plain data in and out: ``newsmap.store`` keeps the merged groups and dots
with these functions, ``newsmap.query`` merges a selection's reports with them when the stored
dots cannot answer, and ``newsmap.view.timeline`` stacks dots by the same periods.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

import pandas as pd

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


def first_code(joined: str | None) -> str:
    """The first code of a comma-separated list column ('' when there is none), read the way
    the timeline's report merging reads it."""
    for part in (joined or "").split(","):
        part = part.strip()
        if part:
            return part
    return ""


def report_group(
    date_: str | None, precision: str | None, type_: str | None, countries: str, place_ids: str
) -> GroupKey:
    """The key under which reports of one event merge: date, precision, type and the first
    place (else the first country), as ``newsmap.events.merge_reports`` keys them."""
    place = first_code(place_ids) or first_code(countries)
    return (str(date_ or ""), str(precision or "day"), str(type_ or "other"), place)


def article_groups(
    article_id: int, reports: Iterable[tuple[int, str, str, str | None, str, str]]
) -> dict[GroupKey, list[Any]]:
    """One article's reports merged: group -> [reports, first_key, country_key, country] from
    (start, date, precision, type, countries, place_ids) rows as the events table holds them."""
    out: dict[GroupKey, list[Any]] = {}
    for start, date_, precision, type_, countries, place_ids in reports:
        key = report_group(date_, precision, type_, countries, place_ids)
        order = article_id * KEY_SPAN + int(start)
        group = out.get(key)
        if group is None:
            group = out[key] = [0, order, None, None]
        group[0] += 1
        group[1] = min(group[1], order)
        country = first_code(countries)
        if country and (group[2] is None or order < group[2]):
            group[2], group[3] = order, country
    return out


def event_span(value: str, precision: str) -> tuple[date, date]:
    """First and last day an event date of some precision can mean ("2023-05" is all of May)."""
    year = int(value[:4])
    if precision == "day":
        d = date.fromisoformat(value[:10])
        return d, d
    if precision == "month":
        month = int(value[5:7])
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
    if precision == "decade":
        return date(year, 1, 1), date(year + 9, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)


def event_bounds(value: str, precision: str | None) -> tuple[str, str] | None:
    """The first and last day an event date can mean, as ISO strings (``event_span``; no
    precision reads as a day), or None for a date that means no day.  The store keeps them
    beside each event's areas, so that a date range picks events in SQL."""
    try:
        lo, hi = event_span(str(value), str(precision or "day"))
    except ValueError:
        return None
    return lo.isoformat(), hi.isoformat()


def axis_place(value: str, precision: str) -> tuple[str, str, str] | None:
    """Where an event date sits on the timeline (its first day) and the first and last day it
    can mean, as ISO strings; None for a date the timeline cannot place."""
    if len(value) < 4:
        return None
    day = value + "-01-01" if len(value) == 4 else value + "-01" if len(value) == 7 else value
    try:
        lo, hi = event_span(value, precision)
        date.fromisoformat(day[:10])
    except ValueError:
        return None
    return day[:10], lo.isoformat(), hi.isoformat()


#: Past this many days between the first and last dot, the timeline stacks its dots per week
#: (on the Monday) instead of per day: a thousand-pixel axis puts several days in each pixel.
WEEKLY_AFTER_DAYS = 548
#: Past this many days (three years), per month (on its first day): a week is then narrower
#: than the smallest dot, so weekly dots overlap their neighbours, and the browser would draw
#: (and interpret every encoding of) four times as many dots as it can show apart.
MONTHLY_AFTER_DAYS = 1096


def dot_period(span: pd.Timedelta) -> str:
    """The period the timeline stacks its dots by, for dates spread over `span`."""
    if span > pd.Timedelta(days=MONTHLY_AFTER_DAYS):
        return "month"
    if span > pd.Timedelta(days=WEEKLY_AFTER_DAYS):
        return "week"
    return "day"


def period_start(days: pd.Series, period: str) -> pd.Series:
    """Each date moved to the start of its `period` (a week starts on Monday)."""
    if period == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if period == "month":
        return days - pd.to_timedelta(days.dt.day - 1, unit="D")
    return days


def stack_keys(
    days: pd.Series, precision: pd.Series, dates: pd.Series, period: str
) -> tuple[pd.Series, pd.Series]:
    """Where each cell's dot sits and what it may share a dot with: day-precise events stack
    per `period` (at its start); an event known only to the month, year or decade is drawn as
    a span over that period, from its first day, and shares it only with events of the same
    date and precision.  Returns (spot, span) with span '' for day-precise cells."""
    coarse = ~precision.fillna("day").isin(["day", ""])
    spot = period_start(days, period).where(~coarse, days)
    span = (dates.astype(str) + "|" + precision.astype(str)).where(coarse, "")
    return spot, span
