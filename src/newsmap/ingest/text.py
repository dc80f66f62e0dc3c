"""Plain-text and Markdown articles: front matter when present, scraped-page heuristics when not.

Analysts mostly save articles by copying a page: the text then carries the site's chrome
("Flash News" above, "Latest news" below), the headline twice (once from the page header,
once from the article) and a credit line ("Taken from Deutsche Welle").  Left in, the chrome
would be geotagged and searched like news, so we peel it off the edges only: a line in the
middle of the article is never dropped.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.errors import IngestError
from newsmap.ingest.fields import article_from_record, normalize_text
from newsmap.model import Article

#: Site chrome seen at the top or bottom of copied pages (compared case-insensitively).
CHROME_LINES = frozenset(
    s.casefold()
    for s in (
        "Flash News",
        "Latest news",
        "Latest",
        "Breaking news",
        "Breaking",
        "Most read",
        "Most popular",
        "Read more",
        "Read also",
        "Related",
        "Related articles",
        "Related news",
        "Share",
        "Share this",
        "Share this article",
        "Advertisement",
        "Home",
        "News",
        "Menu",
        "Search",
        "Subscribe",
        "Comments",
        "Tags",
        "Print",
        "Najnovije",
        "Najčitanije",
        "Vesti",
        "Vijesti",
        "Pročitajte još",
        "Povezane vesti",
        "Lajme",
        "Të fundit",
        "Најнови вести",
        "Најновије",
        "Вести",
        "Вијести",
    )
)
#: A credit line naming the source, at the end (or start) of a copied article.
_CREDIT = re.compile(
    r"^(?:taken from|source|sources|izvor|burimi|preuzeto sa|preuzeto iz|извор|via)"
    r"\s*[:\-–]?\s+(?P<source>.{2,80}?)\s*\.?$",
    re.IGNORECASE,
)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_MD_HEADING = re.compile(r"^#{1,2}\s+(.+?)\s*#*\s*$")
#: A line short enough to be a headline (words), when it does not end like a sentence.
MAX_TITLE_WORDS = 25


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[dict[str, str] | None, str]:
    """Split ``---`` / ``key: value`` lines / ``---`` off the top of a text.

    Returns (None, text) when the text has no front matter.

    Raises
    ------
    IngestError
        The front matter is opened but never closed, or holds a line that is not key: value.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=2):
        if line.strip() in ("---", "..."):
            return meta, "\n".join(lines[i:])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _FRONT_KEY.match(line)
        if not m:
            raise IngestError(f"line {i}: front matter line {line[:60]!r} is not 'key: value'")
        meta[m[1].lower()] = _unquote(m[2])
    raise IngestError("front matter starts with '---' on line 1 but is never closed by '---'")


def _is_chrome(line: str) -> bool:
    return line.strip().casefold() in CHROME_LINES


def _same_title(line: str, title: str) -> bool:
    heading = _MD_HEADING.match(line.strip())
    candidate = heading[1] if heading else line
    return " ".join(candidate.split()) == " ".join(title.split())


def _looks_like_title(line: str) -> bool:
    s = line.strip()
    return (
        0 < len(s.split()) <= MAX_TITLE_WORDS
        and not s.endswith((".", ",", ";", ":"))
        and not _CREDIT.match(s)
    )


def strip_page_chrome(
    text: str, *, known_title: str | None = None
) -> tuple[str | None, str | None, str]:
    """Find (title, source, body) in a copied page.

    - chrome lines are dropped from the top and the bottom (blank lines between them too);
    - a credit line ("Taken from X", "Source: X") among the last lines gives the source;
    - the first line is the title when it is headline-shaped and either repeated right
      below (the repeat is folded) or followed by more text; a Markdown ``# heading`` too;
    - with ``known_title`` (from front matter) the first line is folded only when it repeats
      that title, so a body's opening line is never mistaken for a headline.

    Examples
    --------
    >>> strip_page_chrome("Flash News\\n\\nTitle here\\n\\nTitle here\\n\\nBody.\\n\\nLatest news")
    ('Title here', None, 'Body.')
    """
    lines = text.split("\n")
    lo, hi, source = _peel_chrome(lines)
    title, lo = _take_title(lines, lo, hi, known_title)
    body = "\n".join(lines[lo:hi]).strip()
    return title, source, body


def _skip_blank(lines: list[str], lo: int, hi: int) -> int:
    while lo < hi and not lines[lo].strip():
        lo += 1
    return lo


def _peel_chrome(lines: list[str]) -> tuple[int, int, str | None]:
    """The body's line range once chrome and blank lines are peeled off both ends, and the
    source a credit line names (at the bottom, or else at the top)."""
    lo, hi = 0, len(lines)
    while lo < hi and (not lines[lo].strip() or _is_chrome(lines[lo])):
        lo += 1
    source = None
    changed = True
    while changed and lo < hi:
        changed = False
        while lo < hi and (not lines[hi - 1].strip() or _is_chrome(lines[hi - 1])):
            hi -= 1
            changed = True
        if lo < hi and source is None and (m := _CREDIT.match(lines[hi - 1].strip())):
            source = m["source"].strip()
            hi -= 1
            changed = True
    if lo < hi and source is None and (m := _CREDIT.match(lines[lo].strip())):
        source = m["source"].strip()
        lo = _skip_blank(lines, lo + 1, hi)
    return lo, hi, source


def _take_title(
    lines: list[str], lo: int, hi: int, known_title: str | None
) -> tuple[str | None, int]:
    """The headline at the top of the body range, if there is one, and where the body starts
    after it (and after its repeat, as pages print a headline twice)."""
    if lo >= hi:
        return None, lo
    title = None
    first = lines[lo].strip()
    heading = _MD_HEADING.match(first)
    rest = [i for i in range(lo + 1, hi) if lines[i].strip()]
    if known_title is not None:
        while lo < hi and _same_title(lines[lo], known_title):
            title = known_title
            lo = _skip_blank(lines, lo + 1, hi)
    elif heading:
        title = heading[1].strip()
        lo += 1
    elif rest and _looks_like_title(first):
        title = first
        lo += 1
        if lines[rest[0]].strip() == first:  # the headline printed twice
            lo = rest[0] + 1
    if title:
        heading_again = rest and _MD_HEADING.match(lines[rest[0]].strip())
        if heading_again and heading_again[1].strip() == title:
            lo = rest[0] + 1
    return title, lo


def parse_text(raw: str, *, today: date) -> Article:
    """One ``.txt`` / ``.md`` article, with or without front matter.

    Front matter values (title, source, url, published or date, language) win over what
    the heuristics would find in the body.

    Raises
    ------
    IngestError
        The file is empty, holds nothing but page chrome, or its front matter or date is bad.
    """
    text = normalize_text(raw.lstrip("\ufeff"))
    if not text:
        raise IngestError("empty file (no text)")
    meta, body = split_front_matter(text)
    known = (meta or {}).get("title") or None
    title, source, body = strip_page_chrome(body, known_title=known)
    if not body:
        if meta is not None:
            raise IngestError("no article text after the front matter")
        raise IngestError("no article text, only a headline or page chrome such as 'Latest news'")
    record: dict[str, str | None] = {"title": title, "source": source}
    if meta:
        record.update({k: v for k, v in meta.items() if k != "text"})
        if not meta.get("title"):
            record["title"] = title
        if not meta.get("source"):
            record["source"] = source
    record["text"] = body
    return article_from_record(record, today=today)
