"""Issue 16's place rules, one assertion per rule, and the tuning set they were tuned on.

tuning16_places.txt was annotated before the tagger ran on it.  Before these rules it scored
exact F1 0.838, overlap 0.859, out-of-region places with a region code 0.056, document-country
F1 0.857; after them 0.950, 0.950, 0.0, 0.893.  The bars below sit a little under that.
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


def test_tuning_jsonl_is_built_from_the_markup() -> None:
    spec = importlib.util.spec_from_file_location("build_corpus", DATA / "build_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    docs = module.parse_corpus((DATA / "tuning16_places.txt").read_text(encoding="utf-8"))
    assert module.render(docs) == (DATA / "tuning16_places.jsonl").read_text(encoding="utf-8")


def test_tuning_set_scores(gazetteer: Gazetteer) -> None:
    docs = load_corpus(DATA / "tuning16_places.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    s = score(docs, preds)
    assert s.exact_f1 >= 0.93 and s.overlap_f1 >= 0.93
    assert s.demonym_recall >= 0.9
    assert s.out_of_region_with_region_code == 0.0
    assert s.doc_country_f1 >= 0.87


@pytest.mark.parametrize(
    "text",
    [
        "Red Star Belgrade beat Partizan Belgrade 2-1 in the derby.",
        "Dinamo Zagreb drew with Hajduk Split, and Borac Banja Luka lost at home.",
        "Budućnost Podgorica and Sutjeska Nikšić meet in the league on Wednesday.",
        "The champions lead Vojvodina Novi Sad by four points.",
    ],
)
def test_a_town_ending_a_club_name_is_no_place(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text) == []


def test_a_club_sentence_keeps_the_towns_it_plays_in(gazetteer: Gazetteer) -> None:
    text = "Red Star travel to Tirana for a friendly against Partizani Tirana."
    assert _found(gazetteer, text) == [("Tirana", "AL", "city")]


def test_without_sport_words_a_capitalised_word_before_a_town_is_kept(
    gazetteer: Gazetteer,
) -> None:
    # a title-case headline names the town; only a lower-case sport word makes a club
    assert ("Belgrade", "RS", "city") in _found(gazetteer, "Protests Rock Belgrade Again")
    assert ("Belgrade", "RS", "city") in _found(gazetteer, "Yesterday Belgrade hosted the match.")


@pytest.mark.parametrize(
    "text",
    [
        "Air Serbia will add flights next year.",
        "Telekom Srbija bought a cable operator.",
        "Montenegro Airlines stopped flying in 2020.",
    ],
)
def test_a_company_named_after_a_place_is_no_place(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        ("BELGRADE - Crowds filled Slavija square on Saturday.", "Slavija square", "RS"),
        ("BELGRADE - The march ended in Tašmajdan park.", "Tašmajdan park", "RS"),
        ("SARAJEVO - Work on the Koševo stadium will end soon.", "Koševo stadium", "BA"),
        ("BELGRADE - Traffic over Branko's bridge was stopped.", "Branko's bridge", "RS"),
        (
            "Mourners met at the Potočari memorial centre near Srebrenica.",
            "Potočari memorial centre",
            "BA",
        ),
    ],
)
def test_a_lower_case_site_noun_after_a_name_that_is_no_place_is_a_site(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert (site, country, "site") in _found(gazetteer, text)


def test_a_town_before_a_lower_case_site_noun_stays_the_town(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Children played in a Belgrade park and at the Orthodox cemetery.")
    assert found == [("Belgrade", "RS", "city")]


def test_a_possessive_town_before_a_site_noun_stays_the_town(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Flights from Belgrade's airport were cancelled.")
    assert ("Belgrade", "RS", "city") in found


def test_a_river_valley_is_one_site(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Landslides hit the Ibar valley south of Kraljevo.")
    assert ("Ibar valley", "RS", "site") in found


def test_a_unit_with_its_capitalised_region_word_is_one_unit(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "The Pelagonia Region and the Polog Region asked for aid.")
    assert ("Pelagonia Region", "MK", "admin1") in found
    assert ("Polog Region", "MK", "admin1") in found


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        ("In Sarajevo, the Miljacka rose after the rain.", "Miljacka", "BA"),
        ("Tirana made the Vjosa a national park, the first in Albania.", "Vjosa", "AL"),
        ("BELGRADE - Students met on Terazije at noon.", "Terazije", "RS"),
        ("SARAJEVO - Tourists crowded Baščaršija.", "Baščaršija", "BA"),
    ],
)
def test_more_rivers_and_landmarks(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert (site, country, "site") in _found(gazetteer, text)


def test_given_names_spelt_like_places_are_people(gazetteer: Gazetteer) -> None:
    assert _found(gazetteer, "Sofija Đukanović called it a bluff.") == []
    text = "In Tirana, Albania, President Vjosa Osmani praised rafting on the Vjosa."
    found = _found(gazetteer, text)
    assert [f for f in found if f[0] == "Vjosa"] == [("Vjosa", "AL", "site")]
    assert sum(1 for f in found if f[0] == "Vjosa") == 1


def test_macedonian_in_a_greek_story_is_not_the_state(gazetteer: Gazetteer) -> None:
    text = "ATHENS - The Macedonian Struggle Museum in Thessaloniki was closed."
    assert not [f for f in _found(gazetteer, text) if f[1] == "MK"]
    text = "SKOPJE - The Macedonian government met in Thessaloniki."
    assert ("Macedonian government", "MK", "demonym") in _found(gazetteer, text)


def test_a_state_adjective_phrase_takes_its_institution_noun(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "The Serbian transport minister called Skopje.")
    assert ("Serbian transport minister", "RS", "demonym") in found


def test_sites_tuning_set_scores(gazetteer: Gazetteer) -> None:
    """tuning16_sites.txt: exact F1 0.903 before the rules below, 0.984 after."""
    docs = load_corpus(DATA / "tuning16_sites.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    s = score(docs, preds)
    assert s.exact_f1 >= 0.96 and s.out_of_region_with_region_code == 0.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flights left Belgrade's Nikola Tesla airport late.",
            [("Belgrade", "RS", "city"), ("Nikola Tesla airport", "RS", "site")],
        ),
        (
            "PRISTINA - Queues formed at the Hani i Elezit crossing.",
            [("PRISTINA", "XK", "city"), ("Hani i Elezit crossing", "XK", "site")],
        ),
        (
            "BELGRADE - Choirs sang in the Cathedral Church of St. Michael.",
            [("BELGRADE", "RS", "city"), ("Cathedral Church of St. Michael", "RS", "site")],
        ),
        (
            "Near Loznica, the Jadar lithium mine is on hold.",
            [("Loznica", "RS", "city"), ("Jadar lithium mine", "RS", "site")],
        ),
        (
            "Pilgrims filled the Patriarchate of Peć on Sunday.",
            [("Patriarchate of Peć", "XK", "site")],
        ),
        (
            "MOSTAR - Divers jumped from the Stari Most.",
            [("MOSTAR", "BA", "city"), ("Stari Most", "BA", "site")],
        ),
        (
            "VLORË - The Llogara pass was closed after a landslide.",
            [("VLORË", "AL", "city"), ("Llogara pass", "AL", "site")],
        ),
    ],
)
def test_site_name_shapes(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(gazetteer, text) == expected
