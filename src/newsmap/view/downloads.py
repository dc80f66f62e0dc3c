"""The page's export buttons, as data: what each one is called, what it makes, its file name.

Each file is made only when its button is clicked (the `make` callables), and named after the
selection and its dates (``view.describe.file_stem``), so a folder of briefing exports reads
like a list of what they show.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from newsmap import export
from newsmap.geodata import GeoData
from newsmap.query import Runner
from newsmap.view.describe import file_stem, filters_text
from newsmap.view.scene import Scene, SceneData, build_scene_map


@dataclass(frozen=True)
class Download:
    """One export button: its label, the bytes it makes when clicked, the file's name and
    type, and the widget key the browser tests find it by."""

    label: str
    make: Callable[[], bytes]
    file_name: str
    mime: str
    key: str


def downloads(
    run: Runner,
    geo: GeoData,
    scene: Scene,
    data: Callable[[], SceneData],
    names: Mapping[str, str],
    browser: Callable[[], export.Chromium],
) -> list[Download]:
    """PNG, HTML, CSV tables and GeoJSON of exactly what `scene` shows.

    `data` and `browser` are called only when a file is made (the dashboard's caches)."""
    stem = file_stem(scene.filters, scene.level, scene.metric, names)
    note = f"{scene.title}: {filters_text(scene.filters, names)}"

    def png() -> bytes:
        made = datetime.now().astimezone()
        fmap = build_scene_map(geo, scene, data(), made_at=made, tiles=None)
        return export.render_png_bytes(fmap, browser=browser())

    def page() -> bytes:
        fmap = build_scene_map(geo, scene, data(), made_at=datetime.now().astimezone())
        return export.render_html(fmap).encode("utf-8")

    def tables() -> bytes:
        return export.render_csv_zip(export.selected_tables(run, scene.filters), note=note)

    def polygons() -> bytes:
        return export.render_geojson(geo, scene, data()).encode("utf-8")

    return [
        Download("PNG", png, f"{stem}.png", "image/png", "nm_export_png"),
        Download("HTML", page, f"{stem}.html", "text/html", "nm_export_html"),
        Download("CSV", tables, f"{stem}-tables.zip", "application/zip", "nm_export_csv"),
        Download(
            "GeoJSON", polygons, f"{stem}.geojson", "application/geo+json", "nm_export_geojson"
        ),
    ]
