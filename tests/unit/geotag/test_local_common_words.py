"""Adverbs opening a local sentence and given names read as a town abroad's alternate."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_an_adverb_opening_a_sentence_is_no_town(gazetteer: Gazetteer) -> None:
    sr = (
        "Градоначелник Ниша рекао је да ће сајам бити отворен у петак. Још прошле године "
        "Влада Србије обећала је новац. Пре тога, у среду, у Пироту ће бити састанак."
    )
    found = _found(gazetteer, sr)
    assert "Још" not in found and "Пре" not in found
    assert found["Пироту"] == "RS"


def test_a_given_name_is_no_town_abroad(gazetteer: Gazetteer) -> None:
    me = (
        "Direktor kompanije Luka Budva rekao je da brodovi iz Italije stižu od petka. "
        "Putnici iz Barija čekaju u luci."
    )
    assert "Luka" not in _found(gazetteer, me)


def test_english_keeps_the_town(gazetteer: Gazetteer) -> None:
    en = "Clashes in Jos, the capital of Nigeria's Plateau State, left dozens dead."
    assert _found(gazetteer, en).get("Jos") == "NG"
