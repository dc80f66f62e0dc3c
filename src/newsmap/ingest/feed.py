"""RSS and Atom feeds (a file or a fetched URL) via feedparser.

Regional outlets publish RSS with the full story or only a teaser in ``description``; we take
the richest body an entry offers (``content`` before ``summary``), reduced to plain text.
Each entry stands alone: one with no text or a future date is rejected, the rest go in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from xml.sax import SAXParseException

from newsmap.errors import IngestError
from newsmap.ingest.fields import Entry, entry_from_record
from newsmap.ingest.html import html_to_text

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


def looks_like_feed(data: bytes) -> bool:
    """An RSS/Atom root element near the top: how a fetched URL is told from a web page."""
    return bool(_FEED_ROOT.search(data[:2048]))


def _entry_text(entry: dict) -> str:
    contents = entry.get("content") or []
    values = [c.get("value", "") for c in contents if isinstance(c, dict)]
    body = max(values, key=len, default="")
    summary = entry.get("summary") or ""
    return html_to_text(body if len(body) >= len(summary) else summary)


def parse_feed(data: bytes, *, today: date) -> Iterator[Entry]:
    """Entries of an RSS or Atom document, ``where`` being "entry N" (1-based).

    Raises
    ------
    IngestError
        The bytes are not a feed, or a feed with no entries.
    """
    import feedparser  # noqa: PLC0415 - keeps the import cost off non-feed inputs

    if not data.strip():
        raise IngestError("empty file (no feed)")
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.bozo and not looks_like_feed(data):
            reason = parsed.get("bozo_exception")
            raise IngestError(f"not an RSS/Atom feed ({reason})")
        raise IngestError("feed has no entries")
    broken = parsed.get("bozo_exception")
    if isinstance(broken, SAXParseException):  # entries recovered from malformed XML
        yield Entry(
            None,
            notice=f"the feed is not well-formed XML ({broken.getMessage()} at line "
            f"{broken.getLineNumber()}); its entries were read as far as they go",
        )
    channel = parsed.feed
    feed_source = channel.get("title") or None
    feed_lang = channel.get("language") or None
    for i, entry in enumerate(parsed.entries, start=1):
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        raw = entry.get("published") or entry.get("updated")
        record = {
            "text": _entry_text(entry),
            "title": html_to_text(entry.get("title") or "") or None,
            "url": entry.get("link"),
            "source": (entry.get("source") or {}).get("title") or feed_source,
            "language": feed_lang,
        }
        where = f"entry {i}"
        if raw and published is None:
            record["published"] = raw  # feedparser could not read it: let our parser say why
        elif published is not None:
            try:
                record["published"] = date(*published[:3]).isoformat()
            except (TypeError, ValueError):  # a year feedparser accepted but date() cannot hold
                record["published"] = raw or repr(tuple(published[:3]))
        yield entry_from_record(record, where, today=today)
