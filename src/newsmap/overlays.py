"""Alliance and mission status as of a date: NATO and EU standing, KFOR and EUFOR presence.

Pure functions over the tables from ``newsmap.geodata`` (alliances.csv, missions.csv), so the
map can show the situation at the end of the analyst's date filter rather than today's: a
story from 2019 sees North Macedonia as a NATO aspirant, one from 2021 as a member.

Each alliances row is one span of one status: ``start`` is the first day the status held and
``end`` the last (empty while current).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

import pandas as pd

#: Statuses by organisation, strongest first (used to break ties between overlapping rows).
NATO_STATUSES: tuple[str, ...] = ("member", "map", "ipap", "pfp")
EU_STATUSES: tuple[str, ...] = ("member", "candidate", "applicant", "potential_candidate")
ORG_STATUSES: dict[str, tuple[str, ...]] = {"NATO": NATO_STATUSES, "EU": EU_STATUSES}
NONE = "none"


class Status(NamedTuple):
    """A country's standing in an organisation on a day.

    A NamedTuple so that callers can unpack it as ``(status, since)``.  ``since`` is the first
    day of the current span, or None when the status is ``none``.
    """

    status: str
    since: date | None
    source: str | None = None


class Strength(NamedTuple):
    """A mission's latest reported troop strength on or before a day, with its source."""

    strength: int
    date: date
    source: str


def _day(value: object) -> date:
    """Accept a date, datetime, Timestamp or ISO string; reject anything else loudly."""
    if isinstance(value, datetime):  # a pandas Timestamp is one too
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    raise TypeError(f"expected a date, got {value!r}")


def _org(org: str) -> str:
    key = org.upper()
    if key not in ORG_STATUSES:
        raise ValueError(f"unknown organisation {org!r}; expected one of {sorted(ORG_STATUSES)}")
    return key


def _current(alliances: pd.DataFrame, org: str, on: date) -> pd.DataFrame:
    """Rows of `org` whose span covers `on`, strongest status first."""
    rows = alliances[alliances["org"].str.upper() == org]
    start = pd.to_datetime(rows["start"])
    end = pd.to_datetime(rows["end"].replace("", None))
    day = pd.Timestamp(on)
    rows = rows[(start <= day) & (end.isna() | (end >= day))]
    rank = {s: i for i, s in enumerate(ORG_STATUSES[org])}
    order = rows["status"].map(rank).fillna(len(rank))
    return rows.assign(_rank=order).sort_values(["_rank", "start"], kind="stable")


def status_on(alliances: pd.DataFrame, org: str, country: str, on: object) -> Status:
    """`country`'s status in `org` ("NATO" or "EU") on day `on`; ``none`` if no span covers it."""
    org = _org(org)
    day = _day(on)
    rows = _current(alliances[alliances["country"] == country], org, day)
    if rows.empty:
        return Status(NONE, None, None)
    row = rows.iloc[0]
    return Status(str(row["status"]), _day(row["start"]), str(row.get("source") or "") or None)


def nato_status(alliances: pd.DataFrame, country: str, on: object) -> Status:
    """NATO status (member, map, ipap, pfp or none) of `country` on `on`.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"country": ["MK"], "org": ["NATO"], "status": ["member"],
    ...                   "start": ["2020-03-27"], "end": [""], "source": ["x"]})
    >>> nato_status(t, "MK", "2020-03-26").status, nato_status(t, "MK", "2020-03-27").status
    ('none', 'member')
    """
    return status_on(alliances, "NATO", country, on)


def eu_status(alliances: pd.DataFrame, country: str, on: object) -> Status:
    """EU status (member, candidate, applicant, potential_candidate or none) on `on`."""
    return status_on(alliances, "EU", country, on)


def statuses_as_of(
    alliances: pd.DataFrame, org: str, on: object, countries: list[str] | None = None
) -> dict[str, Status]:
    """Status of every country in `org` on `on`: {code: Status}.

    By default every country named in the table for any organisation is listed, so a country
    with no span on that day (Kosovo for NATO) still appears, as ``none``.
    """
    org = _org(org)
    day = _day(on)
    codes = countries if countries is not None else sorted(set(alliances["country"]))
    current = _current(alliances, org, day).drop_duplicates("country")
    by_code = {str(r["country"]): r for r in current.to_dict("records")}
    out: dict[str, Status] = {}
    for code in codes:
        row = by_code.get(code)
        if row is None:
            out[code] = Status(NONE, None, None)
        else:
            out[code] = Status(
                str(row["status"]), _day(row["start"]), str(row.get("source") or "") or None
            )
    return out


def mission_strength(missions: pd.DataFrame, mission: str, on: object) -> Strength | None:
    """The latest reported strength of `mission` (KFOR or EUFOR) on or before `on`.

    None when the mission had no reported strength yet (before it began).
    """
    day = pd.Timestamp(_day(on))
    rows = missions[
        (missions["mission"].str.upper() == mission.upper()) & (missions["record"] == "strength")
    ]
    when = pd.to_datetime(rows["date"])
    rows = rows.assign(_d=when)[when <= day].sort_values("_d", kind="stable")
    if rows.empty:
        return None
    row = rows.iloc[-1]
    return Strength(int(row["strength"]), row["_d"].date(), str(row["source"]))


def camps(
    missions: pd.DataFrame, mission: str | None = None, on: object | None = None
) -> pd.DataFrame:
    """Mission camps (name, mission, lat, lon, role, source), optionally only those open on `on`.

    A camp row's ``date`` is when it opened; camps opened after `on` are left out.
    """
    rows = missions[missions["record"] == "camp"]
    if mission is not None:
        rows = rows[rows["mission"].str.upper() == mission.upper()]
    if on is not None:
        opened = pd.to_datetime(rows["date"])
        rows = rows[opened.isna() | (opened <= pd.Timestamp(_day(on)))]
    cols = [
        c
        for c in ("mission", "name", "country", "lat", "lon", "date", "role", "source")
        if c in rows.columns
    ]
    return rows[cols].reset_index(drop=True)


def mission_camps(missions: pd.DataFrame, on: object) -> pd.DataFrame:
    """Camps open on `on`, each with its mission's strength as of that day and that figure's source.

    This is the frame the map's alliance layer draws: a camp marker says how many troops the
    mission had then, and where that number comes from.
    """
    open_camps = camps(missions, on=on)
    if open_camps.empty:
        return open_camps
    rows = []
    for rec in open_camps.to_dict("records"):
        found = mission_strength(missions, str(rec["mission"]), on)
        rec["strength"] = found.strength if found else None
        rec["date"] = found.date if found else None
        rec["source"] = found.source if found else rec.get("source")
        rows.append(rec)
    return pd.DataFrame(rows)
