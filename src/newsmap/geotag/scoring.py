"""Score a tagger against an annotated corpus: the figures issue 3 sets targets for.

Pure: gold and predicted mentions in, numbers out.  A predicted toponym counts as correct when
its country agrees with the gold one (``None`` for region words) and its span is the same
(exact) or overlaps (overlap).  Demonyms are scored by recall only; out-of-region places are
checked for ever getting one of the six region codes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsmap.model import REGION_COUNTRIES

_REGION = frozenset(REGION_COUNTRIES)


@dataclass(frozen=True)
class Span:
    """A scored span: offsets, country and whether it is a demonym."""

    start: int
    end: int
    country: str | None
    demonym: bool = False


@dataclass(frozen=True)
class Scores:
    """Corpus-level figures (micro-averaged)."""

    exact_p: float
    exact_r: float
    exact_f1: float
    overlap_p: float
    overlap_r: float
    overlap_f1: float
    demonym_recall: float
    demonym_precision: float  # predicted demonyms that a gold one of the same state overlaps
    out_of_region_with_region_code: float
    doc_country_f1: float
    n_gold: int
    n_pred: int

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in self.__dict__.items()}


def load_corpus(path: Path) -> list[dict[str, Any]]:
    """Read corpus.jsonl (one document a line, with a ``gold`` object)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_spans(doc: dict[str, Any]) -> list[Span]:
    return [
        Span(g["start"], g["end"], g["country"], bool(g.get("demonym")))
        for g in doc["gold"]["mentions"]
    ]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _match(gold: Sequence[Span], pred: Sequence[Span], exact: bool) -> int:
    """Count one-to-one matches (same country; same span, or overlapping)."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i in used or p.country != g.country:
                continue
            if (p.start, p.end) == (g.start, g.end) if exact else _overlaps(g, p):
                used.add(i)
                hits += 1
                break
    return hits


def score(
    gold_docs: Iterable[dict[str, Any]], predictions: Iterable[tuple[list[Span], list[str]]]
) -> Scores:
    """Compare predictions (spans, document countries) with the gold corpus, doc by doc."""
    g_n = p_n = ex = ov_g = ov_p = 0
    dem_n = dem_hit = oor_n = oor_bad = dem_pred = dem_right = 0
    c_tp = c_fp = c_fn = 0
    for doc, (pred, countries) in zip(gold_docs, predictions, strict=True):
        gold = gold_spans(doc)
        g_top = [g for g in gold if not g.demonym]
        p_top = [p for p in pred if not p.demonym]
        g_n += len(g_top)
        p_n += len(p_top)
        ex += _match(g_top, p_top, exact=True)
        ov_g += _match(g_top, p_top, exact=False)
        ov_p += _match(p_top, g_top, exact=False)
        gold_dems = [g for g in gold if g.demonym]
        for p in pred:
            if p.demonym:
                dem_pred += 1
                dem_right += any(_overlaps(g, p) and p.country == g.country for g in gold_dems)
        for g in gold:
            if g.demonym:
                dem_n += 1
                dem_hit += any(_overlaps(g, p) and p.country == g.country for p in pred)
            elif g.country is not None and g.country not in _REGION:
                oor_n += 1
                oor_bad += any(_overlaps(g, p) and p.country in _REGION for p in pred)
        gold_c, pred_c = set(doc["gold"]["countries"]), set(countries)
        c_tp += len(gold_c & pred_c)
        c_fp += len(pred_c - gold_c)
        c_fn += len(gold_c - pred_c)
    exact_p, exact_r = _ratio(ex, p_n), _ratio(ex, g_n)
    ov_pr, ov_rc = _ratio(ov_p, p_n), _ratio(ov_g, g_n)
    cp, cr = _ratio(c_tp, c_tp + c_fp), _ratio(c_tp, c_tp + c_fn)
    return Scores(
        exact_p=exact_p,
        exact_r=exact_r,
        exact_f1=_f1(exact_p, exact_r),
        overlap_p=ov_pr,
        overlap_r=ov_rc,
        overlap_f1=_f1(ov_pr, ov_rc),
        demonym_recall=_ratio(dem_hit, dem_n),
        demonym_precision=_ratio(dem_right, dem_pred),
        out_of_region_with_region_code=_ratio(oor_bad, oor_n),
        doc_country_f1=_f1(cp, cr) if c_tp + c_fp + c_fn else 1.0,
        n_gold=g_n,
        n_pred=p_n,
    )


def spans_from_mentions(mentions: Iterable[Any]) -> list[Span]:
    """Mentions (newsmap.model.Mention or anything with the same fields) as scored spans."""
    return [Span(m.start, m.end, m.country, m.level == "demonym") for m in mentions]
