"""Filters against a real store: the counts and lists the dashboard and exports show."""

from datetime import date

import pytest

from newsmap.errors import InvalidFilterError
from newsmap.model import Article, Event, Mention
from newsmap.query import Filters, articles, counts, event_span, events, places
from newsmap.store import Store


def _m(text: str, surface: str, country: str | None, level: str, place_id: str,
       admin1: str | None = None, metonymic: bool = False) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, place_id, surface, country, admin1,
                   level, 42.0, 21.0, 0.9, metonymic)


def _ev(text: str, surface: str, when: str, precision: str, kind: str, countries: tuple) -> Event:
    start = text.index(surface)
    return Event(when, precision, "explicit", surface, start, start + len(surface), 0, len(text),
                 kind, countries, ())


@pytest.fixture
def store(tmp_path):
    s = Store.open(str(tmp_path / "q.db"))
    t1 = "Clashes in Zvečan, Kosovo in May 2023. Talks in Belgrade. The Balkans watched."
    s.add_article(
        Article(text=t1, title="Zvečan clashes", published=date(2023, 5, 30), source="A",
                url="https://example.org/1"),
        [_m(t1, "Zvečan", "XK", "city", "gn:1", admin1="XK-MI"),
         _m(t1, "Kosovo", "XK", "country", "c:XK"),
         _m(t1, "Belgrade", "RS", "city", "gn:2", metonymic=True),
         _m(t1, "The Balkans", None, "region", "r:balkans")],
        [_ev(t1, "May 2023", "2023-05", "month", "riot", ("XK",))],
    )
    t2 = "Protest in Skopje on 1 March 2024."
    s.add_article(
        Article(text=t2, title="<script>alert(1)</script>", published=date(2024, 3, 2),
                source="B"),
        [_m(t2, "Skopje", "MK", "city", "gn:3")],
        [_ev(t2, "1 March 2024", "2024-03-01", "day", "protest", ("MK",))],
    )
    t3 = "Undated note on Tirana."
    s.add_article(Article(text=t3, title="Undated", source="B"),
                  [_m(t3, "Tirana", "AL", "city", "gn:4")], [])
    yield s
    s.close()


def test_article_counts_per_country_count_metonymic_capitals_and_skip_region_words(store):
    got = counts(store.query_frame, Filters()).to_dict()
    assert got == {"XK": 1, "RS": 1, "MK": 1, "AL": 1}


def test_mention_and_event_metrics(store):
    assert counts(store.query_frame, Filters(), metric="mentions").to_dict()["XK"] == 2
    assert counts(store.query_frame, Filters(), metric="events").to_dict() == {
        "XK": 1, "RS": 1, "MK": 1}


def test_admin1_level_counts(store):
    assert counts(store.query_frame, Filters(), level="admin1").to_dict() == {"XK-MI": 1}


def test_date_filter_and_undated_toggle(store):
    f = Filters(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31))
    titles = set(articles(store.query_frame, f)["title"])
    assert titles == {"<script>alert(1)</script>", "Undated"}
    titles = set(articles(store.query_frame, f.with_(include_undated=False))["title"])
    assert titles == {"<script>alert(1)</script>"}


def test_country_filter_narrows_counts_and_articles(store):
    f = Filters(countries=("XK",))
    assert counts(store.query_frame, f).to_dict() == {"XK": 1}
    assert list(articles(store.query_frame, f)["title"]) == ["Zvečan clashes"]


def test_text_search_escapes_like_wildcards(store):
    assert list(articles(store.query_frame, Filters(text="skopje"))["source"]) == ["B"]
    assert articles(store.query_frame, Filters(text="%")).empty


def test_events_overlap_the_date_range_by_their_precision(store):
    # "May 2023" is the whole month: a range starting mid-May still holds it.
    f = Filters(date_from=date(2023, 5, 20), date_to=date(2023, 6, 30))
    assert list(events(store.query_frame, f)["date"]) == ["2023-05"]
    f = Filters(date_from=date(2023, 6, 1), date_to=date(2023, 6, 30))
    assert events(store.query_frame, f).empty


def test_places_layer_counts_cities(store):
    got = places(store.query_frame, Filters()).set_index("place_id")["count"].to_dict()
    assert got == {"gn:1": 1, "gn:2": 1, "gn:3": 1, "gn:4": 1}


def test_event_span_by_precision():
    assert event_span("2024-02", "month") == (date(2024, 2, 1), date(2024, 2, 29))
    assert event_span("1990", "decade") == (date(1990, 1, 1), date(1999, 12, 31))
    assert event_span("2004", "year")[1] == date(2004, 12, 31)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"date_from": date(2024, 1, 2), "date_to": date(2024, 1, 1)}, "reversed"),
        ({"countries": ("Kosovo",)}, "ISO alpha-2"),
        ({"event_types": ("party",)}, "event type 'party'"),
    ],
)
def test_bad_filters_say_what_is_wrong(kwargs, message):
    with pytest.raises(InvalidFilterError, match=message):
        Filters(**kwargs)


def test_bad_level_or_metric(store):
    with pytest.raises(InvalidFilterError, match="level 'city'"):
        counts(store.query_frame, Filters(), level="city")
