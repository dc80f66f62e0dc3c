"""Settlements the text tells by what it says of them (``told_settlements``) and namesakes
abroad, on made-up sentences (made-up village names the gazetteer lacks):

- "residents of X" (and a list: "residents of X and Y") names a place, standing by the town
  of its sentence or the one before it; not "presidents of", not a possessive;
- a definite apposition "X, the (mountain) village in/below/by ..." names one; "X, the
  village priest" does not, nor a sentence's opening adverb ("Upstream, the village of ...");
- "X, a summer hamlet of shepherds' houses": an indefinite apposition with "of" and a
  lower-case word after its noun;
- names listed before "and villages" ("from X, Y and villages across the district");
- a foreign town's name after "a"/"an" is a namesake, standing in the state after "in" ("a
  Lisbon in Ohio") or, in a list, where a dateline abroad stands (``indefinite_namesakes``);
  not "one Paris", "a Paris court", nor a likeness in a story filed in the region;
- a site placed only by its context stands, named again, where its first mention stood
  (``context_repeats``);
- a town spelt like a describing adjective ("Roman") before a lower-case noun describes
  (``descriptive_towns``).
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.folding import fold_key


def _spans(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {m.surface: m.country for m in tag_text(gaz, text).mentions}


def test_made_up_names_are_unknown(gazetteer: Gazetteer) -> None:
    for name in ("Vrbuškovo", "Grdelište", "Kodrame", "Lukarine"):
        assert not gazetteer.matcher.lookup(fold_key(name)), name


def test_residents_of_a_village(gazetteer: Gazetteer) -> None:
    text = (
        "Flooding closed two roads near Kraljevo on Monday. Residents of Vrbuškovo said "
        "the water reached their gardens overnight."
    )
    assert _spans(gazetteer, text).get("Vrbuškovo") == "RS"


def test_residents_of_a_list(gazetteer: Gazetteer) -> None:
    text = (
        "The mine near Bor wants to expand. Residents of Vrbuškovo and Grdelište met in the "
        "village hall on Sunday."
    )
    found = _spans(gazetteer, text)
    assert found.get("Vrbuškovo") == "RS"
    assert found.get("Grdelište") == "RS"


def test_presidents_and_possessives_are_no_residents(gazetteer: Gazetteer) -> None:
    text = "In Sarajevo, the presidents of Vrbuškovo Holding met the residents of Marko's street."
    found = _spans(gazetteer, text)
    assert "Vrbuškovo" not in found and "Vrbuškovo Holding" not in found
    assert "Marko" not in found


def test_definite_apposition(gazetteer: Gazetteer) -> None:
    text = (
        "Hikers left Peja at dawn and were found in Kodrame, the mountain hamlet below the "
        "pass, on Tuesday."
    )
    assert _spans(gazetteer, text).get("Kodrame") == "XK"


def test_definite_apposition_placed_by_its_relation(gazetteer: Gazetteer) -> None:
    text = "Our reporter drove from Tuzla to Lukarine, the last village near Zvornik, on Friday."
    assert _spans(gazetteer, text).get("Lukarine") == "BA"


def test_a_person_described_by_a_village_noun(gazetteer: Gazetteer) -> None:
    text = "In Kraljevo, police questioned Vrbuško, the village priest, on Monday."
    assert "Vrbuško" not in _spans(gazetteer, text)


def test_sentence_opening_adverb_is_no_village(gazetteer: Gazetteer) -> None:
    text = "Floods hit Kraljevo. Upstream, the village of Vrbuškovo was cut off."
    found = _spans(gazetteer, text)
    assert "Upstream" not in found
    assert found.get("Vrbuškovo") == "RS"


def test_indefinite_apposition_with_of_after_its_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Rescuers from Shkodër reached the hikers in a stone hut at Kodrame, a summer "
        "hamlet of shepherds' houses, on Tuesday."
    )
    assert _spans(gazetteer, text).get("Kodrame") == "AL"


def test_a_namesake_in_a_state(gazetteer: Gazetteer) -> None:
    text = "Our coach laughed at the signs. There is even a Lisbon in Ohio, he said."
    found = _spans(gazetteer, text)
    assert found.get("Lisbon") == "US"
    assert found.get("Ohio") == "US"


def test_namesakes_listed_in_a_story_filed_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "BELGRADE, Maine — The lake town fills up every July. Its founders liked old maps: "
        "the county also has a Paris and a Vienna, and nobody minds."
    )
    found = _spans(gazetteer, text)
    assert found.get("Paris") == "US"
    assert found.get("Vienna") == "US"


def test_a_likeness_or_the_famous_town_stays(gazetteer: Gazetteer) -> None:
    for text in (
        "SARAJEVO — The mayor says the city could become a Vienna, with trams and cafés.",
        "In Europe there is one Paris, he said, and one Lisbon.",
        "A Paris court ruled on Monday that the contract was void.",
    ):
        found = _spans(gazetteer, text)
        assert found.get("Vienna", "AT") == "AT", text
        assert found.get("Paris", "FR") == "FR", text
        assert found.get("Lisbon", "PT") == "PT", text


def test_a_site_named_again_stands_where_it_first_stood(gazetteer: Gazetteer) -> None:
    text = (
        "BELGRADE, Maine — Boats cross Silver Pond every morning in summer.\n\n"
        "Neighbours worry too. Rome, which borders Silver Pond to the north, has new rules."
    )
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert [c for s, c in found if s == "Silver Pond"] == ["US", "US"]


def test_a_town_spelt_like_a_describing_adjective(gazetteer: Gazetteer) -> None:
    text = (
        "Near Vidin, on the Danube across from Romania, divers found the walls of a late "
        "Roman fortress and the largest Roman baths on the river."
    )
    found = _spans(gazetteer, text)
    assert "Roman" not in found
    assert found.get("Romania") == "RO"


def test_names_listed_before_a_plural_settlement_noun(gazetteer: Gazetteer) -> None:
    text = (
        "The festival in Kraljevo closes on Sunday, with choirs from Kodrame, Lukarine and "
        "villages across the district."
    )
    found = _spans(gazetteer, text)
    assert found.get("Kodrame") == "RS"
    assert found.get("Lukarine") == "RS"
