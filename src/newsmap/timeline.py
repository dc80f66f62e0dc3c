"""Events in, an Altair chart out: what happened when, over how much was being written.

Article counts per week are drawn as pale bars behind the events, so a burst of events can be
read against a burst of coverage.  An interval selection named ``brush`` on the time axis lets
the dashboard filter the page by the brushed range.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import altair as alt
import pandas as pd

BRUSH = "brush"

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


def event_points(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event to plot: a day on the axis, the type, countries and hover text.

    Month, year and decade events sit on their first day; their precision is in the tooltip.
    """
    if events.empty:
        return pd.DataFrame(
            columns=["day", "type", "country", "sentence", "source", "title", "precision",
                     "date", "sources"]
        )
    rows = []
    for rec in events.to_dict("records"):
        raw = str(rec.get("date") or "")
        if len(raw) < 4:
            continue
        day = raw + ("-01-01" if len(raw) == 4 else "-01" if len(raw) == 7 else "")
        countries = rec.get("countries") or ""
        if isinstance(countries, list | tuple):
            countries = ",".join(countries)
        rows.append(
            {
                "day": pd.Timestamp(day[:10]),
                "type": rec.get("type") or "other",
                "country": (str(countries).split(",")[0] or "—"),
                "sentence": _clip(str(rec.get("sentence") or ""), 220),
                "source": rec.get("source") or "",
                "title": _clip(str(rec.get("title") or ""), 120),
                "precision": rec.get("precision") or "day",
                "date": raw,
                "sources": int(rec.get("sources") or 1),
            }
        )
    return pd.DataFrame(rows)


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
    height: int = 220,
) -> alt.LayerChart:
    """The timeline chart: weekly article bars, event dots coloured by type or country, a brush."""
    points = event_points(events)
    weeks = weekly_counts(published)
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    x_scale = alt.Scale(domain=_domain(points, weeks))
    bars = (
        alt.Chart(weeks)
        .mark_bar(color="#d9d9d9", opacity=0.8)
        .encode(
            x=alt.X("week:T", title=None, scale=x_scale),
            y=alt.Y("articles:Q", title="articles / week", axis=alt.Axis(orient="right")),
            tooltip=[alt.Tooltip("week:T", title="week of"), "articles:Q"],
        )
        .add_params(brush)
    )
    if color_by == "country":
        colour = alt.Color("country:N", title="country")
    else:
        colour = alt.Color(
            "type:N",
            title="event type",
            scale=alt.Scale(domain=list(TYPE_COLOURS), range=list(TYPE_COLOURS.values())),
        )
    dots = (
        alt.Chart(points)
        .mark_circle(opacity=0.85, stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X("day:T", scale=x_scale),
            y=alt.Y("type:N", title=None, sort=list(TYPE_COLOURS)),
            color=colour,
            size=alt.Size("sources:Q", title="reports", scale=alt.Scale(range=[40, 260])),
            tooltip=[
                alt.Tooltip("date:N", title="date"),
                alt.Tooltip("precision:N"),
                alt.Tooltip("type:N"),
                alt.Tooltip("country:N"),
                alt.Tooltip("sentence:N", title="what happened"),
                alt.Tooltip("source:N"),
                alt.Tooltip("sources:Q", title="reports"),
            ],
        )
    )
    return (
        alt.layer(bars, dots)
        .resolve_scale(y="independent")
        .properties(height=height, width="container")
    )


def brushed_range(selection: dict | None) -> tuple[date, date] | None:
    """The brushed date range from Streamlit's selection state, or None when nothing is brushed."""
    if not selection:
        return None
    brush = selection.get(BRUSH) if isinstance(selection, dict) else None
    if not brush:
        return None
    values = next(iter(brush.values()), None)
    if not values or len(values) != 2:
        return None
    lo, hi = (_to_date(v) for v in values)
    if lo is None or hi is None:
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


def _to_date(value: object) -> date | None:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, tz=UTC).date()
    try:
        return pd.Timestamp(str(value)).date()
    except (ValueError, TypeError):
        return None


def _domain(points: pd.DataFrame, weeks: pd.DataFrame) -> list[str] | alt.UndefinedType:
    stamps = []
    if not points.empty:
        stamps += [points["day"].min(), points["day"].max()]
    if not weeks.empty:
        stamps += [weeks["week"].min(), weeks["week"].max()]
    if not stamps:
        return alt.Undefined
    lo, hi = min(stamps), max(stamps) + pd.Timedelta(days=7)
    return [lo.isoformat(), hi.isoformat()]


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
