"""Places in the region's languages: case forms by rule, local state adjectives, bad input."""

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
        ("Kompania hapi zyra në Zagrebit dhe në Shkupin.", "Zagrebit", "HR"),
        ("Kompania hapi zyra në Zagrebit dhe në Shkupin.", "Shkupin", "MK"),
        ("Delegacioni u kthye nga Sarajevës të hënën.", "Sarajevës", "BA"),
        ("Protestirali so v Kopru in na Jesenicah.", "Kopru", "SI"),
        ("Protestirali so v Kopru in na Jesenicah.", "Jesenicah", "SI"),
        ("V Novem Sadu je bil shod.", "Novem Sadu", "RS"),
        ("Shqiptarët në Maqedoni votuan të dielën.", "Maqedoni", "MK"),
    ],
)
def test_case_forms_made_by_rule(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text)[surface][0] == country


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Srpska vlada je juče odbila zahtev.", "Srpska vlada", "RS"),
        ("Protiv toga je i kosovska policija.", "kosovska policija", "XK"),
        ("Hrvatski sabor izglasao je zakon.", "Hrvatski sabor", "HR"),
        ("Македонската влада денес одлучи.", "Македонската влада", "MK"),
        ("Qeveria shqiptare mblodhi sot ministrat.", "Qeveria shqiptare", "AL"),
        ("Srbska vlada je razglasila dan žalovanja.", "Srbska vlada", "RS"),
        ("Crnogorska policija je uhapsila dvojicu.", "Crnogorska policija", "ME"),
    ],
)
def test_local_state_adjectives_with_institutions(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text)[surface] == (country, "demonym")


@pytest.mark.parametrize(
    "text",
    [
        "Srpska zajednica je tražila sastanak.",
        "Shqiptarët votuan të dielën.",
        "Srbi su glasali u nedelju.",
        "Српска напредна странка освојила је највише гласова.",
    ],
)
def test_peoples_and_parties_are_not_states(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text) == {}


def test_srpska_alone_is_still_the_entity(gazetteer: Gazetteer) -> None:
    assert _found(gazetteer, "Srpska je usvojila zakon o imovini.")["Srpska"] == ("BA", "admin1")


@pytest.mark.parametrize(
    "text",
    [
        "Protesti u Pristini i Nisu, a zatim u Cacku.",
        "Demonstranti su se okupili u Kосову и Beogradu.",
        "Ministri i Jashtëm takoi në Pristina kolegun e tij nga Nis.",
        "The minister spoke in Serbian and Albanian at the Kumanovo rally.",
        "\u0000\ufeff Београд, Priština; Скопје/Tirana — Sarajevo!",
    ],
)
def test_mixed_language_script_and_ascii_spellings(gazetteer: Gazetteer, text: str) -> None:
    """No crash, offsets exact, and every place found is one of the region's."""
    found = _found(gazetteer, text)
    assert found
    assert {country for country, _ in found.values()} <= {"XK", "RS", "MK", "AL", "BA"}


def test_local_gold_places_point_into_the_local_set() -> None:
    """The gold places of the local set (measured by benchmarks/bench_local_places.py)."""
    import json
    from pathlib import Path

    repo = Path(__file__).resolve().parents[3]
    gold = [
        json.loads(line)
        for line in (repo / "tests/data/geotag/local_places.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(gold) >= 40
    texts = {}
    for source in {d["source"] for d in gold}:
        for line in (repo / source).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = record["text"]
    for d in gold:
        for g in d["gold"]["mentions"]:
            assert texts[d["id"]][g["start"] : g["end"]] == g["surface"], (d["id"], g)


@pytest.mark.parametrize(
    ("text", "surface", "country", "level"),
    [
        ("Kamionët kaluan kufirin në Hanin e Hotit të hënën.", "Hanin e Hotit", "AL", "city"),
        ("Radhët te pika e Hanit të Hotit u zgjatën.", "Hanit të Hotit", "AL", "city"),
        ("Skuadra luajti mbrëmë në Banja Llukë.", "Banja Llukë", "BA", "city"),
        ("Qeveria e Republikës Serbe miratoi buxhetin.", "Republikës Serbe", "BA", "admin1"),
        ("Në qarkun e Dibrës u hapën dy shkolla.", "qarkun e Dibrës", "AL", "admin1"),
    ],
)
def test_albanian_forms_of_the_regions_names(
    gazetteer: Gazetteer, text: str, surface: str, country: str, level: str
) -> None:
    assert _found(gazetteer, text)[surface] == (country, level)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kamioni iz Niša čekaju na graničnom prelazu Tabanovce.", "MK"),
        ("Kolona se protezala do prelaza Gostun.", "RS"),
        ("Na prelazu Šćepan Polje saobraćaj je obustavljen.", "ME"),
        ("Камиони чекају на прелазу Батровци.", "RS"),
    ],
)
def test_one_sided_border_crossings_keep_their_side(
    gazetteer: Gazetteer, text: str, country: str
) -> None:
    sites = [m for m in tag_text(gazetteer, text).mentions if m.level == "site"]
    assert [m.country for m in sites] == [country]
