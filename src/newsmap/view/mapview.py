"""Frames in, folium map out: the choropleth, place markers, alliance overlay and legends.

Why this shape:
- Pure: GeoDataFrames and pandas frames in, `folium` objects out; no streamlit, no I/O. The
  dashboard shows the result with streamlit-folium; `render_standalone_html` makes the offline
  HTML export (and the PNG snapshot taken from it).
- Offline first: no tiles by default (`tiles=None, maxZoom=18`; MarkerCluster needs the maxZoom),
  our own country polygons are the basemap, OpenStreetMap is an optional layer switched off.
- Safe text: names and titles come from the news and from gazetteers. Every piece of text is
  HTML-escaped here, once, and all data reaches the page through JSON (`tojson`), never through
  folium's `Popup`/`Tooltip`, which paste raw strings into JavaScript template literals.
- Stable output: folium gives every element a random id, so the same data rendered twice would
  differ and Streamlit would re-send the whole map. `_stable_ids` renames them deterministically.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, cast

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, Figure, MacroElement
from folium.plugins import FastMarkerCluster
from jinja2 import Template
from shapely.geometry import Point, mapping

from newsmap.model import REGION_COUNTRIES
from newsmap.view.offline import localize_html

#: (south, west), (north, east) of the six countries with a little margin.
WESTERN_BALKANS_BOUNDS: tuple[tuple[float, float], tuple[float, float]] = (
    (39.5, 18.3),
    (46.3, 23.2),
)

#: ColorBrewer YlOrRd, sequential, by number of classes.
YLORRD: dict[int, tuple[str, ...]] = {
    3: ("#ffeda0", "#feb24c", "#f03b20"),
    4: ("#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"),
    5: ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"),
    6: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"),
    7: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"),
}
NO_DATA_COLOUR = "#f4f4f4"
REGION_BASE_COLOUR = "#ffffff"
CONTEXT_BASE_COLOUR = "#dcdcdc"
SEA_COLOUR = "#dde8f0"
BORDER_COLOUR = "#9a9a9a"

ATTRIBUTION = "Boundaries: Natural Earth · Places: GeoNames (CC BY 4.0)"
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

#: Alliance status -> (fill colour, legend label). Keys are normalised (see `_status_key`).
STATUS_STYLE: dict[str, tuple[str, str]] = {
    "member": ("#08519c", "Member"),
    "map": ("#4292c6", "Membership Action Plan"),
    "candidate": ("#4292c6", "Candidate"),
    "ipap": ("#6baed6", "Partnership for Peace with an IPAP"),
    "pfp": ("#9ecae1", "Partnership for Peace"),
    "applicant": ("#9ecae1", "Applicant"),
    "potential_candidate": ("#c6dbef", "Potential candidate"),
    "none": ("#fdd49e", "Neither member nor partner"),
}
_STATUS_ALIASES = {
    "partnership_for_peace": "pfp",
    "partner": "pfp",
    "membership_action_plan": "map",
    "non_member": "none",
    "non_partner": "none",
    "": "none",
}
UNKNOWN_STATUS_COLOUR = "#bdbdbd"
CAMP_COLOURS = {"KFOR": "#1b7837", "EUFOR": "#762a83"}
CAMP_DEFAULT_COLOUR = "#444444"

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


# --------------------------------------------------------------------------- small pure helpers


def esc(value: Any) -> str:
    """HTML-escape any value for tooltips, popups and legends (None becomes "")."""
    return "" if value is None else html.escape(str(value), quote=True)


def safe_href(url: Any) -> str | None:
    """The URL if it is http(s), else None: a `javascript:` link must never become clickable."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if re.match(r"^https?://[^\s\"'<>]+$", url, re.IGNORECASE) else None


def class_breaks(values: Iterable[float], k: int = 6, *, integer: bool = True) -> list[float]:
    """Upper bounds of up to `k` quantile classes of the positive values (empty if none).

    Quantiles keep a few big numbers (Belgrade, Pristina) from washing out every other unit;
    counts get whole-number bounds so the legend reads "4-10", not "3.7-9.6".

    >>> class_breaks([0, 1, 2, 3, 4, 5, 6, 100], k=3)
    [3.0, 5.0, 100.0]
    >>> class_breaks([0, 0])
    []
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    positive = sorted(float(v) for v in values if v is not None and not math.isnan(v) and v > 0)
    if not positive:
        return []
    distinct = sorted(set(positive))
    if len(distinct) <= k:
        return [float(math.ceil(v)) if integer else v for v in distinct]
    series = pd.Series(positive)
    bounds: list[float] = []
    for i in range(1, k + 1):
        q = float(series.quantile(i / k, interpolation="lower" if integer else "linear"))
        q = float(math.ceil(q)) if integer else _round_sig(q)
        if not bounds or q > bounds[-1]:
            bounds.append(q)
    if bounds[-1] < positive[-1]:
        bounds[-1] = float(math.ceil(positive[-1])) if integer else positive[-1]
    return bounds


def _round_sig(x: float, digits: int = 2) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - int(math.floor(math.log10(abs(x)))))


def palette(n: int) -> tuple[str, ...]:
    """`n` sequential YlOrRd colours, light to dark."""
    if n <= 0:
        return ()
    if n in YLORRD:
        return YLORRD[n]
    if n < 3:
        return (YLORRD[3][1],) if n == 1 else (YLORRD[3][0], YLORRD[3][2])
    raise ValueError(f"at most 7 classes are supported, not {n}")


def colour_for(value: float | None, bounds: Sequence[float], colours: Sequence[str]) -> str:
    """The class colour of a value; zero, negative or missing values get the pale no-data grey."""
    if value is None or math.isnan(value) or value <= 0 or not bounds:
        return NO_DATA_COLOUR
    for bound, colour in zip(bounds, colours, strict=True):
        if value <= bound:
            return colour
    return colours[-1]


def _fmt(x: float, integer: bool) -> str:
    if integer:
        return f"{int(round(x)):,}"
    return f"{x:,.2f}" if x < 10 else f"{x:,.1f}" if x < 100 else f"{x:,.0f}"


def class_labels(bounds: Sequence[float], *, integer: bool = True) -> list[str]:
    """Legend labels for `class_breaks` output: "1-3", "4-10", ... (en dash).

    >>> class_labels([3.0, 10.0])
    ['1–3', '4–10']
    """
    labels = []
    for i, upper in enumerate(bounds):
        if integer:
            lo = 1.0 if i == 0 else bounds[i - 1] + 1
            labels.append(
                _fmt(upper, True) if lo >= upper else f"{_fmt(lo, True)}–{_fmt(upper, True)}"
            )
        elif i == 0:
            labels.append(f"≤ {_fmt(upper, False)}")
        else:
            labels.append(f"{_fmt(bounds[i - 1], False)}–{_fmt(upper, False)}")
    return labels


def _status_key(status: Any) -> str:
    key = re.sub(r"[\s\-]+", "_", str(status or "").strip().lower())
    return _STATUS_ALIASES.get(key, key)


def _year(since: Any) -> str | None:
    if since is None or (isinstance(since, float) and math.isnan(since)):
        return None
    if isinstance(since, date):
        return str(since.year)
    match = re.match(r"^\s*(\d{4})", str(since))
    return match.group(1) if match else None


# --------------------------------------------------------------------------- folium elements


class Legend(MacroElement):
    """A small HTML box (a legend, or a caption) shown while its parent layer is on the map.

    Our own element rather than branca's colormap legend: that one needs d3 (two versions, once
    streamlit-folium adds its own) for a handful of coloured boxes.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var layer = {{ this._parent.get_name() }};
            var legend = L.control({position: {{ this.position|tojson }}});
            legend.onAdd = function() {
                var div = L.DomUtil.create('div', {{ this.css_class|tojson }});
                div.innerHTML = {{ this.html|tojson }};
                L.DomEvent.disableClickPropagation(div);
                return div;
            };
            layer.on('add', function() { if (layer._map) { legend.addTo(layer._map); } });
            layer.on('remove', function() { legend.remove(); });
            if (layer._map) { legend.addTo(layer._map); }
        })();
        {% endmacro %}
        """
    )

    def __init__(
        self, html_text: str, position: str = "bottomright", *, css_class: str = "newsmap-legend"
    ) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = html_text
        self.position = position
        self.css_class = css_class


class MapReady(MacroElement):
    """Sets `window.__newsmapReady` and `<html data-newsmap-ready>` once the map has drawn.

    Added last, so every layer (embedded GeoJSON is added synchronously) is on the map by then;
    screenshots and browser tests wait for it instead of sleeping.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.whenReady(function() {
            window.__newsmapReady = true;
            document.documentElement.setAttribute('data-newsmap-ready', 'true');
        });
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapReady"


class InfoBox(MacroElement):
    """A title box (escaped text) in a map corner, so exports say what they show."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var box = L.control({position: {{ this.position|tojson }}});
            box.onAdd = function() {
                var div = L.DomUtil.create('div', 'newsmap-info');
                div.innerHTML = {{ this.html|tojson }};
                return div;
            };
            box.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, html_text: str, position: str = "topright") -> None:
        super().__init__()
        self._name = "InfoBox"
        self.html = html_text
        self.position = position


_BOX_STYLE = (
    "background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;"
    "box-shadow:0 0 6px rgba(0,0,0,.25);font:12px/1.35 system-ui,sans-serif;color:#222;"
)


def legend_html(title: str, rows: Sequence[tuple[str, str]], *, shape: str = "box") -> str:
    """Legend markup: an escaped title and one (colour, label) row each."""
    parts = [
        f'<div style="{_BOX_STYLE}"><div style="font-weight:600;margin-bottom:3px">'
        f"{esc(title)}</div>"
    ]
    radius = "50%" if shape == "dot" else "2px"
    for colour, label in rows:
        if not _HEX.match(colour):
            raise ValueError(f"legend colour must be #rrggbb, not {colour!r}")
        parts.append(
            '<div style="display:flex;align-items:center;gap:6px">'
            f'<i style="display:inline-block;width:14px;height:14px;background:{colour};'
            f'border:1px solid #888;border-radius:{radius}"></i><span>{esc(label)}</span></div>'
        )
    parts.append("</div>")
    return "".join(parts)


def _stable_ids(element: Element, namespace: str) -> Element:
    """Replace folium's random element ids with ones derived from tree position.

    The same data then renders to the same HTML, so Streamlit does not re-send (and re-mount)
    the map on every rerun. Children dicts are re-keyed because some templates use the keys.
    """
    counter = 0

    def visit(node: Element) -> None:
        nonlocal counter
        node._id = hashlib.md5(f"{namespace}:{counter}".encode(), usedforsecurity=False).hexdigest()
        counter += 1
        children = list(node._children.values())
        for child in children:
            visit(child)
        node._children = type(node._children)((child.get_name(), child) for child in children)

    visit(element)
    return element


#: Decimals of the coordinates embedded in maps. The web geometry is simplified with a
#: tolerance of about 0.005 degrees (GEODATA.md), so 3 decimals (every vertex within 0.0005
#: degrees, about 50 m) lose nothing it still holds, and stay under a pixel up to zoom 11.
GEOJSON_DIGITS = 3


def _round_ring(ring: Sequence[Sequence[float]], digits: int) -> list[list[float]]:
    """A ring's points rounded, dropping points that rounding made repeat their neighbour."""
    out: list[list[float]] = []
    for x, y, *_ in ring:
        point = [round(x, digits), round(y, digits)]
        if not out or point != out[-1]:
            out.append(point)
    return out


def _rounded_geometry(geometry: Mapping[str, Any], digits: int = GEOJSON_DIGITS) -> dict | None:
    """A GeoJSON Polygon/MultiPolygon/Point with rounded coordinates, or None when rounding
    collapsed it (a rock smaller than the rounding grid): smaller pages, same picture."""
    kind = geometry["type"]
    if kind == "Point":
        x, y, *_ = geometry["coordinates"]
        return {"type": "Point", "coordinates": [round(x, digits), round(y, digits)]}

    def polygon(rings: Sequence[Any]) -> list[list[list[float]]] | None:
        outer = _round_ring(rings[0], digits)
        if len(outer) < 4:
            return None  # the outer ring collapsed: its holes alone mean nothing
        holes = [r for r in (_round_ring(ring, digits) for ring in rings[1:]) if len(r) >= 4]
        return [outer, *holes]

    if kind == "Polygon":
        rings = polygon(geometry["coordinates"])
        return {"type": "Polygon", "coordinates": rings} if rings else None
    if kind == "MultiPolygon":
        parts = [p for p in (polygon(part) for part in geometry["coordinates"]) if p]
        return {"type": "MultiPolygon", "coordinates": parts} if parts else None
    raise ValueError(f"cannot embed a {kind} geometry; expected polygons or points")


def _web_geometry(geom: Any) -> dict | None:
    """`_rounded_geometry` of a shapely geometry, done in GEOS when it can be (a maps' worth of
    polygons in milliseconds); the pure-Python path handles rings that rounding collapses."""
    rounded = shapely.transform(geom, lambda coords: np.round(coords, GEOJSON_DIGITS))
    try:
        cleaned = shapely.remove_repeated_points(rounded)
    except shapely.errors.GEOSException:
        return _rounded_geometry(mapping(geom))
    return None if cleaned.is_empty else dict(mapping(cleaned))


def _features(gdf: Any, key: str, props: Mapping[str, Mapping[str, Any]]) -> dict:
    """GeoJSON FeatureCollection of `gdf` with `id` = key, only the given properties, and
    coordinates rounded to `GEOJSON_DIGITS`."""
    features = []
    for k, geom in zip(gdf[key], gdf.geometry, strict=True):
        if geom is None or geom.is_empty:
            continue
        geometry = _web_geometry(geom)
        if geometry is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": str(k),
                "properties": dict(props.get(str(k), {})),
                "geometry": geometry,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _names(row: Mapping[str, Any]) -> tuple[str, str | None]:
    name = row.get("name")
    local = row.get("name_local") if _present(row.get("name_local")) else None
    return str(name), (str(local) if local and str(local) != str(name) else None)


# --------------------------------------------------------------------------- layers


class _KnownBoundsGeoJson(folium.GeoJson):
    """A GeoJson layer whose bounds are given, not found by walking every coordinate.

    streamlit-folium asks the map for its bounds on every rerun; for the basemap's countries
    folium walked ~18,000 points in Python each time, for an answer the frame already had.
    """

    def __init__(self, data: Any, *, bounds: list[list[float]], **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self._known_bounds = bounds

    def _get_self_bounds(self) -> list[list[float | None]]:
        return [list(corner) for corner in self._known_bounds]


def _lat_lon_bounds(gdf: Any) -> list[list[float]]:
    """[[south, west], [north, east]] of a GeoDataFrame, the way folium reports bounds."""
    west, south, east, north = (float(v) for v in gdf.total_bounds)
    return [[south, west], [north, east]]


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
    cast(Figure, fmap.get_root()).header.add_child(
        Element(f"<style>.leaflet-container{{background:{SEA_COLOUR} !important}}</style>"),
        name="newsmap_style",
    )
    if admin0 is not None and len(admin0):
        region = set(REGION_COUNTRIES)
        styles = {
            str(code): {"fill": REGION_BASE_COLOUR if str(code) in region else CONTEXT_BASE_COLOUR}
            for code in admin0["code"]
        }
        data = _features(admin0, "code", styles)
        _KnownBoundsGeoJson(
            data,
            bounds=_lat_lon_bounds(admin0),
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
        ).add_to(fmap)
    if tiles is not None:
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
    fmap.fit_bounds([list(bounds[0]), list(bounds[1])])
    _stable_ids(fmap.get_root(), "base")
    return fmap


def build_choropleth(
    gdf: Any,
    counts: pd.Series,
    *,
    level: str,
    metric_label: str,
    per_100k: bool = False,
    classes: int = 6,
    name: str | None = None,
) -> folium.FeatureGroup:
    """One GeoJson layer coloured by counts, with hover highlight, tooltips and a legend.

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
    """
    if level not in ("country", "admin1"):
        raise ValueError(f"level must be 'country' or 'admin1', not {level!r}")
    key = "code" if level == "country" else "id"
    if key not in gdf.columns:
        raise ValueError(f"the {level} frame needs a {key!r} column")
    keys = [str(k) for k in gdf[key]]
    raw = {str(k): v for k, v in counts.items()} if counts is not None else {}
    count = {k: float(raw.get(k, 0) or 0) for k in keys}
    if per_100k:
        if "population" not in gdf.columns:
            raise ValueError("per_100k needs a 'population' column")
        pops = dict(zip(keys, gdf["population"], strict=True))
        value = {
            k: (count[k] / float(pops[k]) * 1e5 if pops[k] and float(pops[k]) > 0 else math.nan)
            for k in keys
        }
    else:
        value = count
    bounds = class_breaks(value.values(), classes, integer=not per_100k)
    colours = palette(len(bounds))
    label = f"{metric_label} per 100k people" if per_100k else metric_label

    props: dict[str, dict[str, Any]] = {}
    for row in gdf.drop(columns="geometry").to_dict("records"):
        k = str(row[key])
        en, local = _names(row)
        tip = f"<b>{esc(en)}</b>"
        if local:
            tip += f"<br>{esc(local)}"
        number = _fmt(count[k], True)
        if per_100k:
            rate = value[k]
            shown = "no population data" if math.isnan(rate) else _fmt(rate, False)
            tip += f"<br>{esc(label)}: {esc(shown)} ({esc(number)} {esc(metric_label.lower())})"
        else:
            tip += f"<br>{esc(metric_label)}: {esc(number)}"
        props[k] = {"tip": tip, "fill": colour_for(value[k], bounds, colours)}

    layer = folium.FeatureGroup(name=name or f"{label} by {'country' if key == 'code' else 'unit'}")
    folium.GeoJson(
        _features(gdf, key, props),
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
    ).add_to(layer)
    rows = list(zip(colours, class_labels(bounds, integer=not per_100k), strict=True))
    rows.append((NO_DATA_COLOUR, "0 / no data"))
    Legend(legend_html(label, rows)).add_to(layer)
    return _stable_ids(layer, f"choropleth-{level}")  # type: ignore[return-value]


#: One marker per row [lat, lon, count, name, country, articles, more], articles being
#: [title, http(s) URL or null, source, published] lists. The popup is built only when opened,
#: from text nodes (never innerHTML), so a hostile title stays text and the page carries
#: compact data instead of pre-escaped markup for every place.
_PLACE_CALLBACK = """function (row) {
    function el(tag, text, css) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) { node.textContent = text; }
        if (css) { node.style.cssText = css; }
        return node;
    }
    function popup() {
        var box = el('div', null, 'font:12px/1.35 system-ui,sans-serif');
        box.appendChild(el('b', row[3]));
        if (row[4]) {
            box.appendChild(document.createTextNode(' '));
            box.appendChild(el('small', '(' + row[4] + ')'));
        }
        box.appendChild(el('br'));
        box.appendChild(el('small', n + ' article' + (n === 1 ? '' : 's')));
        var items = row[5] || [];
        if (items.length) {
            var list = el('ul', null, 'margin:4px 0 0 0;padding-left:16px');
            items.forEach(function (a) {
                var li = el('li');
                var title = a[0] || '(untitled)';
                if (a[1]) {
                    var link = el('a', title);
                    link.href = a[1];
                    link.target = '_blank';
                    link.rel = 'noopener noreferrer';
                    li.appendChild(link);
                } else {
                    li.appendChild(document.createTextNode(title));
                }
                var meta = [a[2], a[3]].filter(Boolean).join(' \u00b7 ');
                if (meta) {
                    li.appendChild(document.createTextNode(' '));
                    li.appendChild(el('small', meta));
                }
                list.appendChild(li);
            });
            if (row[6] > 0) {
                list.appendChild(el('li', 'and ' + row[6] + ' more', 'list-style:none;color:#555'));
            }
            box.appendChild(list);
        }
        return box;
    }
    var n = Number(row[2]) || 0;
    var s = Math.round(Math.min(34, 16 + 4 * Math.log2(Math.max(1, n))));
    var icon = L.divIcon({
        className: 'newsmap-place',
        iconSize: [s, s],
        html: '<div style="width:' + s + 'px;height:' + s + 'px;border-radius:50%;'
            + 'background:rgba(33,102,172,.88);border:1.5px solid #fff;color:#fff;'
            + 'font:600 10px/' + s + 'px system-ui,sans-serif;text-align:center;'
            + 'box-shadow:0 0 3px rgba(0,0,0,.4)">' + n + '</div>'
    });
    var marker = L.marker(new L.LatLng(row[0], row[1]),
                          {icon: icon, title: row[3] + ' (' + n + ')'});
    marker.bindPopup(popup, {maxWidth: 340});
    return marker;
}"""


def place_popup_html(
    name: str, country: Any, count: int, articles: Iterable[Mapping], *, more: int = 0
) -> str:
    """Popup markup for one place: escaped name and titles; links only for http(s) URLs.

    The same content the dashboard's markers build in the browser (`place_rows`), as one HTML
    string, for callers that need markup.
    """
    head = f"<b>{esc(name)}</b>"
    if country:
        head += f" <small>({esc(country)})</small>"
    head += f"<br><small>{esc(count)} article{'s' if count != 1 else ''}</small>"
    items = []
    for art in articles or ():
        title = esc(art.get("title") or "(untitled)")
        href = safe_href(art.get("url"))
        link = (
            f'<a href="{esc(href)}" target="_blank" rel="noopener noreferrer">{title}</a>'
            if href
            else title
        )
        meta = " · ".join(esc(x) for x in (art.get("source"), art.get("published")) if x)
        items.append(f"<li>{link}{f' <small>{meta}</small>' if meta else ''}</li>")
    if items and more > 0:
        items.append(f'<li style="list-style:none;color:#555">and {more:,} more</li>')
    body = f'<ul style="margin:4px 0 0 0;padding-left:16px">{"".join(items)}</ul>' if items else ""
    return f'<div style="font:12px/1.35 system-ui,sans-serif">{head}{body}</div>'


def _text(value: Any) -> str | None:
    return str(value) if _present(value) else None


def place_rows(points: pd.DataFrame | None) -> list[list[Any]]:
    """Marker rows for `_PLACE_CALLBACK`: most-mentioned first, plain text (the browser puts
    it into text nodes), URLs only when http(s), and how many articles the popup leaves out."""
    rows: list[list[Any]] = []
    if points is None or not len(points):
        return rows
    frame = points.dropna(subset=["lat", "lon"]).sort_values(
        ["count", "place_id"], ascending=[False, True]
    )
    for rec in frame.to_dict("records"):
        count = int(rec.get("count") or 0)
        articles = rec.get("articles")
        if not isinstance(articles, (list, tuple)):
            articles = []
        listed = [
            [
                _text(a.get("title")),
                safe_href(a.get("url")),
                _text(a.get("source")),
                _text(a.get("published")),
            ]
            for a in articles
        ]
        rows.append(
            [
                float(rec["lat"]),
                float(rec["lon"]),
                count,
                str(rec["name"]),
                _text(rec.get("country")),
                listed,
                max(0, count - len(listed)),
            ]
        )
    return rows


def build_places_layer(points: pd.DataFrame, *, name: str = "Places") -> folium.FeatureGroup:
    """Clustered markers, one per place, sized by count, with article titles in the popup.

    `points` columns: place_id, name, country, lat, lon, count and optionally articles (a list
    of dicts with title, url, source, published; the newest few, `count` says how many there
    are). The markers travel as JSON data of a FastMarkerCluster, so rendering is fast (no
    element per marker), free of random ids, and the popups are built only when opened.
    """
    layer = folium.FeatureGroup(name=name)
    FastMarkerCluster(
        place_rows(points),
        callback=_PLACE_CALLBACK,
        control=False,
        showCoverageOnHover=False,
        maxClusterRadius=40,
    ).add_to(layer)
    return _stable_ids(layer, "places")  # type: ignore[return-value]


def _camps_as_of(camps: pd.DataFrame, as_of: date) -> pd.DataFrame:
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


def build_nato_layer(
    admin0: Any,
    statuses: Mapping[str, tuple[str, Any]],
    camps: pd.DataFrame | None,
    as_of: date,
    *,
    alliance: str = "NATO",
    show: bool = True,
) -> folium.FeatureGroup:
    """Countries coloured by alliance status on `as_of`, mission camps, and a legend.

    Parameters
    ----------
    statuses : {code: (status, since)}
        status one of member, map, pfp, candidate, applicant, potential_candidate, none (case
        and spaces ignored); since a date or "YYYY[-MM-DD]" string, shown as a year.
    camps : DataFrame, optional
        name, lat, lon and optionally mission (KFOR/EUFOR), strength, date/start/end, source;
        rows dated after `as_of` are ignored, the latest earlier row per camp is shown.
    """
    layer = folium.FeatureGroup(name=f"{alliance} (as of {as_of.isoformat()})", show=show)
    present: dict[str, str] = {}
    props: dict[str, dict[str, Any]] = {}
    selected = admin0[admin0["code"].astype(str).isin([str(c) for c in statuses])]
    for row in selected.drop(columns="geometry").to_dict("records"):
        code = str(row["code"])
        status, since = tuple(statuses[code])[:2]
        skey = _status_key(status)
        colour, label = STATUS_STYLE.get(skey, (UNKNOWN_STATUS_COLOUR, str(status)))
        present[skey] = label
        en, local = _names(row)
        year = _year(since)
        text = f"{label} since {year}" if year and skey != "none" else label
        tip = f"<b>{esc(en)}</b>" + (f"<br>{esc(local)}" if local else "")
        tip += f"<br>{esc(alliance)}: {esc(text)}"
        props[code] = {"tip": tip, "fill": colour}
    if props:
        folium.GeoJson(
            _features(selected, "code", props),
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
        (STATUS_STYLE.get(k, (UNKNOWN_STATUS_COLOUR, ""))[0], present[k])
        for k in [*STATUS_STYLE, *sorted(set(present) - set(STATUS_STYLE))]
        if k in present
    ]
    missions: list[str] = []
    if camps is not None and len(camps):
        valid = _camps_as_of(camps, as_of).dropna(subset=["lat", "lon"])
        features: list[dict[str, Any]] = []
        for rec in valid.to_dict("records"):
            rec = {k: v for k, v in rec.items() if _present(v)}
            mission = str(rec.get("mission") or "")
            colour = CAMP_COLOURS.get(mission.upper(), CAMP_DEFAULT_COLOUR)
            if mission and mission not in missions:
                missions.append(mission)
            tip = f"<b>{esc(rec.get('name'))}</b>"
            if mission:
                tip += f"<br>{esc(mission)}"
            strength = rec.get("strength")
            if strength is not None:
                when = rec.get("date") or rec.get("as_of")
                shown = _fmt(float(strength), True) if _is_num(strength) else strength
                tip += f"<br>Strength: {esc(shown)}"
                if when:
                    tip += f" ({esc(str(when)[:10])})"
            if rec.get("source"):
                tip += f"<br><small>Source: {esc(rec.get('source'))}</small>"
            features.append(
                {
                    "type": "Feature",
                    "id": f"camp-{len(features)}",
                    "properties": {"tip": tip, "colour": colour},
                    "geometry": mapping(Point(float(rec["lon"]), float(rec["lat"]))),
                }
            )
        if features:
            folium.GeoJson(
                {"type": "FeatureCollection", "features": features},
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
            ).add_to(layer)
    for mission in missions:
        rows.append((CAMP_COLOURS.get(mission.upper(), CAMP_DEFAULT_COLOUR), f"{mission} camp"))
    Legend(legend_html(f"{alliance}, {as_of.isoformat()}", rows), position="bottomleft").add_to(
        layer
    )
    return _stable_ids(layer, f"alliance-{alliance}")  # type: ignore[return-value]


def _present(x: Any) -> bool:
    """False for None, NaN/NaT and empty strings: the gaps a CSV-loaded frame is full of."""
    if x is None or (isinstance(x, str) and not x.strip()):
        return False
    try:
        return not bool(pd.isna(x))
    except (TypeError, ValueError):
        return True


def _is_num(x: Any) -> bool:
    try:
        float(x)
    except (TypeError, ValueError):
        return False
    return True


# --------------------------------------------------------------------------- whole map


def build_overlays(
    *,
    admin0: Any,
    admin1: Any | None = None,
    counts: pd.Series | None = None,
    level: str = "country",
    metric: str = "articles",
    per_100k: bool = False,
    places: pd.DataFrame | None = None,
    nato: Mapping[str, tuple[str, Any]] | None = None,
    eu: Mapping[str, tuple[str, Any]] | None = None,
    missions: pd.DataFrame | None = None,
    as_of: date | None = None,
) -> list[folium.FeatureGroup]:
    """The data layers, bottom to top, for `build_map` or streamlit-folium's
    `feature_group_to_add` (which updates them in place over a constant base map)."""
    layers: list[folium.FeatureGroup] = []
    label = metric.replace("_", " ").capitalize()
    gdf = admin1 if level == "admin1" else admin0
    if gdf is not None and counts is not None:
        layers.append(
            build_choropleth(gdf, counts, level=level, metric_label=label, per_100k=per_100k)
        )
    if eu:
        layers.append(
            build_nato_layer(admin0, eu, None, as_of or date.today(), alliance="EU", show=False)
        )
    if nato:
        layers.append(build_nato_layer(admin0, nato, missions, as_of or date.today()))
    if places is not None:
        layers.append(build_places_layer(places))
    return layers


def build_map(
    *,
    admin0: Any,
    admin1: Any | None = None,
    counts: pd.Series | None = None,
    level: str = "country",
    metric: str = "articles",
    per_100k: bool = False,
    places: pd.DataFrame | None = None,
    nato: Mapping[str, tuple[str, Any]] | None = None,
    eu: Mapping[str, tuple[str, Any]] | None = None,
    missions: pd.DataFrame | None = None,
    as_of: date | None = None,
    title: str | None = None,
    tiles: str | None = "openstreetmap",
) -> folium.Map:
    """Base map + data layers + layer control + title + ready signal, with stable ids.

    `as_of` dates the alliance overlay (pass the end of the date filter); it defaults to today
    only when no overlay date is given, the one place this module looks at the clock.
    """
    fmap = build_base_map(admin0, tiles=tiles)
    for layer in build_overlays(
        admin0=admin0,
        admin1=admin1,
        counts=counts,
        level=level,
        metric=metric,
        per_100k=per_100k,
        places=places,
        nato=nato,
        eu=eu,
        missions=missions,
        as_of=as_of,
    ):
        layer.add_to(fmap)
    if title:
        InfoBox(f'<div style="{_BOX_STYLE}max-width:360px"><b>{esc(title)}</b></div>').add_to(fmap)
    folium.LayerControl(collapsed=False, position="topleft").add_to(fmap)
    MapReady().add_to(fmap)
    _stable_ids(fmap.get_root(), "newsmap")
    return fmap


def render_standalone_html(fmap: folium.Map) -> str:
    """Self-contained HTML of the map: every asset inlined, opens from file:// with no network."""
    if not any(isinstance(child, MapReady) for child in fmap._children.values()):
        ready = MapReady()
        ready._id = hashlib.md5(b"newsmap:ready", usedforsecurity=False).hexdigest()
        ready.add_to(fmap)
    return localize_html(fmap.get_root().render(), mode="inline")


def locate(gdf: Any, lat: float, lon: float, *, key: str = "code") -> str | None:
    """The `key` of the polygon containing (lat, lon), or None: turns a map click into a filter."""
    if gdf is None or not len(gdf):
        return None
    point = Point(float(lon), float(lat))
    hits = gdf[gdf.geometry.contains(point)]
    return str(hits.iloc[0][key]) if len(hits) else None
