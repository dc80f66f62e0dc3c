"""Small pure helpers for the text that reaches a map: escaping, safe links, numbers, gaps.

Names and titles come from the news and from gazetteers, so every piece of text is escaped
once, here, before it becomes markup; a URL becomes a link only when it is http(s).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

#: The marks that open Markdown's links, images, emphasis, code, HTML and Streamlit's maths
#: and coloured text, each escaped with a backslash as CommonMark allows (":" and "/" too, or a
#: bare URL's link would swallow the next backslash); in one line of text the others ("-",
#: "=", "'", ".") mean nothing and stay as they are.
_MD_MARKS = re.compile(r"[\\`*_\[\]()<>!~$|#{}:/]")
_HTTP_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)


def esc(value: Any) -> str:
    """HTML-escape any value for tooltips, popups and legends (None becomes "").

    >>> esc('<b>"Niš"</b>')
    '&lt;b&gt;&quot;Niš&quot;&lt;/b&gt;'
    """
    return "" if value is None else html.escape(str(value), quote=True)


def safe_href(url: Any) -> str | None:
    """The URL if it is http(s), else None: a `javascript:` link must never become clickable."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if _HTTP_URL.match(url) else None


def md_literal(text: str) -> str:
    r"""One line for a Streamlit message, shown as typed: a value from a URL cannot become a
    link, an image, emphasis, maths or coloured text on the page.

    >>> print(md_literal("lang '[x](http://e)' :red[y] $x$ *b*"))
    lang '\[x\]\(http\:\/\/e\)' \:red\[y\] \$x\$ \*b\*
    """
    return _MD_MARKS.sub(r"\\\g<0>", text)


def present(x: Any) -> bool:
    """False for None, NaN/NaT and empty strings: the gaps a CSV-loaded frame is full of."""
    if x is None or (isinstance(x, str) and not x.strip()):
        return False
    try:
        return not bool(pd.isna(x))
    except (TypeError, ValueError):
        return True


def text_or_none(value: Any) -> str | None:
    """`value` as text, or None for a gap."""
    return str(value) if present(value) else None


def is_number(x: Any) -> bool:
    """True when `x` reads as a number."""
    try:
        float(x)
    except (TypeError, ValueError):
        return False
    return True


def fmt_number(x: float, integer: bool) -> str:
    """A count with thousands separators, or a rate with as many decimals as it needs.

    >>> fmt_number(12345, True), fmt_number(3.14159, False), fmt_number(42.42, False)
    ('12,345', '3.14', '42.4')
    """
    if integer:
        return f"{int(round(x)):,}"
    return f"{x:,.2f}" if x < 10 else f"{x:,.1f}" if x < 100 else f"{x:,.0f}"


def names(row: Mapping[str, Any]) -> tuple[str, str | None]:
    """(English name, local name when it differs) of a polygon's row."""
    name = row.get("name")
    local = row.get("name_local") if present(row.get("name_local")) else None
    return str(name), (str(local) if local and str(local) != str(name) else None)
