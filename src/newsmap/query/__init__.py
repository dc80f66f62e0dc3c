"""Filters in, pandas frames out: what the dashboard, the exports and the CLI ask of the store.

Every function takes a ``run(sql, params) -> DataFrame`` callable, normally
``Store.query_frame``, and a ``Filters``; keeping the SQL apart from the connection lets the
same filters drive the dashboard, ``newsmap export`` and the tests, on either store backend.

- ``filters``: the ``Filters`` value an analyst's selection is;
- ``sql``: filters as WHERE clauses (what runs when a date filter changes starts there);
- ``areas``: counts per country or admin-1 unit, markers and their popups (the map);
- ``events``: which dated reports a selection holds (articles by publication date, their
  events by their own date), and every report behind a timeline dot;
- ``timeline_dots``: the timeline's dots (the rule itself is ``newsmap.dots``);
- ``lists``: articles, mentions and events of a selection, sources, languages and date
  bounds.
"""

from __future__ import annotations

from newsmap.dots import event_span
from newsmap.query.areas import LEVELS, METRICS, counts, place_articles, places
from newsmap.query.events import dot_reports, selected_events
from newsmap.query.filters import Filters
from newsmap.query.lists import (
    articles,
    date_bounds,
    events,
    languages,
    mentions,
    mentions_of,
    published_dates,
    sources,
)
from newsmap.query.sql import Runner, article_where, day_where
from newsmap.query.timeline_dots import TimelineDots, timeline_dots
from newsmap.store.rollups import COUNTED_LEVELS

__all__ = [
    "COUNTED_LEVELS",
    "LEVELS",
    "METRICS",
    "Filters",
    "Runner",
    "TimelineDots",
    "article_where",
    "articles",
    "counts",
    "date_bounds",
    "day_where",
    "dot_reports",
    "event_span",
    "events",
    "languages",
    "mentions",
    "mentions_of",
    "place_articles",
    "places",
    "published_dates",
    "selected_events",
    "sources",
    "timeline_dots",
]
