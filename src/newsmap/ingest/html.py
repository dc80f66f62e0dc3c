"""HTML pages (saved or fetched) and HTML fragments (feed summaries) to plain text.

A whole page carries navigation, ads, cookie banners and scripts around the story;
trafilatura finds the main text and reads the title, date and site name from the page's
metadata.  A page where it finds no story (a script-only shell, a login wall) is rejected
rather than stored as an empty or chrome-only article.

The work per page is bounded: trafilatura's cost grows with the number of elements (an
8.75 MB page of nested blocks took minutes). On a page of more than `MAX_PAGE_ELEMENTS`, the
parts trafilatura would throw away anyway (navigation, asides, footers, scripts, menus) go
first; if it is still too big, it is cut to that many elements, those of its ``<article>``
and ``<main>`` elements kept first and the rest in document order, so a story placed after a
huge menu or list is still the one read; the cut is reported with the page's name. Time also
grows with the square of the number of text blocks in trafilatura's fallback extractors (a
470 KB page of 24,000 short blocks took 50 s), so a page of more than `MAX_FALLBACK_BLOCKS` is
read by trafilatura's own extractor alone. lxml drops
everything nested deeper than 255 levels unless told otherwise, and a page nested past its
hard limit (about 2,000 levels) keeps no text at all in a tree: such a page is read as the
visible text of its markup instead (its ``<title>`` still the title), so real text is never
called "a teaser".

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
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "iframe", "svg", "title"))
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
#: Where a page's ``<title>`` is looked for when the page is read as plain markup.
_HEAD_CHARS = 65_536
#: A main text shorter than this (characters) is a teaser or page chrome, not an article.
MIN_PAGE_TEXT = 40
#: Elements of a page given to the main-text extractor (a long news page has 3,000-10,000;
#: 25,000 take about two seconds).
MAX_PAGE_ELEMENTS = 25_000
#: Text blocks past which trafilatura's fallback extractors are skipped: jusText compares
#: each short block with its neighbours one by one, so its time grows with the square of
#: their number (12,000 short blocks took 50 s; trafilatura's own extractor 1.7 s).
MAX_FALLBACK_BLOCKS = 3_000
#: Elements trafilatura discards before it looks for the story: dropped first from a page
#: too big to read whole, so that the element budget goes to what can hold the story.
NEVER_STORY = (
    "nav aside footer menu select option button script style noscript iframe svg canvas "
    "video audio object embed"
).split()
#: Elements that hold the page's main content (HTML5 and the ARIA landmark): kept after
#: the ``<article>`` elements when a page is cut.
_MAIN_XPATH = "//*[self::main or @role='main']"
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


@dataclass(frozen=True)
class _Shape:
    depth: int
    elements: int
    #: Elements holding text of their own: what the fallback extractors take as paragraphs.
    blocks: int


def _shape(tree: Any) -> _Shape:
    from lxml import etree

    depth = deepest = elements = blocks = 0
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            elements += 1
            depth += 1
            deepest = max(deepest, depth)
            blocks += bool(isinstance(el.text, str) and el.text.strip())
        else:
            depth -= 1
    return _Shape(deepest, elements, blocks)


def _cut(tree: Any, keep: int) -> bool:
    """Keep ``keep`` elements (in place): first those of the page's ``<article>`` elements,
    the one with the most text first, then of its ``<main>``, each with its ancestors, then
    the others in document order. True when there were such elements to keep first."""
    elements = list(tree.iter())  # holds every proxy, so that each id() stays that element's
    kept: set[int] = set()
    articles = sorted(tree.iter("article"), key=lambda el: -len(el.text_content()))
    stories = articles + tree.xpath(_MAIN_XPATH)
    for story in stories:
        kept.update(id(a) for a in story.iterancestors())
        for el in story.iter():
            if len(kept) >= keep:
                break
            kept.add(id(el))
    for el in elements:
        if len(kept) >= keep:
            break
        kept.add(id(el))
    for el in elements:
        parent = el.getparent()
        if id(el) not in kept and parent is not None and id(parent) in kept:
            parent.remove(el)
    return bool(stories)


@dataclass(frozen=True)
class Bounded:
    """What the extractor gets: a tree (None: the page's text, for it to parse), whether to
    skip its fallback extractors, and the notice for a page that was cut."""

    tree: Any
    fast: bool = False
    notice: str | None = None
    too_deep: bool = False


def bound_page(page: str) -> Bounded:
    """The page made small enough for the extractor, or too deep for any tree."""
    import lxml.html

    parser = lxml.html.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True
    )
    try:
        tree = lxml.html.document_fromstring(page.encode("utf-8", "replace"), parser=parser)
    except (ValueError, TypeError) as exc:  # lxml.etree.ParserError is a ValueError
        raise IngestError(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    shape = _shape(tree)
    if shape.depth >= TOO_DEEP_PAGE:
        return Bounded(None, too_deep=True)
    fast = shape.blocks > MAX_FALLBACK_BLOCKS
    if shape.elements <= MAX_PAGE_ELEMENTS:
        return Bounded(None if shape.depth < DEEP_PAGE else tree, fast)
    from lxml import etree

    for body in tree.iter("body"):
        etree.strip_elements(body, *NEVER_STORY, with_tail=False)
    stripped = _shape(tree)
    if stripped.elements <= MAX_PAGE_ELEMENTS:  # nothing that could be the story was left out
        return Bounded(tree, stripped.blocks > MAX_FALLBACK_BLOCKS)
    where = "its <article> or <main> first" if _cut(tree, MAX_PAGE_ELEMENTS) else "in page order"
    notice = (
        f"the page has {shape.elements:,} HTML elements; its text was looked for in "
        f"{MAX_PAGE_ELEMENTS:,} of them only ({where})"
    )
    return Bounded(tree, _shape(tree).blocks > MAX_FALLBACK_BLOCKS, notice)


def _extract(page: str, bounded: Bounded, url: str | None) -> dict[str, Any]:
    import trafilatura  # slow to import: only pages need it

    try:
        doc = trafilatura.bare_extraction(
            page if bounded.tree is None else bounded.tree,
            url=url,
            fast=bounded.fast,
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
    bounded = bound_page(page)
    notice = bounded.notice
    if bounded.too_deep:
        title = _TITLE.search(page[:_HEAD_CHARS])
        meta: dict[str, Any] = {
            "text": html_to_text(page),
            "title": " ".join(html_to_text(title[1]).split()) if title else None,
        }
        notice = (
            f"the page is nested more than {TOO_DEEP_PAGE:,} levels deep; its visible text "
            "was kept whole, without telling the story from the page around it"
        )
    else:
        meta = _extract(page, bounded, url)
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
