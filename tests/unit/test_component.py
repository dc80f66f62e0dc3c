"""The streamlit-folium adapter: pinned to one release, links localized, payloads as st_folium
would build them."""

from __future__ import annotations

import types
from datetime import date
from importlib.metadata import version

import pytest
import streamlit_folium

from newsmap.errors import NewsmapError
from newsmap.view import component
from newsmap.view.component import FoliumComponent, wrap_component
from newsmap.view.offline import load_manifest
from newsmap.view.scene import Scene, SceneData, build_scene_layers, load_geo


def test_wrap_component_rewrites_only_link_kwargs():
    calls: list[tuple[tuple, dict]] = []

    def fake_component(*args, **kwargs):
        calls.append((args, kwargs))
        return "value"

    wrapped = wrap_component(fake_component, "/app/static/", load_manifest())
    result = wrapped(
        script="var x;",
        js_links=["https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"],
        css_links=["https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"],
        key="k",
    )
    assert result == "value"
    assert calls == [
        (
            (),
            {
                "script": "var x;",
                "js_links": ["/app/static/leaflet/1.9.3/leaflet.js"],
                "css_links": ["/app/static/leaflet/1.9.3/leaflet.css"],
                "key": "k",
            },
        )
    ]
    assert wrap_component(wrapped) is wrapped


def test_the_adapter_is_pinned_and_wraps_the_module_once():
    seen: list[dict] = []
    module = types.SimpleNamespace(_component_func=lambda **kw: seen.append(kw))
    with pytest.raises(NewsmapError, match="streamlit-folium==0.27.4"):
        FoliumComponent(module, "0.28.0")  # type: ignore[arg-type]
    FoliumComponent(module, "0.27.4")  # type: ignore[arg-type]
    first = module._component_func
    FoliumComponent(module, "0.27.4")  # type: ignore[arg-type]
    assert module._component_func is first
    module._component_func(js_links=["https://d3js.org/d3.v4.min.js"], css_links=[])
    assert seen == [{"js_links": ["/app/static/d3/4.13.0/d3.min.js"], "css_links": []}]
    with pytest.raises(NewsmapError, match="_component_func"):
        FoliumComponent(types.SimpleNamespace(), "0.27.4")  # type: ignore[arg-type]


def test_installed_streamlit_folium_is_the_pinned_version():
    assert version("streamlit-folium") == component.SUPPORTED_STREAMLIT_FOLIUM
    assert callable(streamlit_folium._component_func)


def test_a_shown_payload_reaches_the_component_with_local_links():
    """Rendered with the real streamlit-folium, handed to a recording component."""
    import pandas as pd

    sent: list[dict] = []
    module = types.SimpleNamespace(
        **{name: getattr(streamlit_folium, name) for name in dir(streamlit_folium)}
    )
    module._component_func = lambda **kw: sent.append(kw)
    adapter = FoliumComponent(module, "0.27.4")  # type: ignore[arg-type]
    scene = Scene(overlays=("nato",))
    data = SceneData(pd.Series({"XK": 3}), pd.DataFrame(), 3, date(2023, 10, 1))
    payload = adapter.render(build_scene_layers(load_geo(), scene, data))
    assert "NATO (as of 2023-10-01)" in payload.control
    adapter.show(payload, key="m", height=400, on_change=lambda: None)
    (args,) = sent
    assert args["key"] == adapter.widget_key(payload, "m")
    assert args["feature_group"] == payload.layers
    assert args["returned_objects"] == [] and args["default"] == {}
    assert all(link.startswith("/app/static/") for link in args["js_links"] + args["css_links"])


def test_a_base_rendered_once_gives_every_scene_the_payload_a_fresh_render_gives():
    import dataclasses

    import pandas as pd

    geo = load_geo()
    data = SceneData(pd.Series({"XK": 3, "XK-30": 2}), pd.DataFrame(), 3, date(2023, 10, 1))
    warm = FoliumComponent(streamlit_folium, "0.27.4")
    for level in ("country", "admin1"):
        for overlays in ((), ("nato", "eu")):
            scene = Scene(level=level, overlays=overlays, title=f"{level} {overlays}")
            fresh = FoliumComponent(streamlit_folium, "0.27.4")
            expected = fresh.render(build_scene_layers(geo, scene, data))
            got = warm.render(build_scene_layers(geo, scene, data))
            assert dataclasses.astuple(got) == dataclasses.astuple(expected)
            assert "tile_layer_div_" in got.control  # the switcher names the base's tiles
    assert len(warm._bases) == 1


def test_the_country_choropleth_takes_its_shapes_from_the_basemap():
    import json
    import re

    import pandas as pd

    geo = load_geo()
    data = SceneData(pd.Series({"XK": 3}), pd.DataFrame(), 3, date(2023, 10, 1))
    adapter = FoliumComponent(streamlit_folium, "0.27.4")
    country = adapter.render(build_scene_layers(geo, Scene(), data))
    admin1 = adapter.render(build_scene_layers(geo, Scene(level="admin1"), data))
    assert "window.newsmapShapes" in country.script  # the basemap remembers each shape
    added = re.search(r"_add\((\{.*?\})\);", country.layers, re.S)
    shapes = json.loads(added.group(1))["features"]
    assert {f["id"] for f in shapes} == set(geo.admin0["code"])
    assert all(f["geometry"] == {"type": "Shared"} for f in shapes)
    assert "newsmapShapes" in country.layers
    assert '"coordinates"' not in country.layers and '"coordinates"' in admin1.layers
    assert len(country.layers) < len(admin1.layers) / 2
