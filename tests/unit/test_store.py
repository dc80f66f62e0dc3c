"""The store: one transaction per article, duplicates, retag, consistent reads, schema."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from newsmap.errors import StoreError
from newsmap.model import Article, Event, Mention
from newsmap.store import SCHEMA_VERSION, Store

_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def capital_tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    """Test double: a mention per capitalised word, an event per sentence with a 4-digit year."""
    mentions = [
        Mention(m.start(), m.end(), m[0], f"fake:{m[0]}", m[0], "XK", None, "city", 42.0, 21.0, 1.0)
        for m in _WORD.finditer(article.text)
    ]
    events = [
        Event(m[0], "year", "explicit", m[0], m.start(), m.end(), 0, len(article.text), "other",
              ("XK", "RS"), ("fake:A",))
        for m in re.finditer(r"\b(19|20)\d\d\b", article.text)
    ]  # fmt: skip
    return mentions, events


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(str(tmp_path / "news.db"))
    yield s
    s.close()


ART = Article(
    text="Leaders met in Skopje in 2023. Talks moved to Tirana.",
    title="Summit",
    published=date(2024, 5, 2),
    source="Wire",
    url="https://example.org/s",
    language="en",
)


def test_new_then_duplicate(store: Store) -> None:
    first = store.add_article(ART, *capital_tagger(ART))
    again = store.add_article(ART, *capital_tagger(ART))
    assert first.status == "new"
    assert (again.status, again.article_id) == ("duplicate", first.article_id)
    assert store.counts() == {"articles": 1, "mentions": 4, "events": 1}


def test_rewrapped_copy_is_a_duplicate(store: Store) -> None:
    store.add_article(ART, [], [])
    rewrapped = Article(text=ART.text.replace(" ", "\n", 3), title=ART.title)
    assert store.add_article(rewrapped, [], []).status == "duplicate"


def test_frames_round_trip(store: Store) -> None:
    result = store.add_article(ART, *capital_tagger(ART))
    arts = store.articles_frame()
    assert arts.loc[0, "title"] == "Summit"
    assert arts.loc[0, "published"] == "2024-05-02"
    assert arts.loc[0, "content_hash"] == ART.content_hash
    mentions = store.mentions_frame()
    assert mentions["surface"].tolist() == ["Leaders", "Skopje", "Talks", "Tirana"]
    text = arts.loc[0, "text"]
    for row in mentions.itertuples():
        assert text[row.start : row.end] == row.surface
    assert mentions["metonymic"].dtype == bool
    events = store.events_frame()
    assert events.loc[0, "date"] == "2023"
    assert events.loc[0, "countries"] == "XK,RS"
    assert events.loc[0, "sentence"] == ART.text
    assert int(events.loc[0, "article_id"]) == result.article_id


def test_get_article_round_trip(store: Store) -> None:
    article_id = store.add_article(ART, [], []).article_id
    got = store.get_article(article_id)
    assert got == Article(
        text=ART.text, title=ART.title, published=ART.published, source=ART.source,
        url=ART.url, language=ART.language, id=str(article_id),
    )  # fmt: skip
    assert store.get_article(article_id + 100) is None


def test_bad_offsets_store_nothing(store: Store) -> None:
    wrong = Mention(0, 6, "Skopje", "fake:x", "Skopje", "MK", None, "city", None, None, 1.0)
    with pytest.raises(StoreError, match=r"mention 0 'Skopje' at 0:6 does not match"):
        store.add_article(ART, [wrong], [])
    assert store.counts() == {"articles": 0, "mentions": 0, "events": 0}


def test_failure_mid_transaction_rolls_back(store: Store) -> None:
    mentions, _ = capital_tagger(ART)
    bad_event = Event("2023", "year", "explicit", "2023", 0, 4, 0, 4, "other")
    bad_event = Event(None, *bad_event.__dict__.values().__iter__().__next__() and ())  # type: ignore[misc]
