"""What the dashboard's browser tests do to the page, in one place: open it, read a metric,
wait for the reruns a change sets off, count reruns, read the map inside its frame.

Every wait is on the page's own state (Streamlit's script state, an element, a URL), never on
time; `wait_until` retries a reading until it is what the test expects, then returns it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
HOSTILE_TITLE = "<img src=x onerror=alert(1)> Protest in Skopje"
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
#: Counts every script run the page starts from now on (see `runs`).
_COUNT_RUNS = """() => {
    window.__nmRuns = 0;
    const app = document.querySelector('[data-testid="stApp"]');
    new MutationObserver(() => {
        if (app.getAttribute('data-test-script-state') === 'running') window.__nmRuns += 1;
    }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


def idle(page: Any, timeout_ms: int = 60_000) -> None:
    """Wait until Streamlit has finished running the script."""
    page.wait_for_selector(IDLE, timeout=timeout_ms)


def open_page(page: Any, url: str, query: str = "") -> Any:
    """Go to the dashboard with `query`, wait for the script and the map's polygons; returns
    the map's frame locator."""
    page.goto(url + "/" + query)
    idle(page)
    frame = page.frame_locator(MAP_FRAME)
    # Attached, not visible: a map zoomed to one country leaves most polygons off screen.
    frame.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=60_000)
    # The map appears while the script still runs (the timeline and the articles come after
    # it): wait for the run to end, so nothing redraws the map under a click.
    idle(page)
    settle_on_map(page)
    map_at_rest(page)
    return frame


def settle_on_map(page: Any) -> None:
    """Scroll the map into view and wait until it stops moving: Streamlit scrolls smoothly,
    and a click aimed while the page still moves lands beside its target."""
    iframe = page.locator(MAP_FRAME)
    iframe.scroll_into_view_if_needed()
    wait_until(
        lambda: (iframe.bounding_box()["y"], iframe.bounding_box()["y"]),
        lambda ys: ys[0] == ys[1],
    )


#: The Leaflet map's view and whether it is being animated (a zoom, a pan, a resize).
_MAP_STATE = """() => { const m = window.map_div; if (!m) return null;
    const c = m.getCenter(); return [c.lat, c.lng, m.getZoom(), m.getSize().x, m.getSize().y,
    !!m._animatingZoom || !!(m._panAnim && m._panAnim._inProgress)]; }"""


def map_at_rest(page: Any) -> None:
    """Wait until the Leaflet map stands still: the selection's zoom (`FitBounds`) and the
    frame's resize can still move it after its layers are drawn, and a click aimed while it
    moves lands beside its target."""
    frame = map_frame(page)
    last: list[Any] = []

    def read() -> Any:
        state = frame.evaluate(_MAP_STATE)
        still = state is not None and not state[-1] and state == (last[-1] if last else None)
        last.append(state)
        return still

    wait_until(read, bool)


def map_frame(page: Any) -> Any:
    """The map's frame itself (for evaluating script in it)."""
    return next(f for f in page.frames if "streamlit_folium" in (f.url or ""))


def metric(page: Any, label: str) -> int:
    box = page.get_by_test_id("stMetric").filter(has_text=label)
    return int(box.get_by_test_id("stMetricValue").inner_text().replace(",", ""))


def wait_until(read: Callable[[], Any], ok: Callable[[Any], bool], timeout_s: float = 30) -> Any:
    """Read until `ok` holds (the reruns a click sets off settle), then return the reading;
    after `timeout_s` return the last reading, so the caller's assertion fails with it."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = read()
        if ok(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.2)


def count_runs(page: Any) -> None:
    """Start counting script runs (read them with `runs`)."""
    page.evaluate(_COUNT_RUNS)


def runs(page: Any) -> int:
    return int(page.evaluate("() => window.__nmRuns || 0"))


def shot(page: Any, name: str) -> None:
    """A screenshot in test-artifacts/ for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"dashboard-{name}.png"))


def map_point(page: Any, lat: float, lon: float) -> tuple[float, float]:
    """Where (lat, lon) is on the page, asked of the Leaflet map itself."""
    at = map_frame(page).evaluate(
        "([lat, lon]) => { const p = window.map_div.latLngToContainerPoint([lat, lon]);"
        " return [p.x, p.y]; }",
        [lat, lon],
    )
    box = page.locator(MAP_FRAME).bounding_box()
    return box["x"] + at[0], box["y"] + at[1]
