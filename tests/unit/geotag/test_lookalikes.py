"""Places outside the six that look like region places (issue 16, items 2 and 6).

tuning16_lookalikes.txt was annotated before the tagger ran on it.  Before these rules it
scored exact F1 0.762, overlap 0.800, out-of-region places with a region code 0.125,
document-country F1 0.889; after them 0.932, 0.932, 0.0, 0.914 (0.935 with the American
namesakes' item).  The bars sit a little under.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.scoring import load_corpus, score, spans_from_mentions

DATA = Path(__file__).resolve().parents[2] / "data" / "geotag"


def _country(gaz: Gazetteer, text: str, surface: str, nth: int = 0) -> str | None:
    found = [m for m in tag_text(gaz, text).mentions if m.surface == surface]
    return found[nth].country


def _surfaces(gaz: Gazetteer, text: str) -> list[str]:
    return [m.surface for m in tag_text(gaz, text).mentions]


def test_lookalikes_jsonl_is_built_from_the_markup() -> None:
    spec = importlib.util.spec_from_file_location("build_corpus", DATA / "build_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    docs = module.parse_corpus((DATA / "tuning16_lookalikes.txt").read_text(encoding="utf-8"))
    assert module.render(docs) == (DATA / "tuning16_lookalikes.jsonl").read_text(encoding="utf-8")


def test_lookalikes_set_scores(gazetteer: Gazetteer) -> None:
    docs = load_corpus(DATA / "tuning16_lookalikes.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    s = score(docs, preds)
    assert s.exact_f1 >= 0.91 and s.overlap_f1 >= 0.91
    assert s.out_of_region_with_region_code == 0.0
    assert s.doc_country_f1 >= 0.88


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "PIROT - Buses will run to Dimitrovgrad in southern Bulgaria from May.",
            "Dimitrovgrad",
            "BG",
        ),
        ("BAR - The mayor of Bar, Ukraine, visited the port on Friday.", "Bar", "UA"),
        (
            "NIŠ - Traders from the Bulgarian town of Dimitrovgrad came to Niš.",
            "Dimitrovgrad",
            "BG",
        ),
    ],
)
def test_a_region_town_the_text_puts_abroad_is_its_namesake(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _country(gazetteer, text, surface) == country


def test_later_mentions_follow_the_namesake_unless_the_region_town_came_first(
    gazetteer: Gazetteer,
) -> None:
    text = "SOFIA - Miners in Dimitrovgrad, Bulgaria, went on strike. Dimitrovgrad is quiet."
    assert _country(gazetteer, text, "Dimitrovgrad", 1) == "BG"
    text = "BAR - The port of Bar met the mayor of Bar, Ukraine. A choir from Bar will go."
    assert [_country(gazetteer, text, "Bar", i) for i in range(3)] == ["ME", "UA", "ME"]


def test_a_state_possessive_never_leaves_a_region_code(gazetteer: Gazetteer) -> None:
    text = "PIROT - Officials from Bulgaria's Dimitrovgrad came on Monday."
    found = [m.country for m in tag_text(gazetteer, text).mentions if m.surface == "Dimitrovgrad"]
    assert "RS" not in found


def test_a_town_in_a_list_of_states_stays_home(gazetteer: Gazetteer) -> None:
    text = "Lorries from Niš, Bulgaria and Greece queued at the border."
    assert _country(gazetteer, text, "Niš") == "RS"


@pytest.mark.parametrize(
    "text",
    [
        "VIENNA - A grill called Sarajevo opened in the tenth district.",
        "VIENNA - He runs a bakery named Prizren near the station.",
        "PODGORICA - The fund owns a hotel called Dubrovnik on the coast.",
    ],
)
def test_a_thing_called_after_a_place_is_no_place(gazetteer: Gazetteer, text: str) -> None:
    assert not {"Sarajevo", "Prizren", "Dubrovnik"} & set(_surfaces(gazetteer, text))


def test_the_verb_called_keeps_its_place(gazetteer: Gazetteer) -> None:
    text = "BELGRADE - The minister called Pristina's decision a provocation."
    assert "Pristina" in _surfaces(gazetteer, text)
    text = "PIROT - The two towns named Dimitrovgrad met on Wednesday."
    assert "Dimitrovgrad" in _surfaces(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("BELGRADE - The Danube reached a record level in Budapest on Tuesday.", "HU"),
        ("SARAJEVO - The Sava rose in Zagreb overnight.", "HR"),
        ("SARAJEVO - The Sava rose overnight near Brčko.", "BA"),
    ],
)
def test_a_shared_river_is_where_its_sentence_puts_it_not_at_the_dateline(
    gazetteer: Gazetteer, text: str, country: str
) -> None:
    river = next(m for m in tag_text(gazetteer, text).mentions if m.level == "site")
    assert river.country == country


def test_a_namesake_abroad_needs_its_state_in_the_text(gazetteer: Gazetteer) -> None:
    text = "ZAJEČAR - Growers drove into Bulgaria to sell plums at the market in Kula."
    assert _country(gazetteer, text, "Kula") == "BG"
    text = "NOVI SAD - Farmers near Kula in Vojvodina expect a good harvest."
    assert _country(gazetteer, text, "Kula") == "RS"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("BELGRADE - The patriarch visited Mount Athos on Saturday.", "Mount Athos", "GR"),
        ("TIRANA - Fishermen from Saranda crossed to Corfu on Sunday.", "Corfu", "GR"),
        ("SKOPJE - Refugees waited at Idomeni before crossing.", "Idomeni", "GR"),
        ("BELGRADE - Migrants were taken to Tovarnik by bus.", "Tovarnik", "HR"),
    ],
)
def test_places_just_abroad_are_abroad(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _country(gazetteer, text, surface) == country


@pytest.mark.parametrize(
    "text",
    [
        "NOVI SAD - Sava Petrović will run the theatre from September.",
        "PODGORICA - A fund bought Lovćen Transport on Monday.",
        "SARAJEVO - Drina Holding reported a loss.",
    ],
)
def test_people_and_firms_named_like_places(gazetteer: Gazetteer, text: str) -> None:
    assert not {"Sava", "Lovćen", "Drina"} & set(_surfaces(gazetteer, text))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("HELENA - Ranchers near Belgrade, Montana, said the drought was bad.", "Belgrade"),
        ("CLEVELAND - A factory in Macedonia, Ohio, will close next year.", "Macedonia"),
        ("BELGRADE, Mont. (AP) - A wildfire near Belgrade forced families out.", "BELGRADE"),
        ("Fires reached Macedonia, a suburb of Cleveland, on Monday.", "Macedonia"),
    ],
)
def test_a_town_then_an_american_state_is_in_the_united_states(
    gazetteer: Gazetteer, text: str, surface: str
) -> None:
    assert _country(gazetteer, text, surface) == "US"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kula, a town in Vojvodina, hosts a fair.", "Kula"),
        ("Dimitrovgrad, a town near the border with Bulgaria, voted.", "Dimitrovgrad"),
    ],
)
def test_an_apposition_at_home_or_facing_abroad_keeps_the_town(
    gazetteer: Gazetteer, text: str, surface: str
) -> None:
    assert _country(gazetteer, text, surface) in {"RS", "BA"}


def test_a_sentence_opening_in_a_state_gives_it_an_item_of_the_story(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "TRAVNIK - Snow cut off the village of Kruščica near Vitez on Monday. In the hamlet "
        "of Bare, above Travnik, a helicopter brought medicine. Near Zenica, Tuzla and Bugojno "
        "the roads were closed, and schools in Jajce and Donji Vakuf stayed shut. In Montenegro, "
        "the hamlet of Vusanje near Gusinje was cut off."
    )
    assert tag_text(gazetteer, text).countries == ["BA", "ME"]
