"""The annotated corpus: it is in sync with its marked-up source, and the tagger meets the bars."""

from __future__ import annotations

import importlib.util
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
    docs = builder.parse_corpus((DATA / "corpus.txt").read_text(encoding="utf-8"))
    assert builder.render(docs) == (DATA / "corpus.jsonl").read_text(encoding="utf-8")


def test_corpus_shape() -> None:
    docs = load_corpus(DATA / "corpus.jsonl")
    assert len(docs) >= 30
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"]
    # some Serbian (Latin and Cyrillic) and Albanian documents
    assert any(any("\u0400" <= c <= "\u04ff" for c in d["text"]) for d in docs)
    assert sum(d["id"].startswith(("sr-", "bs-", "sq-")) for d in docs) >= 4


@pytest.fixture(scope="module")
def corpus_scores(gazetteer: Gazetteer) -> Scores:
    docs = load_corpus(DATA / "corpus.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    return score(docs, preds)


def test_toponym_f1(corpus_scores: Scores) -> None:
    assert corpus_scores.exact_f1 >= 0.93
    assert corpus_scores.overlap_f1 >= 0.95


def test_demonym_recall(corpus_scores: Scores) -> None:
    assert corpus_scores.demonym_recall >= 0.85


def test_out_of_region_places_keep_out_of_region(corpus_scores: Scores) -> None:
    assert corpus_scores.out_of_region_with_region_code <= 0.01


def test_document_country_f1(corpus_scores: Scores) -> None:
    assert corpus_scores.doc_country_f1 >= 0.95


def test_held_out_documents(gazetteer: Gazetteer) -> None:
    """The "ho-" documents, written to test rules rather than to tune them, score as well."""
    docs = [d for d in load_corpus(DATA / "corpus.jsonl") if "ho-" in d["id"]]
    assert len(docs) >= 15
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    held_out = score(docs, preds)
    assert held_out.exact_f1 >= 0.95
    assert held_out.overlap_f1 >= 0.95
    assert held_out.doc_country_f1 >= 0.95
