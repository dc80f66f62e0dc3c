"""The store: one transaction per article, duplicates, retag, consistent reads, schema; on
SQLite and PostgreSQL alike where the promise is the same."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from storekit import raw_sql

from newsmap.errors import StoreError
from newsmap.model import Article, Event, Mention
from newsmap.store import SCHEMA_VERSION, FeedState, Store

_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def capital_tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    """Test double: a mention per capitalised word, an event per sentence with a 4-digit year."""
    mentions = [
        Mention(m.start(), m.end(), m[0], f"fake:{m[0]}", m[0], "XK", None, "city", 42.0, 21.0, 1.0)
        for m in _WORD.finditer(article.text)
    ]
    events = [
        Event(
            m[0],
            "year",
            "explicit",
            m[0],
            m.start(),
            m.end(),
            0,
            len(article.text),
            "other",
            ("XK", "RS"),
            ("fake:A",),
        )
        for m in re.finditer(r"\b(19|20)\d\d\b", article.text)
    ]
    return mentions, events


@pytest.fixture
def store(store_location: str) -> Iterator[Store]:
    s = Store.open(store_location)
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
        text=ART.text,
        title=ART.title,
        published=ART.published,
        source=ART.source,
        url=ART.url,
        language=ART.language,
        id=str(article_id),
    )
    assert store.get_article(article_id + 100) is None


def test_bad_offsets_store_nothing(store: Store) -> None:
    wrong = Mention(0, 6, "Skopje", "fake:x", "Skopje", "MK", None, "city", None, None, 1.0)
    with pytest.raises(StoreError, match=r"mention 0 'Skopje' at 0:6 does not match"):
        store.add_article(ART, [wrong], [])
    assert store.counts() == {"articles": 0, "mentions": 0, "events": 0}


def test_failure_mid_transaction_rolls_back(store: Store) -> None:
    mentions, _ = capital_tagger(ART)
    # date NULL violates the events table: the article and mentions inserted before must go too
    broken = Event(None, "year", "explicit", "2023", 25, 29, 0, 30, "other")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="cannot store article 'Summit'"):
        store.add_article(ART, mentions, [broken])
    assert store.counts() == {"articles": 0, "mentions": 0, "events": 0}
    assert store.add_article(ART, mentions, []).status == "new"


def test_empty_text_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="no text"):
        store.add_article(Article(text="  "), [], [])


def test_retag_replaces_tags_per_article(store: Store) -> None:
    store.add_article(ART, [], [])
    other = Article(text="Floods hit Shkodra in 2021 and Lezha in 2022.", title="Floods")
    store.add_article(other, [], [])
    seen: list[tuple[int, int]] = []
    report = store.retag(capital_tagger, progress=lambda done, total: seen.append((done, total)))
    assert (report.articles, report.mentions, report.events) == (2, 7, 3)
    assert seen == [(1, 2), (2, 2)]
    assert store.counts() == {"articles": 2, "mentions": 7, "events": 3}
    # Running it again replaces rather than appends.
    store.retag(capital_tagger)
    assert store.counts() == {"articles": 2, "mentions": 7, "events": 3}


def test_snapshot_reads_are_consistent(store_location: str) -> None:
    reader, writer = Store.open(store_location), Store.open(store_location)
    try:
        writer.add_article(ART, *capital_tagger(ART))
        with reader.snapshot():
            before = len(reader.articles_frame())
            writer.add_article(Article(text="Late news from Prizren."), [], [])
            assert len(reader.articles_frame()) == before == 1  # the snapshot holds
        assert len(reader.articles_frame()) == 2
    finally:
        reader.close()
        writer.close()


def test_wal_foreign_keys_and_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "pragmas.db"
    Store.open(str(path)).close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        indexes = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"article_areas_newest", "events_date", "articles_published"} <= indexes
    assert not {"mentions_country", "event_areas_kind"} & indexes  # dropped: only slowed inserts
    with Store.open(str(path)) as s:
        assert s.query_frame("PRAGMA foreign_keys")["foreign_keys"].tolist() == [1]


def test_a_postgresql_session_plans_each_query_for_its_own_values(pg_server) -> None:  # noqa: ANN001
    # A plan made once for any values read a country view's popups 20 times slower.
    with Store.open(pg_server.fresh_url()) as s:
        assert s.query_frame("SHOW plan_cache_mode").iloc[0, 0] == "force_custom_plan"
        assert s.query_frame("SHOW synchronous_commit").iloc[0, 0] == "off"


def test_newer_schema_is_refused(store_location: str) -> None:
    Store.open(store_location).close()
    raw_sql(store_location, "UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="schema version 99, newer than"):
        Store.open(store_location)
    with pytest.raises(StoreError, match="schema version 99, newer than"):
        Store.migrate(store_location)


def test_an_older_store_asks_for_migrate_and_migrate_upgrades_it(store_location: str) -> None:
    with Store.open(store_location) as s:
        s.add_article(ART, *capital_tagger(ART))
    # What a schema-4 store looked like: no feed state yet.
    raw_sql(store_location, "DROP TABLE feeds", "UPDATE schema_version SET version = 4")
    with pytest.raises(StoreError, match=r"schema version 4, older .*run `newsmap db migrate`"):
        Store.open(store_location)
    assert Store.migrate(store_location) == (4, SCHEMA_VERSION)
    assert Store.migrate(store_location) == (SCHEMA_VERSION, SCHEMA_VERSION)  # a no-op now
    with Store.open(store_location) as s:
        assert s.counts() == {"articles": 1, "mentions": 4, "events": 1}
        assert s.feeds() == []


def test_migrate_creates_a_new_store(new_location) -> None:  # noqa: ANN001
    location = new_location()
    assert Store.migrate(location) == (None, SCHEMA_VERSION)
    with Store.open(location) as s:
        assert s.counts() == {"articles": 0, "mentions": 0, "events": 0}


def test_feed_state_survives_a_reopen(store_location: str) -> None:
    url = "https://news.example/feed.xml"
    with Store.open(store_location) as s:
        assert s.feed(url) is None
        s.save_feed(FeedState(url, etag='"abc"', polled_at="2024-05-02T08:00:00+00:00"))
        s.save_feed(
            FeedState(
                url,
                etag='"def"',
                last_modified="Thu, 02 May 2024 08:00:00 GMT",
                failures=2,
                last_error="timed out after 30 s",
                extra={"interval": 900, "title": "Vijesti"},
            )
        )
        s.save_feed(FeedState("https://a.example/rss"))
    with Store.open(store_location) as s:
        got = s.feed(url)
        assert got is not None
        assert (got.etag, got.last_modified, got.polled_at) == (
            '"def"',
            "Thu, 02 May 2024 08:00:00 GMT",
            None,
        )
        assert (got.failures, got.last_error) == (2, "timed out after 30 s")
        assert dict(got.extra) == {"interval": 900, "title": "Vijesti"}
        assert [f.url for f in s.feeds()] == ["https://a.example/rss", url]
        assert s.forget_feed(url) and not s.forget_feed(url)
        assert [f.url for f in s.feeds()] == ["https://a.example/rss"]


def test_env_var_and_default_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMAP_DB", str(tmp_path / "env.db"))
    with Store.open() as s:
        assert s.location == str(tmp_path / "env.db")
    monkeypatch.delenv("NEWSMAP_DB")
    monkeypatch.chdir(tmp_path)
    with Store.open() as s:
        assert s.location == "newsmap.db"
    assert (tmp_path / "newsmap.db").exists()


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("mysql://x:secret@y/z", r"unknown store URL 'mysql://x:\*\*\*@y/z'"),
        ("/no/such/folder/news.db", "folder '/no/such/folder' is missing"),
    ],
)
def test_unusable_locations(location: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store.open(location)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="is it a SQLite database"):
        Store.open(str(path))


def test_memory_store_and_parameterised_query() -> None:
    with Store.open(":memory:") as s:
        s.add_article(ART, *capital_tagger(ART))
        frame = s.query_frame("SELECT surface FROM mentions WHERE surface = ?", ["Tirana"])
        assert frame["surface"].tolist() == ["Tirana"]
        with pytest.raises(StoreError, match="query failed"):
            s.query_frame("SELECT nope FROM mentions")
