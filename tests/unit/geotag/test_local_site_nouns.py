"""Local sites by more nouns (camps, lakes, ports, hospitals), sites that open a story, and state
adjectives with nationals and documents (local_tuning9's shapes, in other sentences)."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Migranti su smešteni u kampu Vučjak kod Bihaća.", "kampu Vučjak", "BA"),
        (
            "Noti është i ndaluar në Liqenin e Gazivodës pranë Zubin Potokut.",
            "Liqenin e Gazivodës",
            "XK",
        ),
        ("Anija ankoroi në Portin e Vlorës të hënën.", "Portin e Vlorës", "AL"),
        ("Ranjeni su prevezeni u Opštu bolnicu Čačak.", "Opštu bolnicu Čačak", "RS"),
        (
            "Peljali so ga na letališče Edvarda Rusjana v Mariboru.",
            "letališče Edvarda Rusjana",
            "SI",
        ),
    ],
)
def test_more_site_nouns(
    gazetteer: Gazetteer, text: str, surface: str | None, country: str | None
) -> None:
    found = _found(gazetteer, text)
    if surface is not None:
        assert found[surface] == (country, "site")


def test_a_site_opening_a_story_takes_the_state_of_its_language(gazetteer: Gazetteer) -> None:
    text = "Na graničnom prelazu Gostun u nedelju se čekalo dva sata. Posle podne je bilo lakše."
    assert _found(gazetteer, text)["Gostun"] == ("RS", "site")
    sl = "Na mejnem prehodu Gruškovje so včeraj čakali tri ure. Vozniki so bili nejevoljni."
    assert _found(gazetteer, sl)["mejnem prehodu Gruškovje"] == ("SI", "site")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Crnogorski putnici čekali su satima.", "Crnogorski putnici", "ME"),
        ("Golove je dao srpski reprezentativac.", "srpski reprezentativac", "RS"),
        ("Pasaporta shqiptare u pranua pa probleme.", "Pasaporta shqiptare", "AL"),
        ("Vozilo je imalo kosovske tablice.", "kosovske tablice", "XK"),
        ("Hrvatska granična policija vratila je grupu.", "Hrvatska granična policija", "HR"),
    ],
)
def test_state_adjectives_with_nationals_and_documents(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text)[surface] == (country, "demonym")


def test_a_site_opening_an_ijekavian_story_takes_the_next_town(gazetteer: Gazetteer) -> None:
    # ijekavian is written in several states: the town named next says where, not a town
    # people come from ("iz Hrvatske")
    text = (
        "Na graničnom prelazu Sitnica u nedjelju se čekalo dva sata zbog gužve. "
        "Vozači iz Hrvatske kažu da je gužva i u Trebinju."
    )
    assert _found(gazetteer, text)["Sitnica"] == ("BA", "site")


def test_the_city_stadium_is_a_site_of_the_storys_town(gazetteer: Gazetteer) -> None:
    # "Gradski stadion" is a stadium's name: the capitalised adjective and the noun
    text = (
        "Fudbaleri Borca dočekali su goste iz Tuzle u Banjaluci. Na Gradskom stadionu "
        "utakmicu je gledalo oko pet hiljada navijača."
    )
    assert _found(gazetteer, text)["Gradskom stadionu"] == ("BA", "site")
    lower = "Utakmica je odigrana u Banjaluci na gradskom stadionu pred punim tribinama."
    assert "gradskom stadionu" not in _found(gazetteer, lower)


def test_a_stadium_named_under_a_hill(gazetteer: Gazetteer) -> None:
    # "pod" (under) joins the noun and its name as "na" does: "Stadion pod Goricom"
    text = (
        "Reprezentacija je doputovala u Podgoricu u petak. Na Stadionu pod Goricom bilo je "
        "oko deset hiljada gledalaca."
    )
    assert _found(gazetteer, text)["Stadionu pod Goricom"] == ("ME", "site")
