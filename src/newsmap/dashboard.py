"""The analyst's page: filters, choropleth with the NATO overlay, timeline, articles.

Everything it shows comes from the store through ``newsmap.query`` and is drawn by
``newsmap.view`` (scene, map layers, timeline, article cards); the dashboard never tags text.
This module lays the page out; its reads and their caches are in ``dashboard_data``, and the
sidebar, the URL and the callbacks of clicks that filter in ``dashboard_controls``. These three
are the only modules that import streamlit: the logic behind each call lives in
``newsmap.view``. Filters live in the URL query string (``view.urlstate``) so a view can be
shared and Back undoes a step.
"""

from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd
import streamlit as st

from newsmap import dashboard_controls as controls
from newsmap import dashboard_data as cached
from newsmap import query
from newsmap.dashboard_data import ARTICLE_PAGE, COUNTRY_OPTIONS
from newsmap.errors import NewsmapError
from newsmap.geodata import GeoData
from newsmap.query import Filters
from newsmap.view import articles, timeline, timeline_select
from newsmap.view.alliance_table import alliance_rows
from newsmap.view.caption import mission_totals
from newsmap.view.component import MapPayload
from newsmap.view.describe import filters_text
from newsmap.view.downloads import downloads
from newsmap.view.scene import Scene
from newsmap.view.text import md_literal
from newsmap.view.urlstate import WIDGETS

MAP_KEY = "nm_map"
#: The fold the timeline's chart sits in (closed on a fresh page: see `_timeline_section`).
TIMELINE_OPEN_KEY = WIDGETS["timeline"]  # the URL carries it as timeline=1
TIMELINE_LABEL = "Events by date, over articles per week"
EVENTS_HELP = (
    "Dated reports in the selected articles whose own date falls in the range: the same set "
    "the timeline, the map's event counts and the exported events table hold."
)

# ---------------------------------------------------------------- the map


def _show_map(payload: MapPayload) -> None:
    component = cached.component()
    widget_key = component.widget_key(payload, MAP_KEY)

    def changed() -> None:
        controls.on_map_click(st.session_state.get(widget_key))

    component.show(payload, key=MAP_KEY, height=560, on_change=changed)


# ---------------------------------------------------------------- page


def main() -> None:
    """Draw the whole page once per Streamlit run."""
    st.set_page_config(page_title="newsmap · Western Balkans", page_icon="🗺️", layout="wide")
    try:
        version = cached.data_version()
    except NewsmapError as exc:
        st.error(f"The article store could not be read: {exc}")
        st.stop()
    geo = cached.geo()
    choices = cached.choices(version)
    controls.sync_from_url(choices)
    state = controls.sidebar(choices, geo)
    controls.write_url(state)
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
    data = cached.scene_data(version, scene)
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
    _show_map(cached.map_payload(version, scene))
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
    shown = cached.timeline_view(version, f, colour)
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
        key=controls.TIMELINE_KEY,
        on_select=controls.on_timeline,
        selection_mode=[timeline.BRUSH, timeline.DOT, timeline.SPAN],
    )
    picked = timeline_select.picked_dot(controls.timeline_selection(), period)
    if picked is not None:
        exact = (picked.date, picked.precision) if picked.date and picked.precision else None
        rows = query.dot_reports(
            cached.run, f, picked.day_lo, picked.day_hi, picked.type, exact=exact
        )
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
    st.html(cached.article_html(version, f))
    shown = min(total, ARTICLE_PAGE)
    if total > shown:
        st.caption(f"Showing the newest {shown} of {total}; narrow the filters to see others.")


def _export_buttons(version: str, scene: Scene, names: dict[str, str]) -> None:
    """Downloads of exactly what is on screen, named after the selection and its dates."""
    made = downloads(
        cached.run,
        cached.geo(),
        scene,
        lambda: cached.scene_data(version, scene),
        names,
        cached.chromium,
    )
    st.caption("Export what the map shows (files are named after the selection):")
    for col, d in zip(st.columns(len(made)), made, strict=True):
        col.download_button(
            d.label, d.make, d.file_name, d.mime, key=d.key, on_click="ignore", width="stretch"
        )
