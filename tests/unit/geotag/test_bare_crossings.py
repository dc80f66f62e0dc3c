"""Border crossings named bare in English news (issue 16): a crossing's village is that
crossing, on its own side, in a paragraph about the border, and nowhere else."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Coaches from Peja wait for hours at the border at Kulla every August.", "Kulla", "XK"),
        ("Lorries from Strumica crossed at Deve Bair before dawn.", "Deve Bair", "MK"),
        ("Most tourists cross at Kapshticë, near Korçë, on their way home.", "Kapshticë", "AL"),
        ("Customs at the border reopened the lanes at Vërmica and Kulla.", "Vërmica", "XK"),
        ("Customs at the border reopened the lanes at Vërmica and Kulla.", "Kulla", "XK"),
        ("Queues were long at Morinë, on the border with Kosovo.", "Morinë", "AL"),
        ("A new border post will open at Bogorodica next spring.", "Bogorodica", "MK"),
    ],
)
def test_a_crossing_named_bare_in_a_border_paragraph_is_on_its_side(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    assert (name, country) in _found(gazetteer, text)


def test_a_crossing_with_its_noun_keeps_the_span_and_takes_its_side(gazetteer: Gazetteer) -> None:
    text = "A night bus to Rožaje runs over the Kulla crossing again."
    assert ("Kulla crossing", "XK") in _found(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cinema in Kula showed two films on Sunday.",  # no border in its paragraph
        "Border police chief Fatmir Morina spoke to reporters.",  # a surname
    ],
)
def test_no_crossing_without_a_border_or_inside_a_name(gazetteer: Gazetteer, text: str) -> None:
    found = _found(gazetteer, text)
    assert all(s not in ("Kulla", "Morina") for s, _c in found)
    assert ("Kula", "XK") not in found
