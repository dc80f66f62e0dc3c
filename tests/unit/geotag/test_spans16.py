"""Span boundaries and look-alikes of real news (issue 16), on tuning16_spans.txt.

tuning16_spans.txt was annotated before the tagger ran on it.  Before these rules it scored
exact F1 0.900, overlap 0.904, out-of-region places with a region code 0.068, document-country
F1 0.867; after them 0.923, 0.923, 0.023, 0.900.  The bars sit a little under.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.scoring import load_corpus, score, spans_from_mentions

DATA = Path(__file__).resolve().parents[2] / "data" / "geotag"


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


def test_spans_jsonl_is_built_from_the_markup() -> None:
    spec = importlib.util.spec_from_file_location("build_corpus", DATA / "build_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    docs = module.parse_corpus((DATA / "tuning16_spans.txt").read_text(encoding="utf-8"))
    assert module.render(docs) == (DATA / "tuning16_spans.jsonl").read_text(encoding="utf-8")


def test_spans_set_scores(gazetteer: Gazetteer) -> None:
    docs = load_corpus(DATA / "tuning16_spans.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    s = score(docs, preds)
    assert s.exact_f1 >= 0.91 and s.overlap_f1 >= 0.91
    assert s.out_of_region_with_region_code <= 0.03
    assert s.doc_country_f1 >= 0.88


def test_a_state_adjective_with_a_place_noun_is_a_demonym(gazetteer: Gazetteer) -> None:
    """ "close to the Croatian border" names the state as an adjective, not a toponym."""
    found = _found(gazetteer, "Migrants camp near Velika Kladuša, close to the Croatian border.")
    assert ("Croatian border", "HR", "demonym") in found


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("KNIN - The village of Kosovo near Knin got water on Wednesday.", "Kosovo", "HR"),
        ("A museum at Scutari, on the Asian side of Istanbul, opened.", "Scutari", "TR"),
        ("Istanbul's Tuzla shipyards hired 300 welders.", "Tuzla", "TR"),
        ("Ships are built in the Tuzla district of Istanbul.", "Tuzla", "TR"),
    ],
)
def test_a_region_name_the_text_puts_by_a_foreign_town_is_abroad(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert [c for s, c, _ in _found(gazetteer, text) if s == surface] == [country]


def test_a_state_name_made_a_town_abroad_stays_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "KNIN - The village of Kosovo near Knin in Croatia got a new water supply. "
        "Residents of Kosovo had relied on tankers for years."
    )
    assert [c for s, c, _ in _found(gazetteer, text) if s == "Kosovo"] == ["HR", "HR"]


def test_a_capital_possessive_and_a_region_town_at_home_do_not_move(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Moscow's Belgrade ally met envoys in Tuzla, in northern Bosnia.")
    assert ("Belgrade", "RS", "city") in found and ("Tuzla", "BA", "city") in found


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        ("In Rome, Via Tirana runs near the old Olympic village.", "Via Tirana", "IT"),
        ("Paris has an Avenue de Belgrade near the river.", "Avenue de Belgrade", "FR"),
        ("The café on Calle Sarajevo in Madrid reopened.", "Calle Sarajevo", "ES"),
    ],
)
def test_a_street_named_after_a_town_stands_where_the_text_puts_it(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    found = _found(gazetteer, text)
    assert (site, country, "site") in found
    named = site.split(" ")[-1]
    assert not [m for m in found if m[0] == named]


@pytest.mark.parametrize(
    ("text", "unit", "country"),
    [
        ("Farmers in the Polog region protested in Tetovo.", "Polog region", "MK"),
        ("Farmers in the Dukagjini region protested in Peja.", "Dukagjini region", "XK"),
        ("Hail hit the Drenica region of Kosovo.", "Drenica region", "XK"),
        ("The council of Elbasan county met.", "Elbasan county", "AL"),
    ],
)
def test_a_lower_case_unit_noun_joins_its_name(
    gazetteer: Gazetteer, text: str, unit: str, country: str
) -> None:
    assert (unit, country, "admin1") in _found(gazetteer, text)


def test_a_town_before_region_or_district_stays_the_town(gazetteer: Gazetteer) -> None:
    """ "the Tetovo region" is the town's surroundings as often as a unit."""
    found = _found(gazetteer, "Traffic in the Tetovo region was slow.")
    assert ("Tetovo", "MK", "city") in found
