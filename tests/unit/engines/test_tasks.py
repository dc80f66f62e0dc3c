"""What a worker runs, without a cluster: skipping stored articles, rejecting an article the
tagger fails on, writing a partition from the worker, and the progress line."""

from __future__ import annotations

import json
import pickle
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import newsmap.engines.local as local
from newsmap.engines.batches import BatchWriter, Tagged
from newsmap.engines.local import IngestReport, store_items
from newsmap.engines.meter import Meter
from newsmap.engines.partitions import plan, read_partition
from newsmap.engines.tasks import KnownHashes, store_partition, tag_partition
from newsmap.errors import StoreError
from newsmap.ingest import Rejection
from newsmap.model import Article, Event, Mention, content_hash
from newsmap.store import Store

TODAY = date(2024, 6, 1)
_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    if "explode" in article.text:
        raise ValueError("no such place")
    return [
        Mention(m.start(), m.end(), m[0], f"t:{m[0]}", m[0], "RS", None, "city", 44.0, 20.0, 1.0)
        for m in _WORD.finditer(article.text)
    ], []


def _corpus(path: Path) -> Path:
    rows = [{"title": f"t{i}", "text": f"Talks in Skopje, item {i}."} for i in range(6)]
    rows[4]["text"] = "This one will explode in Tirana."
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{bad\n", encoding="utf-8")
    return path


def test_known_hashes_hold_exactly_the_stored_content() -> None:
    stored = [content_hash(f"t{i}", f"text {i}") for i in range(50)]
    known = KnownHashes(stored)
    assert len(known) == 50
    assert all(h in known for h in stored)
    assert content_hash("t99", "text 99") not in known
    assert stored[0] not in KnownHashes([])


def test_a_partition_is_tagged_in_order_skipping_what_the_store_holds(tmp_path: Path) -> None:
    (part,), _ = plan([str(_corpus(tmp_path / "a.jsonl"))])
    known = KnownHashes([content_hash("t1", "Talks in Skopje, item 1.")])
    result = tag_partition(part, TODAY, known, tagger=_tagger)
    kinds = [type(o).__name__ if o is not None else "stored" for o in result.outcomes]
    assert kinds == ["Tagged", "stored", "Tagged", "Tagged", "Rejection", "Tagged", "Rejection"]
    failed, broken = result.outcomes[4], result.outcomes[6]
    assert isinstance(failed, Rejection) and isinstance(broken, Rejection)
    assert failed.where == "line 5"
    assert failed.reason == "tagging failed (ValueError: no such place)"
    assert broken.where == "line 7" and broken.reason.startswith("invalid JSON")
    assert result.articles == 7 and result.size == part.size


def test_a_worker_writes_its_partition_and_a_second_time_finds_it_stored(tmp_path: Path) -> None:
    (part,), _ = plan([str(_corpus(tmp_path / "a.jsonl"))])
    db = str(tmp_path / "news.db")
    first = store_partition(part, TODAY, db, tagger=_tagger).written
    assert first is not None
    assert (first.new, first.duplicate, len(first.rejected)) == (5, 0, 2)
    again = store_partition(part, TODAY, db, tagger=_tagger).written
    assert again is not None
    assert (again.new, again.duplicate, len(again.rejected)) == (0, 5, 2)
    with Store.open(db) as store:
        assert store.counts() == {"articles": 5, "mentions": 10, "events": 0}


def test_the_progress_line_gives_rate_share_and_time_left() -> None:
    meter = Meter(total=1000, window=60, started=100.0)
    meter.add(200, 250, now=110.0)
    assert meter.line(now=110.0) == "ingesting: 200 articles, 20/s, 25%, 0:30 left"
    meter.add(600, 750, now=140.0)
    assert meter.line(now=140.0) == "ingesting: 800 articles, 20/s, 100%"


def _offsets_off(article: Article) -> tuple[list[Mention], list[Event]]:
    """The test tagger, but one article's mention points past its surface."""
    mentions, events = _tagger(article)
    if "item 2" in article.text:
        m = mentions[0]
        mentions[0] = replace(m, start=m.start + 1, end=m.end + 1)
    return mentions, events


def test_rows_made_on_a_worker_store_and_refuse_what_the_local_engine_does(
    tmp_path: Path,
) -> None:
    (part,), _ = plan([str(_corpus(tmp_path / "a.jsonl"))])
    with Store.open(str(tmp_path / "local.db")) as store:
        items = read_partition(part, today=TODAY)
        local = store_items(store, items, _offsets_off)
        local_rows = store.query_frame("SELECT * FROM mentions ORDER BY article_id, start")
    result = tag_partition(part, TODAY, None, tagger=_offsets_off)
    sent = [o for o in result.outcomes if isinstance(o, Tagged)]
    assert len(sent) == 5 and isinstance(sent[2].rows, StoreError)  # refused where tagged
    with Store.open(str(tmp_path / "dask.db")) as store:
        report = IngestReport()
        writer = BatchWriter(store, report, timed=False)
        for outcome in pickle.loads(pickle.dumps(result)).outcomes:
            writer.take(outcome)
        writer.flush()
        rows = store.query_frame("SELECT * FROM mentions ORDER BY article_id, start")
    assert (report.new, report.duplicate) == (local.new, local.duplicate) == (4, 0)
    assert report.rejected == local.rejected
    assert any("does not match the article text" in r.reason for r in report.rejected)
    assert rows.equals(local_rows) and len(rows) == 8


def test_a_growing_writer_commits_as_the_local_engine_first_then_in_larger_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cluster's client starts with the local engine's batch and doubles it up to its
    own; what is stored does not depend on where the batches ended."""
    monkeypatch.setattr(local, "BATCH_ARTICLES", 2)
    rows = [{"title": f"t{i}", "text": f"Talks in Skopje, round {i}."} for i in range(19)]
    rows.append(dict(rows[5]))  # the same story again, in a later batch
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (part,) = plan([str(path)])[0]
    result = tag_partition(part, TODAY, None, tagger=_tagger)
    with Store.open(str(tmp_path / "local.db")) as store:
        store_items(store, read_partition(part, today=TODAY), _tagger)
        expected = store.query_frame("SELECT id, content_hash FROM articles ORDER BY id")
    commits: list[int] = []
    with Store.open(str(tmp_path / "dask.db")) as store:
        add_rows = store.add_rows

        def counted(prepared: list[object]) -> object:
            commits.append(len(prepared))
            return add_rows(prepared)  # type: ignore[arg-type]  # the store's own call

        monkeypatch.setattr(store, "add_rows", counted)
        report = IngestReport()
        writer = BatchWriter(store, report, timed=False, grow_to=8)
        for outcome in result.outcomes:
            writer.take(outcome)
        writer.flush()
        stored = store.query_frame("SELECT id, content_hash FROM articles ORDER BY id")
    assert commits == [2, 4, 8, 6]
    assert (report.new, report.duplicate) == (19, 1)
    assert stored.equals(expected)
