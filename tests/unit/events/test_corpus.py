"""The gold corpus of our own: its shape, and the date-event F1 the extractor reaches on it."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from newsmap.events import extract_events
from newsmap.events.score import Score, load_corpus, score_document, total

DATA = Path(__file__).resolve().parents[2] / "data" / "events"
CORPUS = DATA / "corpus.jsonl"


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return load_corpus(CORPUS)


def test_corpus_shape(corpus):
    assert len(corpus) >= 30
    assert len({d["id"] for d in corpus}) == len(corpus)
    assert any(d["published"] is None for d in corpus)
    for doc in corpus:
        for g in doc["events"]:
            assert doc["text"][g["sentence_start"] : g["sentence_end"]] == g["sentence"]
            assert g["precision"] in {"day", "month", "year", "decade"}


def test_corpus_holds_the_traps(corpus):
    text = "\n".join(d["text"] for d in corpus)
    for trap in [
        "We ",
        " may ",
        "march",
        "Article 5",
        "Resolution 1244",
        "1,000 troops",
        "4,500 people",
        "+383 38 2022 100",
        "41.33, 19.82",
        "32-year-old",
        "Theresa May",
    ]:
        assert trap in text, trap


def test_scorer_counts_one_to_one():
    gold = [{"date": "2023", "precision": "year", "sentence_start": 0, "sentence_end": 10}]
    assert score_document([("2023", "year", 3), ("2023", "year", 4)], gold) == Score(1, 1, 0)
    assert score_document([("2023", "decade", 3)], gold) == Score(0, 1, 1)
    assert score_document([("2023", "year", 12)], gold) == Score(0, 1, 1)
    assert total([Score(1, 0, 1), Score(1, 1, 0)]).f1 == pytest.approx(2 / 3)


# The real-length sets (see tests/data/events/README.md): documents, gold events, the words a
# document may have, and the precisions counted where the README gives them.
REAL_LENGTH_SETS = [
    ("heldout_blind5.jsonl", 338, (180, 450), None),
    ("heldout_blind6.jsonl", 326, (200, 450), None),
    ("heldout_blind7.jsonl", 467, (250, 450), None),
    ("heldout_blind8.jsonl", 414, (250, 450), None),
    ("heldout_blind9.jsonl", 337, (250, 450), {"day": 205, "month": 80, "year": 50, "decade": 2}),
    ("heldout_blind10.jsonl", 441, (300, 400), {"day": 286, "month": 80, "year": 72, "decade": 3}),
    ("heldout_blind11.jsonl", 411, (300, 400), {"day": 246, "month": 95, "year": 69, "decade": 1}),
    ("heldout_blind12.jsonl", 414, (250, 400), {"day": 278, "month": 88, "year": 47, "decade": 1}),
    ("heldout_blind13.jsonl", 355, (250, 400), {"day": 249, "month": 68, "year": 37, "decade": 1}),
    ("heldout_blind14.jsonl", 464, (250, 400), {"day": 310, "month": 96, "year": 50, "decade": 8}),
    ("heldout_blind15.jsonl", 384, (250, 400), {"day": 238, "month": 92, "year": 51, "decade": 3}),
    ("heldout_blind16.jsonl", 388, (250, 400), {"day": 246, "month": 89, "year": 48, "decade": 5}),
    ("heldout_blind17.jsonl", 394, (250, 400), {"day": 238, "month": 89, "year": 64, "decade": 3}),
    ("tuning18.jsonl", 377, (250, 600), {"day": 279, "month": 60, "year": 35, "decade": 3}),
    ("tuning19.jsonl", 469, (250, 600), {"day": 348, "month": 77, "year": 44}),
    ("tuning20.jsonl", 371, (250, 400), {"day": 267, "month": 69, "year": 35}),
    ("tuning21.jsonl", 336, (250, 400), {"day": 238, "month": 62, "year": 34, "decade": 2}),
    ("tuning22.jsonl", 428, (300, 380), {"day": 287, "month": 75, "year": 65, "decade": 1}),
    ("tuning23.jsonl", 407, (322, 362), {"day": 270, "month": 98, "year": 39}),
    ("tuning24.jsonl", 435, (318, 398), {"day": 299, "month": 98, "year": 38}),
    ("tuning25.jsonl", 268, (275, 355), {"day": 172, "month": 63, "year": 33}),
    ("tuning26.jsonl", 420, (308, 360), {"day": 274, "month": 97, "year": 39, "decade": 10}),
    ("tuning27.jsonl", 372, (303, 370), {"day": 248, "month": 91, "year": 31, "decade": 2}),
    ("tuning28.jsonl", 376, (301, 348), {"day": 265, "month": 67, "year": 38, "decade": 6}),
]


@pytest.mark.parametrize(("name", "n_events", "words", "precisions"), REAL_LENGTH_SETS)
def test_real_length_event_set_shape(name, n_events, words, precisions):
    """30 documents with unique ids whose gold date and sentence spans match their text, each
    event inside its sentence and its date written as its precision says: a set that drifted
    from its README would score the extractor against the wrong gold."""
    docs = load_corpus(DATA / name)
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    events = [e for d in docs for e in d["events"]]
    assert len(events) == n_events
    if precisions is not None:
        assert Counter(e["precision"] for e in events) == precisions
    widths = {"day": 10, "month": 7, "year": 4, "decade": 4}
    for d in docs:
        assert words[0] <= len(d["text"].split()) <= words[1], d["id"]
        date.fromisoformat(d["published"])
        for e in d["events"]:
            assert d["text"][e["start"] : e["end"]] == e["surface"], d["id"]
            assert d["text"][e["sentence_start"] : e["sentence_end"]] == e["sentence"], d["id"]
            assert e["sentence_start"] <= e["start"] < e["end"] <= e["sentence_end"], d["id"]
            assert len(e["date"]) == widths[e["precision"]], d["id"]


@pytest.mark.parametrize(
    ("name", "min_f1"),
    [
        ("corpus.jsonl", 0.9),  # the development corpus, traps included
        ("heldout.jsonl", 0.75),  # written after the rules were fixed; the target
        # Issue 16's shapes (tense, day-relative, anchored, periods, datelines), written before
        # their rules and never used to fix one; its target on real news is 0.85.
        ("heldout16.jsonl", 0.85),
        # Tuning sets of real length, read and tuned on (tuning17 written apart from the rules:
        # 0.848 before the rules of its shapes, 0.968 after; 0.949 once a year inside a name
        # ("the 1995 peace agreement") became no event, as tuning20-25 and the measure sets
        # write it)
        ("tuning16.jsonl", 0.9),
        ("tuning17.jsonl", 0.945),
        # tuning18, written apart from the rules too: 0.847 before the rules of its shapes,
        # 0.932 after, 0.957 with tuning19's, 0.966 with those of tuning20 ("this week" now
        # the week, as tuning20 and the later sets write it, not the publication's day)
        # 0.965 once deadlines and bounds, 0.951 once bare clock times, 0.945 once two days in
        # a row ("on Sunday and Monday") became no events (as tuning20-24 and the measure sets
        # write them); 0.937 once a year inside a name, an edition's day and "earlier this week"
        # as the whole week followed tuning20-25
        ("tuning18.jsonl", 0.93),
        # tuning19, written apart from the rules too: 0.762 on the rules before it (0.768 with
        # those of its shapes written before it was read), 0.879 after its rules, 0.897 with
        # those of tuning20's shapes, 0.922 later; 0.885 once deadlines and bounds ("until
        # Monday", "by the end of the week") became no events, as tuning20-24 and the
        # measure sets write them (tuning19 alone counts them), 0.872 once bare clock times,
        # lists of days and ranges in a month followed
        ("tuning19.jsonl", 0.865),
        # tuning20, written apart from the rules too: 0.752 on the rules before this session,
        # 0.792 with the first of its shapes written before it was read, 0.913 after (its
        # precision, 0.870, is the weaker side)
        ("tuning20.jsonl", 0.855),
        # tuning21, written apart from the rules too: 0.820 (P 0.773) on the rules before it,
        # 0.905 (P 0.879) after the rules of its shapes
        ("tuning21.jsonl", 0.87),
    ],
)
def test_date_event_f1(name, min_f1):
    scores = []
    for doc in load_corpus(DATA / name):
        pub = date.fromisoformat(doc["published"]) if doc["published"] else None
        found = extract_events(doc["text"], pub, [], [])
        scores.append(
            score_document([(e.date, e.precision, e.start) for e in found], doc["events"])
        )
    result = total(scores)
    assert result.f1 >= min_f1, result
    assert result.precision >= min_f1, result
