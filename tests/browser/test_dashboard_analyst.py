"""An analyst's briefing on Kosovo's north in autumn 2023, in a real browser: each test is a
defect an analyst tripped on (issue 19), and fails if it comes back.

The store holds the sample corpus: the Banjska attack of 2023-09-24 is reported by an
article of 2023-09-25 and again by one of 2023-11-23, published outside September-October.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from itertools import combinations
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pagekit import (
    TIMELINE_MARKS,
    count_runs,
    idle,
    map_frame,
    map_point,
    metric,
    open_page,
    open_timeline,
    runs,
    shot,
    wait_until,
)
from PIL import Image, ImageChops, ImageStat

pytestmark = [pytest.mark.browser, pytest.mark.slow]

KFOR_CAMP = '.leaflet-newsmapCamps-pane path[fill="#1b7837"]'  # style.CAMP_COLOURS["KFOR"]
AUTUMN = "?country=XK&from=2023-09-01&to=2023-10-31"
#: The choropleth's tooltip text of one area, read from the map's own data.
_TIP = """(area) => { let tip = null; window.map_div.eachLayer(l => {
    if (l.feature && String(l.feature.id) === area && l.feature.properties.tip)
        tip = l.feature.properties.tip; }); return tip; }"""
_BOUNDS = """() => { const b = window.map_div.getBounds();
    return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"""


def _params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def _clickable(page, selector: str) -> int:
    """The index of the first element matching `selector` in the map that a click at its
    centre would reach (not hidden under another marker, a camp or the map's edge)."""
    return map_frame(page).evaluate(
        """(sel) => [...document.querySelectorAll(sel)].findIndex(el => {
            const r = el.getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;
            const hit = document.elementFromPoint(x, y);
            return x > 40 && y > 40 && x < innerWidth - 40 && y < innerHeight - 40
                && hit !== null && el.contains(hit); })""",
        selector,
    )


def _click_for_popup(page, target):
    """Click `target` on the map and return its open popup; if none opens, fail with what
    the page was doing (script runs since counting began, popups and camps on the map)."""
    target.click()
    popup = map_frame(page).locator(".leaflet-popup-content")
    try:
        popup.wait_for(state="visible", timeout=15_000)
    except Exception as error:  # Playwright's TimeoutError: say what the page was doing
        shot(page, "popup-missing")
        state = map_frame(page).evaluate(
            """() => ({popups: document.querySelectorAll('.leaflet-popup').length,
                       camps: document.querySelectorAll('.leaflet-newsmapCamps-pane path').length,
                       moving: !!window.map_div._animatingZoom})"""
        )
        raise AssertionError(f"no popup after the click: runs={runs(page)} map={state}") from error
    return popup


def _download(page, key: str):
    with page.expect_download(timeout=90_000) as got:
        page.locator(f".st-key-{key}").get_by_role("button").click()
    return got.value


# ------------------------------------------------------------------ 1. clicks that mean it


def test_a_camp_or_marker_click_opens_its_popup_and_filters_nothing(offline_page, dashboard):
    page, log = offline_page
    frame = open_page(page, dashboard, AUTUMN + "&nato=1")
    before = page.url
    count_runs(page)
    popup = _click_for_popup(page, frame.locator(KFOR_CAMP).first)
    assert "KFOR camp" in popup.inner_text()
    # A rerun that does not touch the map (the timeline's colouring): had the camp's click
    # reached the page, it would have run first and filtered it.
    page.locator(".st-key-v_colour").get_by_text("country").click()
    wait_until(lambda: runs(page), lambda n: n >= 1)
    idle(page)
    assert runs(page) == 1
    assert popup.is_visible() and "KFOR camp" in popup.inner_text()
    assert _params(page.url) == {**_params(before), "colour": ["country"]}
    # A town's marker, on the whole region's map: its popup, and again no rerun.
    frame = open_page(page, dashboard)
    before = page.url
    count_runs(page)
    index = _clickable(page, ".newsmap-place")
    assert index >= 0
    assert (
        "article" in _click_for_popup(page, frame.locator(".newsmap-place").nth(index)).inner_text()
    )
    page.locator(".st-key-v_colour").get_by_text("country").click()
    wait_until(lambda: runs(page), lambda n: n >= 1)
    idle(page)
    assert runs(page) == 1 and frame.locator(".leaflet-popup-content").is_visible()
    assert _params(page.url) == {**_params(before), "colour": ["country"]}
    log.assert_clean()


def test_back_undoes_each_filter_step_and_clear_returns_to_the_opening_view(
    offline_page, dashboard
):
    page, log = offline_page
    open_page(page, dashboard)
    opening, everything = page.url, metric(page, "Articles")
    page.mouse.click(*map_point(page, 44.4, 21.8))  # eastern Serbia: an area, no marker
    wait_until(lambda: page.url, lambda u: "country=RS" in u)
    idle(page)
    serbia = wait_until(lambda: metric(page, "Articles"), lambda n: n != everything)
    page.locator(".st-key-f_undated label").click()
    wait_until(lambda: page.url, lambda u: "undated=0" in u)
    idle(page)
    page.go_back()
    wait_until(lambda: page.url, lambda u: "undated=0" not in u and "country=RS" in u)
    idle(page)
    switch = page.locator(".st-key-f_undated").get_by_role("switch")
    assert wait_until(switch.is_checked, bool)  # once the page has rerun from the URL
    assert wait_until(lambda: metric(page, "Articles"), lambda n: n == serbia) == serbia
    page.go_back()
    wait_until(lambda: page.url, lambda u: "country=" not in u)
    idle(page)
    assert wait_until(lambda: metric(page, "Articles"), lambda n: n == everything) == everything
    open_page(page, dashboard, "?country=XK&type=violence&level=admin1&nato=1&q=Banjska")
    page.locator(".st-key-nm_clear").get_by_role("button").click()
    wait_until(lambda: page.url, lambda u: u == opening)
    idle(page)
    assert page.url == opening
    assert wait_until(lambda: metric(page, "Articles"), lambda n: n == everything) == everything
    log.assert_clean()


# ------------------------------------------------------------------ 2. one set of numbers


def test_every_view_counts_the_same_selection_and_a_dot_lists_every_report(offline_page, dashboard):
    page, log = offline_page
    open_page(page, dashboard, AUTUMN + "&metric=events")
    events = metric(page, "Events")
    main = page.get_by_test_id("stMain").inner_text()
    tip = map_frame(page).evaluate(_TIP, "XK")
    reports = re.search(r"([\d,]+) reports? of [\d,]+ distinct events?\.", main)
    on_map = re.search(r"Events: ([\d,]+)", tip)
    assert reports and on_map and events >= 2
    assert int(reports.group(1)) == events == int(on_map.group(1))
    dot = open_timeline(page).locator('[aria-label*="date: 2023-09-24"]')
    dot.first.click()
    listing = page.locator(".nm-reports")
    listing.wait_for()
    items = listing.locator("li")
    assert items.count() == 2
    outside = listing.locator("li.nm-out")
    assert outside.count() == 1 and "2023-11-23" in outside.inner_text()
    assert "published outside the selected dates" in outside.inner_text()
    assert "1 of 2 reports in this selection" in page.get_by_test_id("stMain").inner_text()
    tables = zipfile.ZipFile(Path(_download(page, "nm_export_csv").path()))

    def rows(name: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(tables.read(name).decode("utf-8-sig"))))

    articles = {r["id"] for r in rows("articles.csv")}
    exported = rows("events.csv")
    assert len(exported) == events and {r["article_id"] for r in exported} <= articles
    log.assert_clean()


# ------------------------------------------------------------------ 3. the timeline


def test_the_timeline_follows_the_date_filter_and_draws_periods_as_spans(offline_page, dashboard):
    page, log = offline_page
    open_page(page, dashboard, AUTUMN)
    chart = open_timeline(page)
    x_axis = chart.locator('[aria-roledescription="axis"][aria-label^="X-axis"]')
    axis = x_axis.get_attribute("aria-label")
    assert "September 2023" in axis or "31 August 2023" in axis
    assert "November 2023" in axis and "July" not in axis and "December" not in axis
    open_page(page, dashboard, "?country=XK&from=2023-01-01&to=2024-06-30")
    chart = open_timeline(page)
    year = chart.locator('[aria-roledescription="rule mark"][aria-label*="precision: year"]')
    span = year.first.bounding_box() if year.count() else None
    whole = page.get_by_test_id("stVegaLiteChart").bounding_box()
    assert span is not None and span["width"] > 0.4 * whole["width"]  # all of 2023, not a dot
    open_page(page, dashboard, "?q=no-article-says-this")
    main = page.get_by_test_id("stMain")
    assert "No dated event in this selection" in main.inner_text()
    assert page.get_by_test_id("stVegaLiteChart").count() == 0
    log.assert_clean()


def test_the_timeline_waits_folded_under_the_map_and_opens_with_every_dot(
    offline_page, dashboard, dashboard_db
):
    from newsmap.query import timeline_dots
    from newsmap.store import Store
    from newsmap.view.urlstate import Choices, decode

    page, log = offline_page
    open_page(page, dashboard, AUTUMN)
    # A fresh page draws the map and the timeline's figures; the chart waits in its fold, so
    # its drawing never holds up the map's.
    main = page.get_by_test_id("stMain")
    assert re.search(r"\d+ reports? of \d+ distinct events?\.", main.inner_text())
    assert page.get_by_test_id("stVegaLiteChart").count() == 0
    chart = open_timeline(page)
    # Opened, it draws one mark for every dot and span of the selection, in the types' colours.
    params = {k: v[0] for k, v in _params(page.url).items()}
    with Store.open(str(dashboard_db)) as store:
        dots = timeline_dots(
            store.query_frame, decode(params, Choices(countries=("XK",)))[0].filters
        )
    marks = chart.locator('[aria-roledescription="circle"], [aria-roledescription="rule mark"]')
    assert len(dots.points) >= 2 and marks.count() == len(dots.points)
    legend = {t.text_content() for t in chart.locator('[aria-roledescription="legend"] text').all()}
    assert {"violence", "security", "political", "other"} <= legend
    # It stays open through a rerun: coloured by country now, with its own legend.
    page.locator(".st-key-v_colour").get_by_text("country").click()
    wait_until(lambda: _params(page.url).get("colour"), lambda c: c == ["country"])
    idle(page)
    legend = wait_until(
        lambda: {
            t.text_content() for t in chart.locator('[aria-roledescription="legend"] text').all()
        },
        lambda seen: "XK" in seen,
    )
    assert "XK" in legend and marks.count() == len(dots.points)
    # The URL says the fold is open: a colleague's page from that link opens with the chart.
    assert _params(page.url).get("timeline") == ["1"]
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)
    idle(page)
    page.locator(TIMELINE_MARKS).first.wait_for(timeout=60_000)
    assert marks.count() == len(dots.points)
    log.assert_clean()


# ------------------------------------------------------------------ 4. a readable overlay


def test_the_overlay_is_hatched_like_its_legend_and_the_tooltip_names_count_and_status(
    offline_page, dashboard
):
    page, log = offline_page
    frame = open_page(page, dashboard, "?nato=1&from=2023-01-01&to=2023-12-31")
    drawn = map_frame(page).evaluate(
        """() => [...document.querySelectorAll('path')]
            .filter(p => (p.getAttribute('fill') || '').startsWith('url(#nm-hatch-nato')
                         || p.getAttribute('stroke-dasharray') === '1 5')
            .map(p => [p.getAttribute('fill'), p.getAttribute('stroke'),
                       p.getAttribute('stroke-dasharray') || ''])"""
    )
    swatches = frame.locator(".newsmap-legend svg rect")
    legend = {
        (r.get_attribute("fill"), r.get_attribute("stroke"), r.get_attribute("stroke-dasharray"))
        for r in swatches.all()
    }
    legend = {(f, s, d or "") for f, s, d in legend}
    assert drawn and {tuple(d) for d in drawn} <= legend  # every drawn look is in the legend
    # Kosovo is "neither": an outline, no fill, in no colour of the count palette.
    counts = set(
        map_frame(page).evaluate(
            "() => [...document.querySelectorAll('path.leaflet-interactive')]"
            ".map(p => p.getAttribute('fill'))"
        )
    )
    neither = [d for d in drawn if d[2] == "1 5"]
    assert neither and neither[0][0] in (None, "none") and neither[0][1] not in counts
    # Told apart in greyscale: every pair of swatches differs once the colour is gone.
    nato = frame.locator(".newsmap-legend").filter(has_text="NATO")
    nato.locator(".nm-legend-title").click()  # folded on a laptop-sized map
    greys = [
        Image.open(io.BytesIO(s.screenshot())).convert("L").resize((22, 16))
        for s in nato.locator("svg").all()
    ]
    for a, b in combinations(greys, 2):
        assert ImageStat.Stat(ImageChops.difference(a, b)).mean[0] > 4
    tip = map_frame(page).evaluate(_TIP, "XK")
    assert "Articles:" in tip and "NATO: Neither member nor partner" in tip
    camp = frame.locator(KFOR_CAMP).first
    camp.hover()
    tooltip = frame.locator(".leaflet-tooltip").filter(has_text="camp")
    tooltip.wait_for(state="visible")
    assert "KFOR total strength 4,600 (2023-10-31)" in tooltip.inner_text()
    table = page.get_by_test_id("stExpander").filter(has_text="Alliance status")
    assert "KFOR total strength 4,600" in table.inner_text()
    log.assert_clean()


# ------------------------------------------------------------------ 5. zoom to the selection


def test_the_map_and_the_export_fit_the_selection(offline_page, dashboard, tmp_path):
    page, log = offline_page
    open_page(page, dashboard, "?country=XK&nato=1")
    south, west, north, east = map_frame(page).evaluate(_BOUNDS)
    assert south < 41.9 and north > 43.2 and west < 20.1 and east > 21.7  # all of Kosovo
    assert east - west < 5 and north - south < 3  # and not the whole region
    html = Path(_download(page, "nm_export_html").path()).read_text(encoding="utf-8")
    export = page.context.new_page()
    export.set_viewport_size({"width": 1600, "height": 1000})
    (tmp_path / "kosovo.html").write_text(html, encoding="utf-8")
    export.goto((tmp_path / "kosovo.html").as_uri())
    export.wait_for_function("window.__newsmapReady === true")
    south, west, north, east = export.evaluate(
        "() => { const m = Object.values(window).find(v => v instanceof L.Map);"
        " const b = m.getBounds(); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"
    )
    assert south < 41.9 and north > 43.2 and west < 20.1 and east > 21.7
    assert (43.27 - 41.85) / (north - south) > 0.6  # Kosovo fills most of the image's height
    clusters = wait_until(lambda: export.locator(".marker-cluster").count(), lambda n: n == 0)
    assert clusters == 0  # once the map has settled, the north's towns stand apart
    assert export.locator(".newsmap-town span").filter(has_text="Zvečan").is_visible()
    panes = export.evaluate(
        "() => ['marker', 'newsmapCamps'].map(n => +getComputedStyle("
        "document.querySelector('.leaflet-' + n + '-pane')).zIndex)"
    )
    assert panes[1] > panes[0]  # a camp is never under a city's marker
    export.close()
    log.assert_clean()


# ------------------------------------------------------------------ 6. exports from the page


def test_exports_take_a_title_name_countries_and_carry_the_selection_in_their_names(
    offline_page, dashboard
):
    page, log = offline_page
    open_page(page, dashboard, AUTUMN + "&level=admin1")
    title = page.locator(".st-key-v_title input")
    title.fill("Kosovo's north, autumn 2023")
    title.press("Enter")
    wait_until(lambda: page.url, lambda u: "title=" in u)
    idle(page)
    png = _download(page, "nm_export_png")
    assert png.suggested_filename == "kosovo-2023-09-01_2023-10-31-admin1-articles.png"
    assert Path(png.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page_html = _download(page, "nm_export_html")
    assert page_html.suggested_filename == "kosovo-2023-09-01_2023-10-31-admin1-articles.html"
    text = Path(page_html.path()).read_text(encoding="utf-8")
    assert "north, autumn 2023" in text
    assert "2023-09-01 to 2023-10-31; Kosovo" in text and "; XK" not in text
    log.assert_clean()


# ------------------------------------------------------------------ 7. typed dates


def test_typed_dates_apply_on_enter_and_are_clamped_with_a_message(offline_page, dashboard):
    page, log = offline_page
    open_page(page, dashboard)
    first = page.locator(".st-key-f_from input").input_value()
    box = page.locator(".st-key-f_from input")
    box.fill("2010-01-01")
    box.press("Enter")  # no click elsewhere: Enter alone applies it
    wait_until(lambda: box.input_value(), lambda v: v == first)
    idle(page)
    assert box.input_value() == first and f"from={first}" in page.url
    sidebar = page.get_by_test_id("stSidebar")
    assert f"No article is dated before {first}" in sidebar.inner_text()
    assert page.get_by_test_id("stAlertContentError").count() == 0
    open_page(page, dashboard, "?from=2023-13-45&to=2023-10-31")
    warned = page.get_by_test_id("stAlert").filter(has_text="from='2023-13-45'")
    assert warned.count() == 1
    page.locator(".st-key-f_undated label").click()
    wait_until(lambda: page.url, lambda u: "undated=0" in u)
    idle(page)
    assert warned.count() == 0  # said once, not on every step after
    log.assert_clean()


# ------------------------------------------------------------------ 9. narrow screens


@pytest.mark.parametrize("size", [(1280, 720), (800, 900)], ids=["laptop", "narrow"])
def test_on_a_small_screen_legends_fold_and_nothing_is_cut(offline_page, dashboard, size):
    page, log = offline_page
    page.set_viewport_size({"width": size[0], "height": size[1]})
    frame = open_page(page, dashboard, "?nato=1&eu=1")
    boxes = frame.locator(".newsmap-legend, .newsmap-info")
    assert boxes.count() >= 4
    assert (
        frame.locator(".newsmap-legend.nm-folded, .newsmap-info.nm-folded").count() == boxes.count()
    )
    area = map_frame(page).evaluate(
        "() => { const m = document.querySelector('.leaflet-container').getBoundingClientRect();"
        " const c = [...document.querySelectorAll('.leaflet-control')]"
        ".map(e => e.getBoundingClientRect()).reduce((s, r) => s + r.width * r.height, 0);"
        " return c / (m.width * m.height); }"
    )
    assert area < 0.25
    chart = open_timeline(page)
    chart.scroll_into_view_if_needed()
    whole = chart.bounding_box()
    labels = chart.locator('[aria-roledescription="legend"] text')
    seen = {t.text_content() for t in labels.all()}
    assert {"violence", "riot", "protest", "security", "political", "other"} <= seen
    for label in labels.all():  # every type's label inside the chart, none cut off
        b = label.bounding_box()
        assert whole["x"] <= b["x"] and b["x"] + b["width"] <= whole["x"] + whole["width"] + 1
    cut = page.evaluate(
        "() => [...document.querySelectorAll('[data-testid=stMain] button p,"
        " [data-testid=stSidebar] button p')].filter(p => p.scrollWidth > p.clientWidth + 1)"
        ".map(p => p.innerText)"
    )
    assert cut == []
    shot(page, f"narrow-{size[0]}")
    log.assert_clean()


# ------------------------------------------------------------------ 10. articles and markers


def test_a_card_opens_to_the_whole_marked_text_and_the_marks_and_markers_are_explained(
    offline_page, dashboard
):
    page, log = offline_page
    frame = open_page(page, dashboard, AUTUMN)
    kinds = page.locator(".nm-marks mark")
    assert kinds.count() == 6 and "town" in kinds.all_inner_texts()
    card = page.locator(".nm-card").filter(has=page.locator(".nm-open")).first
    card.locator(".nm-open").click()
    whole = card.locator("details[open] > .nm-text")
    whole.wait_for()
    assert whole.locator("mark").count() > card.locator(".nm-preview mark").count()
    assert "…" not in whole.inner_text()[-3:]
    markers = frame.locator(".newsmap-legend").filter(has_text="Markers")
    markers.locator(".nm-legend-title").click()
    assert "several places together" in markers.inner_text()
    log.assert_clean()
