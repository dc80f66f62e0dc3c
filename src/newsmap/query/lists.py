"""The rows behind the page: articles, mentions and events of a selection, and the store's
sources, languages and date range for the sidebar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

from newsmap.query.events import selected_events
from newsmap.query.filters import Filters
from newsmap.query.sql import Runner, article_where
from newsmap.store.records import EVENT_COLS, MENTION_COLS

_MENTIONS = ", ".join(f"m.{col.strip()}" for col in MENTION_COLS.split(","))


def articles(run: Runner, f: Filters, *, limit: int | None = None) -> pd.DataFrame:
    """The filtered articles, newest first, with their mentioned countries (comma-separated,
    in the order the text first names them)."""
    where, params = article_where(f)
    order = "ORDER BY a.published IS NULL, a.published DESC, a.id"
    source = f"articles a WHERE {where}"
    if limit:
        # The page is picked from ids and dates alone: sorting every selected row with its
        # text and its countries (a sub-select each) cost 150 ms on 10,000 articles, for 40.
        source = (
            f"(SELECT a.id FROM articles a WHERE {where} {order} LIMIT ?) page "
            "JOIN articles a ON a.id = page.id"
        )
        params = [*params, int(limit)]
    frame = run(
        f"SELECT a.id, a.title, a.source, a.url, a.published, a.language, a.text FROM {source} "
        + order,
        params,
    )
    named = run(
        "SELECT m.article_id, m.country, MIN(m.start) AS first FROM mentions m "
        f"WHERE m.article_id IN (SELECT a.id FROM {source}) AND m.level != 'region' "
        "AND m.country IS NOT NULL GROUP BY m.article_id, m.country",
        params,
    )
    joined: dict[int, list[str]] = {}
    for article_id, country in named.sort_values(["article_id", "first", "country"])[
        ["article_id", "country"]
    ].itertuples(index=False):
        joined.setdefault(int(article_id), []).append(country)
    frame["countries"] = [
        ",".join(joined[int(i)]) if int(i) in joined else None for i in frame["id"]
    ]
    return frame


def mentions(run: Runner, f: Filters) -> pd.DataFrame:
    """Every place mention in the filtered articles."""
    where, params = article_where(f)
    sql = (
        f"SELECT {_MENTIONS} FROM mentions m JOIN articles a ON a.id = m.article_id "
        f"WHERE {where} ORDER BY m.article_id, m.start"
    )
    return run(sql, params)


def events(run: Runner, f: Filters) -> pd.DataFrame:
    """The selection's events (``query.events_of``: reports of the selected articles whose own
    date overlaps the range), with their article's title, source, URL and date, by date."""
    cols = [c.strip().strip('"') for c in EVENT_COLS.split(",")]
    frame = selected_events(run, f, cols, extra="a.title, a.source, a.url, a.published")
    if frame.empty:
        return frame
    order = ["date", "article_id", "start", "end"]
    return frame.sort_values(order, kind="stable").reset_index(drop=True)


def published_dates(run: Runner, f: Filters) -> pd.Series:
    """The publication date of every filtered article (None when undated), for the timeline's
    weekly bars: one narrow column instead of the articles with their text."""
    where, params = article_where(f)
    frame = run(f"SELECT a.published FROM articles a WHERE {where}", params)
    if frame.empty:
        return pd.Series(dtype=object, name="published")
    return frame["published"]


def sources(run: Runner) -> list[str]:
    """Every source in the store, for the sidebar."""
    frame = run("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY 1", [])
    return frame["source"].tolist() if not frame.empty else []


def languages(run: Runner) -> list[str]:
    """Every article language in the store (codes as kept: "sq", "sr-Cyrl"), for the sidebar."""
    frame = run("SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY 1", [])
    return frame["language"].tolist() if not frame.empty else []


def date_bounds(run: Runner) -> tuple[date | None, date | None]:
    """First and last publication date in the store."""
    # Two sub-selects, each read off one end of the index: MIN and MAX in one SELECT walk it.
    frame = run(
        "SELECT (SELECT MIN(published) FROM articles) AS lo, "
        "(SELECT MAX(published) FROM articles) AS hi",
        [],
    )
    if frame.empty or frame.iloc[0]["lo"] is None or pd.isna(frame.iloc[0]["lo"]):
        return None, None
    return date.fromisoformat(str(frame.iloc[0]["lo"])[:10]), date.fromisoformat(
        str(frame.iloc[0]["hi"])[:10]
    )


def mentions_of(run: Runner, article_ids: Sequence[int]) -> pd.DataFrame:
    """The mentions of a few articles (the page of the article list being shown)."""
    ids = [int(i) for i in article_ids]
    if not ids:
        return pd.DataFrame(columns=["article_id", "start", "end", "level", "country"])
    marks = ",".join("?" * len(ids))
    sql = (
        'SELECT article_id, start, "end", level, country FROM mentions '
        f"WHERE article_id IN ({marks}) ORDER BY article_id, start"
    )
    return run(sql, ids)
