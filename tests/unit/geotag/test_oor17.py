"""Places abroad and what a story is about (issue 16, items 6 and the document country).

tuning17_oor.txt was annotated before the tagger ran on it.  Before these rules it scored
exact F1 0.871, overlap 0.871, out-of-region places with a region code 0.045, document-country
F1 0.909.  The bars below sit a little under what the rules reach.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.scoring import load_corpus, score, spans_from_mentions

DATA = Path(__file__).resolve().parents[2] / "data" / "geotag"


def _countries(gaz: Gazetteer, text: str, surface: str) -> list[str | None]:
    return [m.country for m in tag_text(gaz, text).mentions if m.surface == surface]


def test_tuning17_jsonl_is_built_from_the_markup() -> None:
    spec = importlib.util.spec_from_file_location("build_corpus", DATA / "build_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    docs = module.parse_corpus((DATA / "tuning17_oor.txt").read_text(encoding="utf-8"))
    assert module.render(docs) == (DATA / "tuning17_oor.jsonl").read_text(encoding="utf-8")


def test_tuning17_set_scores(gazetteer: Gazetteer) -> None:
    docs = load_corpus(DATA / "tuning17_oor.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    s = score(docs, preds)
    assert s.exact_f1 >= 0.90 and s.overlap_f1 >= 0.90
    assert s.out_of_region_with_region_code <= 0.03
    assert s.doc_country_f1 >= 0.93


def test_a_town_comma_in_a_foreign_state_is_its_namesake(gazetteer: Gazetteer) -> None:
    text = "SOFIA - Growers in Novi Pazar, in north-eastern Bulgaria, protested on Monday."
    assert _countries(gazetteer, text, "Novi Pazar") == ["BG"]


def test_later_mentions_follow_an_american_namesake(gazetteer: Gazetteer) -> None:
    text = "BELGRADE - Partizan signed a guard from Ada, Oklahoma. His mother still lives in Ada."
    found = tag_text(gazetteer, text).mentions
    assert [(m.surface, m.country) for m in found if m.surface.startswith("Ada")] == [
        ("Ada", "US"),
        ("Ada", "US"),
    ]
    text = "BELGRADE, Maine - Camps around the lakes of Belgrade opened on Saturday."
    assert _countries(gazetteer, text, "Belgrade") == ["US"]


def test_a_town_outside_the_region_takes_an_american_state_too(gazetteer: Gazetteer) -> None:
    text = "ATHENS, Georgia - A forward from Čačak signed on Monday. He will live in Athens."
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert ("ATHENS", "US") in found and ("Georgia", "US") in found and ("Athens", "US") in found
    assert ("Čačak", "RS") in found


@pytest.mark.parametrize("text", ["TBILISI - Protesters in Batumi, Georgia, marched on Sunday."])
def test_georgia_after_a_georgian_town_is_the_country(gazetteer: Gazetteer, text: str) -> None:
    assert "US" not in {m.country for m in tag_text(gazetteer, text).mentions}


def test_canadian_and_australian_towns_take_their_province(gazetteer: Gazetteer) -> None:
    text = "A choir from Belgrade, Ontario sang in Kula, Victoria, on Sunday."
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert found == [("Belgrade", "CA"), ("Ontario", "CA"), ("Kula", "AU"), ("Victoria", "AU")]


def test_an_unknown_town_before_an_american_state_is_a_mention(gazetteer: Gazetteer) -> None:
    text = "NOVI, Michigan - The maker will expand its plant in Novi, Michigan."
    found = [(m.surface, m.country, m.level) for m in tag_text(gazetteer, text).mentions]
    town, state = ("NOVI", "US", "city"), ("Michigan", "US", "admin1")
    assert found == [town, state, ("Novi", "US", "city"), state]
    text = "The company has plants in Ohio, Michigan and Texas. Meanwhile, Michigan voted."
    found = [(m.surface, m.level) for m in tag_text(gazetteer, text).mentions]
    assert found == [(s, "admin1") for s in ("Ohio", "Michigan", "Texas", "Michigan")]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Workers came from Bavaria and Styria.", "Bavaria", "DE"),
        ("Ferries reached Apulia on Monday.", "Apulia", "IT"),
        ("Fires burned in Epirus and Thrace.", "Epirus", "GR"),
        ("Tourists from Scotland came.", "Scotland", "GB"),
        ("Miners in Bohemia went on strike.", "Bohemia", "CZ"),
        ("The plant in Texas hired 300 people.", "Texas", "US"),
    ],
)
def test_units_abroad_are_places_of_their_state(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _countries(gazetteer, text, surface) == [country]


def test_a_state_adjective_never_carries_a_region_town_abroad(gazetteer: Gazetteer) -> None:
    text = "The Turkish president opened a mosque in Tuzla on Friday."
    assert _countries(gazetteer, text, "Tuzla") == ["BA"]


def test_a_state_opening_an_item_of_its_own_is_what_the_story_is_about(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "SKOPJE - Ethnic Albanians make up a third of the people counted in North Macedonia's "
        "census, and most live in Tetovo and Gostivar. In Kosovo, Bosniaks in the south asked "
        "for schools in their own language. Officials in Skopje said the figures would be "
        "checked again."
    )
    assert tag_text(gazetteer, text).countries == ["MK", "XK"]


def test_a_site_named_after_one_town_stands_in_the_town_after_it(gazetteer: Gazetteer) -> None:
    text = "VIENNA - A café opened on Sarajevo Square in Vienna on Monday."
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert ("Sarajevo Square", "AT") in found
    text = "SARAJEVO - Crowds filled the Sarajevo Film Festival Square in Sarajevo."
    assert "AT" not in {m.country for m in tag_text(gazetteer, text).mentions}


def test_units_abroad_place_a_namesake(gazetteer: Gazetteer) -> None:
    text = "PRAGUE - The town of Plav in Bohemia opened a museum."
    assert _countries(gazetteer, text, "Plav") == ["CZ"]


def test_the_bare_twin_is_the_town_whose_own_name_it_is(gazetteer: Gazetteer) -> None:
    text = (
        "BROD - Lorries waited at the bridge between Brod and Slavonski Brod. "
        "Customs officers in Brod blamed a new computer system."
    )
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert found == [("BROD", "BA"), ("Brod", "BA"), ("Slavonski Brod", "HR"), ("Brod", "BA")]


def test_a_quarter_named_after_a_state_is_a_site_abroad(gazetteer: Gazetteer) -> None:
    text = "ST. LOUIS - Shops in Little Bosnia along Gravois Avenue closed for the holiday."
    found = [(m.surface, m.country, m.level) for m in tag_text(gazetteer, text).mentions]
    assert found == [
        ("ST. LOUIS", "US", "city"),
        ("Little Bosnia", "US", "site"),
        ("Gravois Avenue", "US", "site"),
    ]
    text = "Little Bosnia is what people call the quarter."
    assert tag_text(gazetteer, text).mentions == []


def test_a_site_name_stops_at_a_clause_mark(gazetteer: Gazetteer) -> None:
    text = (
        "LONDON - Arsenal beat Chelsea; Manchester City drew with Liverpool; Crystal Palace lost."
    )
    surfaces = [m.surface for m in tag_text(gazetteer, text).mentions]
    assert "Liverpool; Crystal Palace" not in surfaces


def test_a_town_ending_a_club_name_in_a_play_off_report_is_no_place(
    gazetteer: Gazetteer,
) -> None:
    text = "BELGRADE - Vojvodina lost to Radnički Niš in the play-off semi-final on Sunday."
    assert "Niš" not in [m.surface for m in tag_text(gazetteer, text).mentions]


def test_a_shared_river_in_a_foreign_state_named_right_after_it(gazetteer: Gazetteer) -> None:
    text = "BELGRADE - Ships waited at Smederevo. The Danube delta in Romania flooded on Monday."
    river = next(m for m in tag_text(gazetteer, text).mentions if m.surface == "Danube")
    assert river.country == "RO"
    text = "SKOPJE - Tourists from Poland crowded Lake Ohrid on Sunday."
    lake = next(m for m in tag_text(gazetteer, text).mentions if m.surface == "Lake Ohrid")
    assert lake.country == "MK"


def test_a_competition_s_name_makes_a_sentence_about_sport(gazetteer: Gazetteer) -> None:
    text = (
        "BELGRADE - Crvena zvezda will face Maccabi Tel Aviv in the Euroleague next week, and "
        "Zrinjski Mostar play Ajax Amsterdam in the Conference League."
    )
    surfaces = [m.surface for m in tag_text(gazetteer, text).mentions]
    assert surfaces == ["BELGRADE"]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("BELGRADE - The president will lay a wreath at Red Square.", "Red Square", "RU"),
        ("PRISTINA - The prime minister spoke at Times Square.", "Times Square", "US"),
        ("PODGORICA - Montenegrin fans filled Wembley Stadium.", "Wembley Stadium", "GB"),
    ],
)
def test_sites_abroad_named_bare_keep_their_country(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _countries(gazetteer, text, surface) == [country]


def test_macedonia_read_in_greece_stays_greek_in_the_story(gazetteer: Gazetteer) -> None:
    text = (
        "SKOPJE - Farmers from North Macedonia sell peppers in Thessaloniki, the capital of "
        "the Greek region of Macedonia. Prices in Macedonia, on the Greek side, are higher."
    )
    assert _countries(gazetteer, text, "Macedonia") == ["GR", "GR"]


def test_a_foreign_state_s_possessive_takes_its_unit(gazetteer: Gazetteer) -> None:
    text = "ATHENS - Farmers from Greece's Macedonia drove to the capital on Monday."
    assert _countries(gazetteer, text, "Macedonia") == ["GR"]


def test_a_site_is_not_placed_where_people_come_from(gazetteer: Gazetteer) -> None:
    text = "VIENNA - Fans from Novi Sad gathered at the Prater Stadium on Saturday."
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert ("Prater Stadium", "AT") in found
    text = "VIŠEGRAD - The village of Dobrun, a few kilometres from Višegrad, had no bread."
    assert _countries(gazetteer, text, "Dobrun") == ["BA"]
