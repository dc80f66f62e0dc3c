"""A state's long official name in the region's languages is one mention ("Republike
Srbije"), and the Albanian name of Bosnia and Herzegovina is one mention in its cases."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Ambasador Republike Srbije u Beču otvorio je izložbu o Dunavu.",
            "Republike Srbije",
            "RS",
        ),
        ("Prema zakonu Republike Hrvatske, rok je istekao u petak.", "Republike Hrvatske", "HR"),
        (
            "Устав Републике Србије не дозвољава такву промену, рекао је он.",
            "Републике Србије",
            "RS",
        ),
        (
            "Министерот рече дека Република Северна Македонија ќе ги исполни условите "
            "до крајот на годината.",
            "Република Северна Македонија",
            "MK",
        ),
        (
            "Skuadra udhëtoi drejt Bosnjës dhe Hercegovinës me autobus.",
            "Bosnjës dhe Hercegovinës",
            "BA",
        ),
        (
            "Ndeshja e parë është kundër një skuadre nga Bosnja dhe Hercegovina.",
            "Bosnja dhe Hercegovina",
            "BA",
        ),
    ],
)
def test_a_state_at_its_whole_local_name(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text).get(surface) == country


def test_a_square_keeps_its_republic(gazetteer: Gazetteer) -> None:
    # "Republike" before a state may belong to a site's name before it; the state stays bare
    found = _found(gazetteer, "Skup je održan na Trgu Republike Srpske u centru grada.")
    assert not any(s.startswith("Republike") and s != "Republike Srpske" for s in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Klub ima velike ambicije u Evropi, a u Mostaru je gostovao pred punim stadionom.",
            "Evropi",
        ),
        (
            "Ambasadorka u Savjetu Evrope dobila je novi mandat, saopštila je Vlada u Podgorici.",
            "Evrope",
        ),
        ("Из Требиња ће летови ићи ка већим градовима у Европи, рекао је градоначелник.", "Европи"),
    ],
)
def test_europe_in_local_text_is_no_place(gazetteer: Gazetteer, text: str, word: str) -> None:
    found = _found(gazetteer, text)
    assert word not in found
    assert len(found) == 1  # the story's own town stays


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "S hrvatske strane granice kolone su bile duže, kažu vozači iz Bihaća.",
            "hrvatske strane",
            "HR",
        ),
        (
            "Analistët në Tiranë thonë se tregu serb mbetet i vogël për fermerët.",
            "tregu serb",
            "RS",
        ),
    ],
)
def test_a_state_adjective_with_its_side_or_market(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    found = {m.surface: (m.country, m.level) for m in tag_text(gazetteer, text).mentions}
    assert found.get(surface) == (country, "demonym")


def test_a_party_is_no_side(gazetteer: Gazetteer) -> None:
    text = "Hrvatska stranka prava predala je listu u Osijeku, a izbori su u nedjelju."
    found = {m.surface for m in tag_text(gazetteer, text).mentions}
    assert not any("stranka" in s for s in found)
