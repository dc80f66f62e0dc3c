"""local_tuning15.jsonl (see tests/data/geotag/README.md): local-language items of real length
written apart from the rules, aimed at look-alikes after place prepositions and towns abroad; its
gold places are in tests/data/geotag/local_places.jsonl.

Before any rule read from it: exact 0.881 / overlap 0.903 / demonym R 0.789 / out-of-region
0.034 / doc-country 0.947.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SET = REPO / "data" / "geotag" / "local_tuning15.jsonl"


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def test_local_tuning15_set_shape() -> None:
    """30 documents in every language group, 785 gold places whose spans match their text."""
    docs = _lines(SET)
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == 30
    groups = Counter(d["language"] for d in docs)
    assert set(groups) == {"sr", "hr", "bs", "cnr", "sq", "mk", "sl"}
    assert all(221 <= len(d["text"].split()) <= 252 for d in docs)
    texts = {d["id"]: d["text"] for d in docs}
    gold = [
        g
        for g in _lines(REPO / "data" / "geotag" / "local_places.jsonl")
        if g["source"].endswith("/local_tuning15.jsonl")
    ]
    assert {g["id"] for g in gold} == set(texts)
    assert sum(len(g["gold"]["mentions"]) for g in gold) == 785
    for g in gold:
        for m in g["gold"]["mentions"]:
            assert texts[g["id"]][m["start"] : m["end"]] == m["surface"], g["id"]
        for t in g.get("traps", []):
            assert texts[g["id"]][t["start"] : t["end"]] == t["surface"], g["id"]
