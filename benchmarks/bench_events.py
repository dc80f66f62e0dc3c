"""Event dates: newsmap's extractor against dateparser's search_dates, same corpora, same run.

Prints date-event F1 (the right date at the right precision in the right sentence) and documents
per second for both, and the ratios: on the English gold corpus, its tuning sets, its held-out
sets (the blind set of real-length documents apart), and per language on the local-language
development set (and, apart, its held-out part and the fourth held-out set, measured only).
dateparser gets the publication date as RELATIVE_BASE, the document's language, and its own
precision ("period") for each date it finds; only its search_dates call is timed.  Language
detection is timed on its own, per article, as the pipeline calls it (``detect_languages``: the
opening, and the middle of a long text); and per language group, on documents of about 300
words, the whole `newsmap analyze` loop (detection, places, dates, JSON out) beside the
extractor alone.  Times are the process's CPU time (``time.process_time``): the targets are per
core, and on a shared machine wall-clock time measures the neighbours as much as the code.

    .venv/bin/python benchmarks/bench_events.py [corpus.jsonl]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from newsmap.events import extract_events
from newsmap.events.score import Score, load_corpus, score_document, total
from newsmap.ingest.language import detect_languages

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "events"
DEFAULT_CORPUS = DATA / "corpus.jsonl"
PERIOD = {"time": "day", "day": "day", "week": "day", "month": "month", "year": "year"}
# dateparser's codes: its "sr" is Cyrillic; Montenegrin reads as Serbian Latin.
DATEPARSER_LANGUAGE = {
    ("sr", "Latn"): "sr-Latn",
    ("sr", "Cyrl"): "sr",
    ("cnr", "Latn"): "sr-Latn",
    ("hr", "Latn"): "hr",
    ("bs", "Latn"): "bs",
    ("sq", "Latn"): "sq",
    ("mk", "Cyrl"): "mk",
    ("sl", "Latn"): "sl",
}


def _published(doc: dict) -> date | None:
    return date.fromisoformat(doc["published"]) if doc.get("published") else None


def _languages(doc: dict) -> list[str]:
    return [doc["language"]] if doc.get("language") else []


def _rate(work: Callable[[], None], n_docs: int, min_seconds: float) -> float:
    n = 0
    t0 = time.process_time()
    while True:
        work()
        n += n_docs
        elapsed = time.process_time() - t0
        if elapsed >= min_seconds:
            return n / elapsed


def run_newsmap(docs: list[dict], min_seconds: float = 1.0) -> tuple[Score, float]:
    """F1 from one pass; throughput from as many whole passes as fit in min_seconds."""
    scores = []
    for doc in docs:
        found = extract_events(doc["text"], _published(doc), [], [], _languages(doc))
        scores.append(
            score_document([(e.date, e.precision, e.start) for e in found], doc["events"])
        )

    def work() -> None:
        for doc in docs:
            extract_events(doc["text"], _published(doc), [], [], _languages(doc))

    return total(scores), _rate(work, len(docs), min_seconds)


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
    language_of = {
        d["id"]: DATEPARSER_LANGUAGE.get((d.get("language"), d.get("script")), "en") for d in docs
    }
    search_dates("warm up on 24 September 2023", settings={"PREFER_DATES_FROM": "past"})
    results = []
    t0 = time.process_time()
    for doc in docs:
        langs = [language_of[doc["id"]]]
        hits = search_dates(doc["text"], languages=langs, settings=settings_for[doc["id"]])
        results.append(hits or [])
    elapsed = time.process_time() - t0
    scores = []
    for doc, hits in zip(docs, results, strict=True):
        parser = DateDataParser(
            languages=[language_of[doc["id"]]], settings=settings_for[doc["id"]]
        )
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


def _row(name: str, score: Score, rate: float | None) -> str:
    speed = f"{rate:10.0f}" if rate else f"{'':>10}"
    return f"{name:26} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {speed}"


def compare(title: str, docs: list[dict], dateparser_ok: bool) -> float:
    """Print newsmap and dateparser on one set of documents; return newsmap's docs/s."""
    ours, our_rate = run_newsmap(docs)
    print(_row(f"{title}: newsmap", ours, our_rate))
    if dateparser_ok:
        theirs, their_rate = run_dateparser(docs)
        print(_row(f"{title}: dateparser", theirs, their_rate))
        f1_ratio = ours.f1 / theirs.f1 if theirs.f1 else float("inf")
        print(f"{'':26} ratio F1 x{f1_ratio:.2f}, throughput x{our_rate / their_rate:.1f}")
    return our_rate


def _by_group(docs: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for doc in docs:
        groups.setdefault(f"{doc['language']}-{doc['script']}", []).append(doc)
    return dict(sorted(groups.items()))


def _group_name(doc: dict) -> str:
    """The language groups of issue 13: BCMS by script, Albanian, Macedonian, Slovenian."""
    lang, script = doc["language"], doc["script"]
    if lang in ("sr", "hr", "bs", "cnr"):
        return "BCMS Cyrillic" if script == "Cyrl" else "BCMS Latin"
    return {"sq": "Albanian", "mk": "Macedonian", "sl": "Slovenian"}.get(lang, lang)


def _joined(docs: list[dict], words: int = 300) -> dict[str, tuple[str, date | None]]:
    """One document of about ``words`` words per language group, its own set's texts joined
    (what real-length local news looks like to the pipeline: long, with a middle to read)."""
    groups: dict[str, list[dict]] = {}
    for doc in docs:
        groups.setdefault(_group_name(doc), []).append(doc)
    joined = {}
    for group, members in sorted(groups.items()):
        parts, count, i = [], 0, 0
        while count < words:
            parts.append(members[i % len(members)]["text"])
            count += len(parts[-1].split())
            i += 1
        joined[group] = ("\n\n".join(parts), _published(members[0]))
    return joined


def detection_ms(texts: list[tuple[str, str | None]], rounds: int = 20) -> float:
    """Mean milliseconds per article of ``detect_languages``, the call the pipeline makes (the
    opening, and the middle of a long text); the detector is loaded first."""
    detect_languages("warm up the models")
    t0 = time.process_time()
    for _ in range(rounds):
        for text, title in texts:
            detect_languages(text, title)
    return (time.process_time() - t0) / (rounds * len(texts)) * 1000


def long_rates(joined: dict[str, tuple[str, date | None]]) -> dict[str, tuple[float, float]]:
    """Per language group, on its ~300-word document: the extractor's docs/s (the language
    given), and `newsmap analyze`'s whole loop (JSON line in, language detected, places, dated
    events, JSON line out; best of interleaved passes, CPU time)."""
    from newsmap.cli.analyze import analyze_stream
    from newsmap.geotag import Gazetteer

    gaz = Gazetteer.from_path()
    rates = {}
    for group, (text, pub) in joined.items():
        languages = [_LANGUAGE_OF_GROUP[group]]

        def work(text: str = text, pub: date | None = pub, languages: list = languages) -> None:
            extract_events(text, pub, [], [], languages)

        line = json.dumps({"id": group, "text": text, "published": str(pub)}, ensure_ascii=False)
        lines = [line] * 50
        analyze_stream(lines[:1], io.StringIO(), io.StringIO(), gaz)
        best = float("inf")
        for _ in range(5):
            t0 = time.process_time()
            analyze_stream(lines, io.StringIO(), io.StringIO(), gaz)
            best = min(best, time.process_time() - t0)
        rates[group] = (_rate(work, 1, 0.5), len(lines) / best)
    return rates


_LANGUAGE_OF_GROUP = {
    "BCMS Latin": "sh",
    "BCMS Cyrillic": "sr",
    "Albanian": "sq",
    "Macedonian": "mk",
    "Slovenian": "sl",
}


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=DEFAULT_CORPUS,
        help="the English gold corpus (JSON Lines; default: %(default)s)",
    )
    return parser.parse_args(argv[1:])


def main(argv: list[str]) -> int:
    path = _arguments(argv).corpus
    english = load_corpus(path)
    dev = load_corpus(DATA / "local" / "dev.jsonl")
    heldout = load_corpus(DATA / "local" / "heldout.jsonl")
    warnings.filterwarnings("ignore")
    try:
        import dateparser  # noqa: F401

        dateparser_ok = True
    except ImportError:
        print("dateparser is not installed (pip install '.[bench]'); newsmap only")
        dateparser_ok = False
    print(f"{'':26} {'P':>6} {'R':>6} {'F1':>6} {'docs/s':>10}")
    rates = [compare(f"English ({len(english)})", english, dateparser_ok)]
    for name in ("tuning16", "tuning17", "tuning18"):
        tuning = load_corpus(DATA / f"{name}.jsonl")
        compare(f"English {name} ({len(tuning)})", tuning, dateparser_ok)
    english_heldout = load_corpus(DATA / "heldout.jsonl") + load_corpus(DATA / "heldout16.jsonl")
    compare(f"English held-out ({len(english_heldout)})", english_heldout, dateparser_ok)
    blind = load_corpus(DATA / "heldout_blind4.jsonl")
    compare(f"English blind ({len(blind)})", blind, dateparser_ok)
    blind5 = load_corpus(DATA / "heldout_blind5.jsonl")
    compare(f"English blind 5 ({len(blind5)})", blind5, dateparser_ok)
    blind6 = load_corpus(DATA / "heldout_blind6.jsonl")
    compare(f"English blind 6 ({len(blind6)})", blind6, dateparser_ok)
    blind7 = load_corpus(DATA / "heldout_blind7.jsonl")
    compare(f"English blind 7 ({len(blind7)})", blind7, dateparser_ok)
    blind8 = load_corpus(DATA / "heldout_blind8.jsonl")
    compare(f"English blind 8 ({len(blind8)})", blind8, dateparser_ok)
    for group, docs in _by_group(dev).items():
        rates.append(compare(f"dev {group} ({len(docs)})", docs, dateparser_ok))
    local_rate = compare(f"dev, all ({len(dev)})", dev, dateparser_ok)
    compare(f"held-out, all ({len(heldout)})", heldout, dateparser_ok)
    heldout4 = load_corpus(DATA / "local" / "heldout4.jsonl")
    compare(f"held-out 4, all ({len(heldout4)})", heldout4, dateparser_ok)
    heldout5 = load_corpus(DATA / "local" / "heldout5.jsonl")
    compare(f"held-out 5, all ({len(heldout5)})", heldout5, dateparser_ok)
    heldout6 = load_corpus(DATA / "local" / "heldout6.jsonl")
    compare(f"held-out 6, all ({len(heldout6)})", heldout6, dateparser_ok)
    heldout7 = load_corpus(DATA / "local" / "heldout7.jsonl")
    compare(f"held-out 7, all ({len(heldout7)})", heldout7, dateparser_ok)
    heldout8 = load_corpus(DATA / "local" / "heldout8.jsonl")
    compare(f"held-out 8, all ({len(heldout8)})", heldout8, dateparser_ok)
    heldout9 = load_corpus(DATA / "local" / "heldout9.jsonl")
    compare(f"held-out 9, all ({len(heldout9)})", heldout9, dateparser_ok)
    heldout10 = load_corpus(DATA / "local" / "heldout10.jsonl")
    compare(f"held-out 10, all ({len(heldout10)})", heldout10, dateparser_ok)
    heldout11 = load_corpus(DATA / "local" / "heldout11.jsonl")
    compare(f"held-out 11, all ({len(heldout11)})", heldout11, dateparser_ok)
    heldout12 = load_corpus(DATA / "local" / "heldout12.jsonl")
    compare(f"held-out 12, all ({len(heldout12)})", heldout12, dateparser_ok)
    heldout13 = load_corpus(DATA / "local" / "heldout13.jsonl")
    compare(f"held-out 13, all ({len(heldout13)})", heldout13, dateparser_ok)
    heldout14 = load_corpus(DATA / "local" / "heldout14.jsonl")
    compare(f"held-out 14, all ({len(heldout14)})", heldout14, dateparser_ok)
    heldout15 = load_corpus(DATA / "local" / "heldout15.jsonl")
    compare(f"held-out 15, all ({len(heldout15)})", heldout15, dateparser_ok)
    heldout16 = load_corpus(DATA / "local" / "heldout16.jsonl")
    compare(f"held-out 16, all ({len(heldout16)})", heldout16, dateparser_ok)
    heldout17 = load_corpus(DATA / "local" / "heldout17.jsonl")
    compare(f"held-out 17, all ({len(heldout17)})", heldout17, dateparser_ok)
    heldout18 = load_corpus(DATA / "local" / "heldout18.jsonl")
    compare(f"held-out 18, all ({len(heldout18)})", heldout18, dateparser_ok)
    joined = _joined(dev + heldout)
    longs = long_rates(joined)
    words = sum(len(text.split()) for text, _ in joined.values()) / len(joined)
    print(f"~{words:.0f}-word local documents (the sets' texts joined), docs/s, one core:")
    print(f"  {'':16} {'extractor':>10} {'analyze loop':>13}")
    for group, (extractor, loop) in longs.items():
        print(f"  {group:16} {extractor:10.0f} {loop:13.0f}")
    rates.extend(rate for pair in longs.values() for rate in pair)
    short = [(d["text"], d.get("title")) for d in dev + heldout + english]
    ms = detection_ms(short)
    long_ms = detection_ms([(text, None) for text, _ in joined.values()], rounds=100)
    print(
        f"language detection (detect_languages, as the pipeline calls it): {ms:.3f} ms per "
        f"article on the sets' own, {long_ms:.3f} ms on the ~{words:.0f}-word ones (target < 1 ms)"
    )
    ms = max(ms, long_ms)
    seed = DATA / "seed.txt"
    text = seed.read_text(encoding="utf-8")
    n, t0 = 0, time.process_time()
    while time.process_time() - t0 < 1.0:
        extract_events(text, date(2023, 11, 23), [], [])
        n += 1
    seed_rate = n / (time.process_time() - t0)
    print(f"newsmap on the seed article ({len(text.split())} words): {seed_rate:.0f} docs/s")
    ok = min(*rates, local_rate, seed_rate) >= 500 and ms < 1.0
    print(
        f"targets (>= 500 docs/s on one core in every language, detection < 1 ms): "
        f"{'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
