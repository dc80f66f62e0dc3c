"""The map as one standalone HTML file, assets inlined, that opens from disk with no network."""

from __future__ import annotations

import os
from pathlib import Path

import folium

from newsmap.export.files import check_target, write_bytes
from newsmap.view import mapview

#: A picture is not a map you can use: hide the controls, make the text slide-sized.
SNAPSHOT_CSS = """<style id="newsmap-snapshot">
.leaflet-control-zoom, .leaflet-control-layers { display: none !important; }
.newsmap-info > div, .newsmap-legend > div { font-size: 15px !important; }
.newsmap-legend i { width: 17px !important; height: 17px !important; }
.leaflet-control-attribution { font-size: 12px !important; }
.leaflet-control-scale-line { font-size: 12px !important; }
.nm-legend-title::after { content: none !important; }
.nm-folded .nm-legend-body { display: block !important; }
</style>"""


def render_html(fmap: folium.Map, *, snapshot: bool = False) -> str:
    """Self-contained HTML of the map (assets inlined); `snapshot` adds the picture styling."""
    page = mapview.render_standalone_html(fmap)
    if snapshot:
        page = page.replace("</head>", SNAPSHOT_CSS + "\n</head>", 1)
    return page


def export_html(fmap: folium.Map, path: str | os.PathLike[str]) -> Path:
    """Write one self-contained HTML file that opens from disk with no network.

    Raises
    ------
    ExportError
        The path cannot be written, or the map needs an asset we have no local copy of.
    """
    target = check_target(path)
    return write_bytes(target, render_html(fmap).encode("utf-8"))
