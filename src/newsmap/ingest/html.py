"""HTML pages (saved or fetched) and HTML fragments (feed summaries) to plain text.

A whole page carries navigation, ads, cookie banners and scripts around the story;
trafilatura finds the main text and reads the title, date and site name from the page's
metadata.  A page where it finds no story (a script-only shell, a login wall) is rejected
rather than stored as an empty or chrome-only article.

Feed entries carry short HTML snippets; for those a small tag stripper is enough and keeps
trafilatura (slow to import) off the feed path.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from typing import Any

from newsmap.errors import IngestError
from newsmap.ingest.fields import article_from_record
from newsmap.model import Article

_HTML_LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header "
    "footer pre figure figcaption".split()
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "iframe", "svg"))
#: A main text shorter than this (characters) is a teaser or page chrome, not an article.
MIN_PAGE_TEXT = 40


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment: tags dropped, blocks on their own lines.

    Examples
    --------
    >>> html_to_text("<p>Protest in <b>Tetovo</b>.</p><script>x()</script><p>Calm now.</p>")
    'Protest in Tetovo.\\nCalm now.'
    """
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    parser = _TextCollector()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def parse_html(page: str, *, today: date, url: str | None = None) -> Article:
    """The main article of an HTML page, with title, date, source and language from metadata.

    Raises
    ------
    IngestError
        No main text was found (a page of scripts or navigation only), or its date is bad.
    """
    import trafilatura  # slow to import: only pages need it

    if not page.strip():
        raise IngestError("empty file (no HTML)")
    try:
        doc = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError, AttributeError) as exc:  # malformed markup deep in lxml
        raise IngestError(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    meta: dict[str, Any] = {}
    if isinstance(doc, dict):
        meta = doc
    elif doc is not None:
        meta = doc.as_dict()
    text = (meta.get("text") or "").strip()
    if len(text) < MIN_PAGE_TEXT:
        raise IngestError(
            "no article text found in the HTML page (only scripts, navigation or a teaser)"
        )
    title = meta.get("title")
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        text = rest.strip()  # trafilatura repeats the <h1> headline as the first line
    lang = _HTML_LANG.search(page[:4096])
    record = {
        "text": text,
        "title": title,
        "published": meta.get("date"),
        "source": meta.get("sitename") or meta.get("hostname"),
        "url": url or meta.get("url"),
        "language": meta.get("language") or (lang[1].lower() if lang else None),
    }
    return article_from_record(record, today=today)
