"""The URL codec: every state survives the trip through the URL and through the widgets."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.query import Filters
from newsmap.view.urlstate import (
    WIDGETS,
    Choices,
    PageState,
    decode,
    encode,
    from_widgets,
    to_widgets,
)

CHOICES = Choices(
    date_lo=date(2023, 1, 1),
    date_hi=date(2024, 6, 30),
    countries=("AL", "BA", "XK", "ME", "MK", "RS", "HR", "SI"),
    sources=("Wire A", "Wire B"),
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


def test_reversed_dates_in_a_url_are_put_in_order():
    state, _ = decode({"from": "2024-01-31", "to": "2023-12-01"}, CHOICES)
    assert (state.filters.date_from, state.filters.date_to) == (
        date(2023, 12, 1),
        date(2024, 1, 31),
    )


def test_half_typed_dates_leave_the_range_open_and_bad_widgets_say_why():
    values = to_widgets(STATES[1])
    values[WIDGETS["dates"]] = (date(2023, 9, 1),)  # the analyst is still picking the end
    state, problem = from_widgets(values)
    assert problem is None and state.filters.date_from is None and state.filters.date_to is None
    values[WIDGETS["countries"]] = ["Kosovo"]
    state, problem = from_widgets(values)
    assert "Kosovo" in str(problem) and state.filters == Filters()
