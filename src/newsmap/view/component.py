"""The one adapter over streamlit-folium's private API: render a scene once, show it, localize
its asset links.

Why private calls at all: ``st_folium`` renders the folium objects to strings on every page run
(about 0.3 s on the opening view, most of it the polygons), even when nothing changed, and it
hands CDN links to its component. Calling its pieces ourselves lets the dashboard render a
scene once and reuse the strings, and lets us point every link at our own copies. Those pieces
are private names of one streamlit-folium release, so this adapter refuses any other version
rather than guessing; nothing else in newsmap touches them.

The module is passed in (the dashboard imports it), so this file imports neither streamlit nor
streamlit-folium, and its tests run without a Streamlit page.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import branca
import folium

from newsmap.errors import NewsmapError
from newsmap.view.offline import STATIC_PREFIX, AssetManifest, load_manifest, localize_links
from newsmap.view.scene import SceneLayers

SUPPORTED_STREAMLIT_FOLIUM = "0.27.4"
#: What streamlit-folium itself sends back: nothing. Its click report fires for markers,
#: clusters and camps too; a click on an area is reported by our own script instead
#: (`elements.AreaClicks`), and pan and zoom never rerun the page.
RETURNED: list[str] = []
_WRAPPED_FLAG = "__newsmap_localized__"
#: The two d3 builds streamlit-folium adds for any branca colour map, as it does.
_COLORMAP_JS = [
    "https://d3js.org/d3.v4.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/d3/3.5.5/d3.min.js",
]


def wrap_component(
    component_func: Callable[..., Any],
    prefix: str = STATIC_PREFIX,
    manifest: AssetManifest | None = None,
) -> Callable[..., Any]:
    """Return `component_func` with its `js_links`/`css_links` keyword arguments localized.

    streamlit-folium builds those lists from folium's CDN URLs (plus hard-coded d3 links) and
    hands them to its private ``_component_func``; wrapping that callable is the one place to
    rewrite them, for our own calls and for ``st_folium``'s. Wrapping twice is a no-op.
    """
    if getattr(component_func, _WRAPPED_FLAG, False):
        return component_func
    manifest = manifest or load_manifest()

    def localized(*args: Any, **kwargs: Any) -> Any:
        for key in ("js_links", "css_links"):
            if key in kwargs and kwargs[key] is not None:
                kwargs[key] = localize_links(kwargs[key], prefix, manifest)
        return component_func(*args, **kwargs)

    setattr(localized, _WRAPPED_FLAG, True)
    localized.__doc__ = component_func.__doc__
    return localized


@dataclass(frozen=True, eq=False)
class MapPayload:
    """What the component receives for one scene: the base map's script and the scene's
    layers as JavaScript, with the assets they load. Rendered once per scene and reused, so a
    new session or a map click costs no map rendering at all."""

    script: str
    header: str
    html: str
    map_id: str
    layers: str
    control: str
    bounds: dict[str, dict[str, float | None]]
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]


@dataclass(frozen=True)
class _BaseParts:
    """The base map as the component receives it, the same for every scene on that base."""

    script: str
    header: str
    html: str
    map_id: str
    #: The ids streamlit-folium gave the base's elements, in tree order: layers of a later
    #: scene name the base's elements (the layer switcher names the tile layer) by them.
    ids: tuple[str, ...]


def _elements(root: Any) -> list[Any]:
    """An element and all below it, depth first (the tree as built, before rendering adds
    to it)."""
    out, todo = [], [root]
    while todo:
        element = todo.pop()
        out.append(element)
        todo.extend(reversed(list(element._children.values())))
    return out


def asset_links(fmap: folium.Map) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The CSS and JavaScript every element of the map asks for, in order, each once (the
    same lists ``st_folium`` gathers)."""
    css: list[str] = []
    js: list[str] = []
    todo: list[Any] = [fmap]
    while todo:
        element = todo.pop(0)
        if isinstance(element, branca.colormap.ColorMap):
            js[:0] = _COLORMAP_JS
        css.extend(href for _, href in getattr(element, "default_css", []))
        js.extend(src for _, src in getattr(element, "default_js", []))
        todo[:0] = list(getattr(element, "_children", {}).values())
    return tuple(dict.fromkeys(css)), tuple(dict.fromkeys(js))


class FoliumComponent:
    """streamlit-folium's component, driven with pre-rendered scenes.

    Parameters
    ----------
    module : ModuleType
        ``streamlit_folium`` itself; its ``_component_func`` is wrapped in place (once) so
        every map on the page, ours or ``st_folium``'s, loads our own copies of the assets.
    version : str
        The installed streamlit-folium version; anything but `SUPPORTED_STREAMLIT_FOLIUM` is
        refused.
    prefix : str
        Where the assets are served (Streamlit's static route by default).
    """

    def __init__(self, module: ModuleType, version: str, prefix: str = STATIC_PREFIX) -> None:
        if version != SUPPORTED_STREAMLIT_FOLIUM:
            raise NewsmapError(
                f"streamlit-folium {version} is not supported for offline maps; "
                f"install streamlit-folium=={SUPPORTED_STREAMLIT_FOLIUM}"
            )
        func = getattr(module, "_component_func", None)
        if func is None:
            raise NewsmapError(
                "streamlit_folium has no _component_func; the adapter needs updating"
            )
        setattr(module, "_component_func", wrap_component(func, prefix))  # noqa: B010
        self._module = module
        self._bases: dict[Hashable, _BaseParts] = {}

    def render(self, drawn: SceneLayers) -> MapPayload:
        """The component's arguments for one scene, as ``st_folium`` would build them; a base
        already rendered under the same ``base_key`` is not rendered again."""
        sf, fmap = self._module, drawn.base
        base = self._bases.get(drawn.base_key) if drawn.base_key is not None else None
        elements = _elements(fmap)
        if base is None or len(base.ids) != len(elements):
            base = self._render_base(fmap, elements)
            if drawn.base_key is not None:
                self._bases[drawn.base_key] = base
        else:
            for element, rendered_id in zip(elements, base.ids, strict=True):
                element._id = rendered_id
        layers = "".join(
            sf._get_feature_group_string(layer, map=fmap, idx=i)
            for i, layer in enumerate(drawn.layers)
        )
        (sw_lat, sw_lng), (ne_lat, ne_lng) = fmap.get_bounds()
        css, js = asset_links(fmap)
        return MapPayload(
            script=base.script,
            header=base.header,
            html=base.html,
            map_id=base.map_id,
            layers=layers,
            control=sf._get_layer_control_string(drawn.control, fmap),
            css_links=css,
            js_links=js,
            bounds={
                "_southWest": {"lat": sw_lat, "lng": sw_lng},
                "_northEast": {"lat": ne_lat, "lng": ne_lng},
            },
        )

    def _render_base(self, fmap: folium.Map, elements: list[Any]) -> _BaseParts:
        sf = self._module
        fmap.get_root().render()
        fmap.render()
        page_html = sf._get_html(fmap)  # before the script: it edits the map
        header = sf._get_header(fmap)
        script = sf._get_map_string(fmap)
        return _BaseParts(
            script=script,
            header=header,
            html=page_html,
            map_id=sf.get_full_id(fmap),
            ids=tuple(e._id for e in elements),
        )

    def widget_key(self, payload: MapPayload, key: str) -> str:
        """The component's widget key: a hash of the base script, the same for every scene,
        so the page keeps one map (and the analyst's zoom) and swaps its layers."""
        return str(self._module.generate_js_hash(payload.script, key, False))

    def show(
        self,
        payload: MapPayload,
        *,
        key: str,
        height: int,
        on_change: Callable[[], None],
    ) -> None:
        """Hand a rendered scene to the component; `on_change` runs before the next page run
        when an area was clicked (the component's value is then ``{"level", "area", "at"}``)."""
        self._module._component_func(
            script=payload.script,
            header=payload.header,
            html=payload.html,
            id=payload.map_id,
            key=self.widget_key(payload, key),
            height=height,
            width=None,
            returned_objects=RETURNED,
            default={},
            zoom=None,
            center=None,
            feature_group=payload.layers,
            return_on_hover=False,
            layer_control=payload.control,
            pixelated=False,
            css_links=list(payload.css_links),
            js_links=list(payload.js_links),
            on_change=on_change,
            wrap_longitude=False,
        )
