"""The dashboard's controls: the URL kept in step with the widgets, the sidebar, and the
callbacks of clicks and brushes that filter the page.

Part of the dashboard (``dashboard``, ``dashboard_controls``, ``dashboard_data``: the only
modules that import streamlit). Kept apart from the page because its job is the page's state,
not its drawing: every widget's value lives in the session under the keys of
``view.urlstate``, and the URL query string mirrors them, so a view can be shared and Back
undoes a step. The rules behind each step (decoding, typed dates, clicks) are in
``view.urlstate`` and ``view.timeline_select``; this module only applies them.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from newsmap import dashboard_data as cached
from newsmap import query
from newsmap.geodata import GeoData
from newsmap.model import EVENT_TYPES
from newsmap.view import timeline_select, urlstate
from newsmap.view.languages import language_label
from newsmap.view.text import md_literal
from newsmap.view.urlstate import WIDGETS, Choices, PageState

#: The timeline chart's widget key (its selection is read back from the session).
TIMELINE_KEY = "nm_timeline"
#: The URL the page wrote last; any other URL was typed, shared or reached with Back.
URL_KEY = "_nm_url"
#: A note for the analyst to read once (typed dates moved into the data's range).
NOTE_KEY = "_nm_note"


# ---------------------------------------------------------------- the URL and the sidebar


def sync_from_url(choices: Choices) -> None:
    """When the URL is not the one this page last wrote (a shared link, the first visit, or
    Back and Forward), it wins: the widgets are set from it before they are drawn."""
    params = st.query_params.to_dict()
    if st.session_state.get(URL_KEY) == params:
        return
    state, problems = urlstate.decode(params, choices)
    for problem in problems:
        st.warning(md_literal(problem))
    st.session_state.update(urlstate.to_widgets(state))


def write_url(state: PageState) -> None:
    """Record the state in the URL; a change is a new entry in the browser's history."""
    wanted = urlstate.encode(state)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)
    st.session_state[URL_KEY] = wanted


def sidebar(choices: Choices, geo: GeoData) -> PageState:
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


def on_map_click(value: object) -> None:
    """A click on a country or unit narrows the whole page to it (markers never report)."""
    units = set(cached.geo().polygons("admin1")["id"])
    st.session_state.update(urlstate.area_click(value, cached.COUNTRY_OPTIONS, units))


def on_timeline() -> None:
    """A brush across the timeline narrows the date filter (never widens it)."""
    span = timeline_select.brushed_range(timeline_selection())
    if span:
        now = urlstate.from_widgets(st.session_state.to_dict())[0].filters
        lo, hi = timeline_select.clamp(span, now.date_from, now.date_to)
        st.session_state.update({WIDGETS["date_from"]: str(lo), WIDGETS["date_to"]: str(hi)})


def timeline_selection() -> dict | None:
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
