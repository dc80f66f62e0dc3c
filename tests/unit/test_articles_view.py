"""The article cards and the alliance table: escaped text, marked places, statuses in words."""

from __future__ import annotations

from datetime import date

import pandas as pd

from newsmap.geodata import load_alliances
from newsmap.view.alliance_table import alliance_rows
from newsmap.view.articles import article_cards, mention_spans


def test_cards_escape_text_link_only_http_and_mark_places():
    arts = pd.DataFrame(
        [
            dict(
                id=1,
                title="<b>Vote</b> in Skopje",
                url="javascript:alert(1)",
                source="MIA",
                published="2024-05-09",
                countries="MK",
                text="Voters in Skopje chose.",
            ),
            dict(
                id=2,
                title=None,
                url="https://example.org/2",
                source=None,
                published=None,
                countries=None,
                text="Nothing here.",
            ),
        ]
    )
    mentions = pd.DataFrame([dict(article_id=1, start=10, end=16, level="city", country="MK")])
    html = article_cards(arts, mention_spans(mentions))
    assert html.count('class="nm-card"') == 2
    assert "&lt;b&gt;Vote&lt;/b&gt; in Skopje" in html and "javascript:" not in html
    assert '<mark class="nm-city" title="MK">Skopje</mark>' in html
    assert "<small>MIA · 2024-05-09 · MK</small>" in html
    assert '<a href="https://example.org/2" target="_blank" rel="noopener">(untitled)</a>' in html


def test_alliance_rows_say_each_status_in_words():
    rows = alliance_rows(
        load_alliances(), date(2020, 3, 26), ("MK", "XK", "ZZ"), {"MK": "North Macedonia"}
    )
    assert rows == [
        {
            "country": "North Macedonia",
            "NATO": "Membership Action Plan since 1999-04-24",
            "EU": rows[0]["EU"],
        },
        {"country": "XK", "NATO": "neither", "EU": rows[1]["EU"]},
        {"country": "ZZ", "NATO": "—", "EU": "—"},
    ]
    assert rows[0]["EU"].startswith("candidate since")
