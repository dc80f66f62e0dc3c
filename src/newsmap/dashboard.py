"""The analyst's page: filters, choropleth with the NATO overlay, timeline, articles.

This is the only module that imports streamlit. Everything it shows comes from the store
through ``newsmap.query`` and is drawn by ``newsmap.view`` (scene, map layers, timeline,
article cards); the dashboard never tags text. Filters live in the URL query string
(``view.urlstate``) so a view can be shared and Back undoes a step.

It runs past 400 lines because every call into streamlit stays here; the logic behind each
call lives in ``newsmap.view``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from importlib.metadata import version as installed_version
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st
import streamlit_folium
from streamlit.delta_generator import DeltaGenerator

from newsmap import export, query
from newsmap.errors import NewsmapError
from newsmap.geodata import GeoData
from newsmap.model import EVENT_TYPES, REGION_COUNTRIES
from newsmap.query import Filters
from newsmap.store import Store
from newsmap.view import articles, timeline, timeline_select, urlstate
from newsmap.view.alliance_table import alliance_rows
from newsmap.view.caption import mission_totals
from newsmap.view.component import FoliumComponent, MapPayload
from newsmap.view.describe import filters_text
from newsmap.view.downloads import downloads
from newsmap.view.languages import by_name, language_label
from newsmap.view.scene import (
    Scene,
    SceneData,
    build_scene_layers,
    collect,
    load_geo,
)
from newsmap.view.text import md_literal
from newsmap.view.urlstate import WIDGETS, Choices, PageState

MAP_KEY = "nm_map"
TIMELINE_KEY = "nm_timeline"
#: The fold the timeline's chart sits in (closed on a fresh page: see `_timeline_section`).
TIMELINE_OPEN_KEY = WIDGETS["timeline"]  # the URL carries it as timeline=1
TIMELINE_LABEL = "Events by date, over articles per week"
#: The URL the page wrote last; any other URL was typed, shared or reached with Back.
URL_KEY = "_nm_url"
#: A note for the analyst to read once (typed dates moved into the data's range).
NOTE_KEY = "_nm_note"
COUNTRY_OPTIONS = (*REGION_COUNTRIES, "HR", "SI")
EVENTS_HELP = (
    "Dated reports in the selected articles whose own date falls in the range: the same set "
    "the timeline, the map's event counts and the exported events table hold."
)
ARTICLE_PAGE = 40


# ---------------------------------------------------------------- resources (built once)


def _db_path() -> str | None:
    return os.environ.get("NEWSMAP_DB") or None


@st.cache_resource(show_spinner=False)
def _geo() -> GeoData:
    """Boundaries and alliance tables: read from data/geo once per server process."""
    return load_geo()


@st.cache_resource(show_spinner=False)
def _chromium() -> export.Chromium:
    """One headless Chromium per server process for PNG snapshots (started on first use)."""
    return export.Chromium()


@st.cache_resource(show_spinner=False)
def _component() -> FoliumComponent:
    """streamlit-folium's map component, its asset links routed to /app/static/."""
    return FoliumComponent(streamlit_folium, installed_version("streamlit-folium"))


@st.cache_resource(show_spinner=False)
def _store(location: str | None) -> Store:
    """One read connection per server process; the store serialises its own use."""
    return Store.open(location)


def _run(sql: str, params: Sequence[Any]) -> pd.DataFrame:
    return _store(_db_path()).query_frame(sql, params)


def _data_version() -> str:
    """Names the store and changes whenever an ingest adds or retags articles, so cached
    frames refresh, and two stores served by one process never share a cache entry."""
    frame = _run("SELECT COUNT(*) AS n, MAX(ingested_at) AS t FROM articles", [])
    return f"{_db_path() or './newsmap.db'}:{frame.iloc[0]['n']}:{frame.iloc[0]['t']}"


# ---------------------------------------------------------------- cached views


@st.cache_data(show_spinner=False, max_entries=32)
def _article_page(version: str, f: Filters) -> pd.DataFrame:
    """The newest articles the list shows (with their text), not every selected article."""
    return query.articles(_run, f, limit=ARTICLE_PAGE)


@st.cache_data(show_spinner=False, max_entries=32)
def _article_html(version: str, f: Filters) -> str:
    """The article list's cards with their places marked."""
    page = _article_page(version, f)
    spans = articles.mention_spans(query.mentions_of(_run, [int(i) for i in page["id"]]))
    return articles.article_cards(page, spans, _geo().country_names())


@st.cache_resource(show_spinner=False, max_entries=16)
def _timeline(version: str, f: Filters, color_by: str) -> timeline_select.TimelineView:
    """The timeline per data version, filters and colouring: a resource rather than data, as
    the chart is never changed once built and pickling thousands of dots on every rerun
    would cost more than building it."""
    return timeline_select.timeline_view(_run, f, color_by)


@st.cache_data(show_spinner=False, max_entries=32)
def _scene_data(version: str, scene: Scene) -> SceneData:
    """Everything the map needs for one view, cached per view and store version."""
    return collect(_run, scene)


@st.cache_resource(show_spinner=False, max_entries=16)
def _map_payload(version: str, scene: Scene) -> MapPayload:
    """The component's arguments for one scene, rendered once per data version."""
    return _component().render(build_scene_layers(_geo(), scene, _scene_data(version, scene)))


@st.cache_data(show_spinner=False)
def _choices(version: str) -> Choices:
    lo, hi = query.date_bounds(_run)
    return Choices(
        date_lo=lo or date(2019, 1, 1),
        date_hi=hi or date.today(),
        countries=COUNTRY_OPTIONS,
        sources=tuple(query.sources(_run)),
        languages=tuple(by_name(query.languages(_run))),
    )


# ---------------------------------------------------------------- the URL and the sidebar


def _sync_from_url(choices: Choices) -> None:
    """When the URL is not the one this page last wrote (a shared link, the first visit, or
    Back and Forward), it wins: the widgets are set from it before they are drawn."""
    params = st.query_params.to_dict()
    if st.session_state.get(URL_KEY) == params:
        return
    state, problems = urlstate.decode(params, choices)
    for problem in problems:
        st.warning(md_literal(problem))
    st.session_state.update(urlstate.to_widgets(state))


def _write_url(state: PageState) -> None:
    """Record the state in the URL; a change is a new entry in the browser's history."""
    wanted = urlstate.encode(state)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)
    st.session_state[URL_KEY] = wanted


def _sidebar(choices: Choices, geo: GeoData) -> PageState:
    """The filters and the map's settings, and the page state they add up to; values that
    cannot be used together (a reversed date range) are named in the sidebar."""
    sb = st.sidebar
    sb.button("Clear filters", key="nm_clear", on_click=_clear, args=(choices,), width="stretch")
    _filter_widgets(sb, choices, geo)
    _map_widgets(sb)
    state, problem = urlstate.from_widgets(st.session_state.to_dict())
    if problem:
        sb.error(problem)
    return state


def _filter_widgets(sb: DeltaGenerator, choices: Choices, geo: GeoData) -> None:
    """Dates, places, types, sources, languages and the text search."""
    names = geo.country_names()
    admin1 = geo.polygons("admin1")
    unit_names = dict(zip(admin1["id"], admin1["name"], strict=True))
    sb.header("Filters")
    # Text, not a date picker: Streamlit's picker applies a typed date only when it loses
    # focus, and refuses one outside its bounds with a red frame; these apply on Enter.
    left, right = sb.columns(2)
    for col, name, label in ((left, "date_from", "Published from"), (right, "date_to", "to")):
        col.text_input(
            label, key=WIDGETS[name], placeholder="YYYY-MM-DD", on_change=_on_dates, args=(choices,)
        )
    if st.session_state.get(NOTE_KEY):
        sb.info(st.session_state.pop(NOTE_KEY))
    sb.toggle("Include undated articles", key=WIDGETS["undated"])
    countries = sb.multiselect(
        "Countries",
        list(choices.countries),
        key=WIDGETS["countries"],
        format_func=lambda c: f"{names.get(c, c)} ({c})",
    )
    chosen = st.session_state.get(WIDGETS["admin1"], [])
    units = sorted(unit_names, key=lambda k: unit_names[k])
    if countries:
        units = [u for u in units if u.split("-")[0] in countries or u in chosen]
    sb.multiselect(
        "Admin-1 units", units, key=WIDGETS["admin1"], format_func=lambda u: unit_names.get(u, u)
    )
    sb.multiselect(
        "Event types",
        list(EVENT_TYPES),
        key=WIDGETS["event_types"],
        format_func=lambda t: t.replace("_", " "),
    )
    sb.multiselect("Sources", list(choices.sources), key=WIDGETS["sources"])
    sb.multiselect(
        "Languages", list(choices.languages), key=WIDGETS["languages"], format_func=language_label
    )
    sb.text_input("Search titles and text", key=WIDGETS["text"])


def _map_widgets(sb: DeltaGenerator) -> None:
    """What the map colours, its overlays and title, and the timeline's colouring."""
    sb.header("Map")
    sb.radio(
        "Colour by",
        list(query.LEVELS),
        key=WIDGETS["level"],
        horizontal=True,
        format_func=lambda v: "country" if v == "country" else "admin-1 unit",
    )
    sb.radio("Count", list(query.METRICS), key=WIDGETS["metric"], horizontal=True)
    sb.toggle("Per 100,000 people", key=WIDGETS["per_100k"])
    tip = "Status as of the end of the date range"
    sb.toggle("NATO overlay", key=WIDGETS["nato"], help=tip)
    sb.toggle("EU overlay", key=WIDGETS["eu"], help=tip)
    sb.text_input(
        "Map title",
        key=WIDGETS["title"],
        max_chars=urlstate.TITLE_MAX,
        help="On the map and exports",
    )
    sb.radio("Timeline colour", list(urlstate.COLOURS), key=WIDGETS["colour"], horizontal=True)


# ---------------------------------------------------------------- clicks that filter


def _clear(choices: Choices) -> None:
    """Back to the opening view: every filter and map choice at its default."""
    st.session_state.update(urlstate.to_widgets(urlstate.decode({}, choices)[0]))


def _on_map_click(value: object) -> None:
    """A click on a country or unit narrows the whole page to it (markers never report)."""
    units = set(_geo().polygons("admin1")["id"])
    st.session_state.update(urlstate.area_click(value, COUNTRY_OPTIONS, units))


def _on_timeline() -> None:
    """A brush across the timeline narrows the date filter (never widens it)."""
    span = timeline_select.brushed_range(_timeline_selection())
    if span:
        now = urlstate.from_widgets(st.session_state.to_dict())[0].filters
        lo, hi = timeline_select.clamp(span, now.date_from, now.date_to)
        st.session_state.update({WIDGETS["date_from"]: str(lo), WIDGETS["date_to"]: str(hi)})


def _timeline_selection() -> dict | None:
    state = st.session_state.get(TIMELINE_KEY)
    return getattr(state, "selection", None) or (state or {}).get("selection")


def _on_dates(choices: Choices) -> None:
    """Typed dates: a malformed one is put back, one outside the data's range moves to its
    edge, and the page says so once."""
    keys = (WIDGETS["date_from"], WIDGETS["date_to"])
    last = st.session_state.get(URL_KEY) or {}
    boxes, note = urlstate.typed_dates(
        (st.session_state.get(keys[0]), st.session_state.get(keys[1])),
        (last.get("from", ""), last.get("to", "")),
        choices.date_lo,
        choices.date_hi,
    )
    st.session_state.update(dict(zip(keys, boxes, strict=True)))
    st.session_state[NOTE_KEY] = note


def _show_map(payload: MapPayload) -> None:
    component = _component()
    widget_key = component.widget_key(payload, MAP_KEY)

    def changed() -> None:
        _on_map_click(st.session_state.get(widget_key))

    component.show(payload, key=MAP_KEY, height=560, on_change=changed)


# ---------------------------------------------------------------- page


def main() -> None:
    """Draw the whole page once per Streamlit run."""
    st.set_page_config(page_title="newsmap · Western Balkans", page_icon="🗺️", layout="wide")
    try:
        version = _data_version()
    except NewsmapError as exc:
        st.error(f"The article store could not be read: {exc}")
        st.stop()
    geo = _geo()
    choices = _choices(version)
    _sync_from_url(choices)
    state = _sidebar(choices, geo)
    _write_url(state)
    f = state.filters

    names = geo.area_names()
    st.title("Western Balkans news map")
    st.caption(md_literal(filters_text(f, names)))

    scene = Scene(
        filters=f,
        level=state.level,
        metric=state.metric,
        per_100k=state.per_100k,
        overlays=state.overlays,
        title=state.title,
    )
    data = _scene_data(version, scene)
    # The metrics sit above the map, but the events count is filled in after the map is sent:
    # the map is what an analyst waits for.
    c1, c2, c3 = st.columns(3)
    c1.metric("Articles", data.n_articles)
    counts = data.counts
    in_region = counts[counts.index.isin(COUNTRY_OPTIONS)] if state.level == "country" else counts
    c3.metric(
        "Region countries with news" if state.level == "country" else "Units with news",
        int((in_region > 0).sum()),
    )
    events_slot = c2.empty()

    # A constant base map with the scene's layers added to it: a filter change replaces the
    # layers inside the same map instead of re-sending and re-mounting the whole map.
    _show_map(_map_payload(version, scene))
    _export_buttons(version, scene, names)

    events_slot.metric("Events", _timeline_section(version, f, state.colour), help=EVENTS_HELP)
    _alliance_section(geo, data.as_of, bool(state.overlays))
    st.subheader(f"Articles ({data.n_articles})")
    _article_list(version, f, data.n_articles)


def _timeline_section(version: str, f: Filters, colour: str) -> int:
    """The timeline's figures, with its chart folded until the analyst opens it, and the
    reports behind the dot they clicked; returns the number of dated statements the selection
    holds (the page's event figure).

    Folded because drawing the chart holds the browser's main thread for most of a second on a
    fresh page (Vega's code, compile, dataflow and SVG, and the page laid out again around it),
    and the map, a frame of the same page, waits behind it. A lighter chart does not free
    enough of it: even an empty one costs most of that. Opening the fold reruns the page with
    the chart; it stays open through later changes.
    """
    st.subheader("Timeline")
    shown = _timeline(version, f, colour)
    if shown.chart is None:
        st.info("No dated event in this selection: nothing to draw on the timeline.")
        return 0
    st.caption(
        f"{_n(shown.statements, 'report')} of {_n(shown.events, 'distinct event')}. A dot "
        f"holds one {shown.period}'s events of a type and is larger when more articles report "
        "them; a bar "
        "is an event known only to the month or year. Open the chart below, click a dot or bar "
        "for the reports behind it, drag across it to narrow the dates."
    )
    chart = st.expander(TIMELINE_LABEL, key=TIMELINE_OPEN_KEY, on_change="rerun")
    if chart.open:
        with chart:
            _timeline_chart(f, shown.chart, shown.period)
    return shown.statements


def _timeline_chart(f: Filters, chart: alt.LayerChart, period: str) -> None:
    """The chart itself and, under it, the reports behind the dot an analyst clicked."""
    st.altair_chart(
        chart,
        key=TIMELINE_KEY,
        on_select=_on_timeline,
        selection_mode=[timeline.BRUSH, timeline.DOT, timeline.SPAN],
    )
    picked = timeline_select.picked_dot(_timeline_selection(), period)
    if picked is not None:
        exact = (picked.date, picked.precision) if picked.date and picked.precision else None
        rows = query.dot_reports(_run, f, picked.day_lo, picked.day_hi, picked.type, exact=exact)
        inside = int(rows["in_selection"].sum()) if not rows.empty else 0
        st.markdown(timeline_select.dot_heading(picked, inside, len(rows)))
        st.html(articles.report_list_html(rows))


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _alliance_section(geo: GeoData, as_of: date, overlaid: bool) -> None:
    """The overlay in words: each region country's NATO and EU status on the end date.

    Lazy: a closed expander sends nothing (drawing its table held up the first map), and
    opening it reruns the page with the table. The key follows the overlays, so switching one
    on opens the table, as the map then shows what it explains.
    """
    status = st.expander(
        f"Alliance status as of {as_of.isoformat()}",
        expanded=overlaid,
        key=f"nm_alliance_{int(overlaid)}",
        on_change="rerun",
    )
    if status.open and geo.alliances is not None:
        with status:
            rows = alliance_rows(geo.alliances, as_of, COUNTRY_OPTIONS, geo.country_names())
            # A static table: eight rows need no data grid, whose script (loaded on first
            # use) held up the map on every fresh page.
            st.table(pd.DataFrame(rows), hide_index=True)
            if geo.missions is not None:
                st.caption(" · ".join(mission_totals(geo.missions, as_of)))


def _article_list(version: str, f: Filters, total: int) -> None:
    """Newest first: title (linked when the URL is http/https), source, date, marked text."""
    if total == 0:
        st.info("No article matches these filters.")
        return
    st.html(_article_html(version, f))
    shown = min(total, ARTICLE_PAGE)
    if total > shown:
        st.caption(f"Showing the newest {shown} of {total}; narrow the filters to see others.")


def _export_buttons(version: str, scene: Scene, names: dict[str, str]) -> None:
    """Downloads of exactly what is on screen, named after the selection and its dates."""
    made = downloads(_run, _geo(), scene, lambda: _scene_data(version, scene), names, _chromium)
    st.caption("Export what the map shows (files are named after the selection):")
    for col, d in zip(st.columns(len(made)), made, strict=True):
        col.download_button(
            d.label, d.make, d.file_name, d.mime, key=d.key, on_click="ignore", width="stretch"
        )
