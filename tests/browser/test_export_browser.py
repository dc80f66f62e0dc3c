"""PNG and HTML exports in real headless Chromium, offline, on the sample corpus."""

from __future__ import annotations

import io
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image, ImageStat

from newsmap import export
from newsmap.cli import cli
from newsmap.engines.local import ingest_paths
from newsmap.pipeline import make_tagger
from newsmap.query import Filters
from newsmap.store import Store
from newsmap.view import style
from newsmap.view.scene import Scene, build_scene_map, collect, load_geo

pytestmark = pytest.mark.browser

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
MADE = datetime(2024, 1, 2, 9, 30, tzinfo=UTC)
SCENE = Scene(filters=Filters(date_from=date(2019, 1, 1), date_to=date(2023, 12, 31)))


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "samples.db"
    store = Store.open(str(path))
    report = ingest_paths(store, [str(SAMPLES)], make_tagger())
    store.close()
    assert report.new > 20 and not report.rejected
    return path


@pytest.fixture(scope="module")
def geo():
    return load_geo()


@pytest.fixture(scope="module")
def holder():
    with export.Chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def scene_map(sample_db, geo):
    store = Store.open(str(sample_db))
    try:
        data = collect(store.query_frame, SCENE)
    finally:
        store.close()
    return build_scene_map(geo, SCENE, data, made_at=MADE, tiles=None), data


def _legend_colours(data, geo) -> list[tuple[int, int, int]]:
    """The legend's colours: classes of the countries the map draws (off-map ones do not count)."""
    drawn = set(geo.admin0["code"].astype(str))
    bounds = style.class_breaks([v for k, v in data.counts.items() if str(k) in drawn], 6)
    hexes = [*style.palette(len(bounds)), style.NO_DATA_COLOUR]
    return [tuple(int(h[i : i + 2], 16) for i in (1, 3, 5)) for h in hexes]


def test_png_has_requested_pixels_content_and_legend(scene_map, holder, tmp_path, geo):
    fmap, data = scene_map
    path = export.export_png(fmap, tmp_path / "map.png", size=(900, 600), scale=2, browser=holder)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(path) as img:
        assert img.size == (1800, 1200)
        rgb = img.convert("RGB")
    spread = ImageStat.Stat(rgb).stddev
    assert min(spread) > 20, f"image looks blank (channel stddev {spread})"
    present = {colour for _, colour in rgb.getcolors(maxcolors=1 << 20)}
    legend = _legend_colours(data, geo)
    assert len(legend) >= 3
    missing = [c for c in legend if c not in present]
    assert missing == [], f"legend colours not in the picture: {missing}"
    assert (221, 232, 240) in present  # the sea (SEA_COLOUR): polygons are the basemap


def test_one_browser_serves_many_threads(scene_map, holder):
    fmap, _ = scene_map
    first = export.render_png_bytes(fmap, size=(400, 300), scale=1, browser=holder)
    launched = holder._browser
    result: dict[str, bytes] = {}
    worker = threading.Thread(
        target=lambda: result.update(
            png=export.render_png_bytes(fmap, size=(500, 300), scale=1, browser=holder)
        ),
    )
    worker.start()
    worker.join()
    assert holder._browser is launched  # reused, not relaunched
    with Image.open(io.BytesIO(first)) as a:
        assert a.size == (400, 300)
    with Image.open(io.BytesIO(result["png"])) as b:
        assert b.size == (500, 300)


def test_html_from_file_draws_polygons_offline(sample_db, geo, offline_page, tmp_path):
    page, log = offline_page
    store = Store.open(str(sample_db))
    try:
        path = export.export_scene(
            store.query_frame, geo, SCENE, "html", tmp_path / "m.html", now=MADE
        )
    finally:
        store.close()
    page.goto(path.as_uri())
    page.wait_for_selector("html[data-newsmap-ready='true']", timeout=30_000)
    drawn = page.locator("path.leaflet-interactive").count()
    assert drawn == len(geo.admin0)  # one choropleth path per country
    # The counts' legend, and the markers' (folded until asked for).
    assert page.locator(".newsmap-legend").count() == 2
    info = page.locator(".newsmap-info").inner_text()
    assert "Western Balkans news map" in info and "Made 2024-01-02 09:30 UTC" in info
    assert "GeoNames (CC BY 4.0)" in info
    assert page.locator(".newsmap-label").count() >= 6
    log.assert_clean()
    assert all(u.startswith(("file:", "data:")) for u in log.requests)


def test_cli_png_end_to_end(sample_db, tmp_path):
    out = tmp_path / "cli.png"
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--db",
            str(sample_db),
            "--country",
            "XK",
            "--overlay",
            "nato",
            "--to",
            "2023-12-31",
            "--size",
            "640x400",
            "--scale",
            "1",
            "-o",
            str(out),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    with Image.open(out) as img:
        assert img.size == (640, 400)
        assert min(ImageStat.Stat(img.convert("RGB")).stddev) > 20


def test_a_page_that_never_draws_is_an_export_error():
    with export.Chromium(timeout_s=1) as browser:
        with pytest.raises(export.ExportError, match="did not finish drawing.*boom"):
            browser.screenshot(
                "<html><script>throw new Error('boom')</script></html>", size=(300, 200), scale=1
            )
