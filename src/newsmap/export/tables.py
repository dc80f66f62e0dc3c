"""The filtered data as tables: CSV (a zip or a folder of three files) and GeoJSON.

- CSV: three tables (articles, mentions, events) cannot share one header row, so the export
  is a ``.zip`` holding ``articles.csv``, ``mentions.csv`` and ``events.csv`` (one file to
  attach to an e-mail), or, for any path not ending in ``.zip``, a folder holding the same
  three files. Files are UTF-8 with a byte-order mark so Excel shows Cyrillic and Albanian
  letters correctly, and text cells that a spreadsheet would run as a formula are prefixed
  with an apostrophe. The rows are exactly those ``query.articles/mentions/events`` return.
- GeoJSON: the country or admin-1 polygons with names, population and the counted metric,
  EPSG:4326 (RFC 7946), readable by geopandas and QGIS.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from newsmap import query
from newsmap.errors import ExportError
from newsmap.export.files import check_target, write_bytes
from newsmap.geodata import GeoData
from newsmap.query import Filters, Runner
from newsmap.view.scene import Scene, SceneData

TABLES = ("articles", "mentions", "events")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def empty_selection_error(filters: Filters) -> ExportError:
    """The error for "nothing to export", naming the filters that selected nothing."""
    return ExportError(
        f"no articles match these filters ({filters.summary()}); widen the date range or "
        "remove a country or text filter, then export again"
    )


def selected_tables(run: Runner, filters: Filters) -> dict[str, pd.DataFrame]:
    """The filtered articles, mentions and events, exactly as the query module selects them."""
    return {
        "articles": query.articles(run, filters),
        "mentions": query.mentions(run, filters),
        "events": query.events(run, filters),
    }


def _defuse(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def render_csv(frame: pd.DataFrame) -> bytes:
    """One table as UTF-8 CSV with a byte-order mark, formula-looking text cells defused."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(_defuse)
    return out.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def _readme(frames: Mapping[str, pd.DataFrame], note: str | None) -> bytes:
    lines = [note] if note else []
    lines += [f"{name}.csv: {len(frames[name])} rows" for name in TABLES]
    lines.append("Join mentions and events to articles on article_id = articles.id.")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def render_csv_zip(frames: Mapping[str, pd.DataFrame], *, note: str | None = None) -> bytes:
    """A zip of articles.csv, mentions.csv, events.csv (and README.txt) as bytes."""
    _check_frames(frames)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in TABLES:
            zf.writestr(f"{name}.csv", render_csv(frames[name]))
        zf.writestr("README.txt", _readme(frames, note))
    return buf.getvalue()


def _check_frames(frames: Mapping[str, pd.DataFrame]) -> None:
    missing = [name for name in TABLES if name not in frames]
    if missing:
        raise ValueError(f"frames must hold {', '.join(TABLES)}; missing {', '.join(missing)}")


def export_csv(
    frames: Mapping[str, pd.DataFrame],
    path: str | os.PathLike[str],
    *,
    note: str | None = None,
) -> Path:
    """Write the three tables: a ``.zip`` for a path ending in .zip, else a folder of CSVs.

    Parameters
    ----------
    frames : {"articles", "mentions", "events": DataFrame}
        Normally `selected_tables`.
    note : str, optional
        A line for README.txt (the filter summary and export time).

    Raises
    ------
    ExportError
        No articles selected, the path ends in .csv (three tables do not fit one file), or it
        cannot be written.
    """
    _check_frames(frames)
    target = Path(path).expanduser()
    if target.suffix.lower() == ".csv":
        raise ExportError(
            f"cannot write {str(target)!r}: the CSV export holds three tables (articles, "
            "mentions, events); name a .zip file or a folder instead"
        )
    if frames["articles"].empty:
        raise ExportError(
            "no articles match these filters; widen the date range or remove a filter"
        )
    if target.suffix.lower() == ".zip":
        target = check_target(target)
        data = render_csv_zip(frames, note=note)
        return write_bytes(target, data)
    target = check_target(target, folder=True)
    try:
        target.mkdir(exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create folder {str(target)!r}: {exc.strerror}") from exc
    for name in TABLES:
        write_bytes(target / f"{name}.csv", render_csv(frames[name]))
    readme = _readme(frames, note)
    write_bytes(target / "README.txt", readme)
    return target


def geojson_frame(geo: GeoData, scene: Scene, data: SceneData) -> gpd.GeoDataFrame:
    """Polygons of the scene's level with names, population and the metric, EPSG:4326."""
    if scene.level == "country":
        key, cols = "code", ["code", "name", "name_local", "population"]
    else:
        key, cols = "id", ["id", "name", "name_local", "country", "group", "population"]
    gdf = geo.polygons(scene.level)
    if key not in gdf.columns:
        raise ExportError(f"the {scene.level} boundaries are not loaded; run `make geo`")
    out = gdf[[c for c in cols if c in gdf.columns] + ["geometry"]].copy()
    counts = {str(k): int(v) for k, v in data.counts.items()}
    out[scene.metric] = [counts.get(str(k), 0) for k in out[key]]
    if scene.per_100k and "population" in out.columns:
        pop = pd.to_numeric(out["population"], errors="coerce")
        rate = out[scene.metric] / pop.where(pop > 0) * 1e5
        out[f"{scene.metric}_per_100k"] = rate.round(3)
    out = out.set_crs(4326, allow_override=True) if out.crs is None else out.to_crs(4326)
    return out


def render_geojson(geo: GeoData, scene: Scene, data: SceneData) -> str:
    """The GeoJSON text: a FeatureCollection plus a ``newsmap`` member saying what it counts."""
    frame = geojson_frame(geo, scene, data)
    collection = json.loads(frame.to_json(drop_id=True, na="null"))
    collection["name"] = re.sub(r"[^A-Za-z0-9_]+", "_", f"newsmap_{scene.metric}_{scene.level}")
    collection["newsmap"] = {
        "title": scene.title,
        "metric": scene.metric,
        "level": scene.level,
        "per_100k": scene.per_100k,
        "filters": scene.filters.summary(),
        "articles": data.n_articles,
        "as_of": data.as_of.isoformat(),
        "attribution": "Boundaries: Natural Earth (public domain)",
    }
    return json.dumps(collection, ensure_ascii=False)


def export_geojson(
    geo: GeoData, scene: Scene, data: SceneData, path: str | os.PathLike[str]
) -> Path:
    """Write the scene's polygons with their counts as GeoJSON (EPSG:4326, for QGIS).

    Raises
    ------
    ExportError
        No articles selected, or the path cannot be written.
    """
    target = check_target(path)
    if data.n_articles == 0:
        raise empty_selection_error(scene.filters)
    text = render_geojson(geo, scene, data).encode("utf-8")
    return write_bytes(target, text)
