"""Exact spans of places in local news: crossings named bare after their noun, roads between
two towns, ports by their lower-case noun (made-up sentences, our own words)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_a_crossing_after_prelaz_is_its_name_alone(gazetteer: Gazetteer) -> None:
    text = "Kamioni iz Kraljeva čekali su tri sata na graničnom prelazu Horgoš prema Mađarskoj."
    found = _found(gazetteer, text)
    assert found["Horgoš"] == ("RS", "site")
    assert not any("prelazu" in surface for surface in found)
    mk = (
        "Колоните од Куманово вчера стигнаа до граничниот премин Табановце, а полицијата "
        "рече дека се чека два часа."
    )
    assert _found(gazetteer, mk)["Табановце"] == ("MK", "site")


def test_a_bare_crossing_keeps_the_side_its_sentence_names(gazetteer: Gazetteer) -> None:
    # a crossing known on the Kosovo side, here on the Serbian side the clause names
    text = (
        "Vozači iz Raške žale se na gužve. Na srpskoj strani, na prelazu Jarinje, radi samo "
        "jedna traka."
    )
    assert _found(gazetteer, text)["Jarinje"] == ("RS", "site")


def test_croatian_and_slovenian_crossings_keep_their_noun(gazetteer: Gazetteer) -> None:
    text = "Putnici iz Osijeka čekali su dva sata na graničnom prijelazu Bajakovo u subotu."
    assert _found(gazetteer, text)["graničnom prijelazu Bajakovo"] == ("HR", "site")


def test_a_road_between_two_towns_names_each_town(gazetteer: Gazetteer) -> None:
    text = "Policia njofton se rruga Korçë - Pogradec do të mbyllet për dy orë të hënën."
    found = _found(gazetteer, text)
    assert found["Korçë"] == ("AL", "city")
    assert found["Pogradec"] == ("AL", "city")
    assert not any(surface.startswith("rruga") for surface in found)


def test_a_port_by_its_lower_case_noun_spans_noun_and_name(gazetteer: Gazetteer) -> None:
    text = "Čelik iz Zenice se do luke Ploče prevozi željeznicom, rekao je direktor."
    assert _found(gazetteer, text)["luke Ploče"] == ("HR", "site")
    airport = (
        "Turisti iz Beograda su ovog ljeta sve češće slijetali u Zračnu luku Dubrovnik, a "
        "direktor je rekao da se to i očekivalo."
    )
    assert _found(gazetteer, airport)["Zračnu luku Dubrovnik"] == ("HR", "site")


def test_a_capitalised_luka_is_a_first_name_or_a_firm(gazetteer: Gazetteer) -> None:
    text = "Trener Luka Jović rekao je u Nišu da ekipa putuje u subotu."
    found = _found(gazetteer, text)
    assert "Luka Jović" not in found
    assert found["Nišu"] == ("RS", "city")


def test_a_site_name_of_an_adjective_and_a_noun_keeps_its_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Koncert će biti održan u petak na Trgu Njegoševih junaka u Nikšiću, a ulaz je "
        "besplatan za sve građane."
    )
    assert _found(gazetteer, text)["Trgu Njegoševih junaka"] == ("ME", "site")
    fort = "Izložba je otvorena u Kruševcu, a nastavlja se u tvrđavi Lazarev grad do nedelje."
    assert _found(gazetteer, fort)["tvrđavi Lazarev grad"] == ("RS", "site")


def test_a_verb_after_a_site_name_stays_outside_it(gazetteer: Gazetteer) -> None:
    text = (
        "Komemoracija u Nacionalnom parku Sutjeska održana je juče, a sud u Foči je "
        "prošle godine osudio dvojicu."
    )
    found = _found(gazetteer, text)
    assert not any(surface.endswith(" održana") for surface in found)


def test_a_curated_crossing_outweighs_the_side_of_the_press(gazetteer: Gazetteer) -> None:
    # a Serbian report of an arrest at a crossing of Bosnia's, with no side named
    text = (
        "Policija je u nedelju uhapsila vozača iz Loznice. Kombi sa migrantima "
        "zaustavljen je u Šapcu, a vozač je uhapšen kasnije na graničnom prelazu Karakaj."
    )
    assert _found(gazetteer, text)["Karakaj"] == ("BA", "site")
