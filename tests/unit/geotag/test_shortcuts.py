"""The resolver's shortcuts decide exactly as the full judgement does.

Names whose winner is precomputed (``Gazetteer.dominant``) skip the per-candidate rules, and
the rules skip reading neighbouring words when a one-character test says a rule cannot fire.
These tests run the same texts with the shortcuts and without them and compare every field.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer
from newsmap.geotag.candidates import dominates
from newsmap.geotag.context import Doc
from newsmap.geotag.folding import fold_key
from newsmap.geotag.resolve import resolve
from newsmap.geotag.scoring import load_corpus

DATA = Path(__file__).resolve().parents[2] / "data"


def _texts() -> list[str]:
    texts = [
        d["text"]
        for name in ("corpus.jsonl", "heldout.jsonl")
        for d in load_corpus(DATA / "geotag" / name)
    ]
    for path in sorted((DATA / "events").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def _fields(gaz: Gazetteer, text: str) -> list[dict]:
    return [dataclasses.asdict(m) for m in resolve(gaz, text)]


def _without_shortcuts(gaz: Gazetteer) -> Gazetteer:
    return dataclasses.replace(gaz, dominant={}, judge_facts={}, mention_tails={}, choice_memo={})


def _rival_texts(gaz: Gazetteer, limit: int = 60) -> list[str]:
    """Texts naming a dominant key next to strong support for one of its rivals' countries."""
    by_country: dict[str, list[str]] = {}
    for key, idx in gaz.unambiguous.items():
        country = gaz.places[idx].country
        if country and len(by_country.setdefault(country, [])) < 3:
            by_country[country].append(key.strip().title())
    texts = []
    for key, dom in gaz.dominant.items():
        if not dom.rivals:
            continue
        name = key.strip().title()
        for _, country in dom.rivals[:2]:
            support = by_country.get(country or "", [])
            for n in range(len(support) + 1):
                texts.append(
                    f"Talks in {name} went on. "
                    + ". ".join(f"Delegates from {s} came" for s in support[:n])
                    + "."
                )
        if len(texts) >= limit:
            break
    return texts


def test_dominant_keys(gazetteer: Gazetteer) -> None:
    # the country, over the alternate name of Kosovo Polje that can never outscore it
    assert gazetteer.dominant[fold_key("Kosovo")].place == gazetteer.country_place["XK"]
    assert any(d.rivals for d in gazetteer.dominant.values())


def test_shortcuts_change_no_output(gazetteer: Gazetteer) -> None:
    slow = _without_shortcuts(gazetteer)
    texts = _texts() + _rival_texts(gazetteer)
    assert len(texts) > 100
    for text in texts:
        assert _fields(gazetteer, text) == _fields(slow, text), text


def test_rival_support_can_overturn_a_dominant_name(gazetteer: Gazetteer) -> None:
    """The runtime check is not idle: some rival texts fall back to the full judgement."""
    fell_back = 0
    for text in _rival_texts(gazetteer):
        doc = Doc(gazetteer, text, gazetteer.matcher.find(text, capitalised=True))
        for hit in doc.hits:
            dom = gazetteer.dominant.get(hit.key)
            if dom is not None and dom.rivals and not dominates(doc, hit.key, dom):
                fell_back += 1
    assert fell_back > 0


@pytest.mark.parametrize(
    "text",
    [
        "We met O'Neil Bar there.",
        "Flights to 2Bar and Mali Zvornik.",
        "Prices a€Bar rose; St.Mary Bar too.",
        "x" * 45 + "Abc Bar here, and Quitealongcapitalisedwordthatgoesonandon Bar.",
        "the mayor of Mali said in Pale that Bar, Montenegro, is calm.",
    ],
)
def test_capital_test_never_hides_a_capitalised_word(gazetteer: Gazetteer, text: str) -> None:
    _check_capital_guard(gazetteer, [text])


def test_capital_test_on_the_corpus(gazetteer: Gazetteer) -> None:
    _check_capital_guard(gazetteer, _texts())


def _check_capital_guard(gaz: Gazetteer, texts: list[str]) -> None:
    checked = 0
    for text in texts:
        _, folded = gaz.matcher.scan(text)
        doc = Doc(gaz, text, [], folded)
        for start in range(2, len(text)):
            if text[start - 1] != " " or not text[start - 2].isalnum():
                continue
            prev, gap = doc.prev_word(start)
            if prev[:1].isupper() and gap == " ":
                assert doc.may_be_capitalised_before(start), (text, start)
                checked += 1
    assert checked > 0
