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

#: The cards, drawn like Streamlit's bordered containers.
CARD_STYLE = """<style>
.nm-card{border:1px solid rgba(49,51,63,.2);border-radius:.5rem;padding:.75rem 1rem;
  margin:0 0 .75rem 0}
.nm-card .nm-head{margin:0 0 .4rem 0}
</style>"""


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


def article_card(rec: Mapping[str, Any], spans: Sequence[highlight.Span]) -> str:
    """One card: title (linked when the URL is http/https), source, date, countries, text."""
    title = html.escape(_text(rec.get("title")) or "(untitled)")
    meta = " · ".join(
        html.escape(x)
        for x in (_text(rec.get(k)) for k in ("source", "published", "countries"))
        if x
    )
    url = safe_href(rec.get("url"))
    link = (
        f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{title}</a>' if url else title
    )
    body = highlight.highlight_html(rec.get("text") or "", spans)
    return (
        f'<div class="nm-card"><p class="nm-head"><strong>{link}</strong><br>'
        f"<small>{meta}</small></p>{body}</div>"
    )


def article_cards(arts: pd.DataFrame, spans: Mapping[int, Sequence[highlight.Span]]) -> str:
    """The whole list, newest first as `arts` comes, with its styles."""
    cards = [article_card(rec, spans.get(int(rec["id"]), [])) for rec in arts.to_dict("records")]
    return highlight.STYLE + CARD_STYLE + "".join(cards)
