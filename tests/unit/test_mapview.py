"""mapview: colours, legends, escaping, stable output and offline rendering, without a browser."""

from __future__ import annotations

import math
import re
from datetime import date

import folium
import geopandas as gpd
import pandas as pd
import pytest
from folium.plugins import FastMarkerCluster
from shapely.geometry import box

from newsmap.geodata import GeoData
from newsmap.view import alliance, choropleth, elements, geojson, mapview, style, text
from newsmap.view import places as place_layer
from newsmap.view.offline import external_urls
from newsmap.view.spec import MapSpec

HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_TITLE = "</script><script>alert(2)</script>`${alert(3)}`"
CDN_HOSTS = ("jsdelivr", "cdnjs", "code.jquery", "bootstrapcdn", "d3js.org", "unpkg")


def _square(x: float, y: float):
    return box(x - 0.4, y - 0.4, x + 0.4, y + 0.4)


@pytest.fixture
def admin0() -> gpd.GeoDataFrame:
    rows = [
        ("AL", "Albania", "Shqipëria", True, 2_800_000, 20.0, 41.0),
        ("RS", "Serbia", "Србија", True, 6_600_000, 20.8, 44.0),
        ("XK", HOSTILE, "Kosova", True, 1_800_000, 21.0, 42.6),
        ("ME", "Montenegro", "Crna Gora", True, 0, 19.2, 42.8),
        ("HR", "Croatia", "Hrvatska", False, 3_900_000, 16.5, 45.2),
    ]
    return gpd.GeoDataFrame(
        [
            dict(code=c, name=n, name_local=loc, in_region=r, population=p, geometry=_square(x, y))
            for c, n, loc, r, p, x, y in rows
        ],
        crs="EPSG:4326",
    )


@pytest.fixture
def admin1() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        [
            dict(
                id="RS-VO",
                name="Vojvodina",
                name_local="Војводина",
                country="RS",
                group="RS-VO",
                population=1_700_000,
                geometry=_square(20, 45.3),
            ),
            dict(
                id="XK-PR",
                name="Pristina",
                name_local="Prishtinë",
                country="XK",
                group="XK-PR",
                population=500_000,
                geometry=_square(21.2, 42.7),
            ),
        ],
        crs="EPSG:4326",
    )


@pytest.fixture
def places() -> pd.DataFrame:
    arts = [
        {
            "title": HOSTILE_TITLE,
            "url": "javascript:alert(4)",
            "source": HOSTILE,
            "published": "2023-09-24",
        },
        {
            "title": "Talks & more",
            "url": 'https://example.org/a?b=1&c="2"',
            "source": "DW",
            "published": None,
        },
    ]
    return pd.DataFrame(
        [
            dict(
                place_id="gn:1",
                name="Pristina",
                country="XK",
                lat=42.67,
                lon=21.17,
                count=5,
                articles=arts,
            ),
            dict(
                place_id="gn:2",
                name="Novi Sad",
                country="RS",
                lat=45.25,
                lon=19.84,
                count=1,
                articles=[],
            ),
            dict(
                place_id="gn:3",
                name="Nowhere",
                country="RS",
                lat=None,
                lon=None,
                count=9,
                articles=[],
            ),
        ]
    )


def _geojson_children(layer) -> list[folium.GeoJson]:
    return [c for c in layer._children.values() if isinstance(c, folium.GeoJson)]


def _tips(layer) -> dict[str, str]:
    (gj,) = _geojson_children(layer)
    return {f["id"]: f["properties"]["tip"] for f in gj.data["features"]}


def _fills(layer) -> dict[str, str]:
    (gj,) = _geojson_children(layer)
    return {f["id"]: f["properties"]["fill"] for f in gj.data["features"]}


def _legend(layer) -> str:
    (legend,) = [c for c in layer._children.values() if isinstance(c, elements.Legend)]
    return legend.html


# --------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("values", "k", "integer", "expected"),
    [
        ([0, 0, None], 6, True, []),
        ([3, 12, 40, 0], 6, True, [3.0, 12.0, 40.0]),
        ([0, 1, 2, 3, 4, 5, 6, 100], 3, True, [3.0, 5.0, 100.0]),
        (list(range(1, 101)), 5, True, [20.0, 40.0, 60.0, 80.0, 100.0]),
        ([0.5, 1.5, 2.25, float("nan")], 6, False, [0.5, 1.5, 2.25]),
    ],
    ids=["all-zero", "few-distinct", "quantiles", "uniform", "rates"],
)
def test_class_breaks(values, k, integer, expected):
    assert style.class_breaks(values, k, integer=integer) == expected


def test_class_breaks_rejects_zero_classes():
    with pytest.raises(ValueError, match="k must be at least 1"):
        style.class_breaks([1], 0)


def test_colour_for_and_labels():
    bounds = [3.0, 10.0, 40.0]
    colours = style.palette(3)
    assert [style.colour_for(v, bounds, colours) for v in (0, 1, 3, 4, 10, 39, 400)] == [
        style.NO_DATA_COLOUR,
        colours[0],
        colours[0],
        colours[1],
        colours[1],
        colours[2],
        colours[2],
    ]
    assert style.colour_for(math.nan, bounds, colours) == style.NO_DATA_COLOUR
    assert style.class_labels(bounds) == ["1–3", "4–10", "11–40"]
    assert style.class_labels([1.0, 2.0]) == ["1", "2"]
    assert style.class_labels([0.5, 12.25], integer=False) == ["≤ 0.50", "0.50–12.2"]
    assert [len(style.palette(n)) for n in range(1, 8)] == [1, 2, 3, 4, 5, 6, 7]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/x", "https://example.org/x"),
        (" http://example.org ", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<b>", None),
        ('https://example.org/"onmouseover=x', None),
        (None, None),
    ],
)
def test_safe_href(url, expected):
    assert text.safe_href(url) == expected


def test_legend_rejects_non_hex_colours():
    with pytest.raises(ValueError, match="#rrggbb"):
        style.legend_html("t", [("red;background:url(x)", "x")])


# --------------------------------------------------------------------------- choropleth


def test_choropleth_colours_tooltips_and_legend(admin0):
    counts = pd.Series({"RS": 12, "XK": 40, "AL": 3, "ZZ": 99})
    layer = choropleth.build_choropleth(admin0, counts, level="country", metric_label="Articles")
    bounds = style.class_breaks([12, 40, 3, 0, 0])
    colours = style.palette(len(bounds))
    assert _fills(layer) == {
        "AL": colours[0],
        "RS": colours[1],
        "XK": colours[2],
        "ME": style.NO_DATA_COLOUR,
        "HR": style.NO_DATA_COLOUR,
    }
    tips = _tips(layer)
    assert tips["RS"] == "<b>Serbia</b><br>Србија<br>Articles: 12"
    assert tips["XK"] == "<b>&lt;img src=x onerror=alert(1)&gt;</b><br>Kosova<br>Articles: 40"
    legend = _legend(layer)
    for colour in (*colours, style.NO_DATA_COLOUR):
        assert f"background:{colour}" in legend
    assert ">1–3<" in legend and ">13–40<" in legend and ">0 / no data<" in legend
    assert layer.layer_name == "Articles by country"


def test_choropleth_per_100k_marks_missing_population_as_no_data(admin0):
    counts = pd.Series({"RS": 66, "ME": 5})
    layer = choropleth.build_choropleth(
        admin0, counts, level="country", metric_label="Mentions", per_100k=True
    )
    tips = _tips(layer)
    assert tips["RS"].endswith("Mentions per 100k people: 1.00 (66 mentions)")
    assert "no population data (5 mentions)" in tips["ME"]
    assert _fills(layer)["ME"] == style.NO_DATA_COLOUR
    assert "Mentions per 100k people" in _legend(layer)


def test_choropleth_admin1_uses_id_key(admin1):
    layer = choropleth.build_choropleth(
        admin1, pd.Series({"XK-PR": 4}), level="admin1", metric_label="Events"
    )
    assert set(_tips(layer)) == {"RS-VO", "XK-PR"}
    assert _tips(layer)["XK-PR"] == "<b>Pristina</b><br>Prishtinë<br>Events: 4"


def test_choropleth_rejects_bad_level(admin0):
    with pytest.raises(ValueError, match="level must be"):
        choropleth.build_choropleth(admin0, pd.Series(), level="city", metric_label="x")


# --------------------------------------------------------------------------- places


def test_place_popup_escapes_text_and_drops_unsafe_links():
    html = place_layer.place_popup_html(
        HOSTILE,
        "XK",
        2,
        [
            {"title": HOSTILE_TITLE, "url": "javascript:alert(4)", "source": HOSTILE},
            {"title": "Talks & more", "url": 'https://example.org/a?b=1&c="2"'},
            {"title": "ok", "url": "https://example.org/ok", "published": "2023-09-24"},
        ],
    )
    assert "<img" not in html and "<script" not in html and "javascript:" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;`${alert(3)}`" in html
    assert "Talks &amp; more" in html and "https://example.org/a" not in html
    assert (
        '<a href="https://example.org/ok" target="_blank" rel="noopener noreferrer">ok</a>'
        " <small>2023-09-24</small>" in html
    )
    assert html.count("<a ") == 1


def test_places_layer_rows_are_sorted_plain_data_with_safe_links(places):
    layer = place_layer.build_places_layer(places)
    (cluster,) = [c for c in layer._children.values() if isinstance(c, FastMarkerCluster)]
    assert [row[:5] for row in cluster.data] == [
        [42.67, 21.17, 5, "Pristina", "XK"],
        [45.25, 19.84, 1, "Novi Sad", "RS"],
    ]
    # Text travels as data for text nodes; the javascript: URL is dropped, not escaped.
    assert cluster.data[0][5] == [
        [HOSTILE_TITLE, None, HOSTILE, "2023-09-24"],
        ["Talks & more", None, "DW", None],
    ]
    # Five articles, two listed: the popup says "and 3 more".
    assert [row[6] for row in cluster.data] == [3, 1]
    rendered = _render_layer(layer)
    assert "alert(2)" in rendered and "<script>alert" not in rendered
    assert "</script><script>" not in rendered
    assert "innerHTML" not in place_layer.place_marker_js()


def test_place_rows_keep_http_links_and_count_what_is_left_out():
    frame = pd.DataFrame(
        [
            dict(
                place_id="gn:9",
                name="Skopje",
                country="MK",
                lat=42.0,
                lon=21.4,
                count=7,
                articles=[
                    {
                        "title": "Vote",
                        "url": "https://example.org/v",
                        "source": "MIA",
                        "published": "2024-05-09",
                    }
                ],
            )
        ]
    )
    assert place_layer.place_rows(frame) == [
        [
            42.0,
            21.4,
            7,
            "Skopje",
            "MK",
            [["Vote", "https://example.org/v", "MIA", "2024-05-09"]],
            6,
        ],
    ]
    assert place_layer.place_rows(frame.iloc[0:0]) == []


def test_place_popup_html_notes_the_articles_left_out():
    html = place_layer.place_popup_html("Skopje", "MK", 7, [{"title": "Vote"}], more=6)
    assert html.endswith(
        '<li>Vote</li><li style="list-style:none;color:#555">and 6 more</li></ul></div>'
    )


def test_embedded_geometry_is_rounded_and_drops_collapsed_rings():
    square = {
        "type": "Polygon",
        "coordinates": [
            [
                (20.00001, 42.00004),
                (20.00002, 42.00001),
                (20.5, 42.0),
                (20.5, 42.5),
                (20.0, 42.5),
                (20.00001, 42.00004),
            ],
            [(20.1, 42.1), (20.10001, 42.1), (20.1, 42.10002), (20.1, 42.1)],  # a hole under 1e-3
        ],
    }
    assert geojson.rounded_geometry(square) == {
        "type": "Polygon",
        "coordinates": [
            [[20.0, 42.0], [20.5, 42.0], [20.5, 42.5], [20.0, 42.5], [20.0, 42.0]],
        ],
    }
    rock = {
        "type": "MultiPolygon",
        "coordinates": [
            square["coordinates"][:1],
            [[(18.0, 42.0), (18.0001, 42.0), (18.0, 42.0001), (18.0, 42.0)]],
        ],
    }
    assert len(geojson.rounded_geometry(rock)["coordinates"]) == 1
    assert geojson.rounded_geometry({"type": "Point", "coordinates": (20.123456, 42.987654)}) == {
        "type": "Point",
        "coordinates": [20.123, 42.988],
    }
    tiny = {"type": "Polygon", "coordinates": [rock["coordinates"][1][0]]}
    assert geojson.rounded_geometry(tiny) is None


def _render_layer(layer) -> str:
    fmap = choropleth.build_base_map(None)
    layer.add_to(fmap)
    return fmap.get_root().render()


# --------------------------------------------------------------------------- alliance overlay


def test_nato_layer_statuses_years_and_camps_as_of(admin0):
    statuses = {
        "AL": ("member", date(2009, 4, 1)),
        "RS": ("Partnership for Peace", "2006-12-14"),
        "XK": ("none", None),
        "ME": ("observer", "2001"),
    }
    camps = pd.DataFrame(
        [
            dict(
                name="Camp Bondsteel",
                mission="KFOR",
                lat=42.36,
                lon=21.25,
                strength=3735,
                date="2022-08-01",
                source="KFOR",
            ),
            dict(
                name="Camp Bondsteel",
                mission="KFOR",
                lat=42.36,
                lon=21.25,
                strength=3800,
                date="2023-05-01",
                source="KFOR <b>",
            ),
            dict(
                name="Camp Bondsteel",
                mission="KFOR",
                lat=42.36,
                lon=21.25,
                strength=4500,
                date="2023-10-10",
                source="KFOR",
            ),
            dict(
                name="Camp Butmir",
                mission="EUFOR",
                lat=43.82,
                lon=18.34,
                strength=None,
                date=None,
                source=None,
            ),
        ]
    )
    layer = alliance.build_alliance_layer(admin0, statuses, camps, date(2023, 6, 1))
    assert layer.layer_name == "NATO (as of 2023-06-01)"
    (countries,) = _geojson_children(layer)
    looks = {f["id"]: f["properties"] for f in countries.data["features"]}
    assert set(looks) == {"AL", "RS", "XK", "ME"}  # HR has no status: not drawn
    # Statuses are hatchings over the counts, never a fill that hides them.
    assert looks["AL"]["fillColor"] == "url(#nm-hatch-nato-member)"
    assert looks["RS"]["fillColor"] == "url(#nm-hatch-nato-pfp)"
    assert looks["XK"]["fillColor"] == "none" and looks["XK"]["dashArray"] == "1 5"
    assert looks["ME"]["color"] == style.UNKNOWN_STATUS_COLOUR
    assert countries.options.get("interactive") is False  # the choropleth takes the mouse
    (markers,) = [c for c in layer._children.values() if isinstance(c, elements.CampMarkers)]
    assert sorted(c["html"] for c in markers.camps) == [
        "<b>Camp Bondsteel</b><br>KFOR camp<br>KFOR total strength 3,800 (2023-05-01)"
        "<br><small>Source: KFOR &lt;b&gt;</small>",
        "<b>Camp Butmir</b><br>EUFOR camp",
    ]
    legend = _legend(layer)
    assert legend.index("Member") < legend.index("Partnership for Peace") < legend.index("observer")
    assert "KFOR camp · KFOR total strength 3,800 (2023-05-01)" in legend
    assert "EUFOR camp" in legend
    # Each swatch is drawn with the same pattern and outline as the countries.
    assert 'fill="url(#nm-hatch-nato-pfp)" stroke="#6baed6"' in legend
    assert f"background:{style.CAMP_COLOURS['KFOR']}" in legend


def test_every_status_has_its_own_hatching_apart_from_the_count_palette():
    counts = {c for n in style.YLORRD.values() for c in n} | {style.NO_DATA_COLOUR}
    nato = ("member", "map", "ipap", "pfp", "none")
    looks = {
        (style.STATUS_HATCH[k][0], style.STATUS_HATCH[k][1], style.STATUS_HATCH[k][3]) for k in nato
    }
    assert len(looks) == len(nato)  # told apart without colour
    assert not counts & {style.STATUS_STYLE[k][0] for k in style.STATUS_STYLE}
    defs = style.hatch_defs()
    for org in ("NATO", "EU"):
        for key in nato[:-1]:
            assert f'id="{style.hatch_id(org, key)}"' in defs


def test_status_notes_name_each_organisation_for_the_tooltip():
    notes = alliance.status_notes(
        {"EU": {"AL": ("candidate", "2014-06-27")}, "NATO": {"AL": ("member", date(2009, 4, 1))}}
    )
    assert notes == {"AL": ["NATO: Member since 2009", "EU: Candidate since 2014"]}


def test_choropleth_tooltip_carries_the_overlay_and_the_click_report(admin0):
    counts = pd.Series({"AL": 4})
    layer = choropleth.build_choropleth(
        admin0, counts, level="country", metric_label="Articles", notes={"AL": ["NATO: Member"]}
    )
    assert _tips(layer)["AL"].endswith("Articles: 4<br>NATO: Member")
    html = _render_layer(layer)
    assert "setComponentValue" in html and '"country"' in html


# --------------------------------------------------------------------------- whole map


def _alliances() -> pd.DataFrame:
    rows = [
        ("AL", "NATO", "member", "2009-04-01"),
        ("AL", "EU", "candidate", "2014-06-27"),
        ("RS", "NATO", "pfp", "2006-12-14"),
    ]
    return pd.DataFrame(
        [dict(country=c, org=o, status=s, start=d, end="", source="test") for c, o, s, d in rows]
    )


def _missions() -> pd.DataFrame:
    return pd.DataFrame(
        [
            dict(mission="KFOR", record="camp", name="Film City", lat=42.66, lon=21.15, date=None),
            dict(mission="KFOR", record="strength", date="2023-05-01", strength=4500, source="K"),
        ]
    )


def _full_map(admin0, admin1, places, **extra):
    geo = GeoData(admin0, admin1, alliances=_alliances(), missions=_missions())
    spec = MapSpec(as_of=date(2023, 10, 1), overlays=("nato", "eu"))
    counts = pd.Series({"RS": 12, "XK": 40})
    return mapview.build_map(geo, spec, counts, places, title=HOSTILE, **extra)


def test_build_map_is_offline_stable_and_escaped(admin0, admin1, places):
    first = _full_map(admin0, admin1, places).get_root().render()
    second = _full_map(admin0, admin1, places).get_root().render()
    assert first == second
    assert "maxZoom" in first and '"maxZoom": 18' in first
    assert "<img src=x" not in first and "<script>alert" not in first
    assert "window.__newsmapReady = true" in first
    for name in (
        "Articles by country",
        "NATO (as of 2023-10-01)",
        "EU (as of 2023-10-01)",
        "Places",
        "OpenStreetMap (online)",
    ):
        assert name in first
    # the OSM layer is offered but not added at start
    osm = re.search(r"var (tile_layer_\w+) = L\.tileLayer", first)
    assert osm and f"{osm.group(1)}.addTo(" not in first


def test_standalone_html_has_no_cdn_and_inlines_assets(admin0, admin1, places):
    html = mapview.render_standalone_html(_full_map(admin0, admin1, places))
    assert external_urls(html) == []
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']https?:", html)
    for host in CDN_HOSTS:
        assert host not in html.replace("https://tile.openstreetmap.org", ""), host
    assert html.count("data-newsmap-ready") == 1
    assert "/* leaflet.markercluster/1.1.0/leaflet.markercluster.js */" in html


def test_standalone_adds_ready_signal_to_plain_maps():
    fmap = choropleth.build_base_map(None, tiles=None)
    html = mapview.render_standalone_html(fmap)
    assert "window.__newsmapReady = true" in html
    assert "L.tileLayer" not in html


def test_base_map_rejects_unknown_tiles():
    with pytest.raises(ValueError, match="tiles must be"):
        choropleth.build_base_map(None, tiles="stamen")


def test_base_map_polygons_are_not_interactive(admin0):
    html = choropleth.build_base_map(admin0).get_root().render()
    assert '"interactive": false' in html
    assert style.CONTEXT_BASE_COLOUR in html and style.REGION_BASE_COLOUR in html


def test_base_map_reports_the_bounds_folium_would_find(admin0):
    fmap = choropleth.build_base_map(admin0)
    (outline,) = [c for c in fmap._children.values() if isinstance(c, folium.GeoJson)]
    walked = folium.utilities.get_bounds(outline.data, lonlat=True)
    got = outline._get_self_bounds()
    assert [v for corner in got for v in corner] == pytest.approx(
        [v for corner in walked for v in corner], abs=1e-3
    )


def test_the_spec_draws_and_shows_exactly_the_overlays_it_names(admin0):
    geo = GeoData(admin0, alliances=_alliances())
    day = date(2023, 10, 1)
    (eu,) = mapview.build_layers(geo, MapSpec(as_of=day, overlays=("eu",)), None)
    assert eu.layer_name == "EU (as of 2023-10-01)" and eu.show is True
    both = mapview.build_layers(geo, MapSpec(as_of=day, overlays=("nato", "eu")), None)
    assert [layer.layer_name for layer in both] == [
        "EU (as of 2023-10-01)",
        "NATO (as of 2023-10-01)",
    ]
    assert mapview.build_layers(geo, MapSpec(as_of=day), None) == []
    with pytest.raises(ValueError, match="alliance table"):
        mapview.build_layers(GeoData(admin0), MapSpec(as_of=day, overlays=("nato",)), None)
