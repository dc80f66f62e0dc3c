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
from typing import Any

import folium
import pandas as pd

from newsmap import geodata, mapview, overlays, query
from newsmap.errors import InvalidFilterError
from newsmap.query import Filters, Runner

OVERLAYS = ("nato", "eu")
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
                raise InvalidFilterError(
                    f"overlay {name!r} is not one of {', '.join(OVERLAYS)}"
                )

    def as_of(self, today: date | None = None) -> date:
        """The day alliance statuses and mission strengths are shown for: the end of the
        date filter, else today (an open-ended view is a view of now)."""
        return self.filters.date_to or today or date.today()

    def metric_label(self) -> str:
        """"Articles by country", "Mentions per 100k people by admin-1 unit", ..."""
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


def load_geo(directory: Path | None = None) -> dict[str, Any]:
    """Boundaries and alliance tables from data/geo, read once per process by the caller."""
    return {
        "admin0": geodata.load_admin0(directory),
        "admin1": geodata.load_admin1(directory),
        "alliances": geodata.load_alliances(directory),
        "missions": geodata.load_missions(directory),
    }


def count_articles(run: Runner, f: Filters) -> int:
    """How many articles the filters select, without fetching their text."""
    where, params = query.article_where(f)
    frame = run(f"SELECT COUNT(*) AS n FROM articles a WHERE {where}", params)
    return int(frame.iloc[0]["n"]) if not frame.empty else 0


def places_with_articles(run: Runner, f: Filters, *, per_place: int = 8) -> pd.DataFrame:
    """Marker rows (query.places) with each place's newest articles attached for its popup."""
    points = query.places(run, f)
    if points.empty:
        return points
    listed = query.place_articles(run, f, per_place=per_place)
    grouped: dict[str, list[dict[str, Any]]] = {}
    if not listed.empty:
        cols = ["title", "url", "source", "published"]
        grouped = {
            str(pid): rows[cols].to_dict("records") for pid, rows in listed.groupby("place_id")
        }
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
    return SceneData(
        counts=query.counts(run, f, level=scene.level, metric=scene.metric),
        places=places_with_articles(run, f),
        n_articles=count_articles(run, f),
        as_of=as_of,
        nato=nato,
        eu=eu,
        missions=missions,
    )


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


def build_scene_map(
    geo: Mapping[str, Any],
    scene: Scene,
    data: SceneData,
    *,
    made_at: datetime | None = None,
    tiles: str | None = "openstreetmap",
) -> folium.Map:
    """The map of `scene`: the same call for the dashboard and for every export.

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
    nato, eu, missions = data.nato, data.eu, data.missions
    alliances = geo.get("alliances")
    if "nato" in scene.overlays and nato is None and alliances is not None:
        nato = statuses(alliances, "NATO", data.as_of)
    if "eu" in scene.overlays and eu is None and alliances is not None:
        eu = statuses(alliances, "EU", data.as_of)
    if "nato" in scene.overlays and missions is None and geo.get("missions") is not None:
        missions = overlays.mission_camps(geo["missions"], data.as_of)
    fmap = mapview.build_map(
        admin0=geo["admin0"],
        admin1=geo.get("admin1"),
        counts=data.counts,
        level=scene.level,
        metric=scene.metric,
        per_100k=scene.per_100k,
        places=data.places,
        nato=nato if "nato" in scene.overlays else None,
        eu=eu if "eu" in scene.overlays else None,
        missions=missions if "nato" in scene.overlays else None,
        as_of=data.as_of,
        title=None,
        tiles=tiles,
    )
    if "eu" in scene.overlays:
        _show_layers(fmap, "EU")
    box = mapview.InfoBox(caption_html(scene, data, made_at=made_at), position="topright")
    _stable_id(box, "caption").add_to(fmap)
    return fmap
