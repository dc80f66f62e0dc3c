"""One `MapSpec` and its frames in, a folium map out: choropleth, overlays, places, legends.

Pure: GeoDataFrames and pandas frames in, folium objects out; no streamlit, no I/O. The layers
are built by their own modules (``choropleth``, ``alliance``, ``places``); this one stacks them
in order for a whole map (`build_map`, the exports) or for streamlit-folium's in-place update
(`build_layers`, the dashboard), and renders the offline standalone page.
"""

from __future__ import annotations

import hashlib

import folium
import pandas as pd

from newsmap.geodata import GeoData
from newsmap.view.alliance import alliance_layers, status_notes, statuses_on
from newsmap.view.choropleth import build_base_map, build_choropleth
from newsmap.view.elements import InfoBox, MapReady, stable_ids
from newsmap.view.offline import localize_html
from newsmap.view.places import build_places_layer
from newsmap.view.spec import MapSpec
from newsmap.view.style import BOX_STYLE
from newsmap.view.text import esc


def build_layers(
    geo: GeoData, spec: MapSpec, counts: pd.Series | None, places: pd.DataFrame | None = None
) -> list[folium.FeatureGroup]:
    """The data layers of `spec`, bottom to top: choropleth, alliance overlays, places.

    Parameters
    ----------
    counts : Series
        The metric per country code (or admin-1 id); None draws no choropleth.
    places : DataFrame, optional
        Marker rows (see `places.build_places_layer`), drawn when ``spec.places``.
    """
    layers: list[folium.FeatureGroup] = []
    by_org = statuses_on(geo, spec)
    if counts is not None:
        layers.append(
            build_choropleth(
                geo.polygons(spec.level),
                counts,
                level=spec.level,
                metric_label=spec.metric.capitalize(),
                per_100k=spec.per_100k,
                notes=status_notes(by_org),
                # Every map of ours is drawn on build_base_map(geo.admin0): the countries.
                shapes_in_base=spec.level == "country",
            )
        )
    layers.extend(alliance_layers(geo, spec, by_org))
    if spec.places and places is not None:
        layers.append(build_places_layer(places))
    return layers


def build_map(
    geo: GeoData,
    spec: MapSpec,
    counts: pd.Series | None,
    places: pd.DataFrame | None = None,
    *,
    title: str | None = None,
    tiles: str | None = "openstreetmap",
) -> folium.Map:
    """Base map + data layers + layer control + title + ready signal, with stable ids.

    Parameters
    ----------
    title : str, optional
        A title box in the top right corner (escaped).
    tiles : {"openstreetmap", None}
        The optional online tile layer (switched off at start); PNG snapshots pass None.
    """
    fmap = build_base_map(geo.admin0, tiles=tiles)
    for layer in build_layers(geo, spec, counts, places):
        layer.add_to(fmap)
    if title:
        InfoBox(f'<div style="{BOX_STYLE}max-width:360px"><b>{esc(title)}</b></div>').add_to(fmap)
    folium.LayerControl(collapsed=False, position="topleft").add_to(fmap)
    MapReady().add_to(fmap)
    stable_ids(fmap.get_root(), "newsmap")
    return fmap


def render_standalone_html(fmap: folium.Map) -> str:
    """Self-contained HTML of the map: every asset inlined, opens from file:// with no network."""
    if not any(isinstance(child, MapReady) for child in fmap._children.values()):
        ready = MapReady()
        ready._id = hashlib.md5(b"newsmap:ready", usedforsecurity=False).hexdigest()
        ready.add_to(fmap)
    return localize_html(fmap.get_root().render(), mode="inline")
