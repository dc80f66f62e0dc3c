"""The article list as one block of safe HTML: a card per article, its places marked.

One block rather than a markdown element per card: forty markdown elements (each parsed in the
browser, raw HTML and all) held up the map on every page load. Every piece of text is escaped
here, and Streamlit sanitises the block again.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from newsmap.view import highlight
from newsmap.view.text import safe_href

#: The cards, drawn like Streamlit's bordered containers; a card opens to the whole text.
CARD_STYLE = """<style>
.nm-card{border:1px solid rgba(49,51,63,.2);border-radius:.5rem;padding:.75rem 1rem;
  margin:0 0 .75rem 0}
.nm-card .nm-head{margin:0 0 .4rem 0}
.nm-card summary{cursor:pointer;list-style:none}
.nm-card summary::-webkit-details-marker{display:none}
.nm-card .nm-open{display:inline-block;margin-top:.3rem;font-size:.85rem;color:#1f5fa8}
.nm-card details[open] .nm-preview{display:none}
.nm-card details[open] .nm-open::after{content:" (close)"}
</style>"""


#: Longer texts show this much in the card and open to the rest.
PREVIEW_CHARS = 700


def mention_spans(mentions: pd.DataFrame) -> dict[int, list[highlight.Span]]:
    """The spans to mark per article id, from ``query.mentions_of`` rows."""
    out: dict[int, list[highlight.Span]] = {}
    for rec in mentions.to_dict("records"):
        country = rec["country"] if isinstance(rec["country"], str) else None
        out.setdefault(int(rec["article_id"]), []).append(
            highlight.Span(int(rec["start"]), int(rec["end"]), str(rec["level"]), country)
        )
    return out


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def article_card(
    rec: Mapping[str, Any], spans: Sequence[highlight.Span], names: Mapping[str, str]
) -> str:
    """One card: title (linked when the URL is http/https), source, date, the countries it
    names, its language, and the text (opening to all of it when long)."""
    title = html.escape(_text(rec.get("title")) or "(untitled)")
    codes = [c for c in (_text(rec.get("countries")) or "").split(",") if c]
    countries = ", ".join(names.get(c, c) for c in codes)
    language = _text(rec.get("language"))
    fields = (_text(rec.get("source")), _text(rec.get("published")), countries, language)
    meta = " · ".join(html.escape(x) for x in fields if x)
    url = safe_href(rec.get("url"))
    link = (
        f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{title}</a>' if url else title
    )
    text = _text(rec.get("text")) or ""
    preview = highlight.highlight_html(text, spans, limit=PREVIEW_CHARS)
    head = f'<p class="nm-head"><strong>{link}</strong><br><small>{meta}</small></p>'
    if len(text) <= PREVIEW_CHARS:
        return f'<div class="nm-card">{head}{preview}</div>'
    full = highlight.highlight_html(text, spans, limit=None)
    return (
        f'<div class="nm-card">{head}<details><summary><div class="nm-preview">{preview}</div>'
        f'<span class="nm-open">Whole article</span></summary>{full}</details></div>'
    )


def article_cards(
    arts: pd.DataFrame,
    spans: Mapping[int, Sequence[highlight.Span]],
    names: Mapping[str, str] | None = None,
) -> str:
    """The whole list, newest first as `arts` comes, with its styles and a line saying what
    the highlight colours mean; countries by name where `names` has them."""
    cards = [
        article_card(rec, spans.get(int(rec["id"]), []), names or {})
        for rec in arts.to_dict("records")
    ]
    return highlight.STYLE + CARD_STYLE + highlight.legend_html() + "".join(cards)


def _report_item(rec: Mapping[str, Any]) -> str:
    title = html.escape(_text(rec.get("title")) or "(untitled)")
    url = safe_href(rec.get("url"))
    link = (
        f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{title}</a>' if url else title
    )
    meta = " · ".join(
        html.escape(x) for x in (_text(rec.get("source")), _text(rec.get("published"))) if x
    )
    inside = bool(rec.get("in_selection"))
    note = "" if inside else '<span class="nm-outside">published outside the selected dates</span>'
    when = html.escape(str(rec.get("date") or ""))
    what = html.escape(_text(rec.get("sentence")) or "")
    small = f"{link} · {meta}" if meta else link
    css = "" if inside else ' class="nm-out"'
    return f"<li{css}><b>{when}</b> {what}<br><small>{small}</small>{note}</li>"


def report_list_html(rows: pd.DataFrame) -> str:
    """The reports behind a timeline dot (``query.dot_reports``), one line each: date, what
    happened, the article; a report whose article is outside the selection says so."""
    items = "".join(_report_item(rec) for rec in rows.to_dict("records"))
    return REPORT_STYLE + f'<ul class="nm-reports">{items}</ul>'


REPORT_STYLE = """<style>
.nm-reports{padding-left:1.1rem;font-size:.9rem}
.nm-reports li{margin:0 0 .45rem 0}
.nm-reports li.nm-out{color:#666}
.nm-outside{display:inline-block;margin-left:.4rem;padding:0 .35rem;border-radius:3px;
  background:#eee;color:#444;font-size:.8rem}
</style>"""
