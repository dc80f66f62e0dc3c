"""The analyst's page: filters, choropleth with the NATO overlay, timeline, articles.

This is the only module that imports streamlit.  Everything it shows comes from the store
through ``newsmap.query`` and is drawn by ``newsmap.mapview`` / ``newsmap.timeline``; the
dashboard never tags text.  Filters live in the URL query string so a view can be shared.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import branca
import folium
import pandas as pd
import streamlit as st
import streamlit_folium

from newsmap import export, overlays, query
from newsmap.errors import NewsmapError
from newsmap.model import EVENT_TYPES, REGION_COUNTRIES
from newsmap.query import Filters
from newsmap.store import Store
from newsmap.view import highlight, mapview, timeline
from newsmap.view.offline import wrap_component
from newsmap.view.scene import (
    Scene,
    SceneData,
    build_scene_layers,
    build_scene_map,
    collect,
    load_geo,
)

MAP_KEY = "nm_map"
TIMELINE_KEY = "nm_timeline"
COUNTRY_NAMES = {
    "AL": "Albania",
    "BA": "Bosnia and Herzegovina",
    "XK": "Kosovo",
    "ME": "Montenegro",
    "MK": "North Macedonia",
    "RS": "Serbia",
    "HR": "Croatia",
    "SI": "Slovenia",
}


# ---------------------------------------------------------------- resources (built once)


def _db_path() -> str | None:
    return os.environ.get("NEWSMAP_DB") or None


@st.cache_resource(show_spinner=False)
def _geo() -> dict[str, Any]:
    """Boundaries and alliance tables: read from data/geo once per server process."""
    return load_geo()


@st.cache_resource(show_spinner=False)
def _chromium() -> export.Chromium:
    """One headless Chromium per server process for PNG snapshots (started on first use)."""
    return export.Chromium()


@st.cache_resource(show_spinner=False)
def _install_offline_component() -> bool:
    """Route streamlit-folium's asset links to our own copies served at /app/static/."""
    streamlit_folium._component_func = wrap_component(
        streamlit_folium._component_func, prefix="/app/static/"
    )
    return True


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


# ---------------------------------------------------------------- cached queries


ARTICLE_PAGE = 40


@st.cache_data(show_spinner=False, max_entries=32)
def _article_page(version: str, f: Filters) -> pd.DataFrame:
    """The newest articles the list shows (with their text), not every selected article."""
    return query.articles(_run, f, limit=ARTICLE_PAGE)


@dataclass(frozen=True, eq=False)
class TimelineView:
    """What the timeline section shows for one selection: counts for its caption and the
    finished chart."""

    statements: int
    events: int
    period: str
    chart: Any


@st.cache_resource(show_spinner=False, max_entries=16)
def _timeline(version: str, f: Filters, color_by: str) -> TimelineView:
    """The timeline chart per data version, filters and colouring.

    A resource rather than data: the chart is never changed after it is built, and copying
    (pickling) thousands of dots on every rerun would cost more than building it.  The dots
    come merged and stacked from the store (``query.timeline_dots``), not as every event.
    """
    dots = query.timeline_dots(_run, f)
    chart = timeline.build_timeline_from_dots(
        dots, query.published_dates(_run, f), color_by=color_by
    )
    return TimelineView(
        statements=dots.reports, events=dots.events, period=dots.period, chart=chart
    )


@st.cache_data(show_spinner=False, max_entries=32)
def _scene_data(version: str, scene: Scene) -> SceneData:
    """Everything the map needs for one view, cached per view and store version."""
    return collect(_run, scene, _geo())


@dataclass(frozen=True, eq=False)
class MapPayload:
    """What streamlit-folium's component receives for one scene: the base map's script and
    the scene's layers as JavaScript, with the assets they load.

    ``st_folium`` renders the folium objects to these strings on every run (about 0.3 s on
    the opening view, most of it the 0.9 MB of polygons), even when nothing changed; a page
    run with a known scene now reuses them, so a new session or a map click costs no map
    rendering at all.
    """

    script: str
    header: str
    html: str
    map_id: str
    layers: str
    control: str
    bounds: Any
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]


def _asset_links(fmap: folium.Map) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The CSS and JavaScript every element of the map asks for, in order, each once (the
    same lists st_folium gathers; the offline wrapper maps them to our own copies)."""
    css: list[str] = []
    js: list[str] = []
    todo: list[Any] = [fmap]
    while todo:
        element = todo.pop(0)
        if isinstance(element, branca.colormap.ColorMap):  # drawn with d3, as st_folium does
            js[:0] = [
                "https://d3js.org/d3.v4.min.js",
                "https://cdnjs.cloudflare.com/ajax/libs/d3/3.5.5/d3.min.js",
            ]
        css.extend(href for _, href in getattr(element, "default_css", []))
        js.extend(src for _, src in getattr(element, "default_js", []))
        todo[:0] = list(getattr(element, "_children", {}).values())
    return tuple(dict.fromkeys(css)), tuple(dict.fromkeys(js))


@st.cache_resource(show_spinner=False, max_entries=16)
def _map_payload(version: str, scene: Scene) -> MapPayload:
    """The component's arguments for one scene, rendered once per data version."""
    drawn = build_scene_layers(_geo(), scene, _scene_data(version, scene))
    fmap = drawn.base
    fmap.get_root().render()
    fmap.render()
    page_html = streamlit_folium._get_html(fmap)  # before the script: it edits the map
    header = streamlit_folium._get_header(fmap)
    script = streamlit_folium._get_map_string(fmap)
    layers = "".join(
        streamlit_folium._get_feature_group_string(layer, map=fmap, idx=i)
        for i, layer in enumerate(drawn.layers)
    )
    control = streamlit_folium._get_layer_control_string(drawn.control, fmap)
    (sw_lat, sw_lng), (ne_lat, ne_lng) = fmap.get_bounds()
    css, js = _asset_links(fmap)
    return MapPayload(
        script=script,
        header=header,
        html=page_html,
        map_id=streamlit_folium.get_full_id(fmap),
        layers=layers,
        control=control,
        css_links=css,
        js_links=js,
        bounds={
            "_southWest": {"lat": sw_lat, "lng": sw_lng},
            "_northEast": {"lat": ne_lat, "lng": ne_lng},
        },
    )


def _show_map(payload: MapPayload, height: int) -> None:
    """Hand a rendered scene to streamlit-folium's component, as ``st_folium`` would with
    only the clicked object returned; a click runs ``_on_map_click`` before the next run."""
    # The widget key is a hash of the base script, which is the same for every scene: the
    # page keeps one map (and the analyst's zoom) and swaps its layers.
    widget_key = streamlit_folium.generate_js_hash(payload.script, MAP_KEY, False)

    def changed() -> None:
        st.session_state[MAP_KEY] = st.session_state.get(widget_key, {})
        _on_map_click()

    streamlit_folium._component_func(
        script=payload.script,
        header=payload.header,
        html=payload.html,
        id=payload.map_id,
        key=widget_key,
        height=height,
        width=None,
        returned_objects=["last_object_clicked"],
        default={"last_object_clicked": None},
        zoom=None,
        center=None,
        feature_group=payload.layers,
        return_on_hover=False,
        layer_control=payload.control,
        pixelated=False,
        css_links=list(payload.css_links),
        js_links=list(payload.js_links),
        on_change=changed,
        wrap_longitude=False,
    )


@st.cache_data(show_spinner=False)
def _choices(version: str) -> dict[str, Any]:
    lo, hi = query.date_bounds(_run)
    return {"sources": query.sources(_run), "date_lo": lo, "date_hi": hi}


# ---------------------------------------------------------------- filters <-> URL


@dataclass(frozen=True)
class View:
    """What the page shows besides the filters: map level, metric and overlays."""

    level: str = "country"
    metric: str = "articles"
    per_100k: bool = False
    nato: bool = True
    eu: bool = False
    color_by: str = "type"


def _param_list(name: str) -> list[str]:
    raw = st.query_params.get(name, "")
    return [v for v in raw.split(",") if v]


def _param_date(name: str) -> date | None:
    raw = st.query_params.get(name)
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        st.warning(f"Ignoring the URL's {name}={raw!r}: dates are written YYYY-MM-DD.")
        return None


def _seed_state_from_url(choices: dict[str, Any]) -> None:
    """On a session's first run, take the filters from the URL (a shared view)."""
    if st.session_state.get("_seeded"):
        return
    st.session_state["_seeded"] = True
    lo = _param_date("from") or choices["date_lo"] or date(2019, 1, 1)
    hi = _param_date("to") or choices["date_hi"] or date.today()
    st.session_state["f_dates"] = (min(lo, hi), max(lo, hi))
    st.session_state["f_undated"] = st.query_params.get("undated", "1") != "0"
    st.session_state["f_countries"] = [c for c in _param_list("country") if c in _country_options()]
    st.session_state["f_admin1"] = _param_list("admin1")
    st.session_state["f_types"] = [t for t in _param_list("type") if t in EVENT_TYPES]
    st.session_state["f_sources"] = [s for s in _param_list("source") if s in choices["sources"]]
    st.session_state["f_text"] = st.query_params.get("q", "")
    level = st.query_params.get("level", "country")
    st.session_state["v_level"] = level if level in query.LEVELS else "country"
    metric = st.query_params.get("metric", "articles")
    st.session_state["v_metric"] = metric if metric in query.METRICS else "articles"
    st.session_state["v_per100k"] = st.query_params.get("per100k") == "1"
    st.session_state["v_nato"] = st.query_params.get("nato") == "1"
    st.session_state["v_eu"] = st.query_params.get("eu") == "1"
    colour = st.query_params.get("colour", "type")
    st.session_state["v_colour"] = colour if colour in ("type", "country") else "type"


def _country_options() -> list[str]:
    return list(REGION_COUNTRIES) + ["HR", "SI"]


def _write_url(f: Filters, v: View) -> None:
    params = {
        "from": f.date_from.isoformat() if f.date_from else "",
        "to": f.date_to.isoformat() if f.date_to else "",
        "undated": "1" if f.include_undated else "0",
        "country": ",".join(f.countries),
        "admin1": ",".join(f.admin1),
        "type": ",".join(f.event_types),
        "source": ",".join(f.sources),
        "q": f.text,
        "level": "" if v.level == "country" else v.level,
        "metric": "" if v.metric == "articles" else v.metric,
        "per100k": "1" if v.per_100k else "",
        "nato": "1" if v.nato else "",
        "eu": "1" if v.eu else "",
        "colour": "" if v.color_by == "type" else v.color_by,
    }
    wanted = {k: val for k, val in params.items() if val}
    if dict(st.query_params) != wanted:
        st.query_params.from_dict(wanted)


def _sidebar(choices: dict[str, Any], admin1_names: dict[str, str]) -> tuple[Filters, View]:
    sb = st.sidebar
    sb.header("Filters")
    dates = sb.date_input("Published between", key="f_dates", format="YYYY-MM-DD")
    undated = sb.toggle("Include undated articles", key="f_undated")
    countries = sb.multiselect(
        "Countries",
        _country_options(),
        key="f_countries",
        format_func=lambda c: f"{COUNTRY_NAMES.get(c, c)} ({c})",
    )
    units = sorted(admin1_names, key=lambda k: admin1_names[k])
    if countries:
        units = [
            u
            for u in units
            if u.split("-")[0] in countries or u in st.session_state.get("f_admin1", [])
        ]
    admin1 = sb.multiselect(
        "Admin-1 units", units, key="f_admin1", format_func=lambda u: admin1_names.get(u, u)
    )
    types = sb.multiselect(
        "Event types", list(EVENT_TYPES), key="f_types", format_func=lambda t: t.replace("_", " ")
    )
    sources = sb.multiselect("Sources", choices["sources"], key="f_sources")
    text = sb.text_input("Search titles and text", key="f_text")
    sb.header("Map")
    level = sb.radio(
        "Colour by",
        ["country", "admin1"],
        key="v_level",
        horizontal=True,
        format_func=lambda v: "country" if v == "country" else "admin-1 unit",
    )
    metric = sb.radio("Count", list(query.METRICS), key="v_metric", horizontal=True)
    per_100k = sb.toggle("Per 100,000 people", key="v_per100k")
    nato = sb.toggle("NATO overlay", key="v_nato", help="Status as of the end of the date range")
    eu = sb.toggle("EU overlay", key="v_eu", help="Status as of the end of the date range")
    color_by = sb.radio("Timeline colour", ["type", "country"], key="v_colour", horizontal=True)
    lo, hi = dates if isinstance(dates, tuple) and len(dates) == 2 else (None, None)
    try:
        f = Filters(
            date_from=lo,
            date_to=hi,
            include_undated=undated,
            countries=tuple(countries),
            admin1=tuple(admin1),
            event_types=tuple(types),
            sources=tuple(sources),
            text=text.strip(),
        )
    except NewsmapError as exc:
        sb.error(str(exc))
        f = Filters()
    v = View(level=level, metric=metric, per_100k=per_100k, nato=nato, eu=eu, color_by=color_by)
    return f, v


# ---------------------------------------------------------------- click and brush to filter


def _on_map_click() -> None:
    """A click on a country or unit narrows the whole page to it."""
    state = st.session_state.get(MAP_KEY) or {}
    click = state.get("last_object_clicked") if isinstance(state, dict) else None
    if not click or "lat" not in click:
        return
    geo = _geo()
    level = st.session_state.get("v_level", "country")
    hit = mapview.locate(
        geo["admin1"] if level == "admin1" else geo["admin0"],
        click["lat"],
        click["lng"],
        key="id" if level == "admin1" else "code",
    )
    if not hit:
        return
    if level == "admin1":
        st.session_state["f_admin1"] = [hit]
    elif hit in _country_options():
        st.session_state["f_countries"] = [hit]


def _on_brush() -> None:
    state = st.session_state.get(TIMELINE_KEY)
    selection = getattr(state, "selection", None) or (state or {}).get("selection")
    span = timeline.brushed_range(selection)
    if span:
        st.session_state["f_dates"] = span


# ---------------------------------------------------------------- page


def main() -> None:
    """Draw the whole page once per Streamlit run."""
    st.set_page_config(page_title="newsmap · Western Balkans", page_icon="🗺️", layout="wide")
    _install_offline_component()
    try:
        version = _data_version()
    except NewsmapError as exc:
        st.error(f"The article store could not be read: {exc}")
        st.stop()
    geo = _geo()
    choices = _choices(version)
    _seed_state_from_url(choices)
    admin1_names = dict(zip(geo["admin1"]["id"], geo["admin1"]["name"], strict=False))
    f, v = _sidebar(choices, admin1_names)
    _write_url(f, v)

    st.title("Western Balkans news map")
    st.caption(f.summary())

    scene = Scene(
        filters=f,
        level=v.level,
        metric=v.metric,
        per_100k=v.per_100k,
        overlays=tuple(name for name, on in (("nato", v.nato), ("eu", v.eu)) if on),
    )
    data = _scene_data(version, scene)
    counts = data.counts
    # The metrics sit above the map, but the events count is filled in after the map is sent:
    # the map is what an analyst waits for.
    c1, c2, c3 = st.columns(3)
    c1.metric("Articles", data.n_articles)
    in_region = counts[counts.index.isin(_country_options())] if v.level == "country" else counts
    c3.metric(
        "Region countries with news" if v.level == "country" else "Units with news",
        int((in_region > 0).sum()),
    )
    events_slot = c2.empty()

    # A constant base map with the scene's layers added to it: a filter change replaces the
    # layers inside the same map instead of re-sending and re-mounting the whole map.
    _show_map(_map_payload(version, scene), height=560)
    _export_buttons(version, scene, f)

    st.subheader("Timeline")
    shown = _timeline(version, f, v.color_by)
    events_slot.metric("Events", shown.statements)
    st.caption(
        f"{shown.events} distinct events from {shown.statements} dated statements. A dot holds "
        f"one {shown.period}'s events of a type (hover for the most reported), and is larger "
        "when more articles report them. Drag across the chart to filter the page by dates."
    )
    st.altair_chart(
        shown.chart, key=TIMELINE_KEY, on_select=_on_brush, selection_mode=[timeline.BRUSH]
    )

    # Lazy: a closed expander sends nothing (drawing its table held up the first map), and
    # opening it reruns the page with the table. The key follows the overlays, so switching
    # one on opens the table, as the map then shows what it explains.
    overlaid = v.nato or v.eu
    status = st.expander(
        f"Alliance status as of {data.as_of.isoformat()}",
        expanded=overlaid,
        key=f"nm_alliance_{int(overlaid)}",
        on_change="rerun",
    )
    if status.open:
        with status:
            _alliance_table(geo["alliances"], data.as_of)

    st.subheader(f"Articles ({data.n_articles})")
    _article_list(_article_page(version, f), data.n_articles, version)


#: The article cards, drawn like Streamlit's bordered containers.
_CARD_STYLE = """<style>
.nm-card{border:1px solid rgba(49,51,63,.2);border-radius:.5rem;padding:.75rem 1rem;
  margin:0 0 .75rem 0}
.nm-card .nm-head{margin:0 0 .4rem 0}
</style>"""


def _article_list(arts: pd.DataFrame, total: int, version: str) -> None:
    """Newest first: title (linked when the URL is http/https), source, date, marked text.

    `arts` is the first page of the selection (`ARTICLE_PAGE` rows); `total` its full size.
    The cards go out as one HTML element: forty markdown elements (each parsed as markdown
    with raw HTML in the browser) held up the map on every page load. All text is escaped
    here, and Streamlit sanitises the block again.
    """
    if arts.empty:
        st.info("No article matches these filters.")
        return
    spans = _mention_spans(version, tuple(int(i) for i in arts["id"]))
    cards = []
    for rec in arts.to_dict("records"):
        title = html.escape(rec.get("title") if isinstance(rec.get("title"), str) else "(untitled)")
        meta = " · ".join(
            html.escape(str(x))
            for x in (rec.get("source"), rec.get("published"), rec.get("countries"))
            if isinstance(x, str) and x
        )
        url = rec.get("url") if isinstance(rec.get("url"), str) else ""
        link = (
            f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{title}</a>'
            if url.startswith(("http://", "https://"))
            else title
        )
        body = highlight.highlight_html(rec.get("text") or "", spans.get(int(rec["id"]), []))
        cards.append(
            f'<div class="nm-card"><p class="nm-head"><strong>{link}</strong><br>'
            f"<small>{meta}</small></p>{body}</div>"
        )
    st.html(highlight.STYLE + _CARD_STYLE + "".join(cards))
    if total > len(arts):
        st.caption(f"Showing the newest {len(arts)} of {total}; narrow the filters to see others.")


@st.cache_data(show_spinner=False, max_entries=32)
def _mention_spans(version: str, ids: tuple[int, ...]) -> dict[int, list[highlight.Span]]:
    frame = query.mentions_of(_run, ids)
    out: dict[int, list[highlight.Span]] = {}
    for rec in frame.to_dict("records"):
        country = rec["country"] if isinstance(rec["country"], str) else None
        out.setdefault(int(rec["article_id"]), []).append(
            highlight.Span(int(rec["start"]), int(rec["end"]), str(rec["level"]), country)
        )
    return out


def _alliance_table(alliances: pd.DataFrame, as_of: date) -> None:
    """The overlay in words: each region country's NATO and EU status on the end date."""
    nato = overlays.statuses_as_of(alliances, "NATO", as_of)
    eu = overlays.statuses_as_of(alliances, "EU", as_of)
    rows = []
    for code in _country_options():
        n, e = nato.get(code), eu.get(code)
        rows.append(
            {
                "country": COUNTRY_NAMES.get(code, code),
                "NATO": _status_text(n),
                "EU": _status_text(e),
            }
        )
    # A static table: eight rows need no data grid, whose script (loaded on first use) held
    # up the map on every fresh page.
    st.table(pd.DataFrame(rows), hide_index=True)


def _status_text(status: Any) -> str:
    if status is None:
        return "—"
    label = {
        "member": "member",
        "map": "Membership Action Plan",
        "pfp": "Partnership for Peace",
        "ipap": "PfP with an IPAP",
        "candidate": "candidate",
        "applicant": "applicant",
        "potential_candidate": "potential candidate",
        "none": "neither",
    }.get(str(status[0]), str(status[0]))
    since = status[1]
    if str(status[0]) != "none" and since is not None and not pd.isna(since):
        return f"{label} since {pd.Timestamp(since).date().isoformat()}"
    return label


def _export_buttons(version: str, scene: Scene, f: Filters) -> None:
    """Downloads of exactly what is on screen; each file is made only when its button is clicked."""
    stamp = date.today().isoformat()
    base = f"newsmap-{scene.level}-{scene.metric}-{stamp}"

    def png() -> bytes:
        fmap = build_scene_map(
            _geo(),
            scene,
            _scene_data(version, scene),
            made_at=datetime.now().astimezone(),
            tiles=None,
        )
        return export.render_png_bytes(fmap, browser=_chromium())

    def page() -> bytes:
        fmap = build_scene_map(
            _geo(), scene, _scene_data(version, scene), made_at=datetime.now().astimezone()
        )
        return export.render_html(fmap).encode("utf-8")

    def tables() -> bytes:
        return export.render_csv_zip(export.selected_tables(_run, f), note=f.summary())

    def polygons() -> bytes:
        return export.render_geojson(_geo(), scene, _scene_data(version, scene)).encode("utf-8")

    cols = st.columns(4)
    buttons = (
        ("Export PNG", png, f"{base}.png", "image/png", "nm_export_png"),
        ("Export HTML", page, f"{base}.html", "text/html", "nm_export_html"),
        ("Export CSV", tables, f"{base}-tables.zip", "application/zip", "nm_export_csv"),
        (
            "Export GeoJSON",
            polygons,
            f"{base}.geojson",
            "application/geo+json",
            "nm_export_geojson",
        ),
    )
    for col, (label, make, name, mime, key) in zip(cols, buttons, strict=True):
        col.download_button(
            label,
            data=make,
            file_name=name,
            mime=mime,
            key=key,
            on_click="ignore",
            use_container_width=True,
        )
