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
    """A small HTML box (a legend, or a caption) shown while its parent layer is on the map.

    Its title (``.nm-legend-title``, see `style.legend_box`) folds the box to one line when
    clicked; on a map narrower than `FOLD_BELOW_PX` the box starts folded, so legends never
    cover half of a small map.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var layer = {{ this._parent.get_name() }};
            var legend = L.control({position: {{ this.position|tojson }}});
            legend.onAdd = function(map) {
                var div = L.DomUtil.create('div', {{ this.css_class|tojson }});
                div.innerHTML = {{ this.html|tojson }};
                var title = div.querySelector('.nm-legend-title');
                if (title) {
                    title.setAttribute('role', 'button');
                    title.tabIndex = 0;
                    L.DomEvent.on(title, 'click', function() {
                        div.classList.toggle('nm-folded');
                    });
                }
                if (map.getSize().x < {{ this.fold_below }}) { div.classList.add('nm-folded'); }
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            layer.on('add', function() { if (layer._map) { legend.addTo(layer._map); } });
            layer.on('remove', function() { legend.remove(); });
            if (layer._map) { legend.addTo(layer._map); }
        })();
        {% endmacro %}
        """
    )

    #: Maps narrower than this (CSS pixels) start with their legends folded.
    FOLD_BELOW_PX = 1000

    def __init__(
        self,
        html_text: str,
        position: str = "bottomright",
        *,
        css_class: str = "newsmap-legend",
        folded: bool = False,
    ) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = html_text
        self.position = position
        self.css_class = css_class
        # A box that starts folded folds on any map; the others only on narrow ones.
        self.fold_below = 100_000 if folded else self.FOLD_BELOW_PX


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


class OverlayDefs(MacroElement):
    """What the overlays need before any layer is added: the hatching patterns (one hidden
    SVG in the page, see `style.hatch_defs`) and a pane for the mission camps above the place
    markers, so a camp is never hidden under a city's marker."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }};
            if (!document.getElementById('nm-hatches')) {
                var holder = document.createElement('div');
                holder.id = 'nm-hatches';
                holder.innerHTML = {{ this.defs|tojson }};
                document.body.appendChild(holder);
            }
            var pane = map.getPane('newsmapCamps') || map.createPane('newsmapCamps');
            pane.style.zIndex = 640;
        })();
        {% endmacro %}
        """
    )

    def __init__(self, defs: str) -> None:
        super().__init__()
        self._name = "OverlayDefs"
        self.defs = defs


class CampMarkers(MacroElement):
    """Mission camps as circles in their own pane, each with a tooltip and a popup.

    `camps` rows are {lat, lon, colour, html}; the html is escaped markup, handed over as
    JSON. A camp's click opens its popup and goes no further: it is not a click on the area
    beneath it.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var layer = {{ this._parent.get_name() }};
            {{ this.camps|tojson }}.forEach(function(c) {
                L.circleMarker([c.lat, c.lon], {
                    pane: 'newsmapCamps', radius: 7, color: '#ffffff', weight: 2,
                    fillColor: c.colour, fillOpacity: 0.95, bubblingMouseEvents: false
                }).bindTooltip(c.html, {sticky: true})
                  .bindPopup(c.html, {maxWidth: 320})
                  .addTo(layer);
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, camps: list[dict[str, Any]]) -> None:
        super().__init__()
        self._name = "CampMarkers"
        self.camps = camps


class AreaClicks(MacroElement):
    """Reports a click on one of its parent GeoJson's polygons to the dashboard.

    Only areas filter the page: the report goes straight to the Streamlit component (when
    the map runs inside one) as ``{"level", "area", "at"}``, so a click on a marker, a
    cluster or a camp, which streamlit-folium would report as a click too, never reaches it.
    In a standalone page there is no component and a click does nothing.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var layer = {{ this._parent.get_name() }};
            layer.on('click', function(e) {
                var hit = e.propagatedFrom || e.layer;
                var feature = hit && hit.feature;
                var streamlit = window.Streamlit;
                if (!feature || !streamlit || !streamlit.setComponentValue) { return; }
                streamlit.setComponentValue(
                    {level: {{ this.level|tojson }}, area: String(feature.id), at: Date.now()}
                );
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, level: str) -> None:
        super().__init__()
        self._name = "AreaClicks"
        self.level = level


class FitBounds(MacroElement):
    """Zooms the map to `bounds` ([[south, west], [north, east]]) when its parent layer is
    added: the dashboard's selection, each time the selection changes."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var layer = {{ this._parent.get_name() }};
            function fit() {
                if (layer._map) {
                    layer._map.fitBounds({{ this.bounds|tojson }},
                                         {padding: [12, 12], maxZoom: {{ this.max_zoom }}});
                }
            }
            layer.on('add', fit);
            fit();
        })();
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]], max_zoom: int = 11) -> None:
        super().__init__()
        self._name = "FitBounds"
        self.bounds = bounds
        self.max_zoom = max_zoom


#: The look of `TownLabels`, hidden until the map is zoomed in far enough.
TOWN_CSS = """<style>
.newsmap-town { pointer-events: none; display: none; }
.nm-z8 .newsmap-town.t8, .nm-z9 .newsmap-town { display: block; }
.newsmap-town span { position: absolute; transform: translate(-50%, -130%); white-space: nowrap;
  font: 500 11px/1 system-ui, sans-serif; color: #333;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }
</style>"""


class TownLabels(MacroElement):
    """Town names, shown once the map is zoomed in to municipalities (`TOWN_CSS`): the
    largest from zoom 8, the rest from zoom 9. Like the country names, they never catch the
    mouse."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }};
            var pane = map.getPane('newsmapTowns') || map.createPane('newsmapTowns');
            pane.style.zIndex = 645;
            pane.style.pointerEvents = 'none';
            {{ this.labels|tojson }}.forEach(function(l) {
                L.marker([l.lat, l.lon], {
                    pane: 'newsmapTowns', interactive: false, keyboard: false,
                    icon: L.divIcon({className: 'newsmap-town ' + l.tier, html: l.html,
                                     iconSize: null})
                }).addTo(map);
            });
            function sync() {
                var z = map.getZoom(), box = map.getContainer().classList;
                box.toggle('nm-z8', z >= 8);
                box.toggle('nm-z9', z >= 9);
            }
            map.on('zoomend', sync);
            sync();
        })();
        {% endmacro %}
        """
    )

    def __init__(self, labels: list[dict[str, Any]]) -> None:
        super().__init__()
        self._name = "TownLabels"
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
