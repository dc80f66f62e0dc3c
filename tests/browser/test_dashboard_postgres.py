"""The real dashboard (app.py) in headless Chromium, reading a PostgreSQL store.

The store is on the test session's PostgreSQL server, named to the dashboard the way a team
names it (``NEWSMAP_DB``, password included); the same articles also go into a SQLite store
whose figures the page must show.  An article stored while the page is open appears on the next
run of the page, without a restart.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pgserver import PASSWORD, PgServer

from newsmap import query
from newsmap.engines.local import ingest_paths
from newsmap.model import Article
from newsmap.pipeline import make_tagger
from newsmap.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


@pytest.fixture(scope="module")
def tagger():
    return make_tagger()


@pytest.fixture(scope="module")
def stores(tmp_path_factory, pg_server: PgServer, tagger):
    """The samples in a PostgreSQL store and, for the expected figures, in a SQLite one."""
    url = pg_server.fresh_url()
    sqlite = str(tmp_path_factory.mktemp("pgdash") / "same.db")
    for location in (url, sqlite):
        with Store.open(location) as store:
            assert ingest_paths(store, [str(REPO / "data" / "samples")], tagger).new >= 60
    return url, sqlite


@pytest.fixture(scope="module")
def dashboard(stores, start_streamlit):
    url, _sqlite = stores
    with start_streamlit(REPO / "app.py", cwd=REPO, env={"NEWSMAP_DB": url}) as address:
        yield address


def _open(page, url: str, script_idle, query_string: str = "") -> None:
    page.goto(url + "/" + query_string)
    script_idle(page)
    page.frame_locator(MAP_FRAME).locator("path.leaflet-interactive").first.wait_for(timeout=60_000)


def _metric(page, label: str) -> int:
    box = page.get_by_test_id("stMetric").filter(has_text=label)
    return int(box.get_by_test_id("stMetricValue").inner_text().replace(",", ""))


def test_the_dashboard_on_postgresql_shows_what_the_store_holds(
    offline_page, dashboard, stores, script_idle, tagger
):
    page, log = offline_page
    url, sqlite = stores
    with Store.open(sqlite) as same:
        everything = len(query.articles(same.query_frame, query.Filters()))
        montenegro = len(query.articles(same.query_frame, query.Filters(countries=("ME",))))
    _open(page, dashboard, script_idle)
    assert _metric(page, "Articles") == everything
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator("path.leaflet-interactive").count() >= 6
    assert PASSWORD not in page.content()
    _open(page, dashboard, script_idle, "?country=ME")
    assert _metric(page, "Articles") == montenegro < everything
    # An article stored now (as newsmap watch or another analyst's ingest would) is on the
    # page at its next run.
    late = Article(
        text="Protesters gathered in Podgorica on Monday outside the parliament.",
        title="Late news from Podgorica",
        published=date(2024, 6, 4),
        source="Late desk",
    )
    with Store.open(url) as store:
        assert store.add_article(late, *tagger(late)).status == "new"
    _open(page, dashboard, script_idle, "?country=ME")
    assert _metric(page, "Articles") == montenegro + 1
    assert "Late news from Podgorica" in page.get_by_test_id("stMain").inner_text()
    log.assert_clean()
