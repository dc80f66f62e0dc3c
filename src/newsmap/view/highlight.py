"""Article text with its place mentions marked, as safe HTML for the article list.

Every piece of the text is escaped before it is wrapped in ``<mark>``, so a hostile article
(``<script>`` in its body) is shown as text; only our own tags reach the browser.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

#: Mark colours by mention level: countries and units bolder than cities and sites.
LEVEL_CLASS = {
    "country": "nm-country",
    "admin1": "nm-admin1",
    "city": "nm-city",
    "site": "nm-site",
    "region": "nm-region",
    "demonym": "nm-demonym",
}

#: What each mark colour means, in the order the legend lists them.
LEGEND = (
    ("nm-country", "country"),
    ("nm-admin1", "admin-1 unit"),
    ("nm-city", "town"),
    ("nm-site", "site"),
    ("nm-region", "region"),
    ("nm-demonym", "people (Serbs, Kosovars)"),
)

STYLE = """<style>
.nm-text{font-size:.92rem;line-height:1.5;color:#333}
.nm-text mark{padding:0 .15em;border-radius:3px}
mark.nm-country{background:#fdd49e}mark.nm-admin1{background:#fdbb84}
mark.nm-city{background:#c6dbef}mark.nm-site{background:#c7e9c0}
mark.nm-region{background:#eeeeee}mark.nm-demonym{background:#dadaeb}
</style>"""


@dataclass(frozen=True)
class Span:
    """One mention to mark: offsets into the text, the place's country and level."""

    start: int
    end: int
    level: str
    country: str | None = None


def highlight_html(text: str, spans: Iterable[Span], *, limit: int | None = 700) -> str:
    """The first `limit` characters of `text` (cut at a word; all of it when None), mentions
    wrapped in ``<mark>``.

    Overlapping or out-of-range spans are skipped rather than trusted.
    """
    cut = len(text)
    if limit is not None and len(text) > limit:
        space = text.rfind(" ", 0, limit)
        cut = space if space > limit // 2 else limit
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < pos or span.end > cut or span.start >= span.end:
            continue
        out.append(html.escape(text[pos : span.start]))
        title = f' title="{html.escape(span.country)}"' if span.country else ""
        css = LEVEL_CLASS.get(span.level, "nm-city")
        out.append(f'<mark class="{css}"{title}>{html.escape(text[span.start : span.end])}</mark>')
        pos = span.end
    out.append(html.escape(text[pos:cut]))
    if cut < len(text):
        out.append(" …")
    return '<div class="nm-text">' + "".join(out).replace("\n", "<br>") + "</div>"


def legend_html() -> str:
    """One line naming what each highlight colour marks."""
    marks = " ".join(f'<mark class="{css}">{html.escape(label)}</mark>' for css, label in LEGEND)
    return f'<p class="nm-text nm-marks">Places are marked by kind: {marks}</p>'
