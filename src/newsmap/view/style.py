"""How the map looks: palettes, class breaks, the alliance colours and legend markup.

Colours are data here (one table each), so the legend, the drawn fill and the tests all read
the same value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

import pandas as pd

from newsmap.view.text import esc, fmt_number

#: ColorBrewer YlOrRd, sequential, by number of classes.
YLORRD: dict[int, tuple[str, ...]] = {
    3: ("#ffeda0", "#feb24c", "#f03b20"),
    4: ("#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"),
    5: ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"),
    6: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"),
    7: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"),
}
NO_DATA_COLOUR = "#f4f4f4"
REGION_BASE_COLOUR = "#ffffff"
CONTEXT_BASE_COLOUR = "#dcdcdc"
SEA_COLOUR = "#dde8f0"
BORDER_COLOUR = "#9a9a9a"

#: Alliance status -> (colour, legend label). Keys are normalised (see `status_key`).
STATUS_STYLE: dict[str, tuple[str, str]] = {
    "member": ("#08306b", "Member"),
    "map": ("#2171b5", "Membership Action Plan"),
    "candidate": ("#2171b5", "Candidate"),
    "ipap": ("#4292c6", "Partnership for Peace with an IPAP"),
    "pfp": ("#6baed6", "Partnership for Peace"),
    "applicant": ("#6baed6", "Applicant"),
    "potential_candidate": ("#9ecae1", "Potential candidate"),
    "none": ("#636363", "Neither member nor partner"),
}
#: How each status is drawn over the counts: a hatching (so the choropleth's colour shows
#: between the lines, and the statuses stay apart in greyscale print) and an outline dash.
#: (pattern kind, spacing in px, outline weight, outline dash or None).
STATUS_HATCH: dict[str, tuple[str, int, float, str | None]] = {
    "member": ("cross", 9, 3.0, None),
    "map": ("lines", 6, 2.5, None),
    "candidate": ("lines", 6, 2.5, None),
    "ipap": ("lines", 11, 2.5, "10 4"),
    "pfp": ("dots", 8, 2.0, "6 4"),
    "applicant": ("dots", 8, 2.0, "6 4"),
    "potential_candidate": ("dots", 12, 2.0, "2 4"),
    "none": ("none", 0, 1.5, "1 5"),
}
#: Each organisation's hatching leans its own way, so both overlays can be read together.
ORG_ANGLE = {"NATO": 45, "EU": -45}
_STATUS_ALIASES = {
    "partnership_for_peace": "pfp",
    "partner": "pfp",
    "membership_action_plan": "map",
    "non_member": "none",
    "non_partner": "none",
    "": "none",
}
UNKNOWN_STATUS_COLOUR = "#bdbdbd"
CAMP_COLOURS = {"KFOR": "#1b7837", "EUFOR": "#762a83"}
CAMP_DEFAULT_COLOUR = "#444444"

#: The white box every legend and caption sits in.
BOX_STYLE = (
    "background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;"
    "box-shadow:0 0 6px rgba(0,0,0,.25);font:12px/1.35 system-ui,sans-serif;color:#222;"
)
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def status_key(status: object) -> str:
    """A status as `STATUS_STYLE` spells it ("Partnership for Peace" -> "pfp").

    >>> status_key("Partnership for Peace"), status_key(None)
    ('pfp', 'none')
    """
    key = re.sub(r"[\s\-]+", "_", str(status or "").strip().lower())
    return _STATUS_ALIASES.get(key, key)


def class_breaks(values: Iterable[float], k: int = 6, *, integer: bool = True) -> list[float]:
    """Upper bounds of up to `k` quantile classes of the positive values (empty if none).

    Quantiles keep a few big numbers (Belgrade, Pristina) from washing out every other unit;
    counts get whole-number bounds so the legend reads "4-10", not "3.7-9.6".

    >>> class_breaks([0, 1, 2, 3, 4, 5, 6, 100], k=3)
    [3.0, 5.0, 100.0]
    >>> class_breaks([0, 0])
    []
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    positive = sorted(float(v) for v in values if v is not None and not math.isnan(v) and v > 0)
    if not positive:
        return []
    distinct = sorted(set(positive))
    if len(distinct) <= k:
        return [float(math.ceil(v)) if integer else v for v in distinct]
    series = pd.Series(positive)
    bounds: list[float] = []
    for i in range(1, k + 1):
        q = float(series.quantile(i / k, interpolation="lower" if integer else "linear"))
        q = float(math.ceil(q)) if integer else _round_sig(q)
        if not bounds or q > bounds[-1]:
            bounds.append(q)
    if bounds[-1] < positive[-1]:
        bounds[-1] = float(math.ceil(positive[-1])) if integer else positive[-1]
    return bounds


def _round_sig(x: float, digits: int = 2) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - int(math.floor(math.log10(abs(x)))))


def palette(n: int) -> tuple[str, ...]:
    """`n` sequential YlOrRd colours, light to dark."""
    if n <= 0:
        return ()
    if n in YLORRD:
        return YLORRD[n]
    if n < 3:
        return (YLORRD[3][1],) if n == 1 else (YLORRD[3][0], YLORRD[3][2])
    raise ValueError(f"at most 7 classes are supported, not {n}")


def colour_for(value: float | None, bounds: Sequence[float], colours: Sequence[str]) -> str:
    """The class colour of a value; zero, negative or missing values get the pale no-data grey."""
    if value is None or math.isnan(value) or value <= 0 or not bounds:
        return NO_DATA_COLOUR
    for bound, colour in zip(bounds, colours, strict=True):
        if value <= bound:
            return colour
    return colours[-1]


def class_labels(bounds: Sequence[float], *, integer: bool = True) -> list[str]:
    """Legend labels for `class_breaks` output: "1-3", "4-10", ... (en dash).

    >>> class_labels([3.0, 10.0])
    ['1–3', '4–10']
    """
    labels = []
    for i, upper in enumerate(bounds):
        if integer:
            lo = 1.0 if i == 0 else bounds[i - 1] + 1
            top = fmt_number(upper, True)
            labels.append(top if lo >= upper else f"{fmt_number(lo, True)}–{top}")
        elif i == 0:
            labels.append(f"≤ {fmt_number(upper, False)}")
        else:
            labels.append(f"{fmt_number(bounds[i - 1], False)}–{fmt_number(upper, False)}")
    return labels


def legend_box(title: str, rows_html: str) -> str:
    """The white box of a legend: an escaped title (which folds the box away when clicked)
    and the rows' markup under it."""
    return (
        f'<div style="{BOX_STYLE}"><div class="nm-legend-title" '
        f'style="font-weight:600;margin-bottom:3px">{esc(title)}</div>'
        f'<div class="nm-legend-body">{rows_html}</div></div>'
    )


def legend_html(title: str, rows: Sequence[tuple[str, str]], *, shape: str = "box") -> str:
    """Legend markup: an escaped title and one (colour, label) row each."""
    radius = "50%" if shape == "dot" else "2px"
    parts = []
    for colour, label in rows:
        if not _HEX.match(colour):
            raise ValueError(f"legend colour must be #rrggbb, not {colour!r}")
        parts.append(
            '<div style="display:flex;align-items:center;gap:6px">'
            f'<i style="display:inline-block;width:14px;height:14px;background:{colour};'
            f'border:1px solid #888;border-radius:{radius}"></i><span>{esc(label)}</span></div>'
        )
    return legend_box(title, "".join(parts))


def hatch_id(org: str, key: str) -> str:
    """The id of the SVG pattern an organisation's status is hatched with.

    >>> hatch_id("NATO", "pfp")
    'nm-hatch-nato-pfp'
    """
    return f"nm-hatch-{org.lower()}-{key}"


def _hatch_pattern(org: str, key: str) -> str:
    colour, _ = STATUS_STYLE[key]
    kind, gap, _, _ = STATUS_HATCH[key]
    if kind == "none":
        return ""
    if kind == "dots":
        r = 1.4 if gap < 10 else 1.2
        mark = f'<circle cx="{gap / 2}" cy="{gap / 2}" r="{r}" fill="{colour}"/>'
    else:
        mark = f'<path d="M0,0V{gap}" stroke="{colour}" stroke-width="1.2"/>'
        if kind == "cross":
            mark += f'<path d="M0,0H{gap}" stroke="{colour}" stroke-width="1.2"/>'
    return (
        f'<pattern id="{hatch_id(org, key)}" patternUnits="userSpaceOnUse" width="{gap}" '
        f'height="{gap}" patternTransform="rotate({ORG_ANGLE[org]})">{mark}</pattern>'
    )


def hatch_defs() -> str:
    """One hidden SVG holding every hatching pattern, referenced as ``url(#id)`` by the
    overlays' polygons and by their legend swatches (so the two always match)."""
    patterns = "".join(_hatch_pattern(org, key) for org in ORG_ANGLE for key in STATUS_HATCH)
    return (
        '<svg width="0" height="0" style="position:absolute" aria-hidden="true">'
        f"<defs>{patterns}</defs></svg>"
    )


def hatch_style(org: str, key: str) -> dict[str, object]:
    """The Leaflet path style of a country with status `key` in `org`."""
    colour = STATUS_STYLE.get(key, (UNKNOWN_STATUS_COLOUR, ""))[0]
    kind, _, weight, dash = STATUS_HATCH.get(key, ("none", 0, 2.0, "3 3"))
    return {
        "fillColor": "none" if kind == "none" else f"url(#{hatch_id(org, key)})",
        "fillOpacity": 0 if kind == "none" else 1,
        "color": colour,
        "weight": weight,
        "opacity": 0.95,
        "dashArray": dash,
    }


def hatch_swatch(org: str, key: str) -> str:
    """A legend swatch drawn exactly as the overlay draws `key` (pattern and outline)."""
    look = hatch_style(org, key)
    dash = f' stroke-dasharray="{look["dashArray"]}"' if look["dashArray"] else ""
    fill = look["fillColor"] if look["fillOpacity"] else "none"
    return (
        '<svg width="22" height="16" style="flex:none" aria-hidden="true">'
        f'<rect x="1.5" y="1.5" width="19" height="13" fill="{fill}" stroke="{look["color"]}" '
        f'stroke-width="{min(float(str(look["weight"])), 2.5)}"{dash}/></svg>'
    )


def swatch_legend_html(title: str, rows: Sequence[tuple[str, str]]) -> str:
    """Legend markup whose rows carry their own swatch markup (from `hatch_swatch` or
    `dot_swatch`): the swatch is ours, the label is escaped."""
    body = "".join(
        f'<div style="display:flex;align-items:center;gap:6px">{swatch}<span>{esc(label)}</span>'
        "</div>"
        for swatch, label in rows
    )
    return legend_box(title, body)


def dot_swatch(colour: str) -> str:
    """A round legend swatch (a camp marker)."""
    if not _HEX.match(colour):
        raise ValueError(f"legend colour must be #rrggbb, not {colour!r}")
    return (
        '<i style="display:inline-block;flex:none;width:14px;height:14px;border-radius:50%;'
        f'background:{colour};border:2px solid #fff;box-shadow:0 0 0 1px #555"></i>'
    )
