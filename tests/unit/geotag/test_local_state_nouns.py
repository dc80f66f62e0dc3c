"""Local state adjectives before more state words (colleagues, services, institutes, media,
public broadcasters, civil protection, coast guards), in Slovenian's instrumental plural,
after an Albanian noun and its adjective, and two adjectives sharing one noun."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _demonyms(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.surface, m.country) for m in tag_text(gazetteer, text).mentions if m.level == "demonym"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministar je u petak razgovarao sa slovenačkim kolegama.", "slovenačkim kolegama"),
        ("Upozorenje je izdala hrvatska služba za more.", "hrvatska služba"),
        (
            "Прогнозу је објавио црногорски Хидрометеоролошки завод.",
            "црногорски Хидрометеоролошки завод",
        ),
        ("Македонски медији пишуваат за пазарот.", "Македонски медији"),
        ("Snimak je emitovala albanska radiotelevizija.", "albanska radiotelevizija"),
        ("Na teren su stigli i pripadnici srpske civilne zaštite.", "srpske civilne zaštite"),
        ("Na meji so ustavili tovornjak s hrvaškimi tablicami.", "hrvaškimi tablicami"),
        ("Anija e rojës bregdetare greke hyri në port.", "rojës bregdetare greke"),
        ("Në qytet patrullojnë policë austriakë.", "policë austriakë"),
    ],
)
def test_state_words(gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert [s for s, _ in _demonyms(gazetteer, text)] == [expected]


def test_two_adjectives_share_one_noun(gazetteer: Gazetteer) -> None:
    text = "Na granici su čekali kamioni sa slovenačkim i mađarskim tablicama."
    assert _demonyms(gazetteer, text) == [("slovenačkim", "SI"), ("mađarskim tablicama", "HU")]


def test_an_adjective_before_and_without_a_state_word_is_none(gazetteer: Gazetteer) -> None:
    text = "Pevali su srpske i hrvatske pesme do jutra."
    assert _demonyms(gazetteer, text) == []
