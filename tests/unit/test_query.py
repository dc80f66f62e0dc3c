"""Filters against a real store: the counts and lists the dashboard and exports show."""

from datetime import date

import pytest

from newsmap.errors import InvalidFilterError
from newsmap.model import Article, Event, Mention
from newsmap.query import (
    Filters,
    articles,
    counts,
    event_span,
    events,
    place_articles,
    places,
    published_dates,
)
from newsmap.query.event_counts import selected_counts, subtracted_counts
from newsmap.store import Store


def _m(
    text: str,
    surface: str,
    country: str | None,
    level: str,
    place_id: str,
    admin1: str | None = None,
    metonymic: bool = False,
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
        42.0,
        21.0,
        0.9,
        metonymic,
    )


def _ev(text: str, surface: str, when: str, precision: str, kind: str, countries: tuple) -> Event:
    start = text.index(surface)
    return Event(
        when,
        precision,
        "explicit",
        surface,
        start,
        start + len(surface),
        0,
        len(text),
        kind,
        countries,
        (),
    )


@pytest.fixture
def store(new_location):
    s = Store.open(new_location())
    t1 = "Clashes in Zvečan, Kosovo in May 2023. Talks in Belgrade. The Balkans watched."
    s.add_article(
        Article(
            text=t1,
            title="Zvečan clashes",
            published=date(2023, 5, 30),
            source="A",
            url="https://example.org/1",
        ),
        [
            _m(t1, "Zvečan", "XK", "city", "gn:1", admin1="XK-MI"),
            _m(t1, "Kosovo", "XK", "country", "c:XK"),
            _m(t1, "Belgrade", "RS", "city", "gn:2", metonymic=True),
            _m(t1, "The Balkans", None, "region", "r:balkans"),
        ],
        [_ev(t1, "May 2023", "2023-05", "month", "riot", ("XK",))],
    )
    t2 = "Protest in Skopje on 1 March 2024."
    s.add_article(
        Article(text=t2, title="<script>alert(1)</script>", published=date(2024, 3, 2), source="B"),
        [_m(t2, "Skopje", "MK", "city", "gn:3")],
        [_ev(t2, "1 March 2024", "2024-03-01", "day", "protest", ("MK",))],
    )
    t3 = "Undated note on Tirana."
    s.add_article(
        Article(text=t3, title="Undated", source="B"), [_m(t3, "Tirana", "AL", "city", "gn:4")], []
    )
    yield s
    s.close()


def test_article_counts_per_country_count_metonymic_capitals_and_skip_region_words(store):
    got = counts(store.query_frame, Filters()).to_dict()
    assert got == {"XK": 1, "RS": 1, "MK": 1, "AL": 1}


def test_mention_and_event_metrics(store):
    assert counts(store.query_frame, Filters(), metric="mentions").to_dict()["XK"] == 2
    # An event counts where its own sentence places it: the Zvečan riot is Kosovo's, not
    # Serbia's, although its article also names Belgrade.
    assert counts(store.query_frame, Filters(), metric="events").to_dict() == {"XK": 1, "MK": 1}
    assert counts(store.query_frame, Filters(sources=("A",)), metric="events").to_dict() == {
        "XK": 1
    }


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


def test_an_event_date_that_means_no_day_counts_only_without_a_date_range(store):
    t = "Unrest in Zvečan in Smarch 2023."
    store.add_article(
        Article(text=t, title="Smarch", published=date(2023, 5, 31), source="A"),
        [_m(t, "Zvečan", "XK", "city", "gn:1", admin1="XK-MI")],
        [_ev(t, "Smarch 2023", "2023-13", "month", "riot", ("XK",))],
    )
    run = store.query_frame
    wide = Filters(date_from=date(2000, 1, 1), date_to=date(2030, 1, 1))
    for f, want in ((Filters(), {"XK": 2, "MK": 1}), (wide, {"XK": 1, "MK": 1})):
        assert counts(run, f, metric="events").to_dict() == want
        # Every way of counting by dates alone agrees (query.event_counts).
        for way in (selected_counts, subtracted_counts):
            frame = way(run, f, "country")
            assert dict(zip(frame["key"], frame["n"], strict=True)) == want, way
    assert counts(run, wide.with_(sources=("A",)), metric="events").to_dict() == {"XK": 1}
    assert list(events(run, wide)["date"]) == ["2023-05", "2024-03-01"]


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


# --------------------------------------------------------------------------- popups and dates


@pytest.fixture
def busy_store(new_location):
    """Five dated articles and one undated, all about Pristina; two also name Prizren."""
    s = Store.open(new_location())
    for day in (3, 1, 5, 2, 4, None):
        text = f"Talks in Pristina, report {day}." + (" Also Prizren." if day in (1, 2) else "")
        mentions = [_m(text, "Pristina", "XK", "city", "gn:pr", admin1="XK-PR")]
        if "Prizren" in text:
            mentions.append(_m(text, "Prizren", "XK", "city", "gn:pz", admin1="XK-PZ"))
        s.add_article(
            Article(
                text=text,
                title=f"Report {day}",
                source="W",
                published=date(2024, 1, day) if day else None,
                url=f"https://example.org/{day}",
            ),
            mentions,
            [],
        )
    yield s
    s.close()


def test_place_articles_lists_the_newest_few_per_place(busy_store):
    got = place_articles(busy_store.query_frame, Filters(), per_place=3)
    by_place = got.groupby("place_id")["title"].apply(list).to_dict()
    # Newest first, at most three per place; the undated article comes last, so not here.
    assert by_place == {
        "gn:pr": ["Report 5", "Report 4", "Report 3"],
        "gn:pz": ["Report 2", "Report 1"],
    }
    row = got[got["title"] == "Report 5"].iloc[0]
    assert (row["url"], row["source"], row["published"]) == (
        "https://example.org/5",
        "W",
        "2024-01-05",
    )


def test_place_articles_follow_the_filters(busy_store):
    f = Filters(date_from=date(2024, 1, 2), date_to=date(2024, 1, 3), include_undated=False)
    got = place_articles(busy_store.query_frame, f, per_place=5)
    assert sorted(zip(got["place_id"], got["title"], strict=True)) == [
        ("gn:pr", "Report 2"),
        ("gn:pr", "Report 3"),
        ("gn:pz", "Report 2"),
    ]
    assert place_articles(busy_store.query_frame, Filters(text="nowhere")).empty
    with pytest.raises(ValueError, match="per_place must be at least 1"):
        place_articles(busy_store.query_frame, Filters(), per_place=0)


def test_published_dates_are_the_selected_articles_dates(busy_store):
    got = published_dates(busy_store.query_frame, Filters(include_undated=False))
    assert sorted(got) == [f"2024-01-0{d}" for d in (1, 2, 3, 4, 5)]
    assert len(published_dates(busy_store.query_frame, Filters())) == 6
    assert published_dates(busy_store.query_frame, Filters(text="nowhere")).empty


def test_events_are_the_selected_articles_reports_dated_in_the_range(store):
    # Articles by publication date, events by their own date (every precision, as
    # event_span reads it): the events of a selection are the selected articles' reports
    # whose date overlaps the range, so each one joins a selected article.
    run = store.query_frame
    everything = events(run, Filters())
    for lo, hi in [
        (date(2023, 5, 31), date(2024, 3, 1)),
        (date(2024, 3, 2), None),
        (None, date(2023, 5, 1)),
        (date(2023, 1, 1), date(2023, 12, 31)),
    ]:
        f = Filters(date_from=lo, date_to=hi)
        chosen = set(articles(run, f)["id"])
        want = [
            d
            for d, p, a in zip(
                everything["date"], everything["precision"], everything["article_id"], strict=True
            )
            if (lo is None or event_span(d, p)[1] >= lo)
            and (hi is None or event_span(d, p)[0] <= hi)
            and a in chosen
        ]
        got = events(run, f)
        assert list(got["date"]) == want
        assert set(got["article_id"]) <= chosen


@pytest.mark.parametrize("limit", [1, 2, 4, 6, 10])
@pytest.mark.parametrize(
    "f",
    [
        Filters(),
        Filters(place_ids=("gn:pz",)),
        Filters(date_to=date(2024, 1, 3), include_undated=False),
    ],
)
def test_a_page_of_articles_is_the_head_of_the_full_list(busy_store, limit, f):
    """The page is picked before its columns are read; it must be the same rows in the same
    order (newest first, undated last, ties by id) with the same countries."""
    run = busy_store.query_frame
    page = articles(run, f, limit=limit)
    full = articles(run, f)
    assert page.to_dict("records") == full.head(limit).to_dict("records")
    assert len(page) == min(limit, len(full))
    if f == Filters():
        assert list(full["title"]) == [f"Report {d}" for d in (5, 4, 3, 2, 1, None)]
        assert set(full["countries"]) == {"XK"}
