"""Small lands of the neighbours and the six by their own names ("u Gorskom kotaru", "na
Dolenjskem", "у Драгачеву"), towns named by their river in every case ("iz Huma na Sutli",
"v Kostanjevici na Krki"), the instrumental after a soft consonant ("med Novim mestom in
Šentjernejem"), and the outlet in a dateline's brackets, which names no place of the story."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_small_lands_by_their_names(gazetteer: Gazetteer) -> None:
    assert _found(gazetteer, "Snijeg je zatvorio ceste u Gorskom kotaru.").get(
        "Gorskom kotaru"
    ) == ("HR", "admin1")
    assert _found(gazetteer, "Poplave so bile hude na Dolenjskem.").get("Dolenjskem") == (
        "SI",
        "admin1",
    )
    assert _found(gazetteer, "Сабор у Драгачеву траје пет дана.").get("Драгачеву") == (
        "RS",
        "admin1",
    )


def test_a_town_named_by_its_river_declines_its_first_word(gazetteer: Gazetteer) -> None:
    text = (
        "Voda je zalila kleti v Kostanjevici na Krki, "
        "cesta med Novim mestom in Šentjernejem je zaprta."
    )
    found = _found(gazetteer, text)
    assert found.get("Kostanjevici na Krki") == ("SI", "city")
    assert found.get("Šentjernejem") == ("SI", "city")
    hr = _found(gazetteer, "Gosti iz Huma na Sutli stigli su u Zagreb autobusom.")
    assert hr.get("Huma na Sutli") == ("HR", "city")


def test_the_dateline_outlet_is_no_place(gazetteer: Gazetteer) -> None:
    text = "KRANJ, 3. marca (Gorenjski glas) – V Kranju so odprli nov most čez Savo."
    found = _found(gazetteer, text)
    assert "Gorenjski" not in found
    assert found.get("Kranju") == ("SI", "city")
