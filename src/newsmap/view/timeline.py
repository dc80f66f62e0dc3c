"""Events in, an Altair chart out: what happened when, over how much was being written.

Article counts per week are drawn as pale bars behind the events, so a burst of events can be
read against a burst of coverage.  An interval selection named ``brush`` on the time axis lets
the dashboard filter the page by the brushed range.
"""

from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd

from newsmap.dots import dot_period, event_span, stack_keys
from newsmap.query import TimelineDots

BRUSH = "brush"
#: The point selections of a day-precise dot and of a span (a month, year or decade event):
#: clicking one lists the reports behind it.
DOT = "dot"
SPAN = "span"

#: Colours for the event vocabulary, chosen to stay apart for colour-blind readers.
TYPE_COLOURS: dict[str, str] = {
    "violence": "#b2182b",
    "riot": "#ef8a62",
    "protest": "#f4a582",
    "military_security": "#2166ac",
    "political_legal": "#67a9cf",
    "diplomacy": "#1b7837",
    "disaster": "#762a83",
    "other": "#878787",
}


_POINT_COLUMNS = [
    "day",
    "type",
    "country",
    "sentence",
    "source",
    "title",
    "precision",
    "date",
    "sources",
]


def event_points(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event to plot: a day on the axis, the type, countries and hover text.

    Month, year and decade events sit on their first day; their precision is in the tooltip.
    Column operations throughout: a selection can hold tens of thousands of events, and a
    Python loop over them cost seconds on every filter change.
    """
    if events.empty:
        return pd.DataFrame(columns=_POINT_COLUMNS)
    raw = _column(events, "date").astype(str)
    events, raw = events[raw.str.len() >= 4], raw[raw.str.len() >= 4]
    if events.empty:
        return pd.DataFrame(columns=_POINT_COLUMNS)
    day = raw.where(raw.str.len() != 4, raw + "-01-01")
    day = day.where(day.str.len() != 7, day + "-01")
    countries = _column(events, "countries", default=None).map(
        lambda c: ",".join(c) if isinstance(c, list | tuple) else (c if isinstance(c, str) else "")
    )
    first = countries.str.split(",", n=1).str[0].fillna("")
    sources = pd.to_numeric(_column(events, "sources", default=None), errors="coerce")
    out = pd.DataFrame(
        {
            "day": pd.to_datetime(day.str.slice(0, 10)),
            "type": _column(events, "type").replace("", "other"),
            "country": first.where(first != "", "—"),
            "sentence": _clip_all(_column(events, "sentence"), 220),
            "source": _column(events, "source"),
            "title": _clip_all(_column(events, "title"), 120),
            "precision": _column(events, "precision").replace("", "day"),
            "date": raw,
            "sources": sources.fillna(1).astype(int).clip(lower=1),
        }
    )
    return out.reset_index(drop=True)


def _column(frame: pd.DataFrame, name: str, default: str | None = "") -> pd.Series:
    """A column as text with gaps as `default` (a missing column is all `default`); with
    ``default=None`` the values are left as they are."""
    if name not in frame.columns:
        return pd.Series([default] * len(frame), index=frame.index, dtype=object)
    col = frame[name]
    if default is None:
        return col.astype(object)
    return col.astype(object).where(col.notna(), default).astype(str)


def _clip_all(text: pd.Series, limit: int) -> pd.Series:
    """Whitespace folded, text longer than `limit` cut to it with an ellipsis."""
    folded = text.str.replace(r"\s+", " ", regex=True).str.strip()
    return folded.where(folded.str.len() <= limit, folded.str.slice(0, limit - 1) + "…")


def stack_points(points: pd.DataFrame, *, period: str = "day") -> pd.DataFrame:
    """One dot per spot on the chart: events of one type in one `period` ("day", "week" or
    "month"; see ``newsmap.dots.dot_period``, drawn at the period's start, a week's on the Monday
    where the article bars sit) are drawn at the same place, so only the top one could ever be
    seen or hovered. Keep that one (the most reported; its own date stays in the tooltip) and
    say how many events and reports the spot holds.

    The picture is unchanged, but a busy selection sends a few thousand dots to the browser
    instead of tens of thousands, which kept the page busy for seconds.
    """
    if points.empty:
        return points.assign(events=pd.Series(dtype="int64"))
    columns = list(points.columns)
    spot, span = stack_keys(points["day"], points["precision"], points["date"], period)
    points = points.assign(day=spot, _span=span)
    keys = ["day", "type", "_span"]
    ranked = points.sort_values(
        [*keys, "sources"], ascending=[True, True, True, False], kind="stable"
    )
    by_spot = ranked.groupby(keys, sort=False)
    top = ranked.drop_duplicates(keys).set_index(keys)
    top["events"] = by_spot.size()
    top["sources"] = by_spot["sources"].sum()
    return top.reset_index()[[*columns, "events"]]


def weekly_counts(published: pd.Series) -> pd.DataFrame:
    """Articles per week (weeks start on Monday) from a column of publication dates."""
    days = pd.to_datetime(published.dropna().astype(str).str[:10], errors="coerce").dropna()
    if days.empty:
        return pd.DataFrame(columns=["week", "articles"])
    weeks = (days - pd.to_timedelta(days.dt.day_of_week, unit="D")).dt.normalize()
    out = weeks.value_counts().sort_index().rename_axis("week").reset_index(name="articles")
    return out


def build_timeline(
    events: pd.DataFrame,
    published: pd.Series,
    *,
    color_by: str = "type",
    height: int = 340,
) -> alt.LayerChart:
    """The timeline chart: weekly article bars, event dots coloured by type or country, a brush.

    Merges and stacks `events` (one row per report) itself; the dashboard hands the stacked
    dots from the store to `build_timeline_from_dots` instead.
    """
    points = event_points(events)
    span = points["day"].max() - points["day"].min() if len(points) else pd.Timedelta(0)
    period = dot_period(span)
    points = stack_points(points, period=period)
    return _chart(points, period, published, color_by=color_by, height=height)


def dot_points(dots: pd.DataFrame) -> pd.DataFrame:
    """``query.TimelineDots.points`` as the chart shows them: text folded and clipped, a dash
    for no country; the same frame `stack_points` gives for the merged reports."""
    if dots.empty:
        return pd.DataFrame(columns=[*_POINT_COLUMNS, "events"])
    return dots.assign(
        country=dots["country"].where(dots["country"] != "", "—"),
        sentence=_clip_all(dots["sentence"], 220),
        title=_clip_all(dots["title"], 120),
        precision=dots["precision"].replace("", "day"),
    )[[*_POINT_COLUMNS, "events"]]


def build_timeline_from_dots(
    dots: TimelineDots,
    published: pd.Series,
    *,
    color_by: str = "type",
    height: int = 340,
    span: tuple[date | None, date | None] = (None, None),
) -> alt.LayerChart:
    """The timeline chart from the dots ``query.timeline_dots`` read (already stacked); its
    axis is `span` (the date filter) where given, so a brush can only narrow it."""
    points = dot_points(dots.points)
    return _chart(points, dots.period, published, color_by=color_by, height=height, span=span)


#: How the chart names each type: short enough for four a row on an 800-pixel-wide page.
TYPE_LABELS = {"military_security": "security", "political_legal": "political"}
_SHORT = (
    " : ".join(f"datum.label == '{k}' ? '{v}'" for k, v in TYPE_LABELS.items()) + " : datum.label"
)
#: Under the chart, titled above it, four types a row: every type shows, none is cut off.
_LEGEND = alt.Legend(
    orient="bottom", direction="horizontal", titleOrient="top", columns=4, labelExpr=_SHORT
)
_TOOLTIP = [
    alt.Tooltip("date:N", title="date"),
    alt.Tooltip("precision:N"),
    alt.Tooltip("type:N"),
    alt.Tooltip("country:N"),
    alt.Tooltip("sentence:N", title="what happened"),
    alt.Tooltip("source:N"),
    alt.Tooltip("sources:Q", title="reports"),
]


def _colour(color_by: str) -> alt.Color:
    if color_by == "country":
        # Twenty colours: a selection easily names more than ten countries, and the default
        # ten would give two of them (Albania and Kosovo, say) the same blue.
        return alt.Color(
            "country:N", title="country", scale=alt.Scale(scheme="tableau20"), legend=_LEGEND
        )
    return alt.Color(
        "type:N",
        title="event type",
        scale=alt.Scale(domain=list(TYPE_COLOURS), range=list(TYPE_COLOURS.values())),
        legend=_LEGEND,
    )


def _with_ends(points: pd.DataFrame) -> pd.DataFrame:
    """Each dot's last day: its own for a day-precise dot, the end of the month, year or
    decade for an event known only that well (drawn as a span, not on its first day)."""
    ends = [
        pd.Timestamp(event_span(str(d), str(p))[1]) if p not in ("day", "") else day
        for d, p, day in zip(points["date"], points["precision"], points["day"], strict=True)
    ]
    return points.assign(end=pd.to_datetime(pd.Series(ends, index=points.index, dtype=object)))


def _chart(
    points: pd.DataFrame,
    period: str,
    published: pd.Series,
    *,
    color_by: str,
    height: int,
    span: tuple[date | None, date | None] = (None, None),
) -> alt.LayerChart:
    """Articles per week as grey bars behind the events: a dot per day-precise group, a
    span over the period of a month- or year-precise one, on one row per event type."""
    points = _with_ends(points.drop(columns="title"))
    coarse = points["precision"] != "day"
    weeks = weekly_counts(published)
    x_scale = alt.Scale(domain=_domain(points, weeks, span))
    bars = _week_bars(weeks, x_scale)
    # Spans and dots get the same fixed rows (every type, in one order) so their independent
    # axes (the weekly bars need their own) line up; the spans' axis is not drawn.
    rows = alt.Scale(domain=list(TYPE_COLOURS))
    y = alt.Y(
        "type:N", title=None, sort=list(TYPE_COLOURS), scale=rows, axis=alt.Axis(labelExpr=_SHORT)
    )
    y_spans = alt.Y("type:N", title=None, sort=list(TYPE_COLOURS), scale=rows, axis=None)
    tooltip = [*_TOOLTIP, alt.Tooltip("events:Q", title=f"events this {period}")]
    pick = ["day", "type", "precision", "date"]
    dots = (
        alt.Chart(points[~coarse])
        .mark_circle(opacity=0.85, stroke="white", strokeWidth=0.5, cursor="pointer")
        .encode(
            x=alt.X("day:T", scale=x_scale),
            y=y,
            color=_colour(color_by),
            # No size legend: the caption says a larger dot has more reports, the tooltip
            # how many; a third legend did not fit in the row.
            size=alt.Size(
                "sources:Q", title="reports", scale=alt.Scale(range=[40, 260]), legend=None
            ),
            tooltip=tooltip,
        )
        .add_params(alt.selection_point(name=DOT, fields=pick, on="click"))
    )
    spans = (
        alt.Chart(points[coarse])
        .mark_rule(strokeWidth=7, opacity=0.6, strokeCap="round", cursor="pointer")
        .encode(
            x=alt.X("day:T", scale=x_scale),
            x2="end:T",
            y=y_spans,
            color=_colour(color_by),
            tooltip=tooltip,
        )
        .add_params(alt.selection_point(name=SPAN, fields=pick, on="click"))
    )
    return (
        alt.layer(bars, spans, dots)
        .resolve_scale(y="independent")
        .properties(height=height, width="container")
    )


def _week_bars(weeks: pd.DataFrame, x_scale: alt.Scale) -> alt.Chart:
    """The weekly article counts, on their own axis at the right; the brush lives here, so
    dragging across the bars narrows the date range."""
    return (
        alt.Chart(weeks)
        .mark_bar(color="#d9d9d9", opacity=0.8)
        .encode(
            x=alt.X("week:T", title=None, scale=x_scale),
            y=alt.Y(
                "articles:Q",
                title="articles / week",
                axis=alt.Axis(orient="right", format="d", tickMinStep=1),
            ),
            tooltip=[alt.Tooltip("week:T", title="week of"), "articles:Q"],
        )
        .add_params(alt.selection_interval(name=BRUSH, encodings=["x"]))
    )


def _domain(
    points: pd.DataFrame, weeks: pd.DataFrame, span: tuple[date | None, date | None]
) -> list[str] | alt.UndefinedType:
    """The axis: the date filter where it is set (one day past its end, so the last day has
    room), else what the data covers."""
    lo, hi = span
    if lo and hi:
        return [pd.Timestamp(lo).isoformat(), (pd.Timestamp(hi) + pd.Timedelta(days=1)).isoformat()]
    stamps = []
    if not points.empty:
        stamps += [points["day"].min(), points["day"].max()]
    if not weeks.empty:
        stamps += [weeks["week"].min(), weeks["week"].max()]
    if not stamps:
        return alt.Undefined
    lo, hi = min(stamps), max(stamps) + pd.Timedelta(days=7)
    return [lo.isoformat(), hi.isoformat()]
