"""What a map says in words: the caption box (title, what is counted, filters, dates) and the
country names printed on the map.

Everything here is escaped markup built from the scene; the map elements that show it live in
``newsmap.view.elements``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pandas as pd

from newsmap import overlays
from newsmap.geodata import GeoData
from newsmap.model import REGION_COUNTRIES
from newsmap.view.alliance import strength_text
from newsmap.view.describe import filters_text
from newsmap.view.text import esc, present

if TYPE_CHECKING:  # scene imports this module to draw its map
    from newsmap.view.scene import Scene, SceneData

#: Shown on every export: the data licences require it (GeoNames CC BY 4.0).
ATTRIBUTION_TEXT = "Boundaries: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0)"
#: Country names are printed where Natural Earth puts its label point; context countries
#: are named only when that point falls inside this (south, west, north, east) window, so a
#: snapshot never shows a half-cut name at its edge.
LABEL_WINDOW = (38.5, 13.5, 47.8, 27.5)
_CAPTION_STYLE = (
    "background:rgba(255,255,255,.94);padding:8px 11px;border-radius:4px;"
    "box-shadow:0 0 6px rgba(0,0,0,.25);font:12px/1.4 system-ui,sans-serif;color:#222;"
    "max-width:420px"
)


def caption_html(
    scene: Scene,
    data: SceneData,
    geo: GeoData | None = None,
    *,
    made_at: datetime | None = None,
) -> str:
    """The title box: headline, what is counted, filters and dates (areas by name when `geo`
    is given); with the NATO overlay the missions' strength on the day; for exports also when
    the image was made and the attribution the licences require. Its title folds the rest
    away on the dashboard (`elements.Legend`)."""
    names = geo.area_names() if geo is not None else {}
    lines = [
        f"<div>{esc(scene.metric_label())} · {data.n_articles:,} article"
        f"{'s' if data.n_articles != 1 else ''}</div>",
        f"<div>{esc(filters_text(scene.filters, names))}</div>",
    ]
    first, last = data.published
    if first and last:
        span = first.isoformat() if first == last else f"{first} to {last}"
        lines.append(f"<div>Articles published {esc(span)}</div>")
    if scene.overlays:
        orgs = " and ".join(o.upper() for o in scene.overlays)
        lines.append(f"<div>{esc(orgs)} status as of {esc(data.as_of.isoformat())}</div>")
    if "nato" in scene.overlays and geo is not None and geo.missions is not None:
        lines.extend(f"<div>{esc(t)}</div>" for t in mission_totals(geo.missions, data.as_of))
    if made_at is not None:
        stamp = made_at.strftime("%Y-%m-%d %H:%M %Z").strip()
        lines.append(
            f'<div class="newsmap-made" style="margin-top:4px;color:#555;font-size:.9em">'
            f"Made {esc(stamp)} with newsmap<br>{esc(ATTRIBUTION_TEXT)}</div>"
        )
    title = (
        '<div class="newsmap-title nm-legend-title" '
        f'style="font-weight:700;font-size:1.3em;margin-bottom:2px">{esc(scene.title)}</div>'
    )
    body = f'<div class="nm-legend-body">{"".join(lines)}</div>'
    return f'<div style="{_CAPTION_STYLE}">{title}{body}</div>'


def mission_totals(missions: pd.DataFrame, on: date) -> list[str]:
    """ "KFOR total strength 4,500 (2023-10-10)" for each mission with a figure by `on`."""
    out = []
    for mission in sorted(set(missions["mission"].astype(str))):
        found = overlays.mission_strength(missions, mission, on)
        text = found and strength_text(mission, found.strength, found.date.isoformat())
        if text:
            out.append(text)
    return out


def country_labels(countries: pd.DataFrame, admin0: Any) -> list[dict[str, Any]]:
    """Label rows (lat, lon, escaped html) for the countries drawn on the map.

    The six are always named; other drawn countries only inside `LABEL_WINDOW`; tiny states
    (under 100,000 people) never, their names would cover their neighbours.
    """
    drawn = {str(c) for c in admin0["code"]} if admin0 is not None else set()
    south, west, north, east = LABEL_WINDOW
    out = []
    for rec in countries.to_dict("records"):
        code = str(rec.get("code"))
        if code not in drawn or not present(rec.get("lat")):
            continue
        lat, lon = float(rec["lat"]), float(rec["lon"])
        in_region = code in REGION_COUNTRIES
        if not in_region:
            inside = south <= lat <= north and west <= lon <= east
            if not inside or int(rec.get("population") or 0) < 100_000:
                continue
        css = "" if in_region else ' class="context"'
        out.append(
            {
                "lat": lat,
                "lon": lon,
                "html": f"<span{css}>{esc(rec.get('name'))}</span>",
                "code": code,
            }
        )
    return sorted(out, key=lambda r: (r["code"] not in REGION_COUNTRIES, r["code"]))


#: Towns this large are named from zoom 8, the others from zoom 9.
BIG_TOWN = 50_000


def town_labels(towns: pd.DataFrame) -> list[dict[str, Any]]:
    """Label rows (lat, lon, escaped html, tier) for `TownLabels`."""
    return [
        {
            "lat": round(float(rec["lat"]), 4),
            "lon": round(float(rec["lon"]), 4),
            "html": f"<span>{esc(rec['name'])}</span>",
            "tier": "t8" if int(rec["population"]) >= BIG_TOWN else "t9",
        }
        for rec in towns.to_dict("records")
    ]
