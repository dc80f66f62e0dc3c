"""The alliance overlays: countries by NATO or EU status on a day, the KFOR and EUFOR camps.

The statuses and camps are data (``newsmap.overlays`` reads them as of a date); this module
only draws them. A status is a hatching and an outline over the counts, never a fill of its
own, so the choropleth stays readable underneath and the statuses stay apart in greyscale
print; the overlay does not catch the mouse, and the choropleth's tooltip names both the count
and the status. A camp is a circle above the place markers, with the mission's total strength
on the day and its source.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import folium
import pandas as pd

from newsmap import overlays
from newsmap.geodata import GeoData
from newsmap.view.elements import CampMarkers, Legend, stable_ids
from newsmap.view.geojson import features
from newsmap.view.spec import OVERLAY_ORG, MapSpec
from newsmap.view.style import (
    CAMP_COLOURS,
    CAMP_DEFAULT_COLOUR,
    STATUS_STYLE,
    dot_swatch,
    hatch_style,
    hatch_swatch,
    status_key,
    swatch_legend_html,
)
from newsmap.view.text import esc, fmt_number, present

#: {country code: (status, since, ...)}: `overlays.Status` or any tuple that starts the same.
Statuses = Mapping[str, tuple[Any, ...]]


def _year(since: Any) -> str | None:
    if not present(since):
        return None
    if isinstance(since, date):
        return str(since.year)
    text = str(since).strip()
    return text[:4] if text[:4].isdigit() else None


def status_label(status: Any, since: Any) -> str:
    """ "Member since 2009", "Partnership for Peace since 2006", "Neither member nor partner".

    >>> status_label("pfp", "2006-12-14")
    'Partnership for Peace since 2006'
    """
    key = status_key(status)
    label = STATUS_STYLE.get(key, ("", str(status)))[1]
    year = _year(since)
    return f"{label} since {year}" if year and key != "none" else label


def statuses_on(geo: GeoData, spec: MapSpec) -> dict[str, Statuses]:
    """{organisation: statuses on `spec.as_of`} for each overlay the spec names (EU first,
    as drawn)."""
    wanted = [OVERLAY_ORG[name] for name in ("eu", "nato") if name in spec.overlays]
    if wanted and geo.alliances is None:
        raise ValueError("the alliance overlays need the alliance table (GeoData.alliances)")
    return {org: overlays.statuses_as_of(geo.alliances, org, spec.as_of) for org in wanted}


def status_notes(by_org: Mapping[str, Statuses]) -> dict[str, list[str]]:
    """Tooltip lines per country code: "NATO: Member since 2009", one per organisation."""
    notes: dict[str, list[str]] = {}
    for org in sorted(by_org, key=lambda o: o != "NATO"):
        for code, value in by_org[org].items():
            status, since = tuple(value)[:2]
            notes.setdefault(str(code), []).append(f"{org}: {status_label(status, since)}")
    return notes


def camps_as_of(camps: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Rows of `camps` valid on `as_of`: the latest dated row per camp, none from the future."""
    frame = camps.copy()
    for col in ("start", "since", "date"):
        if col in frame.columns:
            when = pd.to_datetime(frame[col], errors="coerce").dt.date
            frame = frame[when.isna() | (when <= as_of)]
    if "end" in frame.columns:
        end = pd.to_datetime(frame["end"], errors="coerce").dt.date
        frame = frame[end.isna() | (end >= as_of)]
    if "date" in frame.columns and len(frame):
        ident = [c for c in ("mission", "name") if c in frame.columns]
        frame = frame.assign(_d=pd.to_datetime(frame["date"], errors="coerce"))
        frame = frame.sort_values("_d").groupby(ident, as_index=False, sort=True).tail(1)
        frame = frame.drop(columns="_d")
    return frame


def strength_text(mission: str, strength: Any, when: Any) -> str | None:
    """ "KFOR total strength 4,500 (2023-10-10)": the mission's, not the camp's, and dated.

    >>> strength_text("KFOR", 4500, "2023-10-10")
    'KFOR total strength 4,500 (2023-10-10)'
    """
    if not present(strength):
        return None
    try:
        shown = fmt_number(float(strength), True)
    except (TypeError, ValueError):
        shown = str(strength)
    text = f"{mission or 'Mission'} total strength {shown}"
    return f"{text} ({str(when)[:10]})" if present(when) else text


def _camp_html(rec: Mapping[str, Any], mission: str) -> str:
    html = f"<b>{esc(rec.get('name'))}</b>"
    if mission:
        html += f"<br>{esc(mission)} camp"
    strength = strength_text(mission, rec.get("strength"), rec.get("date") or rec.get("as_of"))
    if strength:
        html += f"<br>{esc(strength)}"
    if rec.get("source"):
        html += f"<br><small>Source: {esc(rec.get('source'))}</small>"
    return html


def camp_rows(camps: pd.DataFrame, as_of: date) -> list[dict[str, Any]]:
    """One marker row (lat, lon, colour, html, mission, strength text) per camp open on
    `as_of`."""
    rows = []
    for raw in camps_as_of(camps, as_of).dropna(subset=["lat", "lon"]).to_dict("records"):
        rec = {k: v for k, v in raw.items() if present(v)}
        mission = str(rec.get("mission") or "")
        rows.append(
            {
                "lat": float(rec["lat"]),
                "lon": float(rec["lon"]),
                "colour": CAMP_COLOURS.get(mission.upper(), CAMP_DEFAULT_COLOUR),
                "html": _camp_html(rec, mission),
                "mission": mission,
                "strength": strength_text(mission, rec.get("strength"), rec.get("date")),
            }
        )
    return rows


def _legend_rows(org: str, shown: list[str], camps: list[dict[str, Any]]) -> list[tuple[str, str]]:
    order = [k for k in STATUS_STYLE if k in shown] + sorted(set(shown) - set(STATUS_STYLE))
    rows = [(hatch_swatch(org, k), STATUS_STYLE.get(k, ("", k))[1]) for k in order]
    missions: dict[str, str | None] = {}
    for camp in camps:
        missions.setdefault(camp["mission"], camp["strength"])
    for mission, strength in missions.items():
        label = f"{mission} camp" + (f" · {strength}" if strength else "")
        rows.append((dot_swatch(CAMP_COLOURS.get(mission.upper(), CAMP_DEFAULT_COLOUR)), label))
    return rows


def build_alliance_layer(
    admin0: Any,
    statuses: Statuses,
    camps: pd.DataFrame | None,
    as_of: date,
    *,
    org: str = "NATO",
) -> folium.FeatureGroup:
    """Countries hatched by their status in `org` (NATO or EU) on `as_of`, camps, a legend.

    Parameters
    ----------
    statuses : {code: (status, since)}
        status one of member, map, ipap, pfp, candidate, applicant, potential_candidate,
        none (case and spaces ignored); since a date or "YYYY[-MM-DD]" string.
    camps : DataFrame, optional
        name, lat, lon and optionally mission (KFOR/EUFOR), strength, date/start/end, source;
        rows dated after `as_of` are ignored, the latest earlier row per camp is shown.
    """
    layer = folium.FeatureGroup(name=f"{org} (as of {as_of.isoformat()})")
    drawn = admin0[admin0["code"].astype(str).isin([str(c) for c in statuses])]
    keys = {str(code): status_key(tuple(value)[0]) for code, value in statuses.items()}
    props = {code: hatch_style(org, key) for code, key in keys.items()}
    if props:
        folium.GeoJson(
            features(drawn, "code", props),
            style_function=lambda f: dict(f["properties"]),
            interactive=False,
            control=False,
        ).add_to(layer)
    rows = camp_rows(camps, as_of) if camps is not None else []
    if rows:
        CampMarkers([{k: r[k] for k in ("lat", "lon", "colour", "html")} for r in rows]).add_to(
            layer
        )
    shown = sorted({keys[str(c)] for c in drawn["code"]})
    title = f"{org}, {as_of.isoformat()}"
    Legend(swatch_legend_html(title, _legend_rows(org, shown, rows)), "bottomleft").add_to(layer)
    return stable_ids(layer, f"alliance-{org}")


def alliance_layers(
    geo: GeoData, spec: MapSpec, by_org: Mapping[str, Statuses] | None = None
) -> list[folium.FeatureGroup]:
    """One layer per overlay the spec asks for (EU below NATO), drawn as of `spec.as_of`.

    NATO brings the KFOR and EUFOR camps open on that day, with each mission's strength then.
    """
    by_org = statuses_on(geo, spec) if by_org is None else by_org
    layers = []
    for org, statuses in by_org.items():
        camps = None
        if org == "NATO" and geo.missions is not None:
            camps = overlays.mission_camps(geo.missions, spec.as_of)
        layers.append(build_alliance_layer(geo.admin0, statuses, camps, spec.as_of, org=org))
    return layers
