"""Loose records (a JSON object, a CSV row, front matter) to an :class:`Article`.

Exports from media monitors name their columns differently ("body", "content", "pubDate"),
so every structured reader funnels through one mapping of accepted names; a record that has
no text under any of them is rejected with the names we looked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsmap.errors import IngestError
from newsmap.ingest.dates import check_published
from newsmap.ingest.language import detect_language, normalise_language
from newsmap.model import Article

#: Largest article text we accept (in characters): a bigger "article" is a dump, not news.
MAX_TEXT_CHARS = 2_000_000

TEXT_KEYS = ("text", "body", "content", "article", "description")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("published", "date", "pubdate", "published_at", "datetime", "time")
URL_KEYS = ("url", "link", "href")
SOURCE_KEYS = ("source", "outlet", "publisher", "site", "sitename")
LANGUAGE_KEYS = ("language", "lang")


@dataclass(frozen=True)
class Entry:
    """One item of a multi-article input: an article, or why that item was rejected.

    ``where`` names the item inside its input ("line 7", "entry 3", "row 12") so a rejection
    message can point at it; the other items of the same input still go on.  An entry with
    only a ``notice`` is a warning about the input (bytes replaced, a page cut short):
    nothing was lost that the notice does not name.
    """

    where: str | None
    article: Article | None = None
    error: str | None = None
    notice: str | None = None


def entry_from_record(record: Any, where: str, *, today: date) -> Entry:
    """Wrap :func:`article_from_record` so one bad record becomes a rejection, not a stop."""
    try:
        return Entry(where, article=article_from_record(record, today=today))
    except IngestError as exc:
        return Entry(where, error=str(exc))


def normalize_text(text: str) -> str:
    """Unify line endings and drop NULs and surrounding blank space.

    Stored offsets index into exactly this string, so it is computed once, at ingest.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


def _pick(record: Mapping[str, Any], keys: tuple[str, ...], what: str) -> str | None:
    for key in keys:
        if key in record and record[key] is not None:
            value = record[key]
            if isinstance(value, dict) and what == "source":  # {"source": {"name": ...}}
                value = value.get("name") or value.get("title")
            if isinstance(value, (int, float)) and not isinstance(value, bool) and what != "text":
                value = str(value)
            if not isinstance(value, str):
                raise IngestError(f"field {key!r} ({what}) is {type(value).__name__}, not text")
            value = value.strip()
            if value:
                return value
    return None


def article_from_record(record: Any, *, today: date) -> Article:
    """Build an Article from one record with loosely named fields.

    Raises
    ------
    IngestError
        The record is not an object, has no text, has text that is too long, or has an
        unreadable or future publication date.
    """
    if not isinstance(record, Mapping):
        raise IngestError(f"expected an object with a text field, got {type(record).__name__}")
    lowered = {str(k).lower(): v for k, v in record.items()}
    text = _pick(lowered, TEXT_KEYS, "text")
    if text is None:
        raise IngestError(f"no text (expected a non-empty field: {', '.join(TEXT_KEYS[:3])})")
    text = normalize_text(text)
    if not any(ch.isalpha() for ch in text):
        raise IngestError("text has no words (only digits, punctuation or symbols)")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(
            f"text is {len(text):,} characters, more than the {MAX_TEXT_CHARS:,} limit"
        )
    raw_date = next((lowered[k] for k in DATE_KEYS if lowered.get(k) not in (None, "")), None)
    if raw_date is not None and not isinstance(raw_date, str):
        raise IngestError(f"published date {raw_date!r} is not a date string")
    title = _pick(lowered, TITLE_KEYS, "title")
    return Article(
        text=text,
        title=" ".join(title.split()) if title else None,
        published=check_published(raw_date, today=today),
        source=_pick(lowered, SOURCE_KEYS, "source"),
        url=_pick(lowered, URL_KEYS, "url"),
        language=normalise_language(_pick(lowered, LANGUAGE_KEYS, "language"))
        or detect_language(text, title),
    )
