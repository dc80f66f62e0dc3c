"""HTML pages (saved or fetched) and HTML fragments (feed summaries) to plain text.

A whole page carries navigation, ads, cookie banners and scripts around the story;
trafilatura finds the main text and reads the title, date and site name from the page's
metadata.  A page where it finds no story (a script-only shell, a login wall) is rejected
rather than stored as an empty or chrome-only article.

The work per page is bounded: trafilatura's cost grows with the number of elements (an
8.75 MB page of nested blocks took minutes), so a page of more than `MAX_PAGE_ELEMENTS` is cut
after that many, in document order, and the cut is reported with the page's name. lxml drops
everything nested deeper than 255 levels unless told otherwise, and a page nested past its
hard limit (about 2,000 levels) keeps no text at all in a tree: such a page is read as the
visible text of its markup instead, so real text is never called "a teaser".

Feed entries carry short HTML snippets; for those a small tag stripper is enough and keeps
trafilatura (slow to import) off the feed path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
#: Elements of a page given to the main-text extractor (a long news page has 3,000-10,000;
#: 25,000 take about two seconds).
MAX_PAGE_ELEMENTS = 25_000
#: Nesting past which lxml's default parser loses text (it keeps 255 levels).
DEEP_PAGE = 250
#: Nesting at which even lxml's huge-tree mode stops keeping what is inside.
TOO_DEEP_PAGE = 2_000


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


@dataclass(frozen=True)
class Page:
    """A page's article, and a notice when only part of the page could be read."""

    article: Article
    notice: str | None = None


def _depth_and_size(tree: Any) -> tuple[int, int]:
    from lxml import etree

    depth = deepest = elements = 0
    for event, _el in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            elements += 1
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest, elements


def _cut(tree: Any, keep: int) -> None:
    """Drop every element after the first ``keep`` in document order (in place)."""
    elements = list(tree.iter())
    kept = {id(el) for el in elements[:keep]}
    for el in elements[keep:]:
        parent = el.getparent()
        if parent is not None and id(parent) in kept:
            parent.remove(el)


def _bounded_tree(page: str) -> tuple[Any, str | None, bool]:
    """The page as a tree for the extractor (None: let it parse the text itself), the
    notice for a cut page, and whether it is too deep for any tree."""
    import lxml.html

    parser = lxml.html.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True
    )
    try:
        tree = lxml.html.document_fromstring(page.encode("utf-8", "replace"), parser=parser)
    except (ValueError, TypeError) as exc:  # lxml.etree.ParserError is a ValueError
        raise IngestError(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    depth, size = _depth_and_size(tree)
    if depth >= TOO_DEEP_PAGE:
        return None, None, True
    notice = None
    if size > MAX_PAGE_ELEMENTS:
        _cut(tree, MAX_PAGE_ELEMENTS)
        notice = (
            f"the page has {size:,} HTML elements; its text was looked for in the first "
            f"{MAX_PAGE_ELEMENTS:,} only"
        )
    elif depth < DEEP_PAGE:
        return None, None, False
    return tree, notice, False


def _extract(page: str, tree: Any, url: str | None) -> dict[str, Any]:
    import trafilatura  # slow to import: only pages need it

    try:
        doc = trafilatura.bare_extraction(
            page if tree is None else tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # malformed markup deep in lxml
        raise IngestError(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    except RecursionError:
        return {}
    if isinstance(doc, dict):
        return doc
    return {} if doc is None else dict(doc.as_dict())


def read_page(page: str, *, today: date, url: str | None = None) -> Page:
    """The main article of an HTML page, with title, date, source and language from
    metadata, and a notice when the page was too big or too deep to read whole.

    Raises
    ------
    IngestError
        No main text was found (a page of scripts or navigation only), or its date is bad.
    """
    if not page.strip():
        raise IngestError("empty file (no HTML)")
    tree, notice, too_deep = _bounded_tree(page)
    if too_deep:
        meta: dict[str, Any] = {"text": html_to_text(page)}
        notice = (
            f"the page is nested more than {TOO_DEEP_PAGE:,} levels deep; its visible text "
            "was kept whole, without telling the story from the page around it"
        )
    else:
        meta = _extract(page, tree, url)
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
    return Page(article_from_record(record, today=today), notice)


def parse_html(page: str, *, today: date, url: str | None = None) -> Article:
    """The main article of an HTML page (`read_page` without its notice).

    Raises
    ------
    IngestError
        No main text was found (a page of scripts or navigation only), or its date is bad.
    """
    return read_page(page, today=today, url=url).article
