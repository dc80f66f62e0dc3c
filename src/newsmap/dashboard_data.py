"""The dashboard's reads, each built once: the store, the boundaries, the map component, and
every frame the page shows, cached per data version.

Part of the dashboard (``dashboard``, ``dashboard_controls``, ``dashboard_data``: the only
modules that import streamlit). Kept apart from the page because its job is different: what
is read and how long it is kept (``st.cache_resource`` for what is built once per server
process or never changed once built, ``st.cache_data`` for frames), not what is drawn. Every
key starts with the data version, so an ingest or a second store never reuses a stale entry.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from importlib.metadata import version as installed_version
from typing import Any

import pandas as pd
import streamlit as st
import streamlit_folium

from newsmap import export, query
from newsmap.geodata import GeoData
from newsmap.model import REGION_COUNTRIES
from newsmap.query import Filters
from newsmap.store import Store
from newsmap.view import articles, timeline_select
from newsmap.view.component import FoliumComponent, MapPayload
from newsmap.view.languages import by_name
from newsmap.view.scene import (
    Scene,
    SceneData,
    build_scene_layers,
    collect,
    load_geo,
)
from newsmap.view.urlstate import Choices

#: The countries the filter offers: the region and its two EU neighbours.
COUNTRY_OPTIONS = (*REGION_COUNTRIES, "HR", "SI")
#: How many of the newest articles the list shows (and reads, text included).
ARTICLE_PAGE = 40


# ---------------------------------------------------------------- resources (built once)


def db_path() -> str | None:
    return os.environ.get("NEWSMAP_DB") or None


@st.cache_resource(show_spinner=False)
def geo() -> GeoData:
    """Boundaries and alliance tables: read from data/geo once per server process."""
    return load_geo()


@st.cache_resource(show_spinner=False)
def chromium() -> export.Chromium:
    """One headless Chromium per server process for PNG snapshots (started on first use)."""
    return export.Chromium()


@st.cache_resource(show_spinner=False)
def component() -> FoliumComponent:
    """streamlit-folium's map component, its asset links routed to /app/static/."""
    return FoliumComponent(streamlit_folium, installed_version("streamlit-folium"))


@st.cache_resource(show_spinner=False)
def store(location: str | None) -> Store:
    """One read connection per server process; the store serialises its own use."""
    return Store.open(location)


def run(sql: str, params: Sequence[Any]) -> pd.DataFrame:
    return store(db_path()).query_frame(sql, params)


def data_version() -> str:
    """Names the store and changes whenever an ingest adds or retags articles, so cached
    frames refresh, and two stores served by one process never share a cache entry."""
    frame = run("SELECT COUNT(*) AS n, MAX(ingested_at) AS t FROM articles", [])
    return f"{db_path() or './newsmap.db'}:{frame.iloc[0]['n']}:{frame.iloc[0]['t']}"


# ---------------------------------------------------------------- cached views


@st.cache_data(show_spinner=False, max_entries=32)
def article_page(version: str, f: Filters) -> pd.DataFrame:
    """The newest articles the list shows (with their text), not every selected article."""
    return query.articles(run, f, limit=ARTICLE_PAGE)


@st.cache_data(show_spinner=False, max_entries=32)
def article_html(version: str, f: Filters) -> str:
    """The article list's cards with their places marked."""
    page = article_page(version, f)
    spans = articles.mention_spans(query.mentions_of(run, [int(i) for i in page["id"]]))
    return articles.article_cards(page, spans, geo().country_names())


@st.cache_resource(show_spinner=False, max_entries=16)
def timeline_view(version: str, f: Filters, color_by: str) -> timeline_select.TimelineView:
    """The timeline per data version, filters and colouring: a resource rather than data, as
    the chart is never changed once built and pickling thousands of dots on every rerun
    would cost more than building it."""
    return timeline_select.timeline_view(run, f, color_by)


@st.cache_data(show_spinner=False, max_entries=32)
def scene_data(version: str, scene: Scene) -> SceneData:
    """Everything the map needs for one view, cached per view and store version."""
    return collect(run, scene)


@st.cache_resource(show_spinner=False, max_entries=16)
def map_payload(version: str, scene: Scene) -> MapPayload:
    """The component's arguments for one scene, rendered once per data version."""
    return component().render(build_scene_layers(geo(), scene, scene_data(version, scene)))


@st.cache_data(show_spinner=False)
def choices(version: str) -> Choices:
    lo, hi = query.date_bounds(run)
    return Choices(
        date_lo=lo or date(2019, 1, 1),
        date_hi=hi or date.today(),
        countries=COUNTRY_OPTIONS,
        sources=tuple(query.sources(run)),
        languages=tuple(by_name(query.languages(run))),
    )
