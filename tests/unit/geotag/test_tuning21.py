"""tuning21_news (see tests/data/geotag/README.md): 30 English documents of real length and
layout on span boundaries (sites, regions by any name, villages and city districts), state
adjectives and look-alikes, written and annotated apart from the rules; tuned on.

Before the rules below it read exact F1 0.871, overlap 0.895, out-of-region places with a region
code 0.014; after them 0.904, 0.927, 0.014.  The sentences are made up in its shapes: villages
and neighbourhoods the gazetteer lacks, introduced by their noun; a site no place of its
paragraph places, in the report's dateline town; houses of worship at their whole dedication;
local street names kept in English; short river names beside a bridge; the region's name as an
English adjective.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.scoring import load_corpus, score, spans_from_mentions

DATA = Path(__file__).resolve().parents[2] / "data" / "geotag"
SIX = {"AL", "BA", "XK", "ME", "MK", "RS"}


def test_tuning21_set_shape() -> None:
    """30 documents in paragraphs, 986 gold mentions whose offsets match their text, no two
    overlapping, a null country only for a cross-border region, every region state among the
    document countries and none outside the six."""
    docs = load_corpus(DATA / "tuning21_news.jsonl")
    assert len(docs) == 30
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(len(d["gold"]["mentions"]) for d in docs) == 986
    assert sum(len(d["text"].split()) for d in docs) == 11538
    assert all("\n\n" in d["text"] for d in docs)
    assert {c for d in docs for c in d["gold"]["countries"]} == SIX
    for d in docs:
        assert 120 <= len(d["text"].split()) <= 500, d["id"]
        spans = sorted((g["start"], g["end"]) for g in d["gold"]["mentions"])
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), d["id"]
        for g in d["gold"]["mentions"]:
            assert d["text"][g["start"] : g["end"]] == g["surface"], d["id"]
            assert (g["country"] is None) == (g["level"] == "region"), d["id"]
        assert set(d["gold"]["countries"]) <= SIX


def test_tuning21_set_scores(gazetteer: Gazetteer) -> None:
    docs = load_corpus(DATA / "tuning21_news.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    s = score(docs, preds)
    assert s.exact_f1 >= 0.895 and s.overlap_f1 >= 0.92
    assert s.out_of_region_with_region_code <= 0.015


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers reached the villages of Donja Bukovica and Gornji Lipovac near Doboj.",
            [("Donja Bukovica", "BA"), ("Gornji Lipovac", "BA")],
        ),
        (
            "The search moved to the villages of Gornji Lipovac near Doboj and Donja Bukovica"
            " near Tešanj.",
            [("Gornji Lipovac", "BA"), ("Donja Bukovica", "BA")],
        ),
        (
            "The teacher grew up in Brestovik Gornji, a small village near Prizren.",
            [("Brestovik Gornji", "XK")],
        ),
        (
            "Shops closed early in the Stari Kvart neighbourhood of Tetovo after the storm.",
            [("Stari Kvart", "MK")],
        ),
        ("He grew up in Skopje's Lisiče neighbourhood.", [("Lisiče", "MK")]),
        (
            "Many families settled in suburbs such as Elmwood and Pinecrest outside Chicago.",
            [("Elmwood", "US"), ("Pinecrest", "US")],
        ),
    ],
)
def test_a_settlement_the_text_introduces_is_a_town(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    found = _found(gazetteer, text)
    for surface, country in expected:
        assert (surface, country, "city") in found


def test_an_introduced_settlement_named_again_is_the_same_town(gazetteer: Gazetteer) -> None:
    text = "Flooding hit the hamlet of Gornje Selište near Bihać. Gornje Selište has no bridge."
    found = _found(gazetteer, text)
    assert found.count(("Gornje Selište", "BA", "city")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose by a quarter of the total in Tirana last year.",
        "Fans in Skopje watched the Davis Cup quarter-final.",
        "Visitors walked through the Jewish quarter of Sarajevo.",
        "Results of the Q3 quarter came out in Belgrade.",
    ],
)
def test_a_share_a_compound_or_a_describing_word_names_no_settlement(
    gazetteer: Gazetteer, text: str
) -> None:
    assert [level for _s, _c, level in _found(gazetteer, text)] == ["city"]


def test_a_site_no_paragraph_places_stands_in_the_dateline_town(gazetteer: Gazetteer) -> None:
    text = (
        "MOSTAR - The council met on Sunday after talks in Washington and Brussels.\n\n"
        "Crowds gathered near the Old Bridge and on Maršala Tita Street."
    )
    found = _found(gazetteer, text)
    assert ("Old Bridge", "BA", "site") in found
    assert ("Maršala Tita Street", "BA", "site") in found


def test_a_house_of_worship_spans_its_dedication(gazetteer: Gazetteer) -> None:
    text = (
        "Pilgrims in Pristina visited the Church of Our Lady of Mercy, the Cathedral of the Holy"
        " Trinity and the Church of Sts. Cyril and Methodius."
    )
    sites = [s for s, _c, level in _found(gazetteer, text) if level == "site"]
    assert sites == [
        "Church of Our Lady of Mercy",
        "Cathedral of the Holy Trinity",
        "Church of Sts. Cyril and Methodius",
    ]


def test_cinemas_peninsulas_and_plateaus_are_sites(gazetteer: Gazetteer) -> None:
    text = (
        "In Sarajevo the Meeting Point Cinema was full. Fires spread on the Karaburun Peninsula"
        " near Vlorë. Snow fell on the Pešter plateau near Sjenica."
    )
    found = _found(gazetteer, text)
    assert ("Meeting Point Cinema", "BA", "site") in found
    assert ("Karaburun Peninsula", "AL", "site") in found
    assert ("Pešter plateau", "RS", "site") in found


def test_a_short_river_name_counts_in_a_sentence_about_a_river(gazetteer: Gazetteer) -> None:
    text = "Engineers in Žabljak want two more bridges over the Tara and the Piva."
    found = _found(gazetteer, text)
    assert ("Tara", "ME", "site") in found and ("Piva", "ME", "site") in found
    person = "Tara Jovanović, a singer, performed in Nikšić."
    assert [s for s, _c, _l in _found(gazetteer, person)] == ["Nikšić"]


def test_a_river_named_after_a_region_spans_its_noun(gazetteer: Gazetteer) -> None:
    text = "Farmers in Skenderaj draw water from the Drenica River."
    assert ("Drenica River", "XK", "site") in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "NOVI SAD - Police closed Bulevar oslobođenja between the station and the bridge.",
            "Bulevar oslobođenja",
            "RS",
        ),
        ("In Tirana a crowd laid flowers on Rruga e Barrikadave.", "Rruga e Barrikadave", "AL"),
        ("In Sarajevo buses parked along Bulevar Kralja Tvrtka.", "Bulevar Kralja Tvrtka", "BA"),
    ],
)
def test_a_street_named_the_local_way_in_english_is_a_site(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert (surface, country, "site") in _found(gazetteer, text)


def test_the_region_as_an_english_adjective_names_no_place(gazetteer: Gazetteer) -> None:
    text = (
        "SKOPJE (Balkan Desk) - Historians met to discuss the Balkan Wars and the Western"
        " Balkan summit; the Balkans remain divided."
    )
    assert [s for s, _c, _l in _found(gazetteer, text)] == ["SKOPJE", "Balkans"]
    local = "Lideri regiona razgovarali su o budućnosti Balkan u Beogradu."
    assert "Balkan" in [s for s, _c, _l in _found(gazetteer, local)]


def test_north_macedonias_planning_regions_by_their_english_names(gazetteer: Gazetteer) -> None:
    text = "In North Macedonia, fires burned near Delčevo in the Eastern Region on Sunday."
    assert ("Eastern Region", "MK", "admin1") in _found(gazetteer, text)
    abroad = "ACCRA - Floods hit the Eastern Region of Ghana on Sunday."
    assert all(c != "MK" for _s, c, _l in _found(gazetteer, abroad))


def test_a_street_name_keeps_its_local_preposition(gazetteer: Gazetteer) -> None:
    text = "In Sarajevo, traffic was stopped along Zmaja od Bosne Street on Friday."
    assert ("Zmaja od Bosne Street", "BA", "site") in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Crowds met in front of the National Theatre of Kosovo.",
            "National Theatre of Kosovo",
            "XK",
        ),
        ("Builders restored the Old Bazaar of Gjakova last year.", "Old Bazaar of Gjakova", "XK"),
        ("Fires burned on the hills above the Bay of Vlorë.", "Bay of Vlorë", "AL"),
        ("Ferries cross Lake Shkodra in summer, the mayor said.", "Lake Shkodra", "AL"),
        ("BELGRADE, Maine - Boats crowd the Belgrade Lakes in July.", "Belgrade Lakes", "US"),
    ],
)
def test_a_site_spans_the_place_that_completes_its_name(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert (surface, country, "site") in _found(gazetteer, text)
