"""Span boundaries, sites and look-alikes of real news (issue 16), on tuning16_spans.txt.

tuning16_spans.txt was annotated before the tagger ran on it.  Before these rules it scored
exact F1 0.876, overlap 0.883, out-of-region places with a region code 0.080, document-country
F1 0.870; after them 0.949, 0.949, 0.020, 0.909.  The bars sit a little under."""

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
    assert s.exact_f1 >= 0.93 and s.overlap_f1 >= 0.93
    assert s.out_of_region_with_region_code <= 0.03
    assert s.doc_country_f1 >= 0.89


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
        ("Ships are built in the Istanbul district of Tuzla.", "Tuzla", "TR"),
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


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Budućnost drew 1-1 with Sutjeska on Sunday.", "Sutjeska"),
        ("Vardar lost to Shkupi 0-2 in the cup.", "Vardar"),
        ("Vardar lost to Shkupi 0-2 in the cup.", "Shkupi"),
        ("Partizani beat Tirana 2-0 at home.", "Tirana"),
    ],
)
def test_a_town_in_a_match_result_is_its_club(gazetteer: Gazetteer, text: str, club: str) -> None:
    assert club not in [s for s, _, _ in _found(gazetteer, text)]


def test_a_result_keeps_national_teams_and_towns_without_a_score(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Serbia beat Croatia 2-0 in Belgrade on Sunday.")
    assert ("Serbia", "RS", "country") in found and ("Croatia", "HR", "country") in found
    found = _found(gazetteer, "Belgrade beat Budapest to host the fair, officials said.")
    assert ("Belgrade", "RS", "city") in found


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        ("The Old Bridge in Mostar drew crowds.", "Old Bridge", "BA"),
        ("Fans filled the Main Square in Tuzla.", "Main Square", "BA"),
        ("A play opened at the National Theatre in Belgrade.", "National Theatre", "RS"),
    ],
)
def test_a_plain_capitalised_site_name_is_a_site(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert (site, country, "site") in _found(gazetteer, text)


def test_a_lower_case_site_noun_after_a_plain_word_is_no_site(gazetteer: Gazetteer) -> None:
    assert [s for s, _, _ in _found(gazetteer, "The old bridge in Mostar reopened.")] == ["Mostar"]


def test_a_shared_lake_in_a_greek_sentence_is_greek(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Pelicans nest on the Greek side of Lake Prespa, near Psarades.")
    assert ("Lake Prespa", "GR", "site") in found
    found = _found(gazetteer, "Fishermen in Resen say Lake Prespa has fallen.")
    assert ("Lake Prespa", "MK", "site") in found


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        (
            "Pupils at the Vuk Karadžić primary school in Kragujevac went home.",
            "Vuk Karadžić primary school",
            "RS",
        ),
        (
            "Traffic stopped on the Boulevard of King Alexander in Belgrade.",
            "Boulevard of King Alexander",
            "RS",
        ),
        ("Patients at the Clinical Centre of Serbia waited.", "Clinical Centre of Serbia", "RS"),
        # a faculty's plain name takes its town after "in" (the later sets' span)
        (
            "Students at the Faculty of Philosophy in Novi Sad met.",
            "Faculty of Philosophy in Novi Sad",
            "RS",
        ),
        # a saint's "St." ends no sentence: the monastery stays with the town after it
        ("The Monastery of St. Naum near Ohrid drew tourists.", "Monastery of St. Naum", "MK"),
    ],
)
def test_schools_hospitals_and_named_sites_at_their_whole_span(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert (site, country, "site") in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        ("Cafés line Tirana Street in Pristina.", "Tirana Street", "XK"),
        ("Tourists in Istanbul pass the Belgrade Gate in the old walls.", "Belgrade Gate", "TR"),
        # with no other place in its sentence a street stays in the town it is named after
        ("Shops on Tirana Street reopened on Monday.", "Tirana Street", "AL"),
    ],
)
def test_a_street_named_after_a_town_is_placed_by_its_sentence(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert (site, country, "site") in _found(gazetteer, text)


def test_sarajevo_municipalities_are_sarajevo_s_in_bosnian_news(gazetteer: Gazetteer) -> None:
    found = _found(
        gazetteer, "In Sarajevo, residents of Stari Grad, Centar and Novo Sarajevo voted."
    )
    for name in ("Stari Grad", "Centar", "Novo Sarajevo"):
        assert (name, "BA", "city") in found
    assert ("Stari Grad", "RS", "city") in _found(gazetteer, "In Belgrade, Stari Grad voted.")


def test_a_crossing_is_on_the_side_its_sentence_names(gazetteer: Gazetteer) -> None:
    text = "Cars queued at the Kelebija crossing on the Serbian side; officers at Kelebia checked."
    assert ("Kelebija crossing", "RS", "site") in _found(gazetteer, text)


def test_greek_regions_by_name_need_greece_in_the_story(gazetteer: Gazetteer) -> None:
    """ "western Macedonia" is also the west of North Macedonia; a town the text puts there
    stays where it is."""
    found = _found(gazetteer, "Albanians in Tetovo, in western Macedonia, voted, Skopje said.")
    assert ("Tetovo", "MK", "city") in found
    assert not [m for m in found if m[1] == "GR"]
    found = _found(gazetteer, "Farmers in Western Macedonia, near Kozani, protested.")
    assert ("Western Macedonia", "GR", "admin1") in found


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("The court in Strasbourg ruled against Albania.", "Strasbourg", "FR"),
        ("Talks in Geneva resumed on Monday.", "Geneva", "CH"),
        ("Flights from Frankfurt to Pristina were cancelled.", "Frankfurt", "DE"),
        ("Bosnians in Gothenburg voted by post.", "Gothenburg", "SE"),
        ("Partizan lost in Kaunas last week.", "Kaunas", "LT"),
    ],
)
def test_foreign_towns_by_their_english_names(
    gazetteer: Gazetteer, text: str, place: str, country: str
) -> None:
    assert (place, country, "city") in _found(gazetteer, text)


def test_porto_montenegro_is_no_portuguese_town(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Yachts filled Porto Montenegro in Tivat.")
    assert not [m for m in found if m[1] == "PT"]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Mourners gathered at Potočari near Srebrenica.", "Potočari", "BA"),
        ("The hotel on Sveti Stefan reopened in May.", "Sveti Stefan", "ME"),
        ("The ferry at Kamenari ran all night.", "Kamenari", "ME"),
    ],
)
def test_small_places_the_news_names_often(
    gazetteer: Gazetteer, text: str, place: str, country: str
) -> None:
    assert (place, country, "city") in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "adjectives"),
    [
        ("Montenegrin and Serbian authorities agreed.", [("Montenegrin", "ME")]),
        ("Italian, Greek and Austrian troops serve in KFOR.", [("Italian", "IT"), ("Greek", "GR")]),
    ],
)
def test_a_state_adjective_sharing_a_noun_names_its_state(
    gazetteer: Gazetteer, text: str, adjectives: list[tuple[str, str]]
) -> None:
    found = _found(gazetteer, text)
    for surface, country in adjectives:
        assert (surface, country, "demonym") in found


def test_adjectives_sharing_a_language_or_a_people_name_no_state(gazetteer: Gazetteer) -> None:
    text = "Signs in Serbian and Albanian went up; Serbian and Albanian speakers met."
    assert _found(gazetteer, text) == []
