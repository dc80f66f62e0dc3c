"""Event dates: newsmap's extractor against dateparser's search_dates, same corpus, same run.

Prints date-event F1 (the right date at the right precision in the right sentence) and documents
per second for both, and the ratios.  dateparser gets the publication date as RELATIVE_BASE and
its own precision ("period") for each date it finds; only its search_dates call is timed.

    .venv/bin/python benchmarks/bench_events.py [corpus.jsonl]
"""

from __future__ import annotations

import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

from newsmap.events import extract_events
from newsmap.events.score import Score, load_corpus, score_document, total

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "tests" / "data" / "events" / "corpus.jsonl"
PERIOD = {"time": "day", "day": "day", "week": "day", "month": "month", "year": "year"}


def _published(doc: dict) -> date | None:
    return date.fromisoformat(doc["published"]) if doc.get("published") else None


def run_newsmap(docs: list[dict], min_seconds: float = 2.0) -> tuple[Score, float]:
    """F1 from one pass; throughput from as many whole passes as fit in min_seconds."""
    scores = []
    for doc in docs:
        found = extract_events(doc["text"], _published(doc), [], [])
        scores.append(
            score_document([(e.date, e.precision, e.start) for e in found], doc["events"])
        )
    n = 0
    t0 = time.perf_counter()
    while True:
        for doc in docs:
            extract_events(doc["text"], _published(doc), [], [])
        n += len(docs)
        elapsed = time.perf_counter() - t0
        if elapsed >= min_seconds:
            break
    return total(scores), n / elapsed


def run_dateparser(docs: list[dict]) -> tuple[Score, float]:
    """search_dates per document (timed), then each hit's period to compare precisions."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings_for = {}
    for doc in docs:
        pub = _published(doc)
        settings = {"PREFER_DATES_FROM": "past"}
        if pub is not None:
            settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
        settings_for[doc["id"]] = settings
    search_dates("warm up on 24 September 2023", settings={"PREFER_DATES_FROM": "past"})
    results = []
    t0 = time.perf_counter()
    for doc in docs:
        results.append(search_dates(doc["text"], settings=settings_for[doc["id"]]) or [])
    elapsed = time.perf_counter() - t0
    scores = []
    for doc, hits in zip(docs, results, strict=True):
        parser = DateDataParser(settings=settings_for[doc["id"]])
        predicted = []
        pos = 0
        for surface, when in hits:
            at = doc["text"].find(surface, pos)
            if at < 0:
                at = doc["text"].find(surface)
            pos = max(pos, at + 1)
            data = parser.get_date_data(surface)
            precision = PERIOD.get(data.period or "day", "day")
            value = {
                "day": when.strftime("%Y-%m-%d"),
                "month": when.strftime("%Y-%m"),
                "year": when.strftime("%Y"),
            }[precision]
            predicted.append((value, precision, at))
        scores.append(score_document(predicted, doc["events"]))
    return total(scores), len(docs) / elapsed


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    docs = load_corpus(path)
    warnings.filterwarnings("ignore")
    ours, our_rate = run_newsmap(docs)
    try:
        theirs, their_rate = run_dateparser(docs)
    except ImportError:
        print("dateparser is not installed (pip install '.[bench]'); newsmap only")
        theirs, their_rate = None, None
    print(
        f"corpus: {path.name}, {len(docs)} docs, {sum(len(d['events']) for d in docs)} gold events"
    )
    print(f"{'':12} {'P':>6} {'R':>6} {'F1':>6} {'docs/s':>10}")
    print(
        f"{'newsmap':12} {ours.precision:6.3f} {ours.recall:6.3f} {ours.f1:6.3f} {our_rate:10.0f}"
    )
    if theirs is not None and their_rate:
        print(
            f"{'dateparser':12} {theirs.precision:6.3f} {theirs.recall:6.3f} "
            f"{theirs.f1:6.3f} {their_rate:10.0f}"
        )
        f1_ratio = ours.f1 / theirs.f1 if theirs.f1 else float("inf")
        speed = our_rate / their_rate
        print(f"ratio newsmap/dateparser: F1 x{f1_ratio:.2f}, throughput x{speed:.1f}")
    seed = ROOT / "tests" / "data" / "events" / "seed.txt"
    if seed.exists():
        text = seed.read_text(encoding="utf-8")
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < 1.0:
            extract_events(text, date(2023, 11, 23), [], [])
            n += 1
        rate = n / (time.perf_counter() - t0)
        print(f"newsmap on the seed article ({len(text.split())} words): {rate:.0f} docs/s")
        our_rate = min(our_rate, rate)
    ok = our_rate >= 500
    print(f"target >= 500 docs/s on one core: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
