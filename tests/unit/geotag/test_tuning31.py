"""tuning31_news (see tests/data/geotag/README.md): 30 English documents of real length and
layout in the ordinary mix of an analyst's feed (wires, politics, security, courts, economy,
diplomacy, migration, sport, society, municipal news, features, opinion), written and annotated
apart from the rules; tuned on.

Before any rule read from it the tagger scored exact F1 0.908, overlap 0.924, demonym recall
1.000, out-of-region places with a region code 0.040, document-country F1 0.891.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from newsmap.geotag.scoring import load_corpus

DATA = Path(__file__).resolve().parents[2] / "data" / "geotag"
SIX = {"AL", "BA", "XK", "ME", "MK", "RS"}


def test_tuning31_set_shape() -> None:
    """30 documents in paragraphs, 800 gold mentions and 144 traps whose offsets match their
    text, no two gold spans overlapping, a null country only for a region, document countries
    among the six and all six covered."""
    docs = load_corpus(DATA / "tuning31_news.jsonl")
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(len(d["gold"]["mentions"]) for d in docs) == 800
    assert sum(len(d["traps"]) for d in docs) == 144
    assert sum(len(d["text"].split()) for d in docs) == 9527
    assert all("\n\n" in d["text"] for d in docs)
    assert {c for d in docs for c in d["gold"]["countries"]} == SIX
    for d in docs:
        assert 284 <= len(d["text"].split()) <= 339, d["id"]
        spans = sorted((g["start"], g["end"]) for g in d["gold"]["mentions"])
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"], d["id"]
            assert (g["country"] is None) == (g["level"] == "region"), d["id"]
        for t in d["traps"]:
            assert d["text"][t["start"] : t["end"]] == t["surface"], d["id"]
        assert set(d["gold"]["countries"]) <= SIX
