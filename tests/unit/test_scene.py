"""One Scene, one map: the dashboard and every export draw the same thing from the same Scene."""

from __future__ import annotations

from datetime import UTC, date, datetime

import folium
import pandas as pd
import pytest

from newsmap import query
from newsmap.errors import InvalidFilterError
from newsmap.model import REGION_COUNTRIES, Article, Event, Mention
from newsmap.query import Filters
from newsmap.store import Store
from newsmap.view import style
from newsmap.view.caption import ATTRIBUTION_TEXT, caption_html, country_labels
from newsmap.view.scene import (
    Scene,
    SceneData,
    build_scene_layers,
    build_scene_map,
    collect,
    count_articles,
    load_geo,
)

MADE = datetime(2024, 1, 2, 9, 30, tzinfo=UTC)


def _mention(
    text: str,
    surface: str,
    place_id: str,
    country: str,
    admin1: str | None,
    lat: float,
    lon: float,
    level: str = "city",
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


def _event(text: str, surface: str, day: str, kind: str, countries: tuple[str, ...]) -> Event:
    start = text.index(surface)
    return Event(
        day, "day", "explicit", surface, start, start + len(surface), 0, len(text), kind, countries
    )


def build_store(path: str) -> Store:
    """Four articles: XK+RS (2023-05), AL (2023-06), BA (2019), MK (undated)."""
    store = Store.open(path)
    t1 = "On 10 May 2023 protesters gathered in Pristina while Belgrade objected."
    store.add_article(
        Article(
            t1,
            title="Protest in Pristina",
            published=date(2023, 5, 10),
            source="Wire",
            url="https://example.org/1",
        ),
        [
            _mention(t1, "Pristina", "gn:786714", "XK", "XK-20", 42.67, 21.17),
            _mention(t1, "Belgrade", "gn:792680", "RS", "RS-00", 44.80, 20.47),
        ],
        [_event(t1, "On 10 May 2023", "2023-05-10", "protest", ("XK",))],
    )
    t2 = "Talks were held in Tirana on 1 June 2023 and again in Tirana later."
    store.add_article(
        Article(t2, title="=Talks in Tirana", published=date(2023, 6, 1), source="Desk"),
        [_mention(t2, "Tirana", "gn:3183875", "AL", "AL-11", 41.33, 19.82)],
        [_event(t2, "on 1 June 2023", "2023-06-01", "diplomacy", ("AL",))],
    )
    t3 = "Sarajevo marked the anniversary."
    store.add_article(
        Article(t3, title="Sarajevo anniversary", published=date(2019, 1, 1), source="Wire"),
        [_mention(t3, "Sarajevo", "gn:3191281", "BA", "BA-09", 43.85, 18.36)],
        [],
    )
    t4 = "Skopje stayed calm."
    store.add_article(
        Article(t4, title="Skopje calm", source="Desk"),
        [_mention(t4, "Skopje", "gn:785842", "MK", "MK-77", 42.0, 21.43)],
        [],
    )
    return store


@pytest.fixture(scope="module")
def geo():
    return load_geo()


@pytest.fixture
def store(tmp_path):
    s = build_store(str(tmp_path / "scene.db"))
    yield s
    s.close()


# ------------------------------------------------------------------ Scene itself


def test_scene_rejects_unknown_level_metric_and_overlay():
    with pytest.raises(InvalidFilterError, match="level 'district'"):
        Scene(level="district")
    with pytest.raises(InvalidFilterError, match="metric 'tweets'"):
        Scene(metric="tweets")
    with pytest.raises(InvalidFilterError, match="overlay 'osce'"):
        Scene(overlays=("osce",))
    with pytest.raises(TypeError, match="tuple"):
        Scene(overlays="nato")  # type: ignore[arg-type]


def test_scene_is_hashable_and_as_of_is_end_of_date_filter():
    a = Scene(filters=Filters(date_to=date(2023, 12, 31)), overlays=("nato",))
    assert a == Scene(filters=Filters(date_to=date(2023, 12, 31)), overlays=("nato",))
    assert len({a, Scene()}) == 2
    assert a.as_of(today=date(2030, 1, 1)) == date(2023, 12, 31)
    assert Scene().as_of(today=date(2030, 1, 1)) == date(2030, 1, 1)
    assert Scene(level="admin1", metric="events", per_100k=True).metric_label() == (
        "Events per 100k people by admin-1 unit"
    )


# ------------------------------------------------------------------ collect


def test_collect_reads_what_query_selects(store):
    run = store.query_frame
    f = Filters(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31), include_undated=False)
    data = collect(run, Scene(filters=f), today=date(2024, 1, 1))
    assert data.n_articles == 2 == len(query.articles(run, f))
    assert data.counts.to_dict() == {"XK": 1, "RS": 1, "AL": 1}
    assert data.as_of == date(2023, 12, 31)
    assert data.published == (date(2023, 5, 10), date(2023, 6, 1))
    assert "Articles published 2023-05-10 to 2023-06-01" in caption_html(Scene(filters=f), data)
    by_place = data.places.set_index("place_id")
    assert set(by_place.index) == {"gn:786714", "gn:792680", "gn:3183875"}
    assert [a["title"] for a in by_place.loc["gn:3183875", "articles"]] == ["=Talks in Tirana"]


def test_collect_admin1_mentions_and_empty_selection(store):
    run = store.query_frame
    data = collect(run, Scene(level="admin1", metric="mentions"), today=date(2024, 1, 1))
    assert data.counts.to_dict() == {
        "XK-20": 1,
        "RS-00": 1,
        "AL-11": 1,
        "BA-09": 1,
        "MK-77": 1,
    }
    nothing = Filters(date_from=date(2030, 1, 1), include_undated=False)
    assert count_articles(run, nothing) == 0
    empty = collect(run, Scene(filters=nothing), today=date(2031, 1, 1))
    assert empty.n_articles == 0 and empty.counts.empty and empty.places.empty


def _nato_fills(geo, store, scene) -> dict[str, str]:
    drawn = build_scene_layers(geo, scene, collect(store.query_frame, scene))
    (nato,) = [g for g in drawn.layers if str(g.layer_name).startswith("NATO")]
    countries = [c for c in nato._children.values() if isinstance(c, folium.GeoJson)][0]
    return {f["id"]: f["properties"]["fillColor"] for f in countries.data["features"]}


def test_overlays_are_drawn_as_of_the_filter_end(store, geo):
    before = Scene(filters=Filters(date_to=date(2020, 3, 26)), overlays=("nato", "eu"))
    after = Scene(filters=Filters(date_to=date(2020, 3, 27)), overlays=("nato",))
    member, action_plan = (f"url(#{style.hatch_id('NATO', k)})" for k in ("member", "map"))
    assert _nato_fills(geo, store, before)["MK"] == action_plan
    assert _nato_fills(geo, store, after)["MK"] == member
    html = build_scene_map(geo, after, collect(store.query_frame, after)).get_root().render()
    assert "Camp Film City" in html and "Camp Butmir" in html
    assert "EU (as of" not in html


# ------------------------------------------------------------------ the map


def _html(geo, scene, data, **kw) -> str:
    return build_scene_map(geo, scene, data, **kw).get_root().render()


def test_same_scene_renders_byte_identical_html(store, geo):
    scene = Scene(filters=Filters(countries=("XK", "RS")), overlays=("nato",), title="Kosovo")
    a = _html(geo, scene, collect(store.query_frame, scene, today=date(2024, 1, 1)), made_at=MADE)
    b = _html(geo, scene, collect(store.query_frame, scene, today=date(2024, 1, 1)), made_at=MADE)
    assert a == b
    other = Scene(filters=Filters(countries=("XK",)), overlays=("nato",), title="Kosovo")
    c = _html(geo, other, collect(store.query_frame, other, today=date(2024, 1, 1)), made_at=MADE)
    assert c != a


def test_map_carries_caption_legend_labels_and_overlay(store, geo):
    scene = Scene(
        filters=Filters(date_to=date(2023, 12, 31)), overlays=("nato",), title="Balkans <weekly>"
    )
    data = collect(store.query_frame, scene)
    html = _html(geo, scene, data, made_at=MADE)
    # tojson hides the (already escaped) markup from the HTML parser as \u0026lt; etc.
    assert "Balkans \\u0026lt;weekly\\u0026gt;" in html and "<weekly>" not in html
    assert "Balkans &lt;weekly&gt;" in caption_html(scene, data)
    assert "Made 2024-01-02 09:30 UTC" in html
    assert "GeoNames (CC BY 4.0)" in html and "Natural Earth" in html
    assert "NATO status as of 2023-12-31" in html
    assert "NATO (as of 2023-12-31)" in html  # the overlay layer itself
    assert "newsmap-legend" in html and "newsmap-label" in html
    assert "\\u003cspan\\u003eKosovo\\u003c/span\\u003e" in html
    assert "data-newsmap-ready" in html


def test_map_without_made_at_has_no_stamp_and_eu_layer_is_shown(store, geo):
    scene = Scene(overlays=("eu",))
    fmap = build_scene_map(geo, scene, collect(store.query_frame, scene))
    html = fmap.get_root().render()
    assert "Made " not in html
    eu = [c for c in fmap._children.values() if getattr(c, "layer_name", "").startswith("EU")]
    assert len(eu) == 1 and eu[0].show is True


def test_caption_counts_articles_in_words():
    scene = Scene(filters=Filters(countries=("XK",)))
    one = SceneData(pd.Series(dtype="int64"), pd.DataFrame(), 1, date(2024, 1, 1))
    text = caption_html(scene, one, made_at=MADE)
    assert "1 article<" in text and "all dates; XK" in text and ATTRIBUTION_TEXT in text


def test_country_labels_name_the_six_and_nearby_countries_only(geo):
    labels = country_labels(geo.countries, geo.admin0)
    codes = [lab["code"] for lab in labels]
    assert codes[:6] == sorted(REGION_COUNTRIES)
    assert {"HR", "BG", "GR", "HU", "RO"} <= set(codes)
    assert not {"VA", "SM", "LI", "TN", "FR"} & set(codes)  # tiny or far outside the view
    tricky = pd.DataFrame(
        [{"code": "XK", "name": "<b>X</b>", "lat": 42.6, "lon": 20.9, "population": 1}]
    )
    (only,) = country_labels(tricky, geo.admin0)
    assert only["html"] == "<span>&lt;b&gt;X&lt;/b&gt;</span>"


def test_scene_map_keeps_mapview_choropleth_colours(store, geo):
    scene = Scene(filters=Filters(date_from=date(2023, 1, 1), include_undated=False))
    data = collect(store.query_frame, scene)
    html = _html(geo, scene, data)
    bounds = style.class_breaks(data.counts.values, 6)
    for colour in style.palette(len(bounds)):
        assert colour in html


# ------------------------------------------------------------------ the dashboard's split map


def _fills_of(layer) -> dict[str, str]:
    (gj,) = [c for c in layer._children.values() if isinstance(c, folium.GeoJson)]
    return {f["id"]: f["properties"]["fill"] for f in gj.data["features"]}


def test_scene_layers_keep_the_base_constant_and_carry_the_scene(store, geo):
    one = Scene(filters=Filters(countries=("XK",)), overlays=("nato", "eu"))
    other = Scene(filters=Filters(countries=("RS",)), level="admin1")
    a = build_scene_layers(geo, one, collect(store.query_frame, one))
    b = build_scene_layers(geo, other, collect(store.query_frame, other))
    # The base (sea, outlines, names) renders the same whatever the scene: the page keeps it.
    assert a.base.get_root().render() == b.base.get_root().render()
    names = [str(layer.layer_name) for layer in a.layers]
    assert names[0].startswith("Articles") and names[-2:] == ["Places", "Caption"]
    assert any(n.startswith("NATO (as of") for n in names)
    eu = [layer for layer in a.layers if str(layer.layer_name).startswith("EU")]
    assert len(eu) == 1 and eu[0].show is True
    # The caption travels with the layers (it names the filters), as a box of its own.
    caption = a.layers[-1]
    assert caption.control is False
    box, fit = caption._children.values()
    assert box.css_class == "newsmap-info" and "Kosovo" in box.html and "XK" not in box.html
    # ... and zooms the map to the selection.
    (south, west), (north, east) = fit.bounds
    assert 41.8 < south < 42.1 and 42.9 < north < 43.3 and 19.9 < west < 20.2 and 21.6 < east < 21.9


def test_scene_layers_draw_what_the_export_map_draws(store, geo):
    scene = Scene(filters=Filters(date_to=date(2023, 12, 31)), level="admin1")
    data = collect(store.query_frame, scene)
    layers = build_scene_layers(geo, scene, data).layers
    fmap = build_scene_map(geo, scene, data)
    exported = [c for c in fmap._children.values() if isinstance(c, folium.FeatureGroup)]
    assert _fills_of(layers[0]) == _fills_of(exported[0])
