"""The polygons: the offline basemap (our own country shapes) and the choropleth of counts.

Offline first: no tiles by default (``tiles=None, maxZoom=18``; MarkerCluster needs the
maxZoom), our own country polygons are the basemap, and OpenStreetMap is an optional layer that
starts switched off. The choropleth is one GeoJson layer with a style, a tooltip and a legend
(not folium's Choropleth plus a second layer for tooltips), so each polygon is drawn once.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, cast

import folium
import pandas as pd
from branca.element import Element, Figure
from folium.utilities import JsCode

from newsmap.model import REGION_COUNTRIES
from newsmap.view.elements import AreaClicks, KnownBoundsGeoJson, Legend, OverlayDefs, stable_ids
from newsmap.view.geojson import features, lat_lon_bounds
from newsmap.view.style import (
    BORDER_COLOUR,
    CONTEXT_BASE_COLOUR,
    NO_DATA_COLOUR,
    REGION_BASE_COLOUR,
    SEA_COLOUR,
    class_breaks,
    class_labels,
    colour_for,
    hatch_defs,
    legend_html,
    palette,
)
from newsmap.view.text import esc, fmt_number, names

#: (south, west), (north, east) of the six countries with a little margin.
WESTERN_BALKANS_BOUNDS: tuple[tuple[float, float], tuple[float, float]] = (
    (39.5, 18.3),
    (46.3, 23.2),
)
ATTRIBUTION = "Boundaries: Natural Earth · Places: GeoNames (CC BY 4.0)"
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
#: The sea behind our polygons, and legends whose title folds them away.
MAP_CSS = f"""<style>
.leaflet-container {{ background: {SEA_COLOUR} !important; }}
.nm-legend-title {{ cursor: pointer; user-select: none; }}
.nm-legend-title::after {{ content: " \\25BE"; color: #777; }}
.nm-folded .nm-legend-title::after {{ content: " \\25B8"; }}
.nm-folded .nm-legend-body {{ display: none; }}
.nm-folded .nm-legend-title {{ margin-bottom: 0 !important; }}
</style>"""


#: The basemap keeps each country's shape by its code, in the page, as it draws it...
REMEMBER_SHAPES = JsCode(
    "function (feature) { (window.newsmapShapes = window.newsmapShapes || {})[feature.id]"
    " = feature.geometry; }"
)
#: ... so that the country choropleth, drawn over exactly those countries, sends only their
#: colours and tooltips and takes each shape from there: the same shapes twice were a third of
#: the dashboard's first map.
SHAPE_FROM_BASE = JsCode(
    "function (feature) { if (feature.geometry.type === 'Shared') feature.geometry ="
    " (window.newsmapShapes || {})[feature.id] || null; return !!feature.geometry; }"
)


def _add_osm(fmap: folium.Map, tiles: str) -> None:
    if tiles.lower() != "openstreetmap":
        raise ValueError(f"tiles must be 'openstreetmap' or None, not {tiles!r}")
    folium.TileLayer(
        tiles=OSM_TILES,
        attr=OSM_ATTRIBUTION,
        name="OpenStreetMap (online)",
        overlay=True,
        control=True,
        show=False,
        max_zoom=18,
    ).add_to(fmap)


def build_base_map(
    admin0: Any | None = None,
    *,
    bounds: tuple[tuple[float, float], tuple[float, float]] = WESTERN_BALKANS_BOUNDS,
    tiles: str | None = None,
) -> folium.Map:
    """An offline Leaflet map over the Western Balkans, our own polygons as the basemap.

    Parameters
    ----------
    admin0 : GeoDataFrame, optional
        Countries (columns code, name, in_region, geometry): the six in white, neighbours in
        light grey; drawn non-interactive so they never catch clicks or tooltips.
    bounds : ((south, west), (north, east))
        The initial view.
    tiles : {"openstreetmap", None}
        Add OpenStreetMap tiles as a layer the user may switch on (off at start: offline).
    """
    fmap = folium.Map(
        location=[(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2],
        zoom_start=7,
        tiles=None,
        maxZoom=18,
        minZoom=4,
        control_scale=True,
        prefer_canvas=False,
    )
    cast(Figure, fmap.get_root()).header.add_child(  # a folium Map's root is its Figure
        Element(MAP_CSS), name="newsmap_style"
    )
    OverlayDefs(hatch_defs()).add_to(fmap)
    if admin0 is not None and len(admin0):
        region = set(REGION_COUNTRIES)
        styles = {
            str(code): {"fill": REGION_BASE_COLOUR if str(code) in region else CONTEXT_BASE_COLOUR}
            for code in admin0["code"]
        }
        KnownBoundsGeoJson(
            features(admin0, "code", styles),
            bounds=lat_lon_bounds(admin0),
            name="Countries",
            control=False,
            style_function=lambda f: {
                "fillColor": f["properties"]["fill"],
                "fillOpacity": 0.85,
                "color": BORDER_COLOUR,
                "weight": 0.8,
            },
            interactive=False,
            attribution=ATTRIBUTION,
            on_each_feature=REMEMBER_SHAPES,
        ).add_to(fmap)
    if tiles is not None:
        _add_osm(fmap, tiles)
    fmap.fit_bounds([list(bounds[0]), list(bounds[1])])
    stable_ids(fmap.get_root(), "base")
    return fmap


def _values(
    gdf: Any, key: str, counts: pd.Series | None, per_100k: bool
) -> tuple[dict[str, float], dict[str, float]]:
    """(count, coloured value) per polygon key; the value is per 100,000 people when asked,
    NaN where the population is unknown."""
    keys = [str(k) for k in gdf[key]]
    raw = {str(k): v for k, v in counts.items()} if counts is not None else {}
    count = {k: float(raw.get(k, 0) or 0) for k in keys}
    if not per_100k:
        return count, count
    if "population" not in gdf.columns:
        raise ValueError("per_100k needs a 'population' column")
    pops = dict(zip(keys, gdf["population"], strict=True))
    value = {
        k: (count[k] / float(pops[k]) * 1e5 if pops[k] and float(pops[k]) > 0 else math.nan)
        for k in keys
    }
    return count, value


def _tip(row: dict[str, Any], number: float, rate: float | None, metric_label: str) -> str:
    en, local = names(row)
    tip = f"<b>{esc(en)}</b>"
    if local:
        tip += f"<br>{esc(local)}"
    shown = fmt_number(number, True)
    if rate is None:
        return tip + f"<br>{esc(metric_label)}: {esc(shown)}"
    label = f"{metric_label} per 100k people"
    rate_text = "no population data" if math.isnan(rate) else fmt_number(rate, False)
    return tip + f"<br>{esc(label)}: {esc(rate_text)} ({esc(shown)} {esc(metric_label.lower())})"


def _notes_of(row: dict[str, Any], key: str, notes: Mapping[str, Sequence[str]]) -> str:
    """The overlay's lines for a polygon: its own, or (for an admin-1 unit) its country's."""
    lines = notes.get(str(row[key])) or notes.get(str(row.get("country")), ())
    return "".join(f"<br>{esc(line)}" for line in lines)


def build_choropleth(
    gdf: Any,
    counts: pd.Series | None,
    *,
    level: str,
    metric_label: str,
    per_100k: bool = False,
    classes: int = 6,
    name: str | None = None,
    notes: Mapping[str, Sequence[str]] | None = None,
    shapes_in_base: bool = False,
) -> folium.FeatureGroup:
    """One GeoJson layer coloured by counts, with hover highlight, tooltips and a legend;
    a click on a polygon is reported to the dashboard (`elements.AreaClicks`).

    Parameters
    ----------
    gdf : GeoDataFrame
        Countries (key column ``code``) for ``level="country"``, admin-1 units (``id``) for
        ``level="admin1"``; ``name``, ``name_local`` and, for `per_100k`, ``population``.
    counts : Series
        Counts indexed by code/id; missing keys count as zero.
    metric_label : str
        What is counted, e.g. "Articles", for the tooltip and legend.
    per_100k : bool
        Colour by count per 100,000 people (units without a population show as no data).
    notes : {code or id: [line]}, optional
        More tooltip lines (the overlays' statuses) by polygon key or, for admin-1 units, by
        their country's code.
    shapes_in_base : bool
        `gdf` holds the very shapes the map's basemap (`build_base_map`) draws: the layer
        takes them from the page instead of carrying them again.
    """
    if level not in ("country", "admin1"):
        raise ValueError(f"level must be 'country' or 'admin1', not {level!r}")
    key = "code" if level == "country" else "id"
    if key not in gdf.columns:
        raise ValueError(f"the {level} frame needs a {key!r} column")
    count, value = _values(gdf, key, counts, per_100k)
    bounds = class_breaks(value.values(), classes, integer=not per_100k)
    colours = palette(len(bounds))
    label = f"{metric_label} per 100k people" if per_100k else metric_label
    props: dict[str, dict[str, Any]] = {}
    for row in gdf.drop(columns="geometry").to_dict("records"):
        k = str(row[key])
        tip = _tip(row, count[k], value[k] if per_100k else None, metric_label)
        tip += _notes_of(row, key, notes or {})
        props[k] = {"tip": tip, "fill": colour_for(value[k], bounds, colours)}
    layer = folium.FeatureGroup(name=name or f"{label} by {'country' if key == 'code' else 'unit'}")
    shared = {"filter": SHAPE_FROM_BASE} if shapes_in_base else {}
    polygons = KnownBoundsGeoJson(
        features(gdf, key, props, shapes=not shapes_in_base),
        bounds=lat_lon_bounds(gdf),
        name=label,
        style_function=lambda f: {
            "fillColor": f["properties"]["fill"],
            "fillOpacity": 0.8,
            "color": "#666666",
            "weight": 0.7,
        },
        highlight_function=lambda f: {"weight": 2.5, "color": "#222222", "fillOpacity": 0.95},
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True),
        control=False,
        **shared,
    ).add_to(layer)
    AreaClicks(level).add_to(polygons)
    rows = list(zip(colours, class_labels(bounds, integer=not per_100k), strict=True))
    rows.append((NO_DATA_COLOUR, "0 / no data"))
    Legend(legend_html(label, rows)).add_to(layer)
    return stable_ids(layer, f"choropleth-{level}")
