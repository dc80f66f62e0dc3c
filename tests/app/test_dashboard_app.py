"""The dashboard's page logic, run headless with Streamlit's AppTest on a small hand-made store.

No browser and no JavaScript: these tests check what the script does with the URL, the widgets
and the store (widget values, metrics, warnings, the markdown it writes, the arguments it hands
the map component). Drawing is the browser tier's job (tests/browser/test_dashboard.py).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from newsmap.model import Article, Event, Mention
from newsmap.store import Store

REPO = Path(__file__).resolve().parents[2]
APP = str(REPO / "app.py")
STATIC = REPO / "static"
HOSTILE = "<img src=x onerror=alert(1)>"
#: What the map's own script reports for a click on Kosovo (view.elements.AreaClicks).
KOSOVO_CLICK = {"level": "country", "area": "XK", "at": 1}
TIMEOUT_S = 60


def _mention(
    text: str,
    surface: str,
    country: str,
    level: str,
    place_id: str,
    admin1: str | None,
    lat: float,
    lon: float,
) -> Mention:
    start = text.index(surface)
    return Mention(
        start,
        start + len(surface),
        surface,
        place_id,
        surface,
        country,
        admin1,
        level,
        lat,
        lon,
        0.9,
    )


def _event(text: str, surface: str, when: str, kind: str, country: str) -> Event:
    start = text.index(surface)
    return Event(
        when,
        "day",
        "explicit",
        surface,
        start,
        start + len(surface),
        0,
        len(text),
        kind,
        (country,),
        (),
    )


#: (title, text, published, source, url, [(surface, country, level, place_id, admin1, lat, lon)],
#:  [(surface, date, type, country)])
ARTICLES = [
    (
        "Clashes in Zvečan",
        "Police and protesters clashed in Zvečan, Kosovo on 29 May 2023.",
        date(2023, 5, 30),
        "Wire A",
        "https://news.example/1",
        [
            ("Zvečan", "XK", "city", "gn:zv", "XK-11", 42.91, 20.84),
            ("Kosovo", "XK", "country", "c:XK", None, 42.6, 20.9),
        ],
        [("on 29 May 2023", "2023-05-29", "riot", "XK")],
    ),
    (
        "Pristina talks",
        "Officials met in Pristina on 4 June 2023 to discuss the border.",
        date(2023, 6, 5),
        "Wire B",
        "https://news.example/2",
        [("Pristina", "XK", "city", "gn:pr", "XK-20", 42.67, 21.17)],
        [("on 4 June 2023", "2023-06-04", "diplomacy", "XK")],
    ),
    (
        "Belgrade rally",
        "Thousands rallied in Belgrade on 1 March 2024 against the budget.",
        date(2024, 3, 2),
        "Wire A",
        "https://news.example/3",
        [("Belgrade", "RS", "city", "gn:bg", "RS-00", 44.80, 20.47)],
        [("on 1 March 2024", "2024-03-01", "protest", "RS")],
    ),
    (
        HOSTILE + " Skopje vote",
        "Voters in Skopje elected a new council on 8 May 2024.",
        date(2024, 5, 9),
        "Wire B",
        "javascript:alert(2)",
        [("Skopje", "MK", "city", "gn:sk", "MK-85", 42.00, 21.43)],
        [("on 8 May 2024", "2024-05-08", "political_legal", "MK")],
    ),
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A file store with four articles: two about Kosovo, one Serbia, one hostile-titled."""
    path = tmp_path_factory.mktemp("app") / "newsmap.db"
    with Store.open(str(path)) as store:
        for title, text, published, source, url, mentions, events in ARTICLES:
            store.add_article(
                Article(text=text, title=title, published=published, source=source, url=url),
                [_mention(text, *m) for m in mentions],
                [_event(text, *e) for e in events],
            )
    return str(path)


@pytest.fixture
def app(db_path: str, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The real app.py, pointed at the small store (NEWSMAP_DB set before the first run)."""
    monkeypatch.setenv("NEWSMAP_DB", db_path)
    return AppTest.from_file(APP, default_timeout=TIMEOUT_S)


def _metric(at: AppTest, label: str) -> int:
    return int(next(m.value for m in at.metric if m.label == label).replace(",", ""))


def _dates(at: AppTest) -> tuple[str, str]:
    return at.text_input(key="f_from").value, at.text_input(key="f_to").value


def _map_args(at: AppTest) -> dict:
    """The arguments the script handed the st_folium component (what the iframe receives)."""
    found = [
        c
        for c in at.get("component_instance")
        if c.proto.component_name == "streamlit_folium.st_folium"
    ]
    assert len(found) == 1, "the page should emit exactly one map"
    return json.loads(found[0].proto.json_args)


def test_url_query_params_seed_every_filter(app: AppTest) -> None:
    app.query_params.update(
        {
            "from": "2023-01-01",
            "to": "2023-12-31",
            "undated": "0",
            "country": "XK,RS,ZZ",
            "type": "riot,bogus",
            "source": "Wire A,Nowhere",
            "q": "clashed",
            "level": "admin1",
            "metric": "mentions",
            "per100k": "1",
            "nato": "1",
            "eu": "1",
            "colour": "country",
        }
    )
    app.run()
    assert not app.exception
    assert _dates(app) == ("2023-01-01", "2023-12-31")
    assert app.toggle(key="f_undated").value is False
    # Unknown codes, types and sources in a shared link are dropped, the rest kept in order.
    assert app.multiselect(key="f_countries").value == ["XK", "RS"]
    assert app.multiselect(key="f_types").value == ["riot"]
    assert app.multiselect(key="f_sources").value == ["Wire A"]
    assert app.text_input(key="f_text").value == "clashed"
    assert app.radio(key="v_level").value == "admin1"
    assert app.radio(key="v_metric").value == "mentions"
    assert app.radio(key="v_colour").value == "country"
    assert [app.toggle(key=k).value for k in ("v_per100k", "v_nato", "v_eu")] == [True] * 3
    # Only the Zvečan article passes all of them; the cleaned filters are written back.
    assert _metric(app, "Articles") == 1
    assert app.query_params["country"] == "XK,RS"
    assert app.query_params["type"] == "riot"


def test_empty_url_selects_everything_over_the_stores_dates(app: AppTest) -> None:
    app.run()
    assert not app.exception
    assert _dates(app) == ("2023-05-30", "2024-05-09")
    assert app.multiselect(key="f_countries").value == []
    assert _metric(app, "Articles") == 4


def test_choosing_a_country_changes_the_articles_metric_and_the_url(app: AppTest) -> None:
    app.run()
    assert _metric(app, "Articles") == 4
    app.multiselect(key="f_countries").select("XK").run()
    assert not app.exception
    assert _metric(app, "Articles") == 2
    assert app.query_params["country"] == "XK"
    app.multiselect(key="f_countries").select("RS").run()
    assert _metric(app, "Articles") == 3
    assert app.query_params["country"] == "XK,RS"


def test_a_bad_date_in_the_url_warns_and_the_page_still_renders(app: AppTest) -> None:
    app.query_params["from"] = "2023-13-45"
    app.query_params["to"] = "2024-03-31"
    app.run()
    assert not app.exception
    warnings = [w.value for w in app.warning]
    assert any("from='2023-13-45'" in w and "YYYY-MM-DD" in w for w in warnings), warnings
    # The bad bound falls back to the store's first date; the good one is kept.
    assert _dates(app) == ("2023-05-30", "2024-03-31")
    assert _metric(app, "Articles") == 3
    assert app.title[0].value == "Western Balkans news map"
    _map_args(app)


def test_map_component_loads_only_local_assets(app: AppTest) -> None:
    app.query_params["nato"] = "1"
    app.run()
    args = _map_args(app)
    links = args["js_links"] + args["css_links"]
    assert any(link.endswith("leaflet.js") for link in args["js_links"])
    assert [link for link in links if not link.startswith("/app/static/")] == []
    # Only the stylesheets the map uses: Leaflet's and its marker clusters'.
    assert {link.split("/")[3] for link in args["css_links"]} == {
        "leaflet",
        "leaflet.markercluster",
    }
    # Every link names a file the static folder really serves.
    missing = [link for link in links if not (STATIC / link.removeprefix("/app/static/")).is_file()]
    assert missing == []
    # Nothing streamlit-folium reports reruns the page (pan, zoom, a marker's click): only
    # our own report of a click on an area does.
    assert args["returned_objects"] == [] and args["default"] == {}


def _clicked_app(click: dict, query: dict[str, str]) -> None:
    """app.py with one map click delivered the way Streamlit delivers a widget change: the
    component's on_change callback (`dashboard_controls.on_map_click`) runs before the script
    body."""
    import streamlit as st

    from newsmap import dashboard, dashboard_controls

    for name, value in query.items():
        st.query_params[name] = value
    if st.session_state.get(dashboard_controls.URL_KEY) is not None:
        dashboard_controls.on_map_click(click)
    dashboard.main()


def test_a_map_click_in_kosovo_filters_the_page_to_xk(db_path, monkeypatch) -> None:
    # AppTest cannot fire a custom component's on_change (it only replays built-in widgets,
    # and st_folium's widget key is a hash of the map script, not MAP_KEY), so the click is
    # delivered by calling the callback before the script, as Streamlit's runner does.
    monkeypatch.setenv("NEWSMAP_DB", db_path)
    at = AppTest.from_function(_clicked_app, args=(KOSOVO_CLICK, {}), default_timeout=TIMEOUT_S)
    at.run()
    assert _metric(at, "Articles") == 4
    at.run()
    assert not at.exception
    assert at.multiselect(key="f_countries").value == ["XK"]
    assert _metric(at, "Articles") == 2
    assert at.query_params["country"] == "XK"


def test_a_map_click_at_admin1_level_filters_by_the_unit(db_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSMAP_DB", db_path)
    click = {"level": "admin1", "area": "XK-30", "at": 2}
    at = AppTest.from_function(
        _clicked_app, args=(click, {"level": "admin1"}), default_timeout=TIMEOUT_S
    )
    at.run()
    at.run()
    assert not at.exception
    assert at.multiselect(key="f_admin1").value == ["XK-30"]
    assert at.multiselect(key="f_countries").value == []


def test_a_report_of_an_unknown_area_changes_nothing(db_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSMAP_DB", db_path)
    forged = {"level": "country", "area": "<img src=x>", "at": 3}
    at = AppTest.from_function(_clicked_app, args=(forged, {}), default_timeout=TIMEOUT_S)
    at.run()
    at.run()
    assert not at.exception
    assert at.multiselect(key="f_countries").value == []
    assert _metric(at, "Articles") == 4


def _article_cards(at: AppTest) -> str:
    """The article list's HTML (one st.html block)."""
    blocks = [e.proto.body for e in at.get("html") if "nm-card" in e.proto.body]
    assert len(blocks) == 1, "the article list is one HTML block"
    return blocks[0]


def test_a_hostile_title_is_escaped_in_the_article_list(app: AppTest) -> None:
    app.query_params["q"] = "Skopje"
    app.run()
    assert not app.exception
    assert _metric(app, "Articles") == 1
    cards = _article_cards(app)
    assert cards.count('class="nm-card"') == 1
    assert "&lt;img src=x onerror=alert(1)&gt; Skopje vote" in cards
    assert "<img" not in cards
    # A javascript: URL is never made into a link.
    assert "href" not in cards and "javascript:" not in cards
    assert not any("<img" in m.value for m in app.markdown)


def test_article_cards_link_out_and_mark_the_places(app: AppTest) -> None:
    app.run()
    cards = _article_cards(app)
    assert cards.count('class="nm-card"') == 4
    assert '<a href="https://news.example/3" target="_blank" rel="noopener">Belgrade rally</a>' in (
        cards
    )
    assert '<mark class="nm-city" title="RS">Belgrade</mark>' in cards
    # Newest first.
    assert cards.index("Skopje vote") < cards.index("Belgrade rally") < cards.index("Zvečan")


def test_map_is_a_constant_base_with_the_scene_in_its_layers(app: AppTest) -> None:
    app.run()
    first = _map_args(app)
    # Only the scripts the map uses load (one after another) before it can draw.
    names = [link.rsplit("/", 1)[-1] for link in first["js_links"]]
    assert names == ["leaflet.js", "leaflet.markercluster.js"]
    # The filters travel in the layers; the base map stays byte-identical, so the component
    # keeps its identity and replaces the layers in place instead of re-mounting the map.
    assert "all countries" in first["feature_group"] and "newsmap-info" in first["feature_group"]
    assert "newsmap-info" not in first["script"] and "newsmap-legend" not in first["script"]
    app.multiselect(key="f_countries").select("XK").run()
    second = _map_args(app)
    assert second["script"] == first["script"]
    assert second["feature_group"] != first["feature_group"]
    assert "XK" in second["feature_group"]
    assert "NATO" not in second["feature_group"]
    app.toggle(key="v_nato").set_value(True).run()
    assert "NATO (as of" in _map_args(app)["layer_control"]


def test_metrics_and_counts_come_from_the_scene_and_the_timeline(app: AppTest) -> None:
    app.query_params["country"] = "XK"
    app.run()
    assert not app.exception
    assert _metric(app, "Articles") == 2
    # The Zvečan clash (29 May) is dated before the store's first publication day, where the
    # default date range starts; the Pristina talks are inside it.
    assert _metric(app, "Events") == 1
    assert _metric(app, "Region countries with news") == 1
    assert [h.value for h in app.subheader if h.value.startswith("Articles")] == ["Articles (2)"]


def test_cached_views_are_keyed_by_the_store(db_path: str, tmp_path, monkeypatch) -> None:
    # Two stores with the same number of articles ingested in the same second must not share
    # cached frames: the data version names the store.
    from newsmap import dashboard_data

    other = tmp_path / "other.db"
    other.write_bytes(Path(db_path).read_bytes())
    monkeypatch.setenv("NEWSMAP_DB", db_path)
    a = dashboard_data.data_version()
    monkeypatch.setenv("NEWSMAP_DB", str(other))
    b = dashboard_data.data_version()
    assert a != b and a.split(":", 1)[1] == b.split(":", 1)[1]


def test_alliance_table_states_each_countrys_status_on_the_end_date(app: AppTest) -> None:
    app.query_params.update({"from": "2019-01-01", "to": "2020-03-26", "nato": "1"})
    app.run()
    assert not app.exception
    [table] = app.table
    rows = {r["country"]: r for r in table.value.to_dict("records")}
    assert rows["North Macedonia"]["NATO"] == "Membership Action Plan since 1999-04-24"
    assert rows["Montenegro"]["NATO"].startswith("member since 2017")
    assert rows["Kosovo"]["NATO"] == "neither"


def _page_and_st_folium() -> None:
    """app.py, then the same scene handed to ``st_folium`` itself under another key."""
    import streamlit as st
    from streamlit_folium import st_folium

    from newsmap import dashboard, dashboard_data
    from newsmap.view.scene import build_scene_layers

    real = dashboard_data.map_payload

    def spy(version, scene):  # type: ignore[no-untyped-def]
        st.session_state["seen"] = (version, scene)
        return real(version, scene)

    dashboard_data.map_payload = spy
    try:
        dashboard.main()
    finally:
        dashboard_data.map_payload = real
    version, scene = st.session_state["seen"]
    drawn = build_scene_layers(
        dashboard_data.geo(), scene, dashboard_data.scene_data(version, scene)
    )
    st_folium(
        drawn.base,
        key="reference",
        height=560,
        use_container_width=True,
        returned_objects=[],
        feature_group_to_add=drawn.layers,
        layer_control=drawn.control,
    )


def test_the_cached_map_sends_what_st_folium_would(db_path, monkeypatch) -> None:
    # The page renders each scene's map once and reuses the strings; the component must still
    # receive exactly what st_folium would build from the same layers.
    monkeypatch.setenv("NEWSMAP_DB", db_path)
    at = AppTest.from_function(_page_and_st_folium, default_timeout=TIMEOUT_S)
    at.run()
    assert not at.exception
    ours, reference = (
        json.loads(c.proto.json_args)
        for c in at.get("component_instance")
        if c.proto.component_name == "streamlit_folium.st_folium"
    )
    ours.pop("key"), reference.pop("key")
    assert ours == reference
    assert "Kosovo" in ours["feature_group"] and ours["js_links"]  # a real scene, with assets


def test_the_closed_alliance_expander_sends_no_table_until_opened(app: AppTest) -> None:
    app.query_params.update({"from": "2019-01-01", "to": "2020-03-26"})
    app.run()
    assert not app.exception
    assert len(app.table) == 0  # closed without an overlay: nothing drawn for it
    app.session_state["nm_alliance_0"] = True  # what the analyst's click sets
    app.run()
    [table] = app.table
    rows = {r["country"]: r["NATO"] for r in table.value.to_dict("records")}
    assert rows["North Macedonia"] == "Membership Action Plan since 1999-04-24"


def test_the_timeline_chart_is_sent_only_once_its_fold_is_opened(app: AppTest) -> None:
    app.run()
    assert not app.exception
    assert len(app.get("vega_lite_chart")) == 0  # the map comes first on a fresh page
    assert _metric(app, "Events") > 0  # the figure does not wait for the chart
    app.session_state["nm_timeline_open"] = True  # what the analyst's click sets
    app.run()
    [chart] = app.get("vega_lite_chart")
    assert '"brush"' in chart.proto.spec and '"dot"' in chart.proto.spec
    app.run()  # a later rerun keeps it open
    assert len(app.get("vega_lite_chart")) == 1


def test_the_url_carries_the_timeline_fold_both_ways(app: AppTest) -> None:
    app.query_params.update({"timeline": "1"})  # a link shared with the chart unfolded
    app.run()
    assert not app.exception
    [chart] = app.get("vega_lite_chart")
    assert '"brush"' in chart.proto.spec
    app.session_state["nm_timeline_open"] = False  # the analyst folds it again
    app.run()
    assert len(app.get("vega_lite_chart")) == 0
    assert "timeline" not in app.query_params
    app.session_state["nm_timeline_open"] = True
    app.run()
    assert app.query_params["timeline"] == "1"
    assert len(app.get("vega_lite_chart")) == 1
