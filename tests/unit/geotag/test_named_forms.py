"""A case form that is also a region town's own name ("Podujevo", "Valbona") is that name in
English text where a locative word leads to it; a surname spelt like one is not."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The hikers set out from Valbona before dawn.", "Valbona", "AL"),
        ("Farmers near Podujevo blocked the road on Monday.", "Podujevo", "XK"),
    ],
)
def test_named_form_after_a_locative_word(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    found = {m.surface: m.country for m in tag_text(gazetteer, text).mentions}
    assert found.get(surface) == country


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the deal, Hoti said nothing.",
        "The minister met Tirano officials.",
    ],
)
def test_named_form_without_a_locative_word(gazetteer: Gazetteer, text: str) -> None:
    assert tag_text(gazetteer, text).mentions == []


def test_named_forms_are_known(gazetteer: Gazetteer) -> None:
    """The builder records the region's forms spelt like names, such as Podujevo."""
    assert any(key == " podujevo " for key, _ in gazetteer.named_forms)
