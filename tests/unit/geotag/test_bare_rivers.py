"""A river's one-word name with no article, river noun or river sentence is a club's, a band's
or a person's in English; with one of them it stays the river."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _sites(gaz: Gazetteer, text: str) -> list[str]:
    return [m.surface for m in tag_text(gaz, text).mentions if m.level == "site"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fans in Skopje cheered. Vardar were the better side all night in Skopje.", "Vardar"),
        (
            "In Sarajevo, the rock band Miljacka signed a deal with a label from Sarajevo.",
            "Miljacka",
        ),
        ("In Mostar, donors of Neretva Aid met volunteers from Mostar on Friday.", "Neretva"),
    ],
)
def test_a_bare_river_name_is_no_river(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert name not in _sites(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Vardar rose near Veles after a week of storms.", "Vardar"),
        ("Police in Skopje said the Treska and Vardar stayed calm.", "Vardar"),
        ("Farmers near Veles grow melons in the Vardar valley.", "Vardar valley"),
        ("Near Veles, Vardar burst its banks on Sunday.", "Vardar"),
    ],
)
def test_an_article_a_noun_or_a_river_sentence_keeps_the_river(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    assert name in _sites(gazetteer, text)
