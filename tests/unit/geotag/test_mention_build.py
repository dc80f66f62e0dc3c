"""The resolver's cheap ways of building results give exactly what the plain ways give.

Mentions are built from memoised field dicts instead of the dataclass ``__init__``, sure names
take their score and reason from a memo, and ``focus`` sums weights in one pass.  Each test
compares the fast result with the plain one, field by field (``reason`` included, although it
takes no part in equality).
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections import defaultdict
from pathlib import Path

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.scoring import load_corpus
from newsmap.model import REGION_COUNTRIES, Mention

resolve_module = importlib.import_module("newsmap.geotag.resolve")
DATA = Path(__file__).resolve().parents[2] / "data"


def _docs() -> list[dict]:
    docs = load_corpus(DATA / "geotag" / "corpus.jsonl")
    for path in sorted((DATA / "events").glob("*.jsonl")):
        docs += [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    return docs


def _fresh(gaz: Gazetteer) -> Gazetteer:
    """The same gazetteer with every memo filled by tagging emptied."""
    return dataclasses.replace(
        gaz, judge_facts={}, mention_fields={}, mention_tails={}, choice_memo={}
    )


def test_built_mentions_equal_constructed_ones(gazetteer: Gazetteer) -> None:
    checked = 0
    for doc in _docs():
        for m in resolve_module.resolve(gazetteer, doc["text"]):
            fields = dataclasses.asdict(m)
            plain = Mention(**fields)
            assert m == plain
            assert hash(m) == hash(plain)
            assert vars(m) == vars(plain)  # reason and every other field, same types
            assert list(vars(m)) == [f.name for f in dataclasses.fields(Mention)]
            assert doc["text"][m.start : m.end] == m.surface
            checked += 1
    assert checked > 300


def test_built_mentions_are_still_frozen(gazetteer: Gazetteer) -> None:
    (m, *_) = resolve_module.resolve(gazetteer, "Talks in Skopje went on.")
    assert (m.surface, m.country) == ("Skopje", "MK")
    try:
        m.country = "RS"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a built Mention accepted an assignment")
    assert m.country == "MK"


def test_memoised_decisions_match_first_decisions(gazetteer: Gazetteer) -> None:
    """A warm gazetteer (memos full) tags every text as a cold one does, one text at a time."""
    for doc in _docs():
        cold = _fresh(gazetteer)
        first = [vars(m) for m in resolve_module.resolve(cold, doc["text"])]
        again = [vars(m) for m in resolve_module.resolve(cold, doc["text"])]
        warm = [vars(m) for m in resolve_module.resolve(gazetteer, doc["text"])]
        assert first == again == warm, doc["text"]


def _reference_focus(
    mentions: list[Mention], text_length: int, title_mentions: list[Mention]
) -> list[str]:
    """The focus rule written plainly, as it read before it was made one pass."""
    region = frozenset(REGION_COUNTRIES)
    levels = {"country": 1.0, "admin1": 1.0, "city": 1.0, "site": 1.0, "demonym": 1.0}
    weights: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    lead = min(600, max(200, text_length // 5))
    for m in mentions:
        if m.country not in region:
            continue
        w = levels.get(m.level, 0.0)
        if m.level == "demonym" and m.reason.startswith("ethnic"):
            w = 0.5
        if m.start < lead:
            w *= 1.5
        weights[m.country] += w
        first.setdefault(m.country, m.start)
    for m in title_mentions:
        if m.country in region and m.level in levels:
            weights[m.country] += 2.0
            first.setdefault(m.country, -1)
    if not weights:
        return []
    top = max(weights.values())
    keep = [c for c, w in weights.items() if w >= max(2.0, top / 3)]
    return sorted(keep, key=lambda c: (-weights[c], first.get(c, 0)))


def test_focus_matches_the_plain_rule(gazetteer: Gazetteer) -> None:
    docs = _docs()
    nonempty = 0
    for doc in docs:
        text, title = doc["text"], doc.get("title")
        mentions = resolve_module.resolve(gazetteer, text)
        titled = resolve_module.resolve(gazetteer, title) if title else []
        expected = _reference_focus(mentions, len(text), titled)
        assert resolve_module.focus(mentions, len(text), titled) == expected
        assert tag_text(gazetteer, text, title).countries == expected
        nonempty += bool(expected)
    assert nonempty > 40  # most annotated documents are about a region country
