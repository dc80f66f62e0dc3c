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

from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

import folium
import pandas as pd
from branca.element import Element, Figure

from newsmap import query
from newsmap.geodata import GeoData, load_geo
from newsmap.query import Filters, Runner
from newsmap.view import mapview
from newsmap.view.caption import caption_html, country_labels, town_labels
from newsmap.view.choropleth import WESTERN_BALKANS_BOUNDS, build_base_map
from newsmap.view.elements import (
    LABEL_CSS,
    TOWN_CSS,
    CountryLabels,
    FitBounds,
    InfoBox,
    Legend,
    MapReady,
    TownLabels,
    stable_id,
    stable_ids,
)
from newsmap.view.geojson import lat_lon_bounds
from newsmap.view.spec import MapSpec, check_view
from newsmap.view.text import present

__all__ = ["DEFAULT_TITLE", "Scene", "SceneData", "build_scene_map", "collect", "load_geo"]

#: Of folium's default scripts and stylesheets, the ones the dashboard's map uses (plugins
#: bring their own).
DASHBOARD_JS = ("leaflet",)
DASHBOARD_CSS = ("leaflet_css",)
DEFAULT_TITLE = "Western Balkans news map"


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
        check_view(self.level, self.metric, self.overlays)

    def as_of(self, today: date | None = None) -> date:
        """The day alliance statuses and mission strengths are shown for: the end of the
        date filter, else today (an open-ended view is a view of now)."""
        return self.filters.date_to or today or date.today()

    def map_spec(self, as_of: date) -> MapSpec:
        """The map this scene draws on `as_of` (normally `SceneData.as_of`)."""
        return MapSpec(
            as_of=as_of,
            level=self.level,
            metric=self.metric,
            per_100k=self.per_100k,
            overlays=self.overlays,
        )

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
    published : (date or None, date or None)
        First and last publication date among the selected articles, so a caption can say
        which dates "all dates" covered.
    """

    counts: pd.Series
    places: pd.DataFrame
    n_articles: int
    as_of: date
    published: tuple[date | None, date | None] = (None, None)


def count_articles(run: Runner, f: Filters) -> int:
    """How many articles the filters select, without fetching their text."""
    return _selection(run, f)[0]


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if present(value) else None


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
    return int(row["n"]), _day(row["lo"]), _day(row["hi"])


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


def collect(run: Runner, scene: Scene, *, today: date | None = None) -> SceneData:
    """Read the frames `scene` needs through `run` (normally ``Store.query_frame``)."""
    f = scene.filters
    n_articles, first, last = _selection(run, f)
    return SceneData(
        counts=query.counts(run, f, level=scene.level, metric=scene.metric),
        places=places_with_articles(run, f),
        n_articles=n_articles,
        as_of=scene.as_of(today),
        published=(first, last),
    )


def selection_bounds(geo: GeoData, filters: Filters) -> list[list[float]]:
    """[[south, west], [north, east]] of what the filters select: the chosen admin-1 units,
    else the chosen countries, else the six; a map zooms to it."""
    frame = None
    if filters.admin1 and geo.admin1 is not None:
        frame = geo.admin1[geo.admin1["id"].isin(filters.admin1)]
    elif filters.countries:
        frame = geo.admin0[geo.admin0["code"].isin(filters.countries)]
    if frame is None or frame.empty:
        (south, west), (north, east) = WESTERN_BALKANS_BOUNDS
        return [[south, west], [north, east]]
    return lat_lon_bounds(frame)


def _add_labels(fmap: folium.Map, geo: GeoData) -> None:
    """Country names, and town names for a zoomed-in map: offline there are no tiles."""
    root = cast(Figure, fmap.get_root())  # a folium Map's root is its Figure
    if geo.countries is not None:
        labels = country_labels(geo.countries, geo.admin0)
        if labels:
            root.header.add_child(Element(LABEL_CSS), name="newsmap_label_style")
            stable_id(CountryLabels(labels), "labels").add_to(fmap)
    if geo.towns is not None and len(geo.towns):
        root.header.add_child(Element(TOWN_CSS), name="newsmap_town_style")
        stable_id(TownLabels(town_labels(geo.towns)), "towns").add_to(fmap)


def build_scene_map(
    geo: GeoData,
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
    made_at : datetime, optional
        Exports pass the time of export; it is printed in the title box with the attribution.
    tiles : {"openstreetmap", None}
        The optional online tile layer (switched off at start); PNG snapshots pass None.
    """
    spec = scene.map_spec(data.as_of)
    fmap = mapview.build_map(geo, spec, data.counts, data.places, tiles=tiles)
    _add_labels(fmap, geo)
    bounds = selection_bounds(geo, scene.filters)
    stable_id(folium.FitBounds(bounds, padding=(12, 12), max_zoom=11), "fit").add_to(fmap)
    box = InfoBox(caption_html(scene, data, geo, made_at=made_at), position="topright")
    stable_id(box, "caption").add_to(fmap)
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
    base_key : hashable, optional
        Names the base: two scenes with the same key have the same base, which the
        dashboard's component then renders once (a third of a filter change's rendering).
    """

    base: folium.Map
    layers: list[folium.FeatureGroup]
    control: folium.LayerControl
    base_key: Hashable | None = None


def build_scene_layers(
    geo: GeoData, scene: Scene, data: SceneData, *, tiles: str | None = "openstreetmap"
) -> SceneLayers:
    """The layers of `build_scene_map`, split into a constant base and per-scene layers."""
    base = build_base_map(geo.admin0, tiles=tiles)
    # The page loads a map's scripts one after another before drawing anything; of folium's
    # defaults it needs only Leaflet (our markers are divIcons, our popups plain DOM). jQuery,
    # Bootstrap's JS and awesome-markers only delayed the first map, and Bootstrap's and the
    # icon fonts' stylesheets (five requests, thousands of rules) styled nothing on it. Set on
    # this instance: folium's class-level lists, which exports use, stay as they are.
    base.default_js = [(name, url) for name, url in base.default_js if name in DASHBOARD_JS]
    base.default_css = [(name, url) for name, url in base.default_css if name in DASHBOARD_CSS]
    _add_labels(base, geo)
    stable_id(MapReady(), "ready").add_to(base)
    layers = mapview.build_layers(geo, scene.map_spec(data.as_of), data.counts, data.places)
    caption = folium.FeatureGroup(name="Caption", control=False)
    Legend(caption_html(scene, data, geo), position="topright", css_class="newsmap-info").add_to(
        caption
    )
    # Travels with the scene: each new selection zooms the page's map to itself.
    FitBounds(selection_bounds(geo, scene.filters)).add_to(caption)
    layers.append(stable_ids(caption, "caption"))
    # Collapsed: open, the switcher would cover the western half of the region on a laptop.
    control = folium.LayerControl(collapsed=True, position="topleft")
    return SceneLayers(base=base, layers=layers, control=control, base_key=(geo, tiles))
