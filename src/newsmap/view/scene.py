"""What is on screen, as data: one `Scene` drives the dashboard's map and every export.

Why: an analyst exports "what I am looking at". If the dashboard and the exporters each
assembled their own map from the filters, the two would drift apart (a forgotten overlay, a
different metric). Here a frozen `Scene` (filters, level, metric, overlays, title) is turned
into frames once (`collect`, which only reads through the injected query runner) and into a
folium map once (`build_scene_map`, pure); the dashboard and ``newsmap export`` call the same
two functions, so they draw exactly the same map.

No streamlit and no browser here; the clock is read only when the caller does not pass a date.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

import folium
import pandas as pd
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from newsmap import geodata, overlays, query
from newsmap.errors import InvalidFilterError
from newsmap.model import REGION_COUNTRIES
from newsmap.query import Filters, Runner
from newsmap.view import mapview

OVERLAYS = ("nato", "eu")
#: Of folium's default scripts, the ones the dashboard's map uses (plugins bring their own).
DASHBOARD_JS = ("leaflet",)
DEFAULT_TITLE = "Western Balkans news map"
#: Shown on every export: the data licences require it (GeoNames CC BY 4.0).
ATTRIBUTION_TEXT = "Boundaries: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0)"


@dataclass(frozen=True)
class Scene:
    """Everything that decides what the map shows; hashable, so callers can cache by it.

    Parameters
    ----------
    filters : Filters
        Which articles are counted.
    level : {"country", "admin1"}
        Polygons of the choropleth.
    metric : {"articles", "mentions", "events"}
        What is counted per polygon.
    per_100k : bool
        Colour by count per 100,000 people.
    overlays : tuple of {"nato", "eu"}
        Alliance overlays to draw, as of the end of the date filter.
    title : str
        The map's headline on screen and in exports.
    """

    filters: Filters = field(default_factory=Filters)
    level: str = "country"
    metric: str = "articles"
    per_100k: bool = False
    overlays: tuple[str, ...] = ()
    title: str = DEFAULT_TITLE

    def __post_init__(self) -> None:
        if self.level not in query.LEVELS:
            raise InvalidFilterError(
                f"level {self.level!r} is not one of {', '.join(query.LEVELS)}"
            )
        if self.metric not in query.METRICS:
            raise InvalidFilterError(
                f"metric {self.metric!r} is not one of {', '.join(query.METRICS)}"
            )
        if isinstance(self.overlays, str):
            raise TypeError("overlays must be a tuple such as ('nato',), not a string")
        for name in self.overlays:
            if name not in OVERLAYS:
                raise InvalidFilterError(f"overlay {name!r} is not one of {', '.join(OVERLAYS)}")

    def as_of(self, today: date | None = None) -> date:
        """The day alliance statuses and mission strengths are shown for: the end of the
        date filter, else today (an open-ended view is a view of now)."""
        return self.filters.date_to or today or date.today()

    def metric_label(self) -> str:
        """ "Articles by country", "Mentions per 100k people by admin-1 unit", ..."""
        what = self.metric.capitalize()
        if self.per_100k:
            what += " per 100k people"
        return f"{what} by {'country' if self.level == 'country' else 'admin-1 unit'}"

    def caption(self) -> str:
        """The second line under the title: metric, filters and date range in words."""
        return f"{self.metric_label()} · {self.filters.summary()}"


@dataclass(frozen=True, eq=False)
class SceneData:
    """The frames a `Scene` needs, read once from the store.

    Attributes
    ----------
    counts : Series
        Metric per country code (or admin-1 id).
    places : DataFrame
        Cities and sites with count, coordinates and ``articles`` (list of dicts) for popups.
    n_articles : int
        How many articles the filters select (0 means an empty selection).
    as_of : date
        The date the overlays are drawn for.
    nato, eu : dict or None
        {code: (status, since)} when the overlay is on and geodata was given.
    published : (date or None, date or None)
        First and last publication date among the selected articles, so a caption can say
        which dates "all dates" covered.
    missions : DataFrame or None
        KFOR/EUFOR camps open on `as_of`, with the mission's strength then
        (`overlays.mission_camps`).
    """

    counts: pd.Series
    places: pd.DataFrame
    n_articles: int
    as_of: date
    nato: Mapping[str, tuple[str, Any]] | None = None
    eu: Mapping[str, tuple[str, Any]] | None = None
    missions: pd.DataFrame | None = None
    published: tuple[date | None, date | None] = (None, None)


def load_geo(directory: Path | None = None) -> dict[str, Any]:
    """Boundaries, alliance tables and country label points from data/geo.

    Reading is I/O: the caller keeps the result (the CLI for one run, the dashboard per
    server process).
    """
    return {
        "admin0": geodata.load_admin0(directory),
        "admin1": geodata.load_admin1(directory),
        "alliances": geodata.load_alliances(directory),
        "missions": geodata.load_missions(directory),
        "countries": geodata.load_countries(directory),
    }


def count_articles(run: Runner, f: Filters) -> int:
    """How many articles the filters select, without fetching their text."""
    return _selection(run, f)[0]


def _selection(run: Runner, f: Filters) -> tuple[int, date | None, date | None]:
    """Number of selected articles and their first and last publication date."""
    where, params = query.article_where(f)
    frame = run(
        "SELECT COUNT(*) AS n, MIN(a.published) AS lo, MAX(a.published) AS hi "
        f"FROM articles a WHERE {where}",
        params,
    )
    if frame.empty:
        return 0, None, None
    row = frame.iloc[0]

    def day(value: Any) -> date | None:
        return date.fromisoformat(str(value)[:10]) if mapview._present(value) else None

    return int(row["n"]), day(row["lo"]), day(row["hi"])


def places_with_articles(run: Runner, f: Filters, *, per_place: int = 5) -> pd.DataFrame:
    """Marker rows (query.places) with each place's newest `per_place` articles attached for
    its popup; the popup says how many more there are (Belgrade alone has thousands, and
    listing them all made the map page megabytes larger without helping anyone)."""
    points = query.places(run, f)
    if points.empty:
        return points
    listed = query.place_articles(run, f, per_place=per_place)
    grouped: dict[str, list[dict[str, Any]]] = {}
    if not listed.empty:
        # One pass over the records: a groupby with a to_dict per place cost ~0.4 s.
        cols = ["place_id", "title", "url", "source", "published"]
        for rec in listed[cols].to_dict("records"):
            grouped.setdefault(str(rec.pop("place_id")), []).append(rec)
    points = points.copy()
    points["articles"] = points["place_id"].map(lambda p: grouped.get(str(p), []))
    return points


def statuses(alliances: pd.DataFrame, org: str, as_of: date) -> dict[str, tuple[str, Any]]:
    """{code: (status, since)} of one organisation on `as_of`, in the shape mapview draws."""
    found = overlays.statuses_as_of(alliances, org, as_of)
    return {str(code): tuple(value)[:2] for code, value in found.items()}  # type: ignore[misc]


def collect(
    run: Runner,
    scene: Scene,
    geo: Mapping[str, Any] | None = None,
    *,
    today: date | None = None,
) -> SceneData:
    """Read the frames `scene` needs through `run` (normally ``Store.query_frame``).

    `geo` (from `load_geo`) supplies the alliance and mission tables for the overlays; without
    it the overlays are left to `build_scene_map`, which computes them from its own `geo`.
    """
    f = scene.filters
    as_of = scene.as_of(today)
    nato = eu = missions = None
    if geo is not None:
        if "nato" in scene.overlays and geo.get("alliances") is not None:
            nato = statuses(geo["alliances"], "NATO", as_of)
        if "eu" in scene.overlays and geo.get("alliances") is not None:
            eu = statuses(geo["alliances"], "EU", as_of)
        if "nato" in scene.overlays and geo.get("missions") is not None:
            missions = overlays.mission_camps(geo["missions"], as_of)
    n_articles, first, last = _selection(run, f)
    return SceneData(
        counts=query.counts(run, f, level=scene.level, metric=scene.metric),
        places=places_with_articles(run, f),
        n_articles=n_articles,
        as_of=as_of,
        nato=nato,
        eu=eu,
        missions=missions,
        published=(first, last),
    )


#: Country names are printed where Natural Earth puts its label point; context countries
#: are named only when that point falls inside this (south, west, north, east) window, so a
#: snapshot never shows a half-cut name at its edge.
LABEL_WINDOW = (38.5, 13.5, 47.8, 27.5)
_LABEL_CSS = """<style>
.newsmap-label { pointer-events: none; }
.newsmap-label span { position: absolute; transform: translate(-50%, -50%); white-space: nowrap;
  font: 600 13px/1 system-ui, sans-serif; color: #2b2b2b; letter-spacing: .03em;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; }
.newsmap-label span.context { font-weight: 400; font-style: italic; color: #6b6b6b; }
</style>"""


class CountryLabels(MacroElement):
    """Country names on the map, in their own pane above polygons and markers.

    Offline there are no tiles to carry place names, and a briefing map without names makes
    readers guess which shape is Kosovo. The names sit above the markers (a capital's marker
    often sits on its country's label point) but below popups, and never catch the mouse, so
    tooltips, clicks and popups underneath keep working in the dashboard.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }};
            var pane = map.getPane('newsmapLabels') || map.createPane('newsmapLabels');
            pane.style.zIndex = 650;
            pane.style.pointerEvents = 'none';
            {{ this.labels|tojson }}.forEach(function(l) {
                L.marker([l.lat, l.lon], {
                    pane: 'newsmapLabels', interactive: false, keyboard: false,
                    icon: L.divIcon({className: 'newsmap-label', html: l.html, iconSize: null})
                }).addTo(map);
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, labels: list[dict[str, Any]]) -> None:
        super().__init__()
        self._name = "CountryLabels"
        self.labels = labels


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
        if code not in drawn or not mapview._present(rec.get("lat")):
            continue
        lat, lon = float(rec["lat"]), float(rec["lon"])
        in_region = code in REGION_COUNTRIES
        if not in_region:
            inside = south <= lat <= north and west <= lon <= east
            if not inside or int(rec.get("population") or 0) < 100_000:
                continue
        css = "" if in_region else ' class="context"'
        name = mapview.esc(rec.get("name"))
        out.append({"lat": lat, "lon": lon, "html": f"<span{css}>{name}</span>", "code": code})
    return sorted(out, key=lambda r: (r["code"] not in REGION_COUNTRIES, r["code"]))


def _stable_id(element: Any, name: str) -> Any:
    """A fixed id for an element added after mapview numbered the tree, so that the same
    Scene still renders to byte-identical HTML (Streamlit then does not re-send the map)."""
    element._id = hashlib.md5(f"newsmap:scene:{name}".encode(), usedforsecurity=False).hexdigest()
    return element


def caption_html(scene: Scene, data: SceneData, *, made_at: datetime | None = None) -> str:
    """The title box: headline, what is counted, filters and dates; for exports also the
    overlay date, when the image was made and the attribution the licences require."""
    style = (
        "background:rgba(255,255,255,.94);padding:8px 11px;border-radius:4px;"
        "box-shadow:0 0 6px rgba(0,0,0,.25);font:12px/1.4 system-ui,sans-serif;color:#222;"
        "max-width:420px"
    )
    esc = mapview.esc
    lines = [
        f'<div class="newsmap-title" style="font-weight:700;font-size:1.3em;margin-bottom:2px">'
        f"{esc(scene.title)}</div>",
        f"<div>{esc(scene.metric_label())} · {data.n_articles:,} article"
        f"{'s' if data.n_articles != 1 else ''}</div>",
        f"<div>{esc(scene.filters.summary())}</div>",
    ]
    first, last = data.published
    if first and last:
        span = first.isoformat() if first == last else f"{first} to {last}"
        lines.append(f"<div>Articles published {esc(span)}</div>")
    if scene.overlays:
        names = " and ".join(o.upper() for o in scene.overlays)
        lines.append(f"<div>{esc(names)} status as of {esc(data.as_of.isoformat())}</div>")
    if made_at is not None:
        stamp = made_at.strftime("%Y-%m-%d %H:%M %Z").strip()
        lines.append(
            f'<div class="newsmap-made" style="margin-top:4px;color:#555;font-size:.9em">'
            f"Made {esc(stamp)} with newsmap<br>{esc(ATTRIBUTION_TEXT)}</div>"
        )
    return f'<div style="{style}">{"".join(lines)}</div>'


def _show_layers(fmap: folium.Map, prefix: str) -> None:
    """Switch on layers mapview adds hidden (the EU overlay): the scene asked for them."""
    for child in fmap._children.values():
        if isinstance(child, folium.FeatureGroup) and str(child.layer_name).startswith(prefix):
            child.show = True


def _overlay_data(geo: Mapping[str, Any], scene: Scene, data: SceneData) -> tuple[Any, Any, Any]:
    """(nato, eu, missions) for the overlays `scene` asks for, from `data` when `collect`
    resolved them, else computed from `geo`'s tables; None for an overlay that is off."""
    nato, eu, missions = data.nato, data.eu, data.missions
    alliances = geo.get("alliances")
    if "nato" in scene.overlays and nato is None and alliances is not None:
        nato = statuses(alliances, "NATO", data.as_of)
    if "eu" in scene.overlays and eu is None and alliances is not None:
        eu = statuses(alliances, "EU", data.as_of)
    if "nato" in scene.overlays and missions is None and geo.get("missions") is not None:
        missions = overlays.mission_camps(geo["missions"], data.as_of)
    return (
        nato if "nato" in scene.overlays else None,
        eu if "eu" in scene.overlays else None,
        missions if "nato" in scene.overlays else None,
    )


def _add_labels(fmap: folium.Map, geo: Mapping[str, Any]) -> None:
    if geo.get("countries") is not None:
        labels = country_labels(geo["countries"], geo["admin0"])
        if labels:
            root = cast(Figure, fmap.get_root())  # a folium Map's root is its Figure
            root.header.add_child(Element(_LABEL_CSS), name="newsmap_label_style")
            _stable_id(CountryLabels(labels), "labels").add_to(fmap)


def build_scene_map(
    geo: Mapping[str, Any],
    scene: Scene,
    data: SceneData,
    *,
    made_at: datetime | None = None,
    tiles: str | None = "openstreetmap",
) -> folium.Map:
    """The map of `scene`: the same call for every export (the dashboard draws the same
    layers through `build_scene_layers`).

    Parameters
    ----------
    geo : dict
        From `load_geo`: admin0, admin1 and, for overlays `collect` did not resolve,
        alliances and missions.
    made_at : datetime, optional
        Exports pass the time of export; it is printed in the title box with the attribution.
    tiles : {"openstreetmap", None}
        The optional online tile layer (switched off at start); PNG snapshots pass None.
    """
    nato, eu, missions = _overlay_data(geo, scene, data)
    fmap = mapview.build_map(
        admin0=geo["admin0"],
        admin1=geo.get("admin1"),
        counts=data.counts,
        level=scene.level,
        metric=scene.metric,
        per_100k=scene.per_100k,
        places=data.places,
        nato=nato,
        eu=eu,
        missions=missions,
        as_of=data.as_of,
        title=None,
        tiles=tiles,
    )
    if "eu" in scene.overlays:
        _show_layers(fmap, "EU")
    _add_labels(fmap, geo)
    box = mapview.InfoBox(caption_html(scene, data, made_at=made_at), position="topright")
    _stable_id(box, "caption").add_to(fmap)
    return fmap


@dataclass(frozen=True, eq=False)
class SceneLayers:
    """A scene map split the way streamlit-folium updates a map in place.

    Attributes
    ----------
    base : folium.Map
        What never changes with the filters: sea, country outlines, names, the optional tile
        layer. Rendered the same for every scene, so the page keeps its map (and the
        analyst's zoom) and only the layers below are replaced when a filter changes.
    layers : list of folium.FeatureGroup
        Choropleth, overlays, places and the caption box, bottom to top.
    control : folium.LayerControl
        The layer switcher, rebuilt with the layers.
    """

    base: folium.Map
    layers: list[folium.FeatureGroup]
    control: folium.LayerControl


def build_scene_layers(
    geo: Mapping[str, Any],
    scene: Scene,
    data: SceneData,
    *,
    tiles: str | None = "openstreetmap",
) -> SceneLayers:
    """The layers of `build_scene_map`, split into a constant base and per-scene layers."""
    nato, eu, missions = _overlay_data(geo, scene, data)
    base = mapview.build_base_map(geo["admin0"], tiles=tiles)
    # The page loads a map's scripts one after another before drawing anything; of folium's
    # defaults it needs only Leaflet (our markers are divIcons, our popups plain DOM). jQuery,
    # Bootstrap's JS and awesome-markers only delayed the first map. Set on this instance:
    # folium's class-level list, which exports use, stays as it is.
    base.default_js = [(name, url) for name, url in base.default_js if name in DASHBOARD_JS]
    _add_labels(base, geo)
    _stable_id(mapview.MapReady(), "ready").add_to(base)
    layers = mapview.build_overlays(
        admin0=geo["admin0"],
        admin1=geo.get("admin1"),
        counts=data.counts,
        level=scene.level,
        metric=scene.metric,
        per_100k=scene.per_100k,
        places=data.places,
        nato=nato,
        eu=eu,
        missions=missions,
        as_of=data.as_of,
    )
    for layer in layers:
        if str(layer.layer_name).startswith("EU"):
            layer.show = True
    caption = folium.FeatureGroup(name="Caption", control=False)
    mapview.Legend(caption_html(scene, data), position="topright", css_class="newsmap-info").add_to(
        caption
    )
    layers.append(mapview._stable_ids(caption, "caption"))  # type: ignore[arg-type]
    # Collapsed: open, the switcher would cover the western half of the region on a laptop.
    control = folium.LayerControl(collapsed=True, position="topleft")
    return SceneLayers(base=base, layers=layers, control=control)
