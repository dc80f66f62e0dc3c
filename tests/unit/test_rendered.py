"""Text from outside (a map title, an article title in a place popup) reaches the map as it is
written: never run as a Jinja template on the server, never able to break the map."""

from __future__ import annotations

from datetime import date
from importlib.metadata import version

import pandas as pd
import pytest
import streamlit_folium
from branca.element import MacroElement
from test_scene import build_store  # tests/unit is on sys.path (rootdir-style tests)

from newsmap.query import Filters
from newsmap.view import rendered
from newsmap.view.component import FoliumComponent
from newsmap.view.scene import Scene, SceneData, build_scene_layers, build_scene_map, collect
from newsmap.view.scene import load_geo as _load_geo

HOSTILE = (
    "{{ 7*7 }}",
    "{{ cycler.__init__.__globals__.os.getpid() }}",
    "{% if %}",
    "{# unclosed",
    "{%raw%}",
)


@pytest.fixture(scope="module")
def geo():
    return _load_geo()


def _data(**places: str) -> SceneData:
    """One place whose popup lists articles titled by `places` values."""
    rows = pd.DataFrame(
        [
            {
                "place_id": "gn:785842",
                "name": "Skopje",
                "country": "MK",
                "lat": 42.0,
                "lon": 21.43,
                "count": len(places),
                "articles": [
                    {"title": t, "url": None, "source": s, "published": "2024-06-03"}
                    for s, t in places.items()
                ],
            }
        ]
    )
    return SceneData(
        counts=pd.Series({"MK": 3}),
        places=rows,
        n_articles=3,
        as_of=date(2024, 6, 30),
        published=(date(2024, 6, 3), date(2024, 6, 3)),
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_a_title_is_shown_as_written_in_the_export_and_the_dashboard_map(geo, text):
    scene = Scene(filters=Filters(countries=("MK",)), title=f"Map {text}")
    data = _data(source=f"Article {text}")
    page = build_scene_map(geo, scene, data).get_root().render()
    component = FoliumComponent(streamlit_folium, version("streamlit-folium"))
    payload = component.render(build_scene_layers(geo, scene, data))
    for html in (page, payload.layers):
        assert f"Map {text}" in html and f"Article {text}" in html
        assert "Map 49" not in html and "Article 49" not in html


def test_the_patch_renders_exactly_what_branca_renders(geo, tmp_path):
    assert version("branca") == rendered.BRANCA_VERSION
    store = build_store(str(tmp_path / "r.db"))
    scene = Scene(level="admin1", overlays=("nato", "eu"), title="Briefing")
    data = collect(store.query_frame, scene, today=date(2024, 1, 1))
    store.close()
    ours = build_scene_map(geo, scene, data).get_root().render()
    MacroElement.render = rendered.original_render()
    try:
        theirs = build_scene_map(geo, scene, data).get_root().render()
    finally:
        rendered.install()
    assert ours == theirs and len(ours) > 100_000
