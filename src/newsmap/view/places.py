"""The place markers: one clustered marker per town or site, its popup listing the articles.

The markers travel as JSON rows of a FastMarkerCluster and are drawn by our own callback
(``assets/newsmap/place_marker.js``), so rendering is fast (no folium element per marker), free
of random ids, and a popup is built only when it opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import folium
import pandas as pd
from folium.plugins import FastMarkerCluster

from newsmap.resources import assets_dir
from newsmap.view.elements import Legend, stable_ids
from newsmap.view.style import legend_box
from newsmap.view.text import esc, safe_href, text_or_none

#: From this zoom on, markers are never clustered.
UNCLUSTERED_FROM_ZOOM = 9
#: What the markers mean (folded until asked for).
MARKER_LEGEND = legend_box(
    "Markers",
    '<div style="display:flex;align-items:center;gap:6px">'
    '<i style="flex:none;width:16px;height:16px;border-radius:50%;background:rgba(33,102,172,.88);'
    'border:1.5px solid #fff;box-shadow:0 0 2px #555"></i>'
    "<span>a town or site; the number is its articles (click for their titles)</span></div>"
    '<div style="display:flex;align-items:center;gap:6px">'
    '<i style="flex:none;width:16px;height:16px;border-radius:50%;background:rgba(110,204,57,.7);'
    'box-shadow:0 0 0 3px rgba(181,226,140,.6)"></i>'
    "<span>several places together: the number is how many (click to zoom in)</span></div>",
)
#: The marker script, relative to the package's assets folder.
PLACE_MARKER_JS = "newsmap/place_marker.js"


@cache
def place_marker_js() -> str:
    """The callback that draws a marker and its popup (the asset without its header comment)."""
    text = (assets_dir() / PLACE_MARKER_JS).read_text(encoding="utf-8")
    return text.split("*/", 1)[1].strip() if text.lstrip().startswith("/*") else text.strip()


def place_popup_html(
    name: str, country: Any, count: int, articles: Iterable[Mapping], *, more: int = 0
) -> str:
    """Popup markup for one place: escaped name and titles; links only for http(s) URLs.

    The same content the dashboard's markers build in the browser (`place_rows`), as one HTML
    string, for callers that need markup.
    """
    head = f"<b>{esc(name)}</b>"
    if country:
        head += f" <small>({esc(country)})</small>"
    head += f"<br><small>{esc(count)} article{'s' if count != 1 else ''}</small>"
    items = []
    for art in articles or ():
        title = esc(art.get("title") or "(untitled)")
        href = safe_href(art.get("url"))
        link = (
            f'<a href="{esc(href)}" target="_blank" rel="noopener noreferrer">{title}</a>'
            if href
            else title
        )
        meta = " · ".join(esc(x) for x in (art.get("source"), art.get("published")) if x)
        items.append(f"<li>{link}{f' <small>{meta}</small>' if meta else ''}</li>")
    if items and more > 0:
        items.append(f'<li style="list-style:none;color:#555">and {more:,} more</li>')
    body = f'<ul style="margin:4px 0 0 0;padding-left:16px">{"".join(items)}</ul>' if items else ""
    return f'<div style="font:12px/1.35 system-ui,sans-serif">{head}{body}</div>'


def _article_row(article: Mapping[str, Any]) -> list[Any]:
    return [
        text_or_none(article.get("title")),
        safe_href(article.get("url")),
        text_or_none(article.get("source")),
        text_or_none(article.get("published")),
    ]


def place_rows(points: pd.DataFrame | None) -> list[list[Any]]:
    """Marker rows for the marker script: most-mentioned first, plain text (the browser puts
    it into text nodes), URLs only when http(s), and how many articles the popup leaves out."""
    rows: list[list[Any]] = []
    if points is None or not len(points):
        return rows
    frame = points.dropna(subset=["lat", "lon"]).sort_values(
        ["count", "place_id"], ascending=[False, True]
    )
    for rec in frame.to_dict("records"):
        count = int(rec.get("count") or 0)
        articles = rec.get("articles")
        listed = [_article_row(a) for a in articles] if isinstance(articles, list | tuple) else []
        rows.append(
            [
                float(rec["lat"]),
                float(rec["lon"]),
                count,
                str(rec["name"]),
                text_or_none(rec.get("country")),
                listed,
                max(0, count - len(listed)),
            ]
        )
    return rows


def build_places_layer(points: pd.DataFrame | None, *, name: str = "Places") -> folium.FeatureGroup:
    """Clustered markers, one per place, sized by count, with article titles in the popup.

    `points` columns: place_id, name, country, lat, lon, count and optionally articles (a list
    of dicts with title, url, source, published; the newest few, `count` says how many there
    are).
    """
    layer = folium.FeatureGroup(name=name)
    FastMarkerCluster(
        place_rows(points),
        callback=place_marker_js(),
        control=False,
        showCoverageOnHover=False,
        maxClusterRadius=40,
        # Zoomed in to a country's districts, every place stands on its own: a cluster
        # there hid the very towns a briefing is about.
        disableClusteringAtZoom=UNCLUSTERED_FROM_ZOOM,
    ).add_to(layer)
    Legend(MARKER_LEGEND, position="bottomright", folded=True).add_to(layer)
    return stable_ids(layer, "places")
