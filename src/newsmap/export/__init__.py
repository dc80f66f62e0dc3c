"""Briefing-ready exports: the map as PNG or standalone HTML, the data as CSV or GeoJSON.

`export_scene` is the one call the CLI (and a scheduler) makes; the dashboard uses the
``render_*`` functions to build download buttons from bytes. Each format lives in its own
module: `files` (writing without leaving half a file), `html`, `png` (headless Chromium),
`tables` (CSV and GeoJSON).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from newsmap.errors import ExportError
from newsmap.export.files import check_target, write_atomic, write_bytes
from newsmap.export.html import SNAPSHOT_CSS, export_html, render_html
from newsmap.export.png import (
    CHROMIUM_ARGS,
    DEFAULT_SCALE,
    DEFAULT_SIZE,
    Chromium,
    check_size,
    export_png,
    find_chromium,
    render_png_bytes,
)
from newsmap.export.tables import (
    TABLES,
    empty_selection_error,
    export_csv,
    export_geojson,
    geojson_frame,
    render_csv,
    render_csv_zip,
    render_geojson,
    selected_tables,
)
from newsmap.geodata import GeoData
from newsmap.query import Runner
from newsmap.view.scene import Scene, build_scene_map, collect

__all__ = [
    "CHROMIUM_ARGS",
    "DEFAULT_SCALE",
    "DEFAULT_SIZE",
    "FORMATS",
    "SNAPSHOT_CSS",
    "TABLES",
    "Chromium",
    "ExportError",
    "check_target",
    "empty_selection_error",
    "export_csv",
    "export_geojson",
    "export_html",
    "export_png",
    "export_scene",
    "find_chromium",
    "geojson_frame",
    "render_csv",
    "render_csv_zip",
    "render_geojson",
    "render_html",
    "render_png_bytes",
    "selected_tables",
    "write_atomic",
    "write_bytes",
]

FORMATS = ("png", "html", "csv", "geojson")


def export_scene(
    run: Runner,
    geo: GeoData | None,
    scene: Scene,
    fmt: str,
    path: str | os.PathLike[str],
    *,
    size: tuple[int, int] = DEFAULT_SIZE,
    scale: float = DEFAULT_SCALE,
    browser: Chromium | None = None,
    now: datetime | None = None,
) -> Path:
    """Export what `scene` shows in one of `FORMATS`: the CLI's (and a scheduler's) one call.

    The path is checked and the selection counted before anything slow starts.

    Raises
    ------
    ExportError
        Empty selection, unwritable path, or (PNG) no usable Chromium.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    made_at = now or datetime.now().astimezone()
    if fmt == "csv":
        target = Path(path).expanduser()
        target = check_target(target, folder=target.suffix.lower() != ".zip")
        tables = selected_tables(run, scene.filters)
        if tables["articles"].empty:
            raise empty_selection_error(scene.filters)
        note = f"{scene.title}: {scene.filters.summary()}. Exported {made_at:%Y-%m-%d %H:%M %Z}."
        return export_csv(tables, target, note=note)
    target = check_target(path)
    if geo is None:
        raise ValueError(f"a {fmt} export needs the geodata (load_geo())")
    if fmt == "png":
        if browser is None:
            find_chromium()
        check_size(size, scale)
    data = collect(run, scene, today=made_at.date())
    if data.n_articles == 0:
        raise empty_selection_error(scene.filters)
    if fmt == "geojson":
        return export_geojson(geo, scene, data, target)
    fmap = build_scene_map(
        geo, scene, data, made_at=made_at, tiles=None if fmt == "png" else "openstreetmap"
    )
    if fmt == "html":
        return export_html(fmap, target)
    return export_png(fmap, target, size=size, scale=scale, browser=browser)
