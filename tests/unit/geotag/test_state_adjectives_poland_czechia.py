"""State adjectives of Poland and Czechia with institution nouns, a coast guard, a border."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_an_adjective_spelt_like_its_state_reads_with_its_noun(gazetteer: Gazetteer) -> None:
    sr = "Пољска влада је дала субвенције воћарима, а откупљивачи из Чачка чекају."
    assert _found(gazetteer, sr)["Пољска влада"] == "PL"
    hr = "Češko veleposlanstvo u Zagrebu najavilo je nove linije iz Brna."
    assert _found(gazetteer, hr)["Češko veleposlanstvo"] == "CZ"


def test_people_words_stay_no_state(gazetteer: Gazetteer) -> None:
    hr = "Češki turisti i poljski vozači stigli su u Split u subotu."
    found = _found(gazetteer, hr)
    assert not any(s.lower().startswith(("češk", "poljsk")) for s in found)


def test_a_guard_after_a_second_adjective_and_a_slovenian_border(gazetteer: Gazetteer) -> None:
    me = "Italijanska obalska straža pregledala je brod u Baru prošle sedmice."
    assert _found(gazetteer, me)["Italijanska obalska straža"] == "IT"
    sl = "Migranti iz Velike Kladuše skušajo prestopiti hrvaško mejo proti Karlovcu."
    assert _found(gazetteer, sl)["hrvaško mejo"] == "HR"
