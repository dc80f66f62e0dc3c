"""Our own folium elements: legends and captions, the ready signal, country names, and
stable element ids.

Why our own: branca's colour-map legend needs d3 (two versions, once streamlit-folium adds its
own) for a handful of coloured boxes, and folium has no "the map has drawn" signal for
screenshots and browser tests to wait on. Every element takes its text as escaped HTML and
hands it to the page through ``tojson``, never pasted into JavaScript.
"""

from __future__ import annotations

import hashlib
from typing import Any, TypeVar

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

E = TypeVar("E", bound=Element)


class Legend(MacroElement):
    """A small HTML box (a legend, or a caption) shown while its parent layer is on the map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var layer = {{ this._parent.get_name() }};
            var legend = L.control({position: {{ this.position|tojson }}});
            legend.onAdd = function() {
                var div = L.DomUtil.create('div', {{ this.css_class|tojson }});
                div.innerHTML = {{ this.html|tojson }};
                L.DomEvent.disableClickPropagation(div);
                return div;
            };
            layer.on('add', function() { if (layer._map) { legend.addTo(layer._map); } });
            layer.on('remove', function() { legend.remove(); });
            if (layer._map) { legend.addTo(layer._map); }
        })();
        {% endmacro %}
        """
    )

    def __init__(
        self, html_text: str, position: str = "bottomright", *, css_class: str = "newsmap-legend"
    ) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = html_text
        self.position = position
        self.css_class = css_class


class MapReady(MacroElement):
    """Sets `window.__newsmapReady` and `<html data-newsmap-ready>` once the map has drawn.

    Added last, so every layer (embedded GeoJSON is added synchronously) is on the map by then;
    screenshots and browser tests wait for it instead of sleeping.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.whenReady(function() {
            window.__newsmapReady = true;
            document.documentElement.setAttribute('data-newsmap-ready', 'true');
        });
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapReady"


class InfoBox(MacroElement):
    """A title box (escaped text) in a map corner, so exports say what they show."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var box = L.control({position: {{ this.position|tojson }}});
            box.onAdd = function() {
                var div = L.DomUtil.create('div', 'newsmap-info');
                div.innerHTML = {{ this.html|tojson }};
                return div;
            };
            box.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, html_text: str, position: str = "topright") -> None:
        super().__init__()
        self._name = "InfoBox"
        self.html = html_text
        self.position = position


#: The look of `CountryLabels`; added to the page header once.
LABEL_CSS = """<style>
.newsmap-label { pointer-events: none; }
.newsmap-label span { position: absolute; transform: translate(-50%, -50%); white-space: nowrap;
  font: 600 13px/1 system-ui, sans-serif; color: #2b2b2b; letter-spacing: .03em;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; }
.newsmap-label span.context { font-weight: 400; font-style: italic; color: #6b6b6b; }
</style>"""


class CountryLabels(MacroElement):
    """Country names on the map, in their own pane above polygons and markers.

    Offline there are no tiles to carry place names, and a briefing map without names makes
    readers guess which shape is Kosovo. The names sit above the markers (a capital's marker
    often sits on its country's label point) but below popups, and never catch the mouse, so
    tooltips, clicks and popups underneath keep working in the dashboard.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }};
            var pane = map.getPane('newsmapLabels') || map.createPane('newsmapLabels');
            pane.style.zIndex = 650;
            pane.style.pointerEvents = 'none';
            {{ this.labels|tojson }}.forEach(function(l) {
                L.marker([l.lat, l.lon], {
                    pane: 'newsmapLabels', interactive: false, keyboard: false,
                    icon: L.divIcon({className: 'newsmap-label', html: l.html, iconSize: null})
                }).addTo(map);
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, labels: list[dict[str, Any]]) -> None:
        super().__init__()
        self._name = "CountryLabels"
        self.labels = labels


class KnownBoundsGeoJson(folium.GeoJson):
    """A GeoJson layer whose bounds are given, not found by walking every coordinate.

    streamlit-folium asks the map for its bounds on every rerun; for the basemap's countries
    folium walked ~18,000 points in Python each time, for an answer the frame already had.
    """

    def __init__(self, data: Any, *, bounds: list[list[float]], **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self._known_bounds = bounds

    def _get_self_bounds(self) -> list[list[float | None]]:
        return [list(corner) for corner in self._known_bounds]


def stable_ids(element: E, namespace: str) -> E:
    """Replace folium's random element ids with ones derived from tree position.

    The same data then renders to the same HTML, so Streamlit does not re-send (and re-mount)
    the map on every rerun. Children dicts are re-keyed because some templates use the keys.
    """
    counter = 0

    def visit(node: Element) -> None:
        nonlocal counter
        node._id = hashlib.md5(f"{namespace}:{counter}".encode(), usedforsecurity=False).hexdigest()
        counter += 1
        children = list(node._children.values())
        for child in children:
            visit(child)
        node._children = type(node._children)((child.get_name(), child) for child in children)

    visit(element)
    return element


def stable_id(element: E, name: str) -> E:
    """A fixed id for one element added after `stable_ids` numbered the tree, so that the same
    map still renders to byte-identical HTML."""
    element._id = hashlib.md5(f"newsmap:scene:{name}".encode(), usedforsecurity=False).hexdigest()
    return element
