"""Places in local-language news: newsmap against flashgeotext, per language group, one run.

Scores the gold places of the local-language set (tests/data/geotag/local_places.jsonl, whose
texts are the local event set in tests/data/events/local/ and a second tuning set of 24 outlet
shapes, tests/data/geotag/local_tuning2.jsonl: dateline wires, TV summaries, a live blog, an
opinion, roundups, diaspora, sport, economy and place-less items; and a third of document-country
shapes, tests/data/geotag/local_tuning3.jsonl: datelines in one state about another, foreign
officials as actors, roundups by line; and a fourth, tests/data/geotag/local_tuning4.jsonl:
texts that name no place but their state's own institutions or parties, capitals as metonyms,
diaspora, sport abroad, small towns only; and a fifth, tests/data/geotag/local_tuning5.jsonl:
guests, workers, tourists and goods that come from other states; and a sixth,
tests/data/geotag/local_tuning6.jsonl: partners in talks, a state seen from a neighbour's press,
roundups, small towns and sites only, foreign places only, clubs named after towns and states,
local abbreviations; and a seventh, tests/data/geotag/local_tuning7.jsonl: longer items in
outlet shapes, bulletins, court reports, a live blog, interviews, opinions; and an eighth,
tests/data/geotag/local_tuning8.jsonl: titled items whose headline and body weigh apart; and a
ninth, tests/data/geotag/local_tuning9.jsonl: sites at their full span in local grammar, cantons
and districts by local name and abbreviation, neighbours' towns in their case forms, villages,
state adjectives with officials and documents, clubs named for towns; and a tenth,
tests/data/geotag/local_tuning10.jsonl: what a story is about in roundups, foreign policy,
courts, economy, sport, diaspora, EU accession, border stories and a neighbour's press, with
names declined adjective first; and an eleventh, tests/data/geotag/local_tuning11.jsonl: stories
about one state that name a neighbour's places often (trade, away matches, courts abroad,
migrant routes, summits), stories told only by institution words, the entities and Brčko,
Kosovo and Serbia in both languages, the region in Slovenian and Croatian press, plural town
names, Croatian counties and Albanian names of the region's towns; and a twelfth,
tests/data/geotag/local_tuning12.jsonl: 32 dense items in outlet shapes, written and annotated
by another hand before the tagger ran on them; and a thirteenth,
tests/data/geotag/local_tuning13.jsonl: 30 items at the length of real local news, in paragraphs,
on what decides a story's country, written the same way; and a fourteenth,
tests/data/geotag/local_tuning14.jsonl: 30 items on trade, TV roundups, a neighbour's press, clubs,
surnames and common words spelt like places, written the same way) by language group:
place overlap F1, state-adjective (demonym) recall, document-country F1 and out-of-region
places given a region code (the title, where a document has one, weighs in on the document
country as it does in ``newsmap analyze``); then documents per second for both taggers on the
same texts.
flashgeotext gets a lookup built from our own gazetteer's names (see bench_tagger.py).

Run: .venv/bin/python benchmarks/bench_local_places.py
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_tagger import build_flashgeotext, flash_spans  # noqa: E402

from newsmap.geotag import Gazetteer, tag_text  # noqa: E402
from newsmap.geotag.scoring import Scores, score, spans_from_mentions  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "geotag" / "local_places.jsonl"


def load_local() -> list[dict]:
    """The gold documents with their texts (and titles, where a document has one) read from
    the local set they annotate."""
    texts: dict[str, str] = {}
    titles: dict[str, str | None] = {}
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    for source in {d["source"] for d in docs}:
        for line in (REPO / source).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = record["text"]
                titles[record["id"]] = record.get("title")
    for d in docs:
        d["text"] = texts[d["id"]]
        d["title"] = titles[d["id"]]
    return docs


def _source(doc: dict) -> str:
    return Path(doc["source"]).name


def group(doc: dict) -> str:
    if doc["language"] in ("sr", "hr", "bs", "cnr", "sh"):
        return "BCMS " + ("Cyrillic" if doc["script"] == "Cyrl" else "Latin")
    return {"sq": "Albanian", "mk": "Macedonian", "sl": "Slovenian"}[doc["language"]]


def _line(name: str, s: Scores, adjectives: int) -> str:
    recall = f"{s.demonym_recall:.3f}" if adjectives else "  n/a"
    return (
        f"  {name:<13} overlap F1 {s.overlap_f1:.3f}  exact F1 {s.exact_f1:.3f}  "
        f"state-adjective R {recall}  document-country F1 {s.doc_country_f1:.3f}  "
        f"out-of-region→region {s.out_of_region_with_region_code:.3f}"
    )


def main(argv: list[str]) -> int:
    argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        epilog="Takes no options: the gold sets are the repository's own.",
    ).parse_args(argv[1:])
    gaz = Gazetteer.from_path()
    geotext, country = build_flashgeotext(REPO / "data" / "geo")
    docs = load_local()
    by_group: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_group[group(d)].append(d)
    parts = [
        ("all", docs),
        ("tuning part (dev.jsonl)", [d for d in docs if _source(d) == "dev.jsonl"]),
        (
            "tuning part 2 (local_tuning2.jsonl, outlet shapes)",
            [d for d in docs if _source(d) == "local_tuning2.jsonl"],
        ),
        (
            "tuning part 3 (local_tuning3.jsonl, document-country shapes)",
            [d for d in docs if _source(d) == "local_tuning3.jsonl"],
        ),
        (
            "tuning part 4 (local_tuning4.jsonl, more document-country shapes)",
            [d for d in docs if _source(d) == "local_tuning4.jsonl"],
        ),
        (
            "tuning part 5 (local_tuning5.jsonl, people and goods from other states)",
            [d for d in docs if _source(d) == "local_tuning5.jsonl"],
        ),
        (
            "tuning part 6 (local_tuning6.jsonl, partners, abbreviations, clubs, foreign places)",
            [d for d in docs if _source(d) == "local_tuning6.jsonl"],
        ),
        (
            "tuning part 7 (local_tuning7.jsonl, bulletins, courts, interviews, opinions)",
            [d for d in docs if _source(d) == "local_tuning7.jsonl"],
        ),
        (
            "tuning part 8 (local_tuning8.jsonl, headlines and bodies)",
            [d for d in docs if _source(d) == "local_tuning8.jsonl"],
        ),
        (
            "tuning part 9 (local_tuning9.jsonl, sites, units, case forms, state adjectives)",
            [d for d in docs if _source(d) == "local_tuning9.jsonl"],
        ),
        (
            "tuning part 10 (local_tuning10.jsonl, what a story is about, declined names)",
            [d for d in docs if _source(d) == "local_tuning10.jsonl"],
        ),
        (
            "tuning part 11 (local_tuning11.jsonl, neighbours named often, institutions only, "
            "entities, Kosovo and Serbia, the region from Ljubljana and Zagreb)",
            [d for d in docs if _source(d) == "local_tuning11.jsonl"],
        ),
        (
            "tuning part 12 (local_tuning12.jsonl, dense outlet shapes written apart from the "
            "rules)",
            [d for d in docs if _source(d) == "local_tuning12.jsonl"],
        ),
        (
            "tuning part 13 (local_tuning13.jsonl, real-length items in paragraphs on what decides "
            "a story's country, written apart from the rules)",
            [d for d in docs if _source(d) == "local_tuning13.jsonl"],
        ),
        (
            "tuning part 14 (local_tuning14.jsonl, trade, TV roundups, a neighbour's press, clubs, "
            "surnames and common words spelt like places, written apart from the rules)",
            [d for d in docs if _source(d) == "local_tuning14.jsonl"],
        ),
        (
            "tuning part 15 (local_tuning15.jsonl, look-alikes after place prepositions and "
            "towns abroad, written apart from the rules)",
            [d for d in docs if _source(d) == "local_tuning15.jsonl"],
        ),
        (
            "held-out part (heldout.jsonl, never tuned on)",
            [d for d in docs if _source(d) == "heldout.jsonl"],
        ),
        (
            "held-out 2 (heldout2.jsonl, written after the first rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout2.jsonl"],
        ),
        (
            "held-out 3 (heldout3.jsonl, document-country shapes, never tuned on)",
            [d for d in docs if _source(d) == "heldout3.jsonl"],
        ),
        (
            "held-out 4 (heldout4.jsonl, all shapes, written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout4.jsonl"],
        ),
        (
            "held-out 5 (heldout5.jsonl, document-country shapes, written apart from the rules, "
            "never tuned on)",
            [d for d in docs if _source(d) == "heldout5.jsonl"],
        ),
        (
            "held-out 6 (heldout6.jsonl, document-country shapes and case forms, written apart "
            "from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout6.jsonl"],
        ),
        (
            "held-out 7 (heldout7.jsonl, real-length local news, written apart from the rules, "
            "never tuned on)",
            [d for d in docs if _source(d) == "heldout7.jsonl"],
        ),
        (
            "held-out 8 (heldout8.jsonl, real-length local news in many outlet shapes, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout8.jsonl"],
        ),
        (
            "held-out 9 (heldout9.jsonl, real-length local news in further outlet shapes, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout9.jsonl"],
        ),
        (
            "held-out 10 (heldout10.jsonl, real-length local news in further outlet shapes, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout10.jsonl"],
        ),
        (
            "held-out 11 (heldout11.jsonl, real-length local news in further outlet shapes, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout11.jsonl"],
        ),
        (
            "held-out 12 (heldout12.jsonl, real-length local news in further outlet shapes, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout12.jsonl"],
        ),
        (
            "held-out 13 (heldout13.jsonl, local news in the shapes of local portals, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout13.jsonl"],
        ),
        (
            "held-out 14 (heldout14.jsonl, local news in the shapes of local portals, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout14.jsonl"],
        ),
        (
            "held-out 15 (heldout15.jsonl, local news in the shapes of local portals, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout15.jsonl"],
        ),
        (
            "held-out 16 (heldout16.jsonl, local news in the shapes of local portals, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout16.jsonl"],
        ),
        (
            "held-out 17 (heldout17.jsonl, local news in the shapes of local portals, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout17.jsonl"],
        ),
        (
            "held-out 18 (heldout18.jsonl, local news in the shapes of local portals, "
            "written apart from the rules, never tuned on)",
            [d for d in docs if _source(d) == "heldout18.jsonl"],
        ),
    ]
    for name, members in [*parts, *sorted(by_group.items())]:
        ours = [
            (spans_from_mentions(r.mentions), r.countries)
            for r in (tag_text(gaz, d["text"], d["title"]) for d in members)
        ]
        theirs = [(flash_spans(geotext, country, d["text"]), []) for d in members]
        n_gold = sum(len(d["gold"]["mentions"]) for d in members)
        n_adj = sum(g["demonym"] for d in members for g in d["gold"]["mentions"])
        print(f"{name}: {len(members)} documents, {n_gold} gold places ({n_adj} state adjectives)")
        print(_line("newsmap", score(members, ours), n_adj))
        print(_line("flashgeotext", score(members, theirs), n_adj))
    texts = [d["text"] for d in docs] * 50
    rates = []
    for fn in (lambda t: tag_text(gaz, t), lambda t: geotext.extract(t, span_info=True)):
        start = time.process_time()
        for t in texts:
            fn(t)
        rates.append(len(texts) / (time.process_time() - start))
    print(
        f"throughput on the local documents (CPU time): newsmap {rates[0]:,.0f} docs/s, "
        f"flashgeotext {rates[1]:,.0f} docs/s ({rates[0] / rates[1]:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
