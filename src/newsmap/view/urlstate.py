"""The page's state and the URL, written once: every filter and map choice to and from the
query string, and to and from the sidebar's widgets.

Why one codec: the state lives in three shapes (the URL an analyst shares, the widgets'
session values, the typed `PageState` the page draws from); mirrored by hand in each place,
the three drifted. The dashboard applies one rule: when the URL is not the one the page last
wrote (a shared link, or the browser's Back and Forward buttons), the URL wins and seeds the
widgets; otherwise the widgets win and the page writes the URL, one history entry per step.

Streamlit 1.67 can bind a widget to the URL itself (``bind="query-params"``), but it records a
widget change by replacing the current history entry, so Back would skip every sidebar step;
hence this codec.

Nothing here imports streamlit: the dashboard hands in ``st.query_params`` and the session's
widget values as plain mappings.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsmap.errors import NewsmapError
from newsmap.model import EVENT_TYPES
from newsmap.query import LEVELS, METRICS, Filters
from newsmap.view.scene import DEFAULT_TITLE

COLOURS = ("type", "country")
#: A map title longer than this is cut (it has to fit the caption box and a file's README).
TITLE_MAX = 120
#: Widget keys of the sidebar, by the PageState field they hold.
WIDGETS = {
    "date_from": "f_from",
    "date_to": "f_to",
    "undated": "f_undated",
    "countries": "f_countries",
    "admin1": "f_admin1",
    "event_types": "f_types",
    "sources": "f_sources",
    "languages": "f_languages",
    "text": "f_text",
    "level": "v_level",
    "metric": "v_metric",
    "per_100k": "v_per100k",
    "nato": "v_nato",
    "eu": "v_eu",
    "colour": "v_colour",
    "title": "v_title",
    "timeline": "nm_timeline_open",
}


@dataclass(frozen=True)
class Choices:
    """What the store and the geodata offer, against which a URL is checked."""

    date_lo: date | None = None
    date_hi: date | None = None
    countries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    #: The article languages in the store (codes as kept: "sq", "sr-Cyrl").
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageState:
    """Everything the page shows besides the data: the filters and the map and timeline
    choices. The URL holds exactly this."""

    filters: Filters = field(default_factory=Filters)
    level: str = "country"
    metric: str = "articles"
    per_100k: bool = False
    nato: bool = False
    eu: bool = False
    colour: str = "type"
    title: str = DEFAULT_TITLE
    #: Whether the timeline's chart is unfolded (a shared link opens it as its sender saw it).
    timeline: bool = False

    @property
    def overlays(self) -> tuple[str, ...]:
        """The alliance overlays switched on, in drawing order."""
        return tuple(name for name, on in (("nato", self.nato), ("eu", self.eu)) if on)


def _split(params: Mapping[str, str], name: str) -> list[str]:
    return [v for v in params.get(name, "").split(",") if v]


def _date(params: Mapping[str, str], name: str, problems: list[str]) -> date | None:
    raw = params.get(name)
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        problems.append(f"Ignoring the URL's {name}={raw!r}: dates are written YYYY-MM-DD.")
        return None


def _languages(
    params: Mapping[str, str], known: Collection[str], problems: list[str]
) -> tuple[str, ...]:
    """The URL's languages that the store holds; the others are named in one line, as a code
    is easily mistyped by hand and a filter left out silently would count the wrong articles."""
    asked = _split(params, "lang")
    kept = tuple(dict.fromkeys(c for c in asked if c in known))
    dropped = [c for c in asked if c not in known]
    if dropped:
        listed = ", ".join(repr(c) for c in dropped)
        offered = ", ".join(sorted(known)) or "none"
        problems.append(
            f"Ignoring the URL's lang {listed}: no article in the store is in "
            f"{'that language' if len(dropped) == 1 else 'those languages'} "
            f"(the store's languages: {offered})."
        )
    return kept


def _one_of(value: object, allowed: Sequence[str], default: str) -> str:
    return value if isinstance(value, str) and value in allowed else default


def decode(params: Mapping[str, str], choices: Choices) -> tuple[PageState, list[str]]:
    """The state a URL asks for, and a line for each part of it that had to be dropped.

    Unknown countries, event types and sources are dropped silently (a link made on another
    store); a malformed date falls back to the store's own range, and a language no article
    of the store is in is left out, each with a message.

    >>> state, problems = decode({"country": "XK,ZZ", "to": "2023-13-01"},
    ...                          Choices(date_lo=date(2023, 1, 1), countries=("XK",)))
    >>> state.filters.countries, state.filters.date_from
    (('XK',), datetime.date(2023, 1, 1))
    >>> problems
    ["Ignoring the URL's to='2023-13-01': dates are written YYYY-MM-DD."]
    """
    problems: list[str] = []
    lo = _date(params, "from", problems) or choices.date_lo
    hi = _date(params, "to", problems) or choices.date_hi
    if lo and hi and lo > hi:
        lo, hi = hi, lo
    filters = Filters(
        date_from=lo,
        date_to=hi,
        include_undated=params.get("undated", "1") != "0",
        countries=tuple(c for c in _split(params, "country") if c in choices.countries),
        admin1=tuple(_split(params, "admin1")),
        event_types=tuple(t for t in _split(params, "type") if t in EVENT_TYPES),
        sources=tuple(s for s in _split(params, "source") if s in choices.sources),
        languages=_languages(params, choices.languages, problems),
        text=params.get("q", "").strip(),
    )
    state = PageState(
        filters=filters,
        level=_one_of(params.get("level"), LEVELS, "country"),
        metric=_one_of(params.get("metric"), METRICS, "articles"),
        per_100k=params.get("per100k") == "1",
        nato=params.get("nato") == "1",
        eu=params.get("eu") == "1",
        colour=_one_of(params.get("colour"), COLOURS, "type"),
        title=params.get("title", "").strip()[:TITLE_MAX] or DEFAULT_TITLE,
        timeline=params.get("timeline") == "1",
    )
    return state, problems


def encode(state: PageState) -> dict[str, str]:
    """The query string of a state, with every default left out.

    >>> encode(PageState(Filters(countries=("XK", "RS")), nato=True))
    {'country': 'XK,RS', 'nato': '1'}
    >>> encode(PageState(timeline=True))
    {'timeline': '1'}
    """
    f = state.filters
    params = {
        "from": f.date_from.isoformat() if f.date_from else "",
        "to": f.date_to.isoformat() if f.date_to else "",
        "undated": "" if f.include_undated else "0",
        "country": ",".join(f.countries),
        "admin1": ",".join(f.admin1),
        "type": ",".join(f.event_types),
        "source": ",".join(f.sources),
        "lang": ",".join(f.languages),
        "q": f.text,
        "level": "" if state.level == "country" else state.level,
        "metric": "" if state.metric == "articles" else state.metric,
        "per100k": "1" if state.per_100k else "",
        "nato": "1" if state.nato else "",
        "eu": "1" if state.eu else "",
        "colour": "" if state.colour == "type" else state.colour,
        "title": "" if state.title == DEFAULT_TITLE else state.title,
        "timeline": "1" if state.timeline else "",
    }
    return {k: v for k, v in params.items() if v}


def to_widgets(state: PageState) -> dict[str, Any]:
    """The sidebar's widget values (by widget key) that show `state`."""
    f = state.filters
    values: dict[str, Any] = {
        "date_from": f.date_from.isoformat() if f.date_from else "",
        "date_to": f.date_to.isoformat() if f.date_to else "",
        "undated": f.include_undated,
        "countries": list(f.countries),
        "admin1": list(f.admin1),
        "event_types": list(f.event_types),
        "sources": list(f.sources),
        "languages": list(f.languages),
        "text": f.text,
        "level": state.level,
        "metric": state.metric,
        "per_100k": state.per_100k,
        "nato": state.nato,
        "eu": state.eu,
        "colour": state.colour,
        "title": state.title,
        "timeline": state.timeline,
    }
    return {WIDGETS[name]: value for name, value in values.items()}


def from_widgets(values: Mapping[str, Any]) -> tuple[PageState, str | None]:
    """The state the sidebar's widgets show, and why the filters could not be used (a
    reversed date range, say), in which case the filters are left open."""
    v = {name: values.get(key) for name, key in WIDGETS.items()}
    lo, hi = _typed_day(v["date_from"]), _typed_day(v["date_to"])
    problem = None
    try:
        filters = Filters(
            date_from=lo,
            date_to=hi,
            include_undated=bool(v["undated"]),
            countries=tuple(v["countries"] or ()),
            admin1=tuple(v["admin1"] or ()),
            event_types=tuple(v["event_types"] or ()),
            sources=tuple(v["sources"] or ()),
            languages=tuple(v["languages"] or ()),
            text=str(v["text"] or "").strip(),
        )
    except NewsmapError as exc:
        problem, filters = str(exc), Filters()
    state = PageState(
        filters=filters,
        level=_one_of(v["level"], LEVELS, "country"),
        metric=_one_of(v["metric"], METRICS, "articles"),
        per_100k=bool(v["per_100k"]),
        nato=bool(v["nato"]),
        eu=bool(v["eu"]),
        colour=_one_of(v["colour"], COLOURS, "type"),
        title=str(v["title"] or "").strip()[:TITLE_MAX] or DEFAULT_TITLE,
        timeline=bool(v["timeline"]),
    )
    return state, problem


def area_click(value: object, countries: Sequence[str], units: Collection[str]) -> dict[str, Any]:
    """The widget values a click on the map sets: the clicked country or admin-1 unit becomes
    the filter. Anything else (no click, an area we do not know) sets nothing.

    >>> area_click({"level": "country", "area": "XK", "at": 1}, ("XK", "RS"), ())
    {'f_countries': ['XK']}
    >>> area_click({"level": "admin1", "area": "XK-11"}, (), {"XK-11"})
    {'f_admin1': ['XK-11']}
    >>> area_click({"level": "country", "area": "<script>"}, ("XK",), ())
    {}
    """
    if not isinstance(value, Mapping):
        return {}
    level, area = value.get("level"), str(value.get("area") or "")
    if level == "admin1" and area in units:
        return {WIDGETS["admin1"]: [area]}
    if level == "country" and area in countries:
        return {WIDGETS["countries"]: [area]}
    return {}


def _typed_day(value: object) -> date | None:
    """A date typed as YYYY-MM-DD (surrounding spaces allowed), else None."""
    try:
        return date.fromisoformat(str(value).strip()) if value else None
    except ValueError:
        return None


def typed_dates(
    raw: tuple[object, object], before: tuple[str, str], lo: date | None, hi: date | None
) -> tuple[tuple[str, str], str | None]:
    """The date boxes after the analyst typed `raw` (from, to): a malformed date puts its box
    back to what it held `before`; a date outside the data's dates [lo, hi] moves to its
    edge; a reversed range is put in order. Returns the boxes and a line saying what changed.

    >>> typed_dates(("2010-01-01", "2023-10-31"), ("", ""), date(2019, 2, 13), None)
    (('2019-02-13', '2023-10-31'), 'No article is dated before 2019-02-13: the range starts there.')
    >>> typed_dates(("2023-13-45", ""), ("2023-09-01", ""), None, None)[1]
    "'2023-13-45' is not a date (YYYY-MM-DD): the box keeps 2023-09-01."
    """
    notes: list[str] = []
    days: list[date | None] = []
    for typed, old in zip(raw, before, strict=True):
        text = str(typed or "").strip()
        day = _typed_day(text)
        if text and day is None:
            notes.append(f"{text!r} is not a date (YYYY-MM-DD): the box keeps {old or 'nothing'}.")
            day = _typed_day(old)
        days.append(day)
    a, b = days
    if a and b and a > b:
        a, b = b, a
        notes.append("The dates were the wrong way round: they have been swapped.")
    if lo and a and a < lo:
        a = lo
        notes.append(f"No article is dated before {lo}: the range starts there.")
    if hi and b and b > hi:
        b = hi
        notes.append(f"No article is dated after {hi}: the range ends there.")
    if a and b and b < a:  # the whole range lay beyond one edge of the data
        a, b = (a, a) if lo and a == lo else (b, b)
    boxes = (a.isoformat() if a else "", b.isoformat() if b else "")
    return boxes, " ".join(notes) or None
