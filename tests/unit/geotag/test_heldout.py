"""The held-out set (tests/data/geotag/heldout.jsonl): realistic wire copy, scored as a whole.

The 26 documents were written and annotated before the tagger was run on them.  Their first
score (exact F1 0.950, overlap 0.953, demonym recall 0.917, out-of-region places with a region
code 0.008, document-country F1 0.921) measured the tagger on unseen text.  The rules were then
revised for these error classes only, each by a general rule checked on both sets: a locative
before a coordinated list of capitals, a possessive after a town, "Macedonian" + media and
other institution nouns, "Camp <village>" abroad, "<Demonym> region of <name>", all-caps
acronyms in running text, datelines as locative context, case forms of municipal seats, of
coordinated names and of other states' local names, neighbours in a list sharing a country,
and focus measured against the article's leading country of any kind.  So the set is no
longer unseen: after those revisions it scores exact and overlap F1 0.975, demonym recall
1.0, out-of-region 0.0, document-country F1 0.935, and the bars below sit a little under
that to catch regressions.  Most remaining misses are places the gazetteer lacks (villages,
border crossings, small foreign towns); the rest are focus judgements on secondary countries.
"""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.scoring import Scores, load_corpus, score, spans_from_mentions

DATA = Path(__file__).resolve().parents[2] / "data" / "geotag"


def _builder():
    spec = importlib.util.spec_from_file_location("build_corpus", DATA / "build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_jsonl_is_built_from_the_markup() -> None:
    builder = _builder()
    docs = builder.parse_corpus((DATA / "heldout.txt").read_text(encoding="utf-8"))
    assert builder.render(docs) == (DATA / "heldout.jsonl").read_text(encoding="utf-8")


def test_heldout_shape() -> None:
    docs = load_corpus(DATA / "heldout.jsonl")
    corpus_ids = {d["id"] for d in load_corpus(DATA / "corpus.jsonl")}
    assert len(docs) >= 25
    assert len({d["id"] for d in docs}) == len(docs)
    assert not corpus_ids & {d["id"] for d in docs}
    for d in docs:
        assert 120 <= len(d["text"].split()) <= 300, d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"]
    assert any(any("\u0400" <= c <= "\u04ff" for c in d["text"]) for d in docs)
    assert sum(d["id"].startswith(("sr-", "bs-", "sq-")) for d in docs) >= 4


@pytest.fixture(scope="module")
def heldout_scores(gazetteer: Gazetteer) -> Scores:
    docs = load_corpus(DATA / "heldout.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    return score(docs, preds)


def test_toponym_f1(heldout_scores: Scores) -> None:
    # reached: exact 0.975, overlap 0.975
    assert heldout_scores.exact_f1 >= 0.96
    assert heldout_scores.overlap_f1 >= 0.96


def test_demonym_recall(heldout_scores: Scores) -> None:
    # reached: 1.0
    assert heldout_scores.demonym_recall >= 0.95


def test_out_of_region_places_keep_out_of_region(heldout_scores: Scores) -> None:
    # reached: 0.0
    assert heldout_scores.out_of_region_with_region_code <= 0.01


def test_document_country_f1(heldout_scores: Scores) -> None:
    # reached: 0.935
    assert heldout_scores.doc_country_f1 >= 0.92


def test_places_heldout_set(gazetteer: Gazetteer) -> None:
    """Issue 16's categories (heldout_places.txt), measured, never tuned on.

    Before the rules for them: exact 0.833, overlap 0.906, demonym recall 0.429 and
    precision 0.529, document-country F1 0.857.  After: 0.970, 0.970, 0.952, 1.0, 0.914.
    """
    docs = load_corpus(DATA / "heldout_places.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    s = score(docs, preds)
    assert s.exact_f1 >= 0.94 and s.overlap_f1 >= 0.95
    assert s.demonym_recall >= 0.9 and s.demonym_precision >= 0.9
    assert s.out_of_region_with_region_code <= 0.01
    assert s.doc_country_f1 >= 0.88


def test_places_heldout_is_built_from_the_markup() -> None:
    builder = _builder()
    docs = builder.parse_corpus((DATA / "heldout_places.txt").read_text(encoding="utf-8"))
    assert builder.render(docs) == (DATA / "heldout_places.jsonl").read_text(encoding="utf-8")


def test_blind_places_set_shape() -> None:
    """The blind set (heldout_blind_places.jsonl, see tests/data/geotag/README.md): 30
    documents of real length whose gold offsets match their text."""
    docs = load_corpus(DATA / "heldout_blind_places.jsonl")
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        assert 150 <= len(d["text"].split()) <= 300, d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"], d["id"]
        assert set(d["gold"]["countries"]) <= {"AL", "BA", "XK", "ME", "MK", "RS"}


def test_second_blind_places_set_shape() -> None:
    """The second blind set (heldout_blind_places2.jsonl, see tests/data/geotag/README.md): 30
    documents of real length in 16 outlet shapes, gold offsets matching their text, and
    document countries only from the six."""
    docs = load_corpus(DATA / "heldout_blind_places2.jsonl")
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(len(d["gold"]["mentions"]) for d in docs) == 648
    for d in docs:
        assert 150 <= len(d["text"].split()) <= 300, d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"], d["id"]
        assert set(d["gold"]["countries"]) <= {"AL", "BA", "XK", "ME", "MK", "RS"}


def test_third_blind_places_set_shape() -> None:
    """The third blind set (heldout_blind_places3.jsonl, see tests/data/geotag/README.md): 30
    documents of real length, 739 gold mentions whose offsets match their text, no two
    overlapping, and document countries only from the six."""
    docs = load_corpus(DATA / "heldout_blind_places3.jsonl")
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(len(d["gold"]["mentions"]) for d in docs) == 739
    for d in docs:
        assert 150 <= len(d["text"].split()) <= 300, d["id"]
        spans = sorted((g["start"], g["end"]) for g in d["gold"]["mentions"])
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"], d["id"]
        assert set(d["gold"]["countries"]) <= {"AL", "BA", "XK", "ME", "MK", "RS"}


def test_fourth_blind_places_set_shape() -> None:
    """The fourth blind set (heldout_blind_places4.jsonl, see tests/data/geotag/README.md): 30
    documents at the length of real news, in paragraphs, 879 gold mentions whose offsets match
    their text, no two overlapping, and document countries only from the six."""
    docs = load_corpus(DATA / "heldout_blind_places4.jsonl")
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(len(d["gold"]["mentions"]) for d in docs) == 879
    assert sum(len(d["text"].split()) for d in docs) == 12836
    assert sum("\n\n" in d["text"] for d in docs) >= 25
    for d in docs:
        assert 120 <= len(d["text"].split()) <= 700, d["id"]
        spans = sorted((g["start"], g["end"]) for g in d["gold"]["mentions"])
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"], d["id"]
        assert set(d["gold"]["countries"]) <= {"AL", "BA", "XK", "ME", "MK", "RS"}


def test_fifth_blind_places_set_shape() -> None:
    """The fifth blind set (heldout_blind_places5.jsonl, see tests/data/geotag/README.md): 30
    documents in the layouts real news comes in (Q&A, fact-check, transcript, captions, digest,
    timeline), 998 gold mentions whose offsets match their text, no two overlapping, and document
    countries only from the six."""
    docs = load_corpus(DATA / "heldout_blind_places5.jsonl")
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(len(d["gold"]["mentions"]) for d in docs) == 998
    assert sum(len(d["text"].split()) for d in docs) == 12193
    assert all("\n\n" in d["text"] for d in docs)
    for d in docs:
        assert 120 <= len(d["text"].split()) <= 650, d["id"]
        spans = sorted((g["start"], g["end"]) for g in d["gold"]["mentions"])
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"], d["id"]
        assert set(d["gold"]["countries"]) <= {"AL", "BA", "XK", "ME", "MK", "RS"}


# The sixth to eleventh blind sets (see tests/data/geotag/README.md): gold mentions, words in
# all, and the words one document may have.
LATER_BLIND_SETS = [
    ("heldout_blind_places6.jsonl", 891, 12007, (120, 650)),
    ("heldout_blind_places7.jsonl", 963, 12810, (120, 650)),
    ("heldout_blind_places8.jsonl", 1084, 13007, (120, 650)),
    ("heldout_blind_places9.jsonl", 932, 11466, (120, 500)),
    ("heldout_blind_places10.jsonl", 940, 9978, (120, 500)),
    ("heldout_blind_places11.jsonl", 877, 9893, (100, 500)),
    ("heldout_blind_places12.jsonl", 947, 10143, (280, 400)),
    ("heldout_blind_places13.jsonl", 993, 10066, (280, 400)),
    ("heldout_blind_places14.jsonl", 670, 8135, (100, 400)),
    ("heldout_blind_places15.jsonl", 764, 10212, (250, 400)),
    ("heldout_blind_places16.jsonl", 887, 9958, (250, 400)),
    ("heldout_blind_places17.jsonl", 824, 9645, (250, 400)),
    ("heldout_blind_places18.jsonl", 729, 9648, (250, 400)),
    ("heldout_blind_places19.jsonl", 877, 9369, (250, 400)),
]


@pytest.mark.parametrize(("name", "n_gold", "n_words", "words"), LATER_BLIND_SETS)
def test_later_blind_places_set_shape(
    name: str, n_gold: int, n_words: int, words: tuple[int, int]
) -> None:
    """30 documents in paragraphs with unique ids, gold mentions whose offsets match their text,
    no two overlapping, a null country only for a region, traps that match their text too,
    every region state covered and document countries only from the six: a set that drifted
    from its README would measure the tagger against the wrong gold."""
    docs = load_corpus(DATA / name)
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(len(d["gold"]["mentions"]) for d in docs) == n_gold
    assert sum(len(d["text"].split()) for d in docs) == n_words
    assert all("\n\n" in d["text"] for d in docs)
    six = {"AL", "BA", "XK", "ME", "MK", "RS"}
    assert {c for d in docs for c in d["gold"]["countries"]} == six
    for d in docs:
        assert words[0] <= len(d["text"].split()) <= words[1], d["id"]
        spans = sorted((g["start"], g["end"]) for g in d["gold"]["mentions"])
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"], d["id"]
            assert (g["country"] is None) == (g["level"] == "region"), d["id"]
        for t in d.get("traps", []):
            assert d["text"][t["start"] : t["end"]] == t["surface"], d["id"]
        assert set(d["gold"]["countries"]) <= six


def test_blind_places_set_scores(gazetteer: Gazetteer) -> None:
    """The blind set, by its totals only (never tuned on).  First figures, with the tagger of
    the day it arrived: exact F1 0.920, overlap 0.935, demonym recall 0.946, out-of-region
    places with a region code 0.022, document-country F1 0.947; after issue 16's general
    rules (clubs and companies, sites, waters): 0.929, 0.939, 0.946, 0.022, 0.947; after the
    look-alike rules (namesakes abroad, places just outside the six, things called after a
    place, shared rivers away from the dateline): 0.931, 0.941, 0.946, 0.011, 0.947.  The bars
    sit a little under that to catch regressions."""
    docs = load_corpus(DATA / "heldout_blind_places.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    s = score(docs, preds)
    assert s.exact_f1 >= 0.925 and s.overlap_f1 >= 0.935
    assert s.demonym_recall >= 0.93
    assert s.out_of_region_with_region_code <= 0.02
    assert s.doc_country_f1 >= 0.93
