"""The timeline chart: what it plots and how a brush becomes a date range."""

from datetime import date

import pandas as pd

from newsmap import dots
from newsmap.view import timeline
from newsmap.view.timeline import BRUSH, DOT, SPAN, TYPE_COLOURS, build_timeline, weekly_counts
from newsmap.view.timeline_select import brushed_range, clamp, picked_dot


def _layers(spec: dict) -> list[dict]:
    """The chart's layers, bottom to top: bars, spans, dots."""
    return list(spec["layer"])


def _events() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "date": "2023-09-24",
                "precision": "day",
                "type": "violence",
                "countries": "XK",
                "sentence": "Four people were killed near Banjska.",
                "source": "A",
                "title": "t1",
            },
            {
                "date": "2023-05",
                "precision": "month",
                "type": "riot",
                "countries": "XK,RS",
                "sentence": "Troops were injured in Zvečan.",
                "source": "B",
                "title": "t2",
            },
            {
                "date": "1990",
                "precision": "decade",
                "type": "other",
                "countries": "",
                "sentence": "In the 1990s ...",
                "source": "C",
                "title": "t3",
            },
        ]
    )


def test_weekly_counts_start_on_monday():
    weeks = weekly_counts(pd.Series(["2023-11-23", "2023-11-20", "2023-11-27", None]))
    assert weeks["week"].dt.day_of_week.eq(0).all()
    assert dict(zip(weeks["week"].dt.strftime("%Y-%m-%d"), weeks["articles"], strict=True)) == {
        "2023-11-20": 2,
        "2023-11-27": 1,
    }


def test_chart_layers_events_over_weekly_bars_with_a_brush():
    spec = build_timeline(_events(), pd.Series(["2023-11-23", "2023-09-25"])).to_dict()
    marks = [layer["mark"]["type"] for layer in _layers(spec)]
    assert marks == ["bar", "rule", "circle"]
    params = spec.get("params") or [p for layer in _layers(spec) for p in layer.get("params", [])]
    assert {p["name"] for p in params} == {BRUSH, DOT, SPAN}
    rows = [row for v in spec["datasets"].values() if v and "sentence" in v[0] for row in v]
    by_date = {row["date"]: row for row in rows}
    # A month or decade event is drawn as a span over its period, not as a dot on its first
    # day; a day's event is a dot.
    assert by_date["2023-05"]["day"].startswith("2023-05-01")
    assert by_date["2023-05"]["end"].startswith("2023-05-31")
    assert by_date["1990"]["precision"] == "decade" and by_date["1990"]["end"].startswith(
        "1999-12-31"
    )
    assert by_date["2023-05"]["country"] == "XK"
    (spans,) = [layer for layer in _layers(spec) if layer["mark"]["type"] == "rule"]
    span_rows = spec["datasets"][spans["data"]["name"]]
    assert {row["date"] for row in span_rows} == {"2023-05", "1990"}


def test_colour_by_type_uses_the_fixed_palette():
    spec = build_timeline(_events(), pd.Series(dtype=str)).to_dict()
    colour = _layers(spec)[2]["encoding"]["color"]
    assert colour["scale"]["range"] == list(TYPE_COLOURS.values())


def test_brushed_range_reads_epoch_millis_and_orders_them():
    sel = {BRUSH: {"week": [1700000000000, 1695513600000]}}
    assert brushed_range(sel) == (date(2023, 9, 24), date(2023, 11, 14))
    assert brushed_range({}) is None
    assert brushed_range({BRUSH: {}}) is None


def test_event_points_from_rows_and_merged_events():
    rows = pd.DataFrame(
        [
            {
                "date": "2023-05",
                "precision": "month",
                "type": "riot",
                "countries": "XK,RS",
                "sentence": "Police  and\nprotesters " + "x" * 300,
                "source": "A",
                "title": "T",
            },
            {
                "date": "2019",
                "precision": "year",
                "type": None,
                "countries": None,
                "sentence": None,
                "source": None,
                "title": None,
            },
            {
                "date": "",
                "precision": "day",
                "type": "riot",
                "countries": "XK",
                "sentence": "dropped: no date",
                "source": "A",
                "title": "T",
            },
        ]
    )
    got = timeline.event_points(rows)
    assert list(got["day"]) == [pd.Timestamp("2023-05-01"), pd.Timestamp("2019-01-01")]
    assert list(got["type"]) == ["riot", "other"]
    assert list(got["country"]) == ["XK", "—"]
    assert got["sentence"][0].startswith("Police and protesters xxx")
    assert len(got["sentence"][0]) == 220 and got["sentence"][0].endswith("…")
    assert list(got["sources"]) == [1, 1]
    assert list(got["date"]) == ["2023-05", "2019"]
    # Merged events carry their countries as a tuple and how many reports they have.
    merged = pd.DataFrame(
        [
            {
                "date": "2024-03-01",
                "precision": "day",
                "type": "protest",
                "countries": ("MK", "AL"),
                "sentence": "s",
                "source": "B",
                "title": "t",
                "sources": 3,
            }
        ]
    )
    got = timeline.event_points(merged)
    assert (got["country"][0], got["sources"][0]) == ("MK", 3)
    assert list(timeline.event_points(rows.iloc[0:0]).columns) == list(got.columns)


def test_dots_stack_per_day_week_or_month_as_the_axis_grows():
    days = pd.Series(pd.to_datetime(["2023-09-24", "2023-09-27", "2023-10-02"]))
    assert dots.dot_period(pd.Timedelta(days=500)) == "day"
    assert dots.dot_period(pd.Timedelta(days=900)) == "week"
    assert dots.dot_period(pd.Timedelta(days=2000)) == "month"
    as_text = {
        p: list(dots.period_start(days, p).dt.strftime("%Y-%m-%d"))
        for p in ("day", "week", "month")
    }
    assert as_text == {
        "day": ["2023-09-24", "2023-09-27", "2023-10-02"],
        "week": ["2023-09-18", "2023-09-25", "2023-10-02"],  # Mondays
        "month": ["2023-09-01", "2023-09-01", "2023-10-01"],
    }


def test_a_multi_year_axis_draws_one_dot_per_month_and_type_and_says_so():
    rows = [
        {
            "date": f"{2019 + i // 12}-{i % 12 + 1:02d}-{d:02d}",
            "precision": "day",
            "type": "protest",
            "countries": "RS",
            "sentence": f"s{i}-{d}",
            "source": "A",
            "title": "t",
        }
        for i in range(60)
        for d in (3, 17)
    ]
    spec = build_timeline(pd.DataFrame(rows), pd.Series(dtype=str)).to_dict()
    dataset = next(v for v in spec["datasets"].values() if v and "sentence" in v[0])
    assert len(dataset) == 60  # two events a month for five years: sixty dots
    assert {row["events"] for row in dataset} == {2}
    assert all(row["day"][8:10] == "01" for row in dataset)
    tips = _layers(spec)[2]["encoding"]["tooltip"]
    assert {"field": "events", "type": "quantitative", "title": "events this month"} in tips


def test_the_legend_sits_in_rows_under_the_chart_and_countries_get_twenty_colours():
    # Beside the chart, eight types and a size scale stood taller than it and were cut off.
    dots = _layers(build_timeline(_events(), pd.Series(dtype=str)).to_dict())[2]["encoding"]
    assert dots["color"]["legend"]["orient"] == "bottom"
    # Four a row, short names: all eight types fit a narrow page, none is cut off.
    assert dots["color"]["legend"]["columns"] == 4
    assert "'security'" in dots["color"]["legend"]["labelExpr"]
    assert dots["size"]["legend"] is None  # the caption and the tooltip give the reports
    by_country = build_timeline(_events(), pd.Series(dtype=str), color_by="country").to_dict()
    assert _layers(by_country)[2]["encoding"]["color"]["scale"]["scheme"] == "tableau20"


def test_the_axis_is_the_date_filter_and_a_brush_only_narrows_it():
    from newsmap.query import TimelineDots

    points = timeline.stack_points(timeline.event_points(_events()))
    dots_ = TimelineDots(points, "day", 3, 3)
    span = (date(2023, 9, 1), date(2023, 10, 31))
    spec = timeline.build_timeline_from_dots(dots_, pd.Series(dtype=str), span=span).to_dict()
    domain = spec["layer"][0]["encoding"]["x"]["scale"]["domain"]
    assert domain[0].startswith("2023-09-01") and domain[1].startswith("2023-11-01")
    assert clamp((date(2023, 8, 1), date(2023, 12, 1)), *span) == span


def test_a_clicked_dot_stands_for_its_period_and_a_span_for_its_date():
    sept_24 = 1695513600000  # 2023-09-24T00:00Z, as the chart sends it
    dot = picked_dot({DOT: [{"day": sept_24, "type": "riot"}]}, "week")
    assert (dot.day_lo, dot.day_hi, dot.type, dot.date) == (
        date(2023, 9, 18),
        date(2023, 9, 24),
        "riot",
        None,
    )
    bar = picked_dot(
        {SPAN: [{"day": sept_24, "type": "riot", "date": "2023-09", "precision": "month"}]}, "day"
    )
    assert (bar.day_lo, bar.day_hi, bar.date, bar.precision) == (
        date(2023, 9, 1),
        date(2023, 9, 30),
        "2023-09",
        "month",
    )
    assert picked_dot({}, "day") is None and picked_dot({DOT: []}, "day") is None
