"""Shared by the fault tests, and run as the ingest subprocess they kill or read beside.

``python faultkit.py DB INPUT [--throttle SECONDS]`` ingests INPUT into DB (``-``: the store
``$NEWSMAP_DB`` names, as a password-bearing URL travels) with the capital-word tagger and
prints the running article count after each article, so the parent test can act at a known
point (kill halfway, read while writing) without sleeping.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from pathlib import Path

from newsmap.engines.local import Progress, ingest_paths
from newsmap.model import Article, Event, Mention
from newsmap.store import Store

WORD = re.compile(r"\b[A-Z][a-z]+\b")
_PLACES = ["Skopje", "Tirana", "Pristina", "Podgorica", "Sarajevo", "Belgrade", "Mostar", "Ohrid"]
_FILLER = "the talks on a road near with and of officials said police were to by".split()


def tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    """One mention per capitalised word: a count anyone can recompute from the stored text."""
    mentions = [
        Mention(m.start(), m.end(), m[0], f"f:{m[0]}", m[0], "RS", None, "city", 44.0, 20.0, 1.0)
        for m in WORD.finditer(article.text)
    ]
    if not mentions:
        return mentions, []
    first = mentions[0]
    event = Event(
        "2024-01-02",
        "day",
        "explicit",
        first.surface,
        first.start,
        first.end,
        0,
        len(article.text),
        "other",
        ("RS",),
    )
    return mentions, [event]


def expected_mentions(text: str) -> int:
    return len(WORD.findall(text))


def write_corpus(path: Path, n: int, *, words: int = 80, seed: int = 7) -> Path:
    """n distinct JSON Lines articles; a fixed seed keeps every run identical."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            body = " ".join(
                rng.choice(_PLACES) if rng.random() < 0.15 else rng.choice(_FILLER)
                for _ in range(words)
            )
            record = {
                "title": f"brief {i}",
                "text": f"Report {i}: {body}.",
                "published": "2024-01-02",
            }
            fh.write(json.dumps(record) + "\n")
    return path


def main(argv: list[str]) -> int:
    db, source = argv[0], argv[1]
    throttle = float(argv[3]) if len(argv) > 3 and argv[2] == "--throttle" else 0.0

    def slow_tagger(article: Article) -> tuple[list[Mention], list[Event]]:
        if throttle:
            time.sleep(throttle)
        return tagger(article)

    def progress(p: Progress) -> None:
        print(p.articles, flush=True)

    with Store.open(None if db == "-" else db) as store:
        report = ingest_paths(store, [source], slow_tagger, on_progress=progress)
    print(f"done {report.new} {report.duplicate} {len(report.rejected)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
