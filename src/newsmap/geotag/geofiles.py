"""Reading data/geo: the CSV tables and GeoJSON layers the gazetteer is built from.

The csv and json modules rather than geopandas, so that a cold load stays well under a
second; an admin-1 unit's marker point is computed here from its polygon without shapely.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from newsmap.errors import GazetteerError


def read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    except FileNotFoundError as exc:
        raise GazetteerError(
            f"gazetteer file {str(path)!r} is missing; rebuild data/geo with `make geo`"
        ) from exc


#: Case forms of small places that are common words (scripts/build_case_clashes.py).
CLASHES_FILE = "case_form_clashes.txt"


def read_clashes(path: Path) -> frozenset[str] | None:
    """The folded forms listed one a line (``#`` starts a comment), or None without the file,
    which leaves small places without case forms."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def read_geojson(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return list(data.get("features", []))


def centre(geometry: dict | None) -> tuple[float | None, float | None]:
    """A rough centre (mean of the largest ring's vertices): enough for a marker."""
    if not geometry:
        return None, None
    coords = geometry.get("coordinates") or []
    rings: list = []
    if geometry.get("type") == "Polygon":
        rings = [coords[0]] if coords else []
    elif geometry.get("type") == "MultiPolygon":
        rings = [poly[0] for poly in coords if poly]
    if not rings:
        return None, None
    ring = max(rings, key=len)
    lon = sum(p[0] for p in ring) / len(ring)
    lat = sum(p[1] for p in ring) / len(ring)
    if not _inside(ring, lon, lat):  # a crescent-shaped unit: its mean lies outside it
        lon = _scanline_middle(ring, lat)
    return round(lat, 5), round(lon, 5)


def _crossings(ring: list, lat: float) -> list[float]:
    """Longitudes where the ring's edges cross the parallel ``lat``, sorted."""
    xs = []
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat):
            xs.append(x1 + (lat - y1) * (x2 - x1) / (y2 - y1))
    return sorted(xs)


def _inside(ring: list, lon: float, lat: float) -> bool:
    """Even-odd point-in-polygon test (no shapely: the load must stay fast)."""
    return sum(1 for x in _crossings(ring, lat) if x > lon) % 2 == 1


def _scanline_middle(ring: list, lat: float) -> float:
    """The middle of the widest stretch of the parallel ``lat`` that lies inside the ring."""
    xs = _crossings(ring, lat)
    spans = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
    return max(spans)[1] if spans else sum(p[0] for p in ring) / len(ring)


def to_float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def to_int(value: str | None) -> int:
    try:
        return int(float(value)) if value else 0
    except ValueError:
        return 0
