"""dev11.jsonl (see tests/data/events/local/README.md): a local-language tuning set written apart
from the rules; its gold places are in tests/data/geotag/local_places.jsonl.

Before any rule read from it: events F1 0.947 (P 0.952, R 0.942); places exact F1 0.901,
overlap 0.918, demonym recall 1.000, out-of-region 0.012, document-country F1 0.966.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

from newsmap.events.score import load_corpus

REPO = Path(__file__).resolve().parents[2]
DEV11 = REPO / "data" / "events" / "local" / "dev11.jsonl"


def test_dev11_set_shape() -> None:
    """30 documents in every language group, 189 gold events and 492 gold places whose spans
    match their text."""
    docs = load_corpus(DEV11)
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == 30
    groups = Counter((d["language"], d["script"]) for d in docs)
    assert groups[("sr", "Latn")] == 4 and groups[("sr", "Cyrl")] == 4
    assert {lang for lang, _ in groups} == {"sr", "hr", "bs", "cnr", "sq", "mk", "sl"}
    assert sum(len(d["events"]) for d in docs) == 189
    texts = {d["id"]: d["text"] for d in docs}
    for d in docs:
        date.fromisoformat(d["published"])
        for e in d["events"]:
            assert d["text"][e["start"] : e["end"]] == e["surface"], d["id"]
            assert d["text"][e["sentence_start"] : e["sentence_end"]] == e["sentence"], d["id"]
    gold = [
        json.loads(line)
        for line in (REPO / "data" / "geotag" / "local_places.jsonl")
        .read_text("utf-8")
        .splitlines()
        if line.strip() and json.loads(line)["source"].endswith("/dev11.jsonl")
    ]
    assert {g["id"] for g in gold} == set(texts)
    assert sum(len(g["gold"]["mentions"]) for g in gold) == 492
    for g in gold:
        for m in g["gold"]["mentions"]:
            assert texts[g["id"]][m["start"] : m["end"]] == m["surface"], g["id"]
