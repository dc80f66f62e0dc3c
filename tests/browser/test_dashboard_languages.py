"""The language filter in a real browser (issue 13): an analyst who reads Albanian picks it in
the sidebar, and the article list, the counts, the map and the CSV export hold exactly the
store's Albanian articles; the URL carries the choice, a reload keeps it, Back and "Clear
filters" undo it, and a code the store lacks is named once.

What the page must show is read from the store the dashboard serves, with plain SQL.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import zipfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pagekit import idle, map_frame, metric, open_page, shot, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LABEL = "Albanian (sq)"
#: The choropleth's article count of one area, read from the map's own data.
_COUNT = """(area) => { let tip = null; window.map_div.eachLayer(l => {
    if (l.feature && String(l.feature.id) === area && l.feature.properties.tip)
        tip = l.feature.properties.tip; });
    const m = tip && tip.match(/Articles: ([\\d,]+)/); return m ? m[1] : null; }"""


def _sql(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


def _lang(url: str) -> list[str]:
    return parse_qs(urlsplit(url).query).get("lang", [])


def _pick(page, label: str) -> None:
    page.locator(".st-key-f_languages").get_by_role("combobox").click()
    page.get_by_role("option", name=label, exact=True).click()
    page.keyboard.press("Escape")  # close the list so it covers nothing


def _card_languages(page) -> list[str]:
    """The language each article card names: the last part of its source/date line."""
    metas = page.locator(".nm-card .nm-head small").all_inner_texts()
    return [m.split(" · ")[-1] for m in metas]


def _albanian(db: Path) -> tuple[set[str], int]:
    """The titles of the store's Albanian articles, and how many of them Albania's area counts."""
    titles = {t for (t,) in _sql(db, "SELECT title FROM articles WHERE language = 'sq'")}
    (in_albania,) = _sql(
        db,
        "SELECT COUNT(*) FROM article_areas x JOIN articles a ON a.id = x.article_id "
        "WHERE x.kind = 'country' AND x.key = 'AL' AND a.language = 'sq'",
    )[0]
    assert len(titles) >= 5 and in_albania >= 1
    return titles, in_albania


def _articles_once(page, n: int) -> int:
    return wait_until(lambda: metric(page, "Articles"), lambda got: got == n)


def test_picking_a_language_narrows_the_list_the_counts_the_map_and_the_export(
    offline_page, dashboard, dashboard_db
):
    page, log = offline_page
    albanian, in_albania = _albanian(dashboard_db)
    languages = {c for (c,) in _sql(dashboard_db, "SELECT DISTINCT language FROM articles")}
    open_page(page, dashboard)
    everything = metric(page, "Articles")
    albania_before = map_frame(page).evaluate(_COUNT, "AL")
    page.locator(".st-key-f_languages").get_by_role("combobox").click()
    offered = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    assert {"Albanian (sq)", "Macedonian (mk)", "Slovenian (sl)", "English (en)"} <= set(offered)
    assert "Serbian, Cyrillic (sr-Cyrl)" in offered and len(offered) == len(languages) >= 5

    _pick(page, LABEL)
    wait_until(lambda: page.url, lambda u: _lang(u) == ["sq"])
    idle(page)
    assert _articles_once(page, len(albanian)) == len(albanian) < everything
    titles = page.locator(".nm-card .nm-head strong").all_inner_texts()
    assert set(titles) == albanian and _card_languages(page) == ["sq"] * len(albanian)
    assert f"Articles ({len(albanian)})" in page.get_by_test_id("stMain").inner_text()
    assert "in Albanian (sq)" in page.get_by_test_id("stCaptionContainer").first.inner_text()
    albania = wait_until(lambda: map_frame(page).evaluate(_COUNT, "AL"), lambda n: n is not None)
    assert int(albania) == in_albania and albania != albania_before
    tables = _csv_tables(page)
    exported = list(csv.DictReader(io.StringIO(tables.read("articles.csv").decode("utf-8-sig"))))
    assert {r["title"] for r in exported} == albanian
    assert {r["language"] for r in exported} == {"sq"}
    shot(page, "language-sq")
    log.assert_clean()


def test_a_reload_keeps_the_language_and_back_and_clear_filters_undo_it(
    offline_page, dashboard, dashboard_db
):
    page, log = offline_page
    albanian, _ = _albanian(dashboard_db)
    open_page(page, dashboard)
    opening, everything = page.url, metric(page, "Articles")
    _pick(page, LABEL)
    wait_until(lambda: page.url, lambda u: _lang(u) == ["sq"])
    idle(page)
    picked = page.url
    page.reload()
    idle(page)
    page.locator(".st-key-f_languages").get_by_text(LABEL).wait_for()
    assert page.url == picked and _articles_once(page, len(albanian)) == len(albanian)

    page.go_back()  # to the page before the language was picked
    wait_until(lambda: page.url, lambda u: _lang(u) == [])
    idle(page)
    assert _articles_once(page, everything) == everything
    assert page.locator(".st-key-f_languages").get_by_text(LABEL).count() == 0

    open_page(page, dashboard, "?lang=sq,mk&country=AL")
    page.locator(".st-key-nm_clear").get_by_role("button").click()
    wait_until(lambda: page.url, lambda u: u == opening)
    idle(page)
    assert page.url == opening and _articles_once(page, everything) == everything
    assert page.locator(".st-key-f_languages").get_by_text(LABEL).count() == 0
    log.assert_clean()


def test_a_language_the_store_lacks_is_named_once_and_shown_as_typed(offline_page, dashboard):
    page, log = offline_page
    open_page(page, dashboard, "?lang=sq,zz,[x](http://example.org)")
    warned = page.get_by_test_id("stAlert").filter(has_text="Ignoring the URL's lang")
    assert warned.count() == 1
    said = warned.inner_text()
    assert "'zz'" in said and "'[x](http://example.org)'" in said
    # Shown as typed: brackets and all, never a link under other words (a bare URL may
    # still be linked as itself).
    assert [a.inner_text() for a in warned.locator("a").all()] in ([], ["http://example.org"])
    assert _lang(page.url) == ["sq"]  # the page rewrote its URL without the unknown codes
    assert page.locator(".st-key-f_languages").get_by_text(LABEL).count() == 1
    page.locator(".st-key-f_undated label").click()
    wait_until(lambda: page.url, lambda u: "undated=0" in u)
    idle(page)
    assert warned.count() == 0  # said once, not on every step after
    assert re.search(r"lang=sq(&|$)", page.url)
    log.assert_clean()


def _csv_tables(page) -> zipfile.ZipFile:
    with page.expect_download(timeout=90_000) as got:
        page.locator(".st-key-nm_export_csv").get_by_role("button").click()
    return zipfile.ZipFile(Path(got.value.path()))
