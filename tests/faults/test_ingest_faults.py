"""Crash safety: SIGKILL mid-ingest, a reader process beside a running ingest, and two
ingests of the same input racing, on SQLite and on PostgreSQL.

The store promises that an article is there with all its mentions or not at all, and the
same content once.  These tests check that promise from outside the writing processes, the
way the dashboard sees it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from faultkit import expected_mentions, write_corpus
from storekit import check_rebuild

from newsmap.store import Store

KIT = Path(__file__).with_name("faultkit.py")
pytestmark = pytest.mark.slow


def _start(db: str, corpus: Path, *extra: str) -> subprocess.Popen[str]:
    """faultkit ingesting ``corpus`` into ``db``, named in the environment (never in argv)."""
    return subprocess.Popen(
        [sys.executable, str(KIT), "-", str(corpus), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NEWSMAP_DB": db},
    )


def _assert_whole_articles(db: str) -> int:
    """Every stored article has exactly its mentions, and the roll-ups equal what the rows
    say; returns how many articles there are."""
    with Store.open(db) as store:
        assert store.integrity_check() == "ok"
        with store.snapshot():
            articles = store.articles_frame()
            counts = store.query_frame(
                "SELECT article_id, COUNT(*) AS n FROM mentions GROUP BY article_id"
            )
            events = store.query_frame("SELECT COUNT(*) AS n FROM events")
    have = dict(zip(counts["article_id"], counts["n"], strict=True))
    for row in articles.itertuples():
        assert have.get(row.id, 0) == expected_mentions(row.text), f"article {row.id} is partial"
    assert set(have) <= set(articles["id"])  # no mentions of an article that is not there
    assert int(events["n"].iloc[0]) == sum(1 for t in articles["text"] if expected_mentions(t))
    with Store.open(db) as store:
        check_rebuild(store)
    return len(articles)


def test_sigkill_halfway_then_reingest_completes(tmp_path: Path, store_location: str) -> None:
    n = 1500
    corpus = write_corpus(tmp_path / "corpus.jsonl", n)
    db = store_location
    stored = 0
    for kill_at in (n // 3, 2 * n // 3):  # two crashes at different points
        proc = _start(db, corpus)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip().isdigit() and int(line) >= kill_at:
                os.kill(proc.pid, signal.SIGKILL)
                break
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
        now = _assert_whole_articles(db)
        assert stored < now < n
        stored = now
    proc = _start(db, corpus)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out.splitlines()[-1] == f"done {n - stored} {stored} 0"
    assert _assert_whole_articles(db) == n


def test_reader_never_sees_half_an_article(tmp_path: Path, store_location: str) -> None:
    n = 600
    corpus = write_corpus(tmp_path / "corpus.jsonl", n)
    db = store_location
    Store.open(db).close()  # the reader opens before the first article lands
    proc = _start(db, corpus, "--throttle", "0.002")
    partial_views = 0
    with Store.open(db) as reader:
        while proc.poll() is None:
            # One statement: a consistent view by itself.
            frame = reader.query_frame(
                "SELECT a.text, (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) AS n "
                "FROM articles a"
            )
            for text, found in zip(frame["text"], frame["n"], strict=True):
                assert found == expected_mentions(text)
            # Two frames read under one snapshot: consistent with each other.
            with reader.snapshot():
                ids = set(reader.articles_frame()["id"])
                mention_ids = set(
                    reader.query_frame("SELECT article_id FROM mentions")["article_id"]
                )
            assert mention_ids <= ids
            partial_views += 0 < len(frame) < n
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.splitlines()[-1] == f"done {n} 0 0"
    assert partial_views > 0  # the reader really looked while the ingest was running
    assert _assert_whole_articles(db) == n


def test_two_ingests_of_the_same_input_store_each_article_once(
    tmp_path: Path, store_location: str
) -> None:
    """Two processes (two connections, as on two machines) race through the same input: each
    article is stored once, and every one is counted new by exactly one of them."""
    n = 400
    corpus = write_corpus(tmp_path / "corpus.jsonl", n)
    Store.open(store_location).close()
    procs = [_start(store_location, corpus, "--throttle", "0.001") for _ in range(2)]
    outcomes = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outcomes.append([int(x) for x in out.splitlines()[-1].split()[1:]])
    (new_a, dup_a, bad_a), (new_b, dup_b, bad_b) = outcomes
    assert (new_a + new_b, dup_a + dup_b, bad_a + bad_b) == (n, n, 0)
    assert _assert_whole_articles(store_location) == n
