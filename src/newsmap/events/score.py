"""Date-event scoring: the right date, at the right precision, in the right sentence.

Used by the corpus test and the benchmark, and usable on any gold corpus kept outside the repo.
Gold events carry ``date``, ``precision``, ``sentence_start`` and ``sentence_end``; a predicted
event is a (date, precision, offset) triple, the offset being where its date expression starts.
Matching is one-to-one, so reporting the same date twice in a sentence counts once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Score", "load_corpus", "score_document", "total"]

Predicted = tuple[str, str, int]


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_document(predicted: Iterable[Predicted], gold: Sequence[Mapping[str, Any]]) -> Score:
    """Score one document's predictions against its gold events."""
    open_gold = list(gold)
    tp = fp = 0
    for date_s, precision, offset in predicted:
        hit = next(
            (
                g
                for g in open_gold
                if g["date"] == date_s
                and g["precision"] == precision
                and g["sentence_start"] <= offset < g["sentence_end"]
            ),
            None,
        )
        if hit is None:
            fp += 1
        else:
            tp += 1
            open_gold.remove(hit)
    return Score(tp, fp, len(open_gold))


def total(scores: Iterable[Score]) -> Score:
    """Micro-averaged sum of per-document scores."""
    out = Score()
    for s in scores:
        out = out + s
    return out


def load_corpus(path: str | Path) -> list[dict[str, Any]]:
    """A JSON Lines gold corpus: {"id", "published": "YYYY-MM-DD" | null, "text", "events"}."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
