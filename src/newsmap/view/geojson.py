"""Polygons to the GeoJSON a map embeds: only the properties a layer needs, coordinates rounded.

The web geometry is simplified with a tolerance of about 0.005 degrees (GEODATA.md), so three
decimals (every vertex within 0.0005 degrees, about 50 m) lose nothing it still holds and stay
under a pixel up to zoom 11, while the page gets much smaller.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping

#: The geometry of a feature whose shape the page already holds (Leaflet skips a feature with
#: no geometry before any option of the layer sees it, so it cannot be null).
SHARED_SHAPE = {"type": "Shared"}
#: Decimals of the coordinates embedded in maps.
GEOJSON_DIGITS = 3


def _round_ring(ring: Sequence[Sequence[float]], digits: int) -> list[list[float]]:
    """A ring's points rounded, dropping points that rounding made repeat their neighbour."""
    out: list[list[float]] = []
    for x, y, *_ in ring:
        point = [round(x, digits), round(y, digits)]
        if not out or point != out[-1]:
            out.append(point)
    return out


def rounded_geometry(geometry: Mapping[str, Any], digits: int = GEOJSON_DIGITS) -> dict | None:
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


def web_geometry(geom: Any) -> dict | None:
    """`rounded_geometry` of a shapely geometry, done in GEOS when it can be (a map's worth of
    polygons in milliseconds); the pure-Python path handles rings that rounding collapses."""
    rounded = shapely.transform(geom, lambda coords: np.round(coords, GEOJSON_DIGITS))
    try:
        cleaned = shapely.remove_repeated_points(rounded)
    except shapely.errors.GEOSException:
        return rounded_geometry(mapping(geom))
    return None if cleaned.is_empty else dict(mapping(cleaned))


def features(
    gdf: Any, key: str, props: Mapping[str, Mapping[str, Any]], *, shapes: bool = True
) -> dict:
    """GeoJSON FeatureCollection of `gdf` with `id` = key, only the given properties, and
    coordinates rounded to `GEOJSON_DIGITS`; with ``shapes=False`` every geometry is
    `SHARED_SHAPE` (the page already holds the shapes: see `choropleth.SHAPE_FROM_BASE`)."""
    out = []
    for k, geom in zip(gdf[key], gdf.geometry, strict=True):
        if geom is None or geom.is_empty:
            continue
        geometry = web_geometry(geom) if shapes else SHARED_SHAPE
        if shapes and geometry is None:
            continue
        out.append(
            {
                "type": "Feature",
                "id": str(k),
                "properties": dict(props.get(str(k), {})),
                "geometry": geometry,
            }
        )
    return {"type": "FeatureCollection", "features": out}


def lat_lon_bounds(gdf: Any) -> list[list[float]]:
    """[[south, west], [north, east]] of a GeoDataFrame, the way folium reports bounds."""
    west, south, east, north = (float(v) for v in gdf.total_bounds)
    return [[south, west], [north, east]]
