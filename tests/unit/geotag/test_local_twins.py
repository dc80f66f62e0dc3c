"""A town name two region states share is the twin in the state of the story's other towns."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_the_twin_of_the_storys_state(gazetteer: Gazetteer) -> None:
    sr = (
        "Воћари из Ариља и Ивањице окупиће се у суботу у Пожеги, а позвани су и "
        "произвођачи из Косјерића."
    )
    assert _found(gazetteer, sr)["Пожеги"] == "RS"


def test_the_bigger_twin_where_the_story_names_its_state(gazetteer: Gazetteer) -> None:
    hr = "Sajam u Požegi otvoren je u subotu, a gosti su došli iz Slavonskog Broda i Osijeka."
    assert _found(gazetteer, hr)["Požegi"] == "HR"
