"""Property tests: arbitrary bytes and structures never crash a reader or half-write a store.

"Never crash" means: a reader either returns entries or raises IngestError, the one error an
input may cause.  "No partial write" means: after ingesting any mix of inputs, every stored
article carries exactly the mentions the tagger gave it.
"""

from __future__ import annotations

import json
import re
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmap.engines.local import ingest_paths
from newsmap.errors import IngestError
from newsmap.ingest.csvfmt import parse_csv
from newsmap.ingest.decode import decode_bytes
from newsmap.ingest.feed import parse_feed
from newsmap.ingest.html import html_to_text, parse_html
from newsmap.ingest.jsonfmt import parse_json, parse_jsonl
from newsmap.ingest.text import parse_text
from newsmap.model import Article, Event, Mention
from newsmap.store import Store

TODAY = date(2026, 11, 26)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_records = st.dictionaries(
    st.sampled_from(["text", "body", "title", "published", "date", "url", "source", "x"]),
    _json_values | st.sampled_from(["2024-01-02", "2999-01-01", "garbage", "Šabac"]),
    max_size=6,
)


def _only_ingest_errors(fn, *args, **kwargs) -> None:  # noqa: ANN001 - any reader
    try:
        result = fn(*args, **kwargs)
        if not isinstance(result, Article):
            for entry in result:
                assert entry.article is not None or entry.error
    except IngestError:
        pass


@FAST
@given(st.binary(max_size=400))
def test_decode_any_bytes(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data, name="x"), str)
    except IngestError as exc:
        assert "binary" in str(exc)


@FAST
@given(st.text(max_size=400))
def test_text_reader_any_text(text: str) -> None:
    _only_ingest_errors(parse_text, text, today=TODAY)


@FAST
@given(st.text(max_size=300))
def test_structured_readers_any_text(text: str) -> None:
    for reader in (parse_json, parse_jsonl, parse_csv):
        _only_ingest_errors(reader, text, today=TODAY)


@FAST
@given(st.lists(_records, max_size=5) | _json_values)
def test_json_readers_any_structure(value: object) -> None:
    text = json.dumps(value)
    _only_ingest_errors(parse_json, text, today=TODAY)
    lines = "\n".join(json.dumps(v) for v in (value if isinstance(value, list) else [value]))
    _only_ingest_errors(parse_jsonl, lines, today=TODAY)


@FAST
@given(st.binary(max_size=300))
def test_feed_reader_any_bytes(data: bytes) -> None:
    _only_ingest_errors(parse_feed, b'<?xml version="1.0"?><rss><channel>' + data, today=TODAY)
    _only_ingest_errors(parse_feed, data, today=TODAY)


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=300))
def test_html_readers_any_text(text: str) -> None:
    assert isinstance(html_to_text(text), str)
    _only_ingest_errors(parse_html, "<html><body><p>" + text, today=TODAY)


_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    found = [
        Mention(m.start(), m.end(), m[0], "p", m[0], "RS", None, "city", None, None, 1.0)
        for m in _WORD.finditer(article.text)
    ]
    return found, []


@pytest.mark.parametrize("backend_name", ["sqlite", "postgresql"])
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from([".txt", ".json", ".jsonl", ".csv", ".rss", ".html", ".md"]),
            st.binary(max_size=200) | st.text(max_size=200).map(str.encode),
        ),
        max_size=6,
    )
)
def test_any_inputs_leave_only_whole_articles(
    pg_server, backend_name: str, files: list[tuple[str, bytes]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, (ext, data) in enumerate(files):
            Path(tmp, f"in{i}{ext}").write_bytes(data)
        sqlite = str(Path(tmp) / "s.db")
        with Store.open(sqlite if backend_name == "sqlite" else pg_server.fresh_url()) as store:
            report = ingest_paths(store, [tmp], _tagger, today=TODAY)
            articles = store.articles_frame()
            mentions = store.mentions_frame()
            assert report.new == len(articles)
            per_article = mentions.groupby("article_id").size().to_dict() if len(mentions) else {}
            for row in articles.itertuples():
                assert per_article.get(row.id, 0) == len(_WORD.findall(row.text))
            assert store.integrity_check() == "ok"
