"""tuning21_news (see tests/data/geotag/README.md): 30 English documents of real length and
layout on span boundaries (sites, regions by any name, villages and city districts), state
adjectives and look-alikes, written and annotated apart from the rules; tuned on."""

from __future__ import annotations

import itertools
from pathlib import Path

from newsmap.geotag.scoring import load_corpus

DATA = Path(__file__).resolve().parents[2] / "data" / "geotag"
SIX = {"AL", "BA", "XK", "ME", "MK", "RS"}


def test_tuning21_set_shape() -> None:
    """30 documents in paragraphs, 986 gold mentions whose offsets match their text, no two
    overlapping, a null country only for a cross-border region, every region state among the
    document countries and none outside the six."""
    docs = load_corpus(DATA / "tuning21_news.jsonl")
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(len(d["gold"]["mentions"]) for d in docs) == 986
    assert sum(len(d["text"].split()) for d in docs) == 11538
    assert all("\n\n" in d["text"] for d in docs)
    assert {c for d in docs for c in d["gold"]["countries"]} == SIX
    for d in docs:
        assert 120 <= len(d["text"].split()) <= 500, d["id"]
        spans = sorted((g["start"], g["end"]) for g in d["gold"]["mentions"])
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"], d["id"]
            assert (g["country"] is None) == (g["level"] == "region"), d["id"]
        assert set(d["gold"]["countries"]) <= SIX
