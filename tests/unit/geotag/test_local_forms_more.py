"""More case forms: l turned o before c (Stolac -> Stoca), names declined as adjectives
(Ljubuški -> Ljubuškog), a canton's noun first (Kanton Sarajevo -> Kantonu Sarajevo), and a
hamlet named after its noun."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.morphology import inflections


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_the_forms() -> None:
    assert {"Stoca", "Stocu"} <= set(inflections("Stolac"))
    assert {"Sokoca", "Sokocu"} <= set(inflections("Sokolac"))
    assert {"Ljubuškog", "Ljubuškom"} <= set(inflections("Ljubuški"))
    assert {"Kantona Sarajevo", "Kantonu Sarajevo"} <= set(inflections("Kanton Sarajevo"))


def test_the_forms_in_text(gazetteer: Gazetteer) -> None:
    bs = (
        "Vodovod iz Stoca trebao bi proraditi do ljeta, a kolona se protezala do "
        "Ljubuškog. Policija u Kantonu Sarajevo najavila je kontrole."
    )
    found = _found(gazetteer, bs)
    assert found["Stoca"] == "BA"
    assert found["Ljubuškog"] == "BA"
    assert found["Kantonu Sarajevo"] == "BA"


def test_a_hamlet_named_after_its_noun(gazetteer: Gazetteer) -> None:
    sr = (
        "Meštani Lopatnice i susednog zaseoka Brdarica do grada sada putuju preko Ušća. "
        "Opština Kraljevo kaže da je most važan."
    )
    assert _found(gazetteer, sr)["Brdarica"] == "RS"
