"""Ingestion hands tagged articles to the store in batches, one commit each: nothing about the
result may depend on where a batch ends."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import newsmap.engines.local as ingest
from newsmap.engines.local import Progress, ingest_paths
from newsmap.model import Article, Event, Mention
from newsmap.store import Store

TODAY = date(2025, 1, 1)


def _tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    """Tags "Tirana" where it is; in the article titled "broken" the span is off by one, which
    the store refuses."""
    at = article.text.find("Tirana")
    shift = 1 if article.title == "broken" else 0
    return [
        Mention(
            at + shift,
            at + 6 + shift,
            "Tirana",
            "gn:tirana",
            "Tirana",
            "AL",
            None,
            "city",
            41.33,
            19.82,
            1.0,
        )
    ], []


@pytest.mark.parametrize("batch", [1, 3, 64])
def test_batches_store_every_article_and_report_the_refused_one(
    tmp_path: Path, store_location: str, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(ingest, "BATCH_ARTICLES", batch)
    rows = [
        {
            "title": f"t{i}",
            "published": f"2024-05-0{i % 9 + 1}",
            "text": f"Talks in Tirana, round {i}.",
        }
        for i in range(10)
    ]
    rows[6] = {"title": "broken", "published": "2024-05-07", "text": "Again in Tirana."}
    rows.append(dict(rows[2]))  # the same content again, inside the same batch or a later one
    feed = tmp_path / "in.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    seen: list[Progress] = []
    with Store.open(store_location) as store:
        report = ingest_paths(store, [str(feed)], _tagger, on_progress=seen.append, today=TODAY)
        titles = sorted(store.articles_frame()["title"])
        per_article = store.mentions_frame().groupby("article_id").size()
        assert store.integrity_check() == "ok"
    assert (report.new, report.duplicate, len(report.rejected)) == (9, 1, 1)
    assert titles == sorted(f"t{i}" for i in range(10) if i != 6)
    assert set(per_article) == {1}
    refused = report.rejected[0]
    assert refused.input == str(feed) and refused.where == "line 7"
    assert "'Tirana' at 10:16 does not match the article text" in refused.reason
    counts = [p.articles for p in seen]
    assert counts == sorted(counts) and counts[-1] == 10  # never goes back, ends at new + dup
