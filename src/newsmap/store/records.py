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


#: The article columns a write gives values for, after the id and ``ingested_at`` that the
#: store adds when it commits.
ARTICLE_VALUES = tuple(c for c in ARTICLE_COLUMNS if c != "ingested_at")
#: The columns of an article row as a write inserts it.
INSERT_ARTICLE = ("id", "ingested_at", *ARTICLE_VALUES)

#: A tagged article as the store writes it: its ``ARTICLE_VALUES``, and its mention and event
#: rows without the article id (known only when it is committed). Plain tuples, made wherever
#: the article was tagged: a cluster worker sends these rather than the model's objects,
#: which took its client eight times longer to unpickle.
ArticleRows = tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def article_rows(
    article: Article, mentions: Sequence[Mention], events: Sequence[Event]
) -> ArticleRows | StoreError:
    """An article's rows, or why it cannot be stored (before the database is asked)."""
    if not isinstance(article.text, str) or not article.text.strip():
        return StoreError("refusing to store an article with no text")
    try:
        check_mentions(article.text, mentions)
    except StoreError as exc:
        return exc
    return article_values(article), mention_rows(mentions), event_rows(article.text, events)


def article_values(article: Article) -> tuple[Any, ...]:
    """An article's ``ARTICLE_VALUES``."""
    published = article.published.isoformat() if article.published else None
    return (
        article.url,
        article.source,
        article.title,
        published,
        article.language,
        article.text,
        article.content_hash,
        searchable(article.title, article.text),
    )


def mention_rows(mentions: Sequence[Mention]) -> list[tuple[Any, ...]]:
    """Mentions' ``MENTION_COLUMNS`` values after the article id."""
    return [
        (
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
        for m in mentions
    ]


def event_rows(text: str, events: Sequence[Event]) -> list[tuple[Any, ...]]:
    """Events' ``EVENT_COLUMNS`` values after the article id, each with its sentence cut out
    of the article's text."""
    return [
        (
            e.date,
            e.precision,
            e.date_source,
            e.start,
            e.end,
            text[e.sentence_start : e.sentence_end] if e.sentence_end > e.sentence_start else "",
            e.type,
            ",".join(e.countries),
            ",".join(e.place_ids),
            e.surface,
            e.sentence_start,
            e.sentence_end,
        )
        for e in events
    ]


def split_codes(joined: str | None) -> list[str]:
    """A comma-separated column back into its codes."""
    return [part for part in (joined or "").split(",") if part]
