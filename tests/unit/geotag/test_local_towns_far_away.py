"""Towns abroad in the region's spellings and cases: Nyon, Sankt Pölten, Vilnius, Melbourne,
Shanghai, Tel Aviv."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_towns_abroad_in_local_spelling(gazetteer: Gazetteer) -> None:
    hr = (
        "Protivnik Dinama bit će poznat u ponedjeljak u Nyonu u Švicarskoj, a navijači iz "
        "Sankt Peltena i Beča već traže karte."
    )
    found = _found(gazetteer, hr)
    assert found["Nyonu"] == "CH"
    assert found["Sankt Peltena"] == "AT"
    mk = "Донации пристигнаа од Мелбурн, а ранетите се лекуваат во Софија и Вилнус."
    found = _found(gazetteer, mk)
    assert found["Мелбурн"] == "AU"
    assert found["Вилнус"] == "LT"
    sl = "Ladje iz Šanghaja bodo pristajale v Kopru, letala iz Tel Aviva pa na Brniku."
    found = _found(gazetteer, sl)
    assert found["Šanghaja"] == "CN"
    assert found["Tel Aviva"] == "IL"


def test_lands_and_towns_abroad_in_regional_spelling_decline(gazetteer: Gazetteer) -> None:
    sr = (
        "Највише наших људи живи у Баварској и Баден-Виртембергу, а део у Женеви. "
        "Селектор је рекао да репрезентација игра у Велсу, а затим у Шкотској."
    )
    found = _found(gazetteer, sr)
    assert found["Баварској"] == "DE"
    assert found["Баден-Виртембергу"] == "DE"
    assert found["Женеви"] == "CH"
    hr = "Protivnik iz Škotske stiže u utorak, a navijači iz Ženeve dolaze autobusom u Split."
    found = _found(gazetteer, hr)
    assert found["Škotske"] == "GB"
    assert found["Ženeve"] == "CH"
