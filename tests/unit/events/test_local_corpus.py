"""The local-language development set: its shape, its coverage of languages and traps."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from newsmap.events import extract_events
from newsmap.events.score import load_corpus, score_document, total

LOCAL = Path(__file__).resolve().parents[2] / "data" / "events" / "local"
GROUPS = {
    ("sr", "Latn"): "BCMS Latin",
    ("hr", "Latn"): "BCMS Latin",
    ("bs", "Latn"): "BCMS Latin",
    ("cnr", "Latn"): "BCMS Latin",
    ("sr", "Cyrl"): "BCMS Cyrillic",
    ("sq", "Latn"): "Albanian",
    ("mk", "Cyrl"): "Macedonian",
    ("sl", "Latn"): "Slovenian",
}


@pytest.fixture(scope="module")
def docs() -> dict[str, list[dict]]:
    return {name: load_corpus(LOCAL / f"{name}.jsonl") for name in ("dev", "heldout")}


def test_size_and_groups(docs):
    every = docs["dev"] + docs["heldout"]
    assert len(every) >= 40
    assert len({d["id"] for d in every}) == len(every)
    groups = Counter(GROUPS[(d["language"], d["script"])] for d in every)
    assert set(groups) == set(GROUPS.values())
    assert min(groups.values()) >= 8, groups
    held = Counter(GROUPS[(d["language"], d["script"])] for d in docs["heldout"])
    assert set(held) == set(GROUPS.values()), held  # every group is measured on unseen text


def test_offsets_are_exact(docs):
    for doc in docs["dev"] + docs["heldout"]:
        text = doc["text"]
        assert doc["shape"] in {"wire", "report", "headline-lead", "quote", "dateline"}
        for g in doc["events"]:
            assert text[g["start"] : g["end"]] == g["surface"], doc["id"]
            assert text[g["sentence_start"] : g["sentence_end"]] == g["sentence"], doc["id"]
            assert g["sentence_start"] <= g["start"] < g["end"] <= g["sentence_end"]
            assert g["precision"] in {"day", "month", "year", "decade"}


def test_the_traps_are_there(docs):
    text = "\n".join(d["text"] for d in docs["dev"] + docs["heldout"])
    for trap in (
        "svake srede",
        "сваке суботе",
        "vsako soboto",
        "11.52",
        "10.30",
        "sledeću nedelju",
    ):
        assert trap in text, trap
    shapes = Counter(d["shape"] for d in docs["dev"] + docs["heldout"])
    assert len(shapes) == 5 and min(shapes.values()) >= 3, shapes


def test_dev2_shape():
    """The second tuning set: real-length items in paragraphs, every group, exact offsets, no
    sentence across a paragraph, and its traps present."""
    dev2 = load_corpus(LOCAL / "dev2.jsonl")
    assert len(dev2) == 32 and len({d["id"] for d in dev2}) == 32
    groups = Counter(GROUPS[(d["language"], d["script"])] for d in dev2)
    assert set(groups) == set(GROUPS.values()) and min(groups.values()) >= 4, groups
    assert sum(len(d["events"]) for d in dev2) == 265
    for doc in dev2:
        text = doc["text"]
        assert 180 <= len(text.split()) <= 215, doc["id"]
        date.fromisoformat(doc["published"])
        for g in doc["events"]:
            assert text[g["start"] : g["end"]] == g["surface"], doc["id"]
            assert text[g["sentence_start"] : g["sentence_end"]] == g["sentence"], doc["id"]
            assert g["sentence_start"] <= g["start"] < g["end"] <= g["sentence_end"]
            assert "\n" not in g["sentence"], doc["id"]
            assert len(g["date"]) == {"day": 10, "month": 7, "year": 4}[g["precision"]]
    text = "\n".join(d["text"] for d in dev2)
    for trap in ("svake srede", "çdo fundjavë", "секој четврток", "vsako soboto", "29. III 2022."):
        assert trap in text, trap


@pytest.mark.parametrize(("name", "min_f1"), [("dev", 0.9), ("heldout", 0.85), ("dev2", 0.9)])
def test_local_date_event_f1(name, min_f1):
    """Dates in the local set, each document read with its own language's rules; the held-out
    part was written with the rest, before any rule, and is never used to fix one."""
    scores = []
    for doc in load_corpus(LOCAL / f"{name}.jsonl"):
        found = extract_events(
            doc["text"], date.fromisoformat(doc["published"]), [], [], [doc["language"]]
        )
        scores.append(
            score_document([(e.date, e.precision, e.start) for e in found], doc["events"])
        )
    result = total(scores)
    assert result.f1 >= min_f1, result
    assert result.precision >= min_f1, result
