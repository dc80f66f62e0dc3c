"""The URL codec: every state survives the trip through the URL and through the widgets."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.query import Filters
from newsmap.view.urlstate import (
    WIDGETS,
    Choices,
    PageState,
    area_click,
    decode,
    encode,
    from_widgets,
    to_widgets,
    typed_dates,
)

CHOICES = Choices(
    date_lo=date(2023, 1, 1),
    date_hi=date(2024, 6, 30),
    countries=("AL", "BA", "XK", "ME", "MK", "RS", "HR", "SI"),
    sources=("Wire A", "Wire B"),
    languages=("en", "sh", "sq", "sr-Cyrl"),
)
STATES = [
    PageState(Filters(date_from=date(2023, 1, 1), date_to=date(2024, 6, 30))),
    PageState(
        Filters(
            date_from=date(2023, 9, 1),
            date_to=date(2023, 10, 31),
            include_undated=False,
            countries=("XK", "RS"),
            admin1=("XK-11",),
            event_types=("riot", "protest"),
            sources=("Wire B",),
            languages=("sq", "sr-Cyrl"),
            text="Banjska, monastery",
        ),
        level="admin1",
        metric="events",
        per_100k=True,
        nato=True,
        eu=True,
        colour="country",
    ),
]


@pytest.mark.parametrize("state", STATES, ids=["opening", "everything"])
def test_a_state_survives_the_url_and_the_widgets(state):
    assert decode(encode(state), CHOICES) == (state, [])
    assert from_widgets(to_widgets(state)) == (state, None)


def test_defaults_stay_out_of_the_url():
    assert encode(PageState()) == {}
    assert encode(PageState(Filters(countries=("ME",)))) == {"country": "ME"}


def test_an_empty_url_opens_the_stores_whole_range_with_undated_articles():
    state, problems = decode({}, CHOICES)
    assert problems == []
    assert state == PageState(Filters(date_from=date(2023, 1, 1), date_to=date(2024, 6, 30)))
    assert state.overlays == ()


def test_unknown_values_are_dropped_and_a_bad_date_is_named():
    params = {
        "from": "2023-13-45",
        "to": "2023-03-01",
        "country": "XK,ZZ,RS",
        "type": "riot,bogus",
        "source": "Wire A,Nowhere",
        "level": "district",
        "metric": "tweets",
        "colour": "mauve",
        "nato": "yes",
    }
    state, problems = decode(params, CHOICES)
    assert problems == ["Ignoring the URL's from='2023-13-45': dates are written YYYY-MM-DD."]
    f = state.filters
    assert (f.date_from, f.date_to) == (date(2023, 1, 1), date(2023, 3, 1))
    assert (f.countries, f.event_types, f.sources) == (("XK", "RS"), ("riot",), ("Wire A",))
    assert (state.level, state.metric, state.colour, state.nato) == (
        "country",
        "articles",
        "type",
        False,
    )


def test_languages_travel_in_the_url_and_a_code_the_store_lacks_is_named_once():
    state = PageState(Filters(languages=("sq", "sr-Cyrl")))
    assert encode(state) == {"lang": "sq,sr-Cyrl"}
    assert decode({"lang": "sq,sr-Cyrl"}, CHOICES)[0].filters.languages == ("sq", "sr-Cyrl")
    assert to_widgets(state)[WIDGETS["languages"]] == ["sq", "sr-Cyrl"]
    state, problems = decode({"lang": "sq,zz,,sq,[x](http://e)", "country": "XK"}, CHOICES)
    assert state.filters.languages == ("sq",) and state.filters.countries == ("XK",)
    assert problems == [
        "Ignoring the URL's lang 'zz', '[x](http://e)': no article in the store is in those "
        "languages (the store's languages: en, sh, sq, sr-Cyrl)."
    ]
    _, problems = decode({"lang": "de"}, CHOICES)
    assert problems and "'de'" in problems[0] and "that language" in problems[0]
    # Cleared (the "Clear filters" button decodes an empty URL): no language, no problem.
    assert decode({}, CHOICES)[0].filters.languages == ()


def test_reversed_dates_in_a_url_are_put_in_order():
    state, _ = decode({"from": "2024-01-31", "to": "2023-12-01"}, CHOICES)
    assert (state.filters.date_from, state.filters.date_to) == (
        date(2023, 12, 1),
        date(2024, 1, 31),
    )


def test_an_open_end_leaves_the_range_open_and_bad_widgets_say_why():
    values = to_widgets(STATES[1])
    values[WIDGETS["date_to"]] = ""  # the analyst cleared the end date
    state, problem = from_widgets(values)
    assert problem is None
    assert (state.filters.date_from, state.filters.date_to) == (date(2023, 9, 1), None)
    values[WIDGETS["countries"]] = ["Kosovo"]
    state, problem = from_widgets(values)
    assert "Kosovo" in str(problem) and state.filters == Filters()


@pytest.mark.parametrize(
    ("typed", "before", "boxes", "note"),
    [
        (("2023-09-01", "2023-10-31"), ("", ""), ("2023-09-01", "2023-10-31"), None),
        (" 2023-09-01 ", ("", ""), ("2023-09-01", ""), None),
        (("2010-01-01", "2030-01-01"), ("", ""), ("2023-01-01", "2024-06-30"), "starts there"),
        (("2023-13-45", "2023-10-31"), ("2023-09-01", ""), ("2023-09-01", "2023-10-31"), "keeps"),
        (("2023-10-31", "2023-09-01"), ("", ""), ("2023-09-01", "2023-10-31"), "swapped"),
        (("2001-01-01", "2002-01-01"), ("", ""), ("2023-01-01", "2023-01-01"), "starts there"),
    ],
    ids=["inside", "padded", "outside", "malformed", "reversed", "all-before"],
)
def test_typed_dates_are_clamped_to_the_data_and_say_so(typed, before, boxes, note):
    typed = typed if isinstance(typed, tuple) else (typed, "")
    got, said = typed_dates(typed, before, CHOICES.date_lo, CHOICES.date_hi)
    assert got == boxes
    assert (said is None) if note is None else (note in said)


def test_a_click_on_an_area_filters_by_it_and_nothing_else_does():
    assert area_click({"level": "country", "area": "XK"}, CHOICES.countries, ()) == {
        WIDGETS["countries"]: ["XK"]
    }
    assert area_click({"level": "admin1", "area": "XK-30"}, (), {"XK-30"}) == {
        WIDGETS["admin1"]: ["XK-30"]
    }
    for value in (None, {}, {"level": "country", "area": "ZZ"}, {"level": "place", "area": "XK"}):
        assert area_click(value, CHOICES.countries, {"XK-30"}) == {}
