"""The standalone map opens from file:// in chromium with the network cut, draws, and stays safe."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Polygon

from newsmap.geodata import GeoData
from newsmap.view import mapview, style
from newsmap.view.spec import MapSpec

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_TITLE = "<script>alert(2)</script> `${alert(3)}`"
GEO_DIR = Path(__file__).resolve().parents[2] / "data" / "geo"

# Rough outlines of the six (hand-drawn, a few vertices each): enough shape for Leaflet to draw.

OUTLINES = {
    "AL": [
        (19.3, 42.1),
        (19.7, 42.6),
        (20.1, 42.5),
        (20.6, 41.9),
        (20.5, 41.1),
        (21.0, 40.6),
        (20.6, 40.0),
        (20.0, 39.6),
        (19.4, 40.3),
        (19.5, 41.1),
    ],
    "ME": [
        (18.5, 42.5),
        (18.9, 43.5),
        (19.4, 43.5),
        (20.3, 42.9),
        (20.1, 42.5),
        (19.7, 42.6),
        (19.3, 42.1),
    ],
    "XK": [(20.1, 42.5), (20.3, 42.9), (20.8, 43.2), (21.6, 42.7), (21.5, 42.3), (20.6, 41.9)],
    "MK": [
        (20.6, 41.9),
        (21.5, 42.3),
        (22.4, 42.3),
        (23.0, 41.5),
        (22.7, 41.1),
        (21.0, 40.6),
        (20.5, 41.1),
    ],
    "RS": [
        (18.9, 45.9),
        (20.3, 46.1),
        (21.5, 45.2),
        (22.5, 44.5),
        (22.4, 43.2),
        (23.0, 43.0),
        (22.4, 42.3),
        (21.5, 42.3),
        (21.6, 42.7),
        (20.8, 43.2),
        (20.3, 42.9),
        (19.4, 43.5),
        (19.5, 44.9),
    ],
    "BA": [
        (15.8, 45.2),
        (19.5, 44.9),
        (19.4, 43.5),
        (18.9, 43.5),
        (18.5, 42.5),
        (17.6, 43.0),
        (16.2, 44.2),
    ],
}
NAMES = {
    "AL": "Albania",
    "ME": "Montenegro",
    "XK": HOSTILE,
    "MK": "North Macedonia",
    "RS": "Serbia",
    "BA": "Bosnia and Herzegovina",
}


@pytest.fixture(scope="module")
def admin0() -> gpd.GeoDataFrame:
    rows = [
        {
            "code": c,
            "name": NAMES[c],
            "name_local": None,
            "in_region": True,
            "population": 2_000_000,
            "geometry": Polygon(ring),
        }
        for c, ring in OUTLINES.items()
    ]
    return gpd.GeoDataFrame(rows, crs="EPSG:4326")


@pytest.fixture(scope="module")
def places() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "place_id": "gn:786714",
                "name": "Pristina",
                "country": "XK",
                "lat": 42.67,
                "lon": 21.17,
                "count": 3,
                "articles": [
                    {
                        "title": HOSTILE_TITLE,
                        "url": "javascript:alert(4)",
                        "source": HOSTILE,
                        "published": "2023-09-24",
                    }
                ],
            },
        ]
    )


def _open(page: object, html: str, tmp_path: Path) -> None:
    path = tmp_path / "map.html"
    path.write_text(html, encoding="utf-8")
    page.goto(path.as_uri())  # type: ignore[attr-defined]
    page.wait_for_function("window.__newsmapReady === true", timeout=15_000)  # type: ignore[attr-defined]


def test_standalone_map_draws_offline_and_escapes_text(offline_page, admin0, places, tmp_path):
    page, log = offline_page
    counts = pd.Series({"RS": 12, "XK": 40, "AL": 3, "BA": 1})
    spec = MapSpec(as_of=date(2023, 10, 1))
    fmap = mapview.build_map(GeoData(admin0), spec, counts, places, title=HOSTILE)
    _open(page, mapview.render_standalone_html(fmap), tmp_path)

    assert page.locator("path.leaflet-interactive").count() == len(admin0)
    # The counts' legend, and the markers' (folded until asked for).
    assert page.locator(".newsmap-legend").count() == 2
    legend = page.locator(".newsmap-legend").filter(has_text="no data").inner_html()
    for colour in style.palette(len(style.class_breaks(counts.values))):
        assert colour in legend.lower() or _rgb(colour) in legend
    assert page.locator(".newsmap-info").inner_text() == HOSTILE

    # Hover Kosovo: the tooltip shows the hostile name as text, and no image element appears.
    page.locator("path.leaflet-interactive").nth(2).hover()
    tooltip = page.locator(".leaflet-tooltip")
    tooltip.wait_for(state="visible")
    assert HOSTILE in tooltip.inner_text()
    assert page.locator(".leaflet-tooltip img").count() == 0

    # Open the place popup: titles are text, the javascript: URL is not a link.
    page.locator(".newsmap-place").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert HOSTILE_TITLE in popup.inner_text()
    assert popup.locator("a").count() == 0
    assert popup.locator("script, img").count() == 0

    assert all(u.startswith(("file:", "data:")) for u in log.requests), log.requests
    log.assert_clean()


def test_alliance_overlay_draws_with_legend(offline_page, admin0, tmp_path):
    page, log = offline_page
    statuses = {
        "AL": ("member", "2009-04-01"),
        "ME": ("member", "2017-06-05"),
        "MK": ("member", "2020-03-27"),
        "RS": ("pfp", "2006-12-14"),
        "BA": ("map", "2010-04-22"),
    }
    alliances = pd.DataFrame(
        [
            dict(country=c, org="NATO", status=s, start=d, end="", source="test")
            for c, (s, d) in statuses.items()
        ]
        + [dict(country="XK", org="EU", status="potential_candidate", start="2008-02-17", end="")]
    )
    missions = pd.DataFrame(
        [
            dict(mission="KFOR", record="camp", name="Camp Bondsteel", lat=42.36, lon=21.25),
            dict(mission="KFOR", record="strength", date="2023-05-01", strength=3800),
        ]
    ).assign(source="NATO KFOR")
    geo = GeoData(admin0, alliances=alliances, missions=missions)
    fmap = mapview.build_map(geo, MapSpec(as_of=date(2023, 6, 1), overlays=("nato",)), None)
    _open(page, mapview.render_standalone_html(fmap), tmp_path)

    # six countries hatched by status (drawn under the counts, not catching the mouse) and
    # one camp marker, which does
    hatched = page.locator('path[fill^="url(#nm-hatch-nato"], path[stroke-dasharray="1 5"]')
    assert hatched.count() == len(admin0)
    assert page.locator(".leaflet-newsmapCamps-pane path.leaflet-interactive").count() == 1
    legend = page.locator(".newsmap-legend").inner_text()
    assert "NATO, 2023-06-01" in legend
    assert "Partnership for Peace" in legend and "KFOR camp" in legend
    assert "NATO (as of 2023-06-01)" in page.locator(".leaflet-control-layers").inner_text()
    log.assert_clean()


def test_real_boundaries_draw_offline(offline_page, tmp_path):
    page, log = offline_page
    real = gpd.read_file(GEO_DIR / "admin0.geojson")
    region = real[real["in_region"].astype(bool)]
    spec = MapSpec(as_of=date(2024, 1, 1))
    counts = pd.Series({"RS": 5, "XK": 9})
    fmap = mapview.build_map(GeoData(real), spec, counts, title="Real boundaries")
    # the choropleth covers every country in the frame; the basemap under it is not interactive
    _open(page, mapview.render_standalone_html(fmap), tmp_path)
    assert page.locator("path.leaflet-interactive").count() == len(real)
    assert len(region) == 6
    log.assert_clean()


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


STREAMLIT_APP = """
from importlib.metadata import version

import geopandas as gpd
import pandas as pd
import streamlit_folium
from shapely.geometry import box
from streamlit_folium import st_folium

from newsmap.geodata import GeoData
from newsmap.view import mapview, style
from newsmap.view.component import FoliumComponent
from newsmap.view.spec import MapSpec

FoliumComponent(streamlit_folium, version("streamlit-folium"))
gdf = gpd.GeoDataFrame(
    [dict(code=c, name=c, name_local=None, in_region=True, population=1,
          geometry=box(x, 42, x + 0.8, 42.8)) for c, x in [("AL", 19), ("XK", 20), ("RS", 21)]],
    crs="EPSG:4326",
)
places = pd.DataFrame(
    [dict(place_id="p", name="P", country="XK", lat=42.5, lon=20.5, count=2, articles=[])])
spec = MapSpec(as_of=pd.Timestamp("2024-01-01").date())
fmap = mapview.build_map(GeoData(gdf), spec, pd.Series({"XK": 3}), places)
st_folium(fmap, key="map", height=500, returned_objects=["last_object_clicked"])
"""


@pytest.fixture(scope="module")
def streamlit_app(tmp_path_factory, start_streamlit):
    """A tiny Streamlit app showing a mapview map through st_folium, served with static/."""
    from newsmap.view.offline import ASSETS_DIR

    app_dir = tmp_path_factory.mktemp("st_app")
    (app_dir / "app.py").write_text(STREAMLIT_APP, encoding="utf-8")
    (app_dir / "static").symlink_to(ASSETS_DIR, target_is_directory=True)
    with start_streamlit(app_dir / "app.py", cwd=app_dir) as url:
        yield url


@pytest.mark.slow
def test_streamlit_component_loads_assets_from_static(offline_page, streamlit_app):
    page, log = offline_page
    page.goto(streamlit_app)
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    frame.locator("path.leaflet-interactive").first.wait_for(timeout=30_000)
    assert frame.locator("path.leaflet-interactive").count() == 3
    assert frame.locator(".newsmap-legend").count() == 2  # the counts' and the markers'
    served = [u for u in log.requests if "/app/static/" in u]
    assert any(u.endswith("/app/static/leaflet/1.9.3/leaflet.js") for u in served)
    assert any(u.endswith("/leaflet.markercluster/1.1.0/leaflet.markercluster.js") for u in served)
    log.assert_clean()
