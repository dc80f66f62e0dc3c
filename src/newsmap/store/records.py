"""How the model's records become rows, and what a write reports back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from newsmap.errors import StoreError
from newsmap.model import Article, Event, Mention
from newsmap.store.search import searchable

Tagger = Callable[[Article], tuple[list[Mention], list[Event]]]

MENTION_COLUMNS = (
    "article_id",
    "start",
    '"end"',
    "surface",
    "place_id",
    "name",
    "country",
    "admin1",
    "level",
    "lat",
    "lon",
    "score",
    "metonymic",
)
EVENT_COLUMNS = (
    "article_id",
    "date",
    "precision",
    "date_source",
    "start",
    '"end"',
    "sentence",
    "type",
    "countries",
    "place_ids",
    "surface",
    "sentence_start",
    "sentence_end",
)
ARTICLE_COLUMNS = (
    "url",
    "source",
    "title",
    "published",
    "language",
    "text",
    "content_hash",
    "ingested_at",
    "search",
)
MENTION_COLS = ", ".join(MENTION_COLUMNS)
EVENT_COLS = ", ".join(EVENT_COLUMNS)
ARTICLE_COLS = ", ".join(ARTICLE_COLUMNS)


@dataclass(frozen=True)
class AddResult:
    """What happened to one article: stored anew, or already there under ``article_id``."""

    status: Literal["new", "duplicate"]
    article_id: int


@dataclass(frozen=True)
class RetagReport:
    """How many articles were re-tagged, and how many mentions/events they now carry."""

    articles: int
    mentions: int
    events: int


def check_mentions(text: str, mentions: Sequence[Mention]) -> None:
    """Refuse offsets that do not point at their surface: the map would highlight garbage."""
    for i, m in enumerate(mentions):
        if not (0 <= m.start <= m.end <= len(text)) or text[m.start : m.end] != m.surface:
            raise StoreError(
                f"mention {i} {m.surface!r} at {m.start}:{m.end} does not match the article "
                f"text there ({text[max(m.start, 0) : max(m.end, 0)]!r}); the tagger must give "
                "offsets into Article.text"
            )


def article_row(article: Article, now: str) -> tuple[Any, ...]:
    """An article's ``ARTICLE_COLS`` values, stored at ``now`` (an ISO timestamp)."""
    published = article.published.isoformat() if article.published else None
    return (
        article.url,
        article.source,
        article.title,
        published,
        article.language,
        article.text,
        article.content_hash,
        now,
        searchable(article.title, article.text),
    )


def mention_row(article_id: int, m: Mention) -> tuple[Any, ...]:
    """A mention's ``MENTION_COLS`` values."""
    return (
        article_id,
        m.start,
        m.end,
        m.surface,
        m.place_id,
        m.name,
        m.country,
        m.admin1,
        m.level,
        m.lat,
        m.lon,
        m.score,
        int(bool(m.metonymic)),
    )


def event_row(article_id: int, text: str, e: Event) -> tuple[Any, ...]:
    """An event's ``EVENT_COLS`` values, with its sentence cut out of the article's text."""
    sentence = text[e.sentence_start : e.sentence_end] if e.sentence_end > e.sentence_start else ""
    return (
        article_id,
        e.date,
        e.precision,
        e.date_source,
        e.start,
        e.end,
        sentence,
        e.type,
        ",".join(e.countries),
        ",".join(e.place_ids),
        e.surface,
        e.sentence_start,
        e.sentence_end,
    )


def split_codes(joined: str | None) -> list[str]:
    """A comma-separated column back into its codes."""
    return [part for part in (joined or "").split(",") if part]
