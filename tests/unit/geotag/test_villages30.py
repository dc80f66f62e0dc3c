"""Settlements the text tells by what it says of them (``told_settlements``), on made-up
sentences with made-up village names the gazetteer lacks:

- "residents of X" (and a list: "residents of X and Y") names a place, standing by the town
  of its sentence or the one before it; not "presidents of", not a possessive;
- a definite apposition "X, the (mountain) village in/below/by ..." names one; "X, the
  village priest" does not, nor a sentence's opening adverb ("Upstream, the village of ...");
- "X, a summer hamlet of shepherds' houses": an indefinite apposition with "of" and a
  lower-case word after its noun.
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
