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

#: Alliance status -> (fill colour, legend label). Keys are normalised (see `status_key`).
STATUS_STYLE: dict[str, tuple[str, str]] = {
    "member": ("#08519c", "Member"),
    "map": ("#4292c6", "Membership Action Plan"),
    "candidate": ("#4292c6", "Candidate"),
    "ipap": ("#6baed6", "Partnership for Peace with an IPAP"),
    "pfp": ("#9ecae1", "Partnership for Peace"),
    "applicant": ("#9ecae1", "Applicant"),
    "potential_candidate": ("#c6dbef", "Potential candidate"),
    "none": ("#fdd49e", "Neither member nor partner"),
}
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


def legend_html(title: str, rows: Sequence[tuple[str, str]], *, shape: str = "box") -> str:
    """Legend markup: an escaped title and one (colour, label) row each."""
    parts = [
        f'<div style="{BOX_STYLE}"><div style="font-weight:600;margin-bottom:3px">'
        f"{esc(title)}</div>"
    ]
    radius = "50%" if shape == "dot" else "2px"
    for colour, label in rows:
        if not _HEX.match(colour):
            raise ValueError(f"legend colour must be #rrggbb, not {colour!r}")
        parts.append(
            '<div style="display:flex;align-items:center;gap:6px">'
            f'<i style="display:inline-block;width:14px;height:14px;background:{colour};'
            f'border:1px solid #888;border-radius:{radius}"></i><span>{esc(label)}</span></div>'
        )
    parts.append("</div>")
    return "".join(parts)
