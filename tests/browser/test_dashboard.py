"""The real dashboard (app.py) in headless Chromium, on the sample corpus plus a hostile article.

Each test works from a fresh page and waits on Streamlit's own "script finished" state, never on
time.  Screenshots land in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pagekit import HOSTILE_TITLE as HOSTILE
from pagekit import open_timeline

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def _open(page, url: str, script_idle, query: str = ""):
    page.goto(url + "/" + query)
    script_idle(page)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("path.leaflet-interactive").first.wait_for(timeout=60_000)
    return frame


def _metric(page, label: str) -> int:
    box = page.get_by_test_id("stMetric").filter(has_text=label)
    return int(box.get_by_test_id("stMetricValue").inner_text().replace(",", ""))


def _metric_once_settled(
    page,
    label: str,
    script_idle,
    *,
    unlike: int | None = None,
    like: int | None = None,
    timeout_s: float = 30.0,
) -> int:
    """The metric once the reruns a click sets off are over and it reads as expected.

    A map click reruns the script twice (the click, then the filter it sets), and the page
    is briefly idle in between: reading once at the first idle moment can see the old value.
    Returns the last value read, so a metric that never changes still fails the caller's
    assertion, only later.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        script_idle(page)
        value = _metric(page, label)
        wanted = (unlike is None or value != unlike) and (like is None or value == like)
        if wanted or time.monotonic() > deadline:
            return value
        page.wait_for_timeout(250)


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"dashboard-{name}.png"), full_page=True)


def test_page_draws_polygons_offline_without_errors(offline_page, dashboard, script_idle):
    page, log = offline_page
    frame = _open(page, dashboard, script_idle)
    assert frame.locator("path.leaflet-interactive").count() >= 6
    assert frame.locator(".newsmap-legend").count() >= 1
    assert _metric(page, "Articles") >= 61
    _shot(page, "initial")
    assert any("/app/static/leaflet/" in u for u in log.requests)
    log.assert_clean()


def test_choosing_a_country_changes_the_counts(offline_page, dashboard, script_idle):
    page, log = offline_page
    _open(page, dashboard, script_idle)
    everything = _metric(page, "Articles")
    _open(page, dashboard, script_idle, "?country=ME")
    montenegro = _metric(page, "Articles")
    assert 0 < montenegro < everything
    assert "country=ME" in page.url
    log.assert_clean()


def test_hostile_title_is_text_and_never_runs(offline_page, dashboard, script_idle):
    page, log = offline_page
    _open(page, dashboard, script_idle, "?q=onerror")
    body = page.get_by_test_id("stMain").inner_text()
    assert HOSTILE in body
    # No <img> was created from the title anywhere on the page, and no link is javascript:.
    assert page.locator("img[src=x]").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    _shot(page, "hostile")
    # The article cards keep their own styles: place mentions are marked in colour.
    mark = page.locator(".nm-card mark.nm-city").first
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(198, 219, 239)"
    log.assert_clean()  # includes: no dialog opened


MEMBER = "url(#nm-hatch-nato-member)"  # view.style.hatch_id("NATO", "member")


def _member_fills(frame) -> int:
    return frame.locator(f'path[fill="{MEMBER}"]').count()


def test_end_date_before_accession_changes_north_macedonias_overlay(
    offline_page, dashboard, script_idle
):
    page, log = offline_page
    frame = _open(page, dashboard, script_idle, "?from=2019-01-01&to=2020-12-31&nato=1")
    after = _member_fills(frame)
    table = page.get_by_test_id("stExpander").filter(has_text="Alliance status")
    assert "2020-12-31" in table.inner_text()
    frame = _open(page, dashboard, script_idle, "?from=2019-01-01&to=2020-03-26&nato=1")
    before = _member_fills(frame)
    # Exactly one country (North Macedonia) is a member on 2020-12-31 but not on 2020-03-26.
    assert after - before == 1
    # Open by itself with an overlay on (a closed one sends no table): the table says why.
    grid = page.get_by_test_id("stExpander").filter(has_text="Alliance status as of 2020-03-26")
    grid.scroll_into_view_if_needed()
    assert "Membership Action Plan since 1999-04-24" in grid.inner_text()
    _shot(page, "nato-2020-03-26")
    log.assert_clean()


def test_clicking_a_country_filters_the_page(offline_page, dashboard, script_idle):
    page, log = offline_page
    _open(page, dashboard, script_idle)
    everything = _metric(page, "Articles")
    frame = next(f for f in page.frames if "streamlit_folium" in (f.url or ""))
    # Where eastern Serbia (no place markers there) is on screen, asked of the Leaflet map itself.
    point = frame.evaluate(
        """() => {
            const map = window.map_div;  // streamlit-folium's name for the Leaflet map
            const p = map.latLngToContainerPoint([44.4, 21.8]);
            return {x: p.x, y: p.y};
        }"""
    )
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    box = page.locator(MAP_FRAME).bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    chip = page.locator(".st-key-f_countries").get_by_text("Serbia (RS)")
    chip.wait_for(timeout=30_000)
    serbia = _metric_once_settled(page, "Articles", script_idle, unlike=everything)
    assert 0 < serbia < everything
    # The URL carries the clicked filter, so the view can be shared and reloaded.
    page.wait_for_function("() => location.search.includes('country=RS')", timeout=30_000)
    _shot(page, "clicked-serbia")
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)
    page.locator(".st-key-f_countries").get_by_text("Serbia (RS)").wait_for(timeout=30_000)
    assert _metric_once_settled(page, "Articles", script_idle, like=serbia) == serbia
    log.assert_clean()


def test_export_buttons_download_what_is_on_screen(offline_page, dashboard, script_idle):
    page, log = offline_page
    _open(page, dashboard, script_idle, "?country=XK&nato=1")
    with page.expect_download(timeout=60_000) as got:
        page.locator(".st-key-nm_export_png").get_by_role("button").click()
    png = Path(got.value.path()).read_bytes()
    assert got.value.suggested_filename.endswith(".png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == 3200  # 1600 CSS px at 2x
    with page.expect_download(timeout=60_000) as got:
        page.locator(".st-key-nm_export_html").get_by_role("button").click()
    html = Path(got.value.path()).read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html
    log.assert_clean()


def test_brushing_the_timeline_filters_by_date(offline_page, dashboard, script_idle):
    page, log = offline_page
    _open(page, dashboard, script_idle)
    dates = page.locator(".st-key-f_from input, .st-key-f_to input")
    before = dates.evaluate_all("els => els.map(e => e.value)")
    everything = _metric(page, "Articles")
    chart = open_timeline(page)
    chart.scroll_into_view_if_needed()
    box = chart.locator("canvas, svg").first.bounding_box()
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=8)
    page.mouse.up()
    page.wait_for_function(
        "([sel, old]) => [...document.querySelectorAll(sel)].map(e => e.value).join() !== old",
        arg=[".st-key-f_from input, .st-key-f_to input", ",".join(before)],
        timeout=30_000,
    )
    brushed = _metric_once_settled(page, "Articles", script_idle, unlike=everything)
    lo, hi = dates.evaluate_all("els => els.map(e => e.value)")
    assert before[0] < lo < hi < before[1]
    assert 0 < brushed < everything
    log.assert_clean()
