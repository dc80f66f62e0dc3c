"""The alliance overlays: countries by NATO or EU status on a day, the KFOR and EUFOR camps.

The statuses and camps are data (``newsmap.overlays`` reads them as of a date); this module
only draws them: a tinted outline per country (the counts underneath stay readable), a circle
per camp with the mission's strength then and its source, and a legend.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import folium
import pandas as pd
from shapely.geometry import Point, mapping

from newsmap import overlays
from newsmap.geodata import GeoData
from newsmap.view.elements import Legend, stable_ids
from newsmap.view.geojson import features
from newsmap.view.spec import OVERLAY_ORG, MapSpec
from newsmap.view.style import (
    CAMP_COLOURS,
    CAMP_DEFAULT_COLOUR,
    STATUS_STYLE,
    UNKNOWN_STATUS_COLOUR,
    legend_html,
    status_key,
)
from newsmap.view.text import esc, fmt_number, is_number, names, present

#: {country code: (status, since, ...)}: `overlays.Status` or any tuple that starts the same.
Statuses = Mapping[str, tuple[Any, ...]]


def _year(since: Any) -> str | None:
    if not present(since):
        return None
    if isinstance(since, date):
        return str(since.year)
    text = str(since).strip()
    return text[:4] if text[:4].isdigit() else None


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


def _country_props(
    admin0: Any, statuses: Statuses, org: str
) -> tuple[Any, dict[str, dict[str, Any]], dict[str, str]]:
    """(the countries drawn, their tooltip and fill by code, legend label by status key)."""
    present_keys: dict[str, str] = {}
    props: dict[str, dict[str, Any]] = {}
    selected = admin0[admin0["code"].astype(str).isin([str(c) for c in statuses])]
    for row in selected.drop(columns="geometry").to_dict("records"):
        code = str(row["code"])
        status, since = tuple(statuses[code])[:2]
        skey = status_key(status)
        colour, label = STATUS_STYLE.get(skey, (UNKNOWN_STATUS_COLOUR, str(status)))
        present_keys[skey] = label
        en, local = names(row)
        year = _year(since)
        text = f"{label} since {year}" if year and skey != "none" else label
        tip = f"<b>{esc(en)}</b>" + (f"<br>{esc(local)}" if local else "")
        tip += f"<br>{esc(org)}: {esc(text)}"
        props[code] = {"tip": tip, "fill": colour}
    return selected, props, present_keys


def _camp_tip(rec: Mapping[str, Any], mission: str) -> str:
    tip = f"<b>{esc(rec.get('name'))}</b>"
    if mission:
        tip += f"<br>{esc(mission)}"
    strength = rec.get("strength")
    if strength is not None:
        when = rec.get("date") or rec.get("as_of")
        shown = fmt_number(float(strength), True) if is_number(strength) else strength
        tip += f"<br>Strength: {esc(shown)}"
        if when:
            tip += f" ({esc(str(when)[:10])})"
    if rec.get("source"):
        tip += f"<br><small>Source: {esc(rec.get('source'))}</small>"
    return tip


def _camp_features(camps: pd.DataFrame, as_of: date) -> tuple[list[dict[str, Any]], list[str]]:
    """(one point feature per camp open on `as_of`, the missions in order of appearance)."""
    valid = camps_as_of(camps, as_of).dropna(subset=["lat", "lon"])
    out: list[dict[str, Any]] = []
    missions: list[str] = []
    for raw in valid.to_dict("records"):
        rec = {k: v for k, v in raw.items() if present(v)}
        mission = str(rec.get("mission") or "")
        if mission and mission not in missions:
            missions.append(mission)
        out.append(
            {
                "type": "Feature",
                "id": f"camp-{len(out)}",
                "properties": {
                    "tip": _camp_tip(rec, mission),
                    "colour": CAMP_COLOURS.get(mission.upper(), CAMP_DEFAULT_COLOUR),
                },
                "geometry": mapping(Point(float(rec["lon"]), float(rec["lat"]))),
            }
        )
    return out, missions


def _camp_layer(camp_features: list[dict[str, Any]]) -> folium.GeoJson:
    return folium.GeoJson(
        {"type": "FeatureCollection", "features": camp_features},
        marker=folium.CircleMarker(radius=7),
        style_function=lambda f: {
            "fill": True,
            "fillColor": f["properties"]["colour"],
            "color": "#ffffff",
            "weight": 2,
            "fillOpacity": 0.95,
        },
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True),
        control=False,
    )


def build_alliance_layer(
    admin0: Any,
    statuses: Statuses,
    camps: pd.DataFrame | None,
    as_of: date,
    *,
    org: str = "NATO",
) -> folium.FeatureGroup:
    """Countries coloured by their status in `org` (NATO or EU) on `as_of`, camps, a legend.

    Parameters
    ----------
    statuses : {code: (status, since)}
        status one of member, map, pfp, candidate, applicant, potential_candidate, none (case
        and spaces ignored); since a date or "YYYY[-MM-DD]" string, shown as a year.
    camps : DataFrame, optional
        name, lat, lon and optionally mission (KFOR/EUFOR), strength, date/start/end, source;
        rows dated after `as_of` are ignored, the latest earlier row per camp is shown.
    """
    layer = folium.FeatureGroup(name=f"{org} (as of {as_of.isoformat()})")
    selected, props, present_keys = _country_props(admin0, statuses, org)
    if props:
        folium.GeoJson(
            features(selected, "code", props),
            # Coloured outlines with a faint tint, so the counts underneath stay readable.
            style_function=lambda f: {
                "fillColor": f["properties"]["fill"],
                "fillOpacity": 0.18,
                "color": f["properties"]["fill"],
                "weight": 3.5,
                "opacity": 0.95,
            },
            highlight_function=lambda f: {"weight": 5, "fillOpacity": 0.3},
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True),
            control=False,
        ).add_to(layer)
    rows = [
        (STATUS_STYLE.get(k, (UNKNOWN_STATUS_COLOUR, ""))[0], present_keys[k])
        for k in [*STATUS_STYLE, *sorted(set(present_keys) - set(STATUS_STYLE))]
        if k in present_keys
    ]
    camp_features, missions = _camp_features(camps, as_of) if camps is not None else ([], [])
    if camp_features:
        _camp_layer(camp_features).add_to(layer)
    for mission in missions:
        rows.append((CAMP_COLOURS.get(mission.upper(), CAMP_DEFAULT_COLOUR), f"{mission} camp"))
    title = f"{org}, {as_of.isoformat()}"
    Legend(legend_html(title, rows), position="bottomleft").add_to(layer)
    return stable_ids(layer, f"alliance-{org}")


def alliance_layers(geo: GeoData, spec: MapSpec) -> list[folium.FeatureGroup]:
    """One layer per overlay the spec asks for (EU below NATO), drawn as of `spec.as_of`.

    NATO brings the KFOR and EUFOR camps open on that day, with each mission's strength then.
    """
    wanted = [name for name in ("eu", "nato") if name in spec.overlays]
    if wanted and geo.alliances is None:
        raise ValueError("the alliance overlays need the alliance table (GeoData.alliances)")
    layers = []
    for name in wanted:
        org = OVERLAY_ORG[name]
        statuses = overlays.statuses_as_of(geo.alliances, org, spec.as_of)
        camps = None
        if name == "nato" and geo.missions is not None:
            camps = overlays.mission_camps(geo.missions, spec.as_of)
        layers.append(build_alliance_layer(geo.admin0, statuses, camps, spec.as_of, org=org))
    return layers
