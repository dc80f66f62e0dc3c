"""Span rules of the issue-16 round on the older English tuning sets (tuning18-29): made-up
sentences, one rule each."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions if m.level != "demonym"]


# -- Albanian qualifiers after a village's name (qualified_names) -----------------------------


def test_an_albanian_qualifier_after_the_name_is_part_of_it(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "The trail leads past the hamlet of Shtupeq i Madh towards Peja.")
    assert ("Shtupeq i Madh", "XK") in found


# -- site nouns a capitalised name ends with (site_heads) --------------------------------------


def test_a_waterfall_spa_viaduct_or_tekke_is_a_site(gazetteer: Gazetteer) -> None:
    text = "In Theth, hikers walk up to the Dukati Waterfall before lunch."
    assert any(s == "Dukati Waterfall" for s, _ in _found(gazetteer, text))
    text = "Near Bujanovac, guests fill the Bujanovac Spa every August."
    assert ("Bujanovac Spa", "RS") in _found(gazetteer, text)
    text = "Near Mostar, pilgrims visit the Blagaj Tekke at the spring of the Buna."
    assert ("Blagaj Tekke", "BA") in _found(gazetteer, text)


# -- company and event names that open with a place (side_words, org_names) -------------------


def test_a_place_before_a_firm_word_is_the_firm(gazetteer: Gazetteer) -> None:
    text = "Fares on Serbia Train rose, and Pristina Trans cut two bus lines in Pristina."
    found = _found(gazetteer, text)
    assert ("Serbia", "RS") not in found
    assert [s for s, _ in found].count("Pristina") == 1  # the town at the end only
    text = "Bills from the Kosovo Energy Corporation rose again in Prizren."
    assert all(s != "Kosovo" for s, _ in _found(gazetteer, text))


def test_a_place_before_a_carnival_or_regatta_names_the_event(gazetteer: Gazetteer) -> None:
    text = "The Una Regatta, a descent of the river by hundreds of boats, starts in Bihać."
    assert all(s != "Una" for s, _ in _found(gazetteer, text))
    text = "Masks filled the streets for the Vevčani Carnival, held every January near Struga."
    assert all(s != "Vevčani" for s, _ in _found(gazetteer, text))


def test_a_gulf_ends_a_site_name(gazetteer: Gazetteer) -> None:
    text = "Ferries linked Rijeka with the islands of the Kvarner Gulf all summer."
    assert ("Kvarner Gulf", "HR") in _found(gazetteer, text)


# -- a curated name spelt like a case form of another (builder) --------------------------------


def test_a_curated_name_spelt_like_a_case_form_is_a_name(gazetteer: Gazetteer) -> None:
    text = (
        "Voters in the Dukagjini plain backed the former commander again, officials in Kosovo said."
    )
    assert ("Dukagjini", "XK") in _found(gazetteer, text)


def test_the_regions_local_names_stay_case_forms_in_english(gazetteer: Gazetteer) -> None:
    text = "Europa Nostra, the heritage federation, criticised the demolition in Tirana."
    assert all(s != "Europa" for s, _ in _found(gazetteer, text))
