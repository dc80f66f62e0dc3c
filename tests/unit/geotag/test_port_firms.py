"""Firms named as a town's port in the region's languages ("Luka Koper", "Luka Bar"), and
"Luka" in English text, which is a firm's word or a given name, never Lucca."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Cargo through the port of Bar rose, and the operator Luka Bar hired 40 dockers.", "Bar"),
        ("Shareholders of Luka Koper met in Ljubljana to approve a dividend.", "Ljubljana"),
        ("In Ploče, Luka Ploče signed a lease with a grain trader from Mostar.", "Mostar"),
    ],
)
def test_a_port_firm_names_no_place(gazetteer: Gazetteer, text: str, kept: str) -> None:
    found = _found(gazetteer, text)
    assert not any(s == "Luka" for s, _c in found)
    firm_at = text.index("Luka ") + 5
    assert not any(m.start == firm_at for m in tag_text(gazetteer, text).mentions)
    assert any(s == kept for s, _c in found)


def test_luka_in_english_is_never_lucca(gazetteer: Gazetteer) -> None:
    text = "Traders in the Mostar quarter of Luka closed early, and the fair moved to Zenica."
    assert not any(c == "IT" for _s, c in _found(gazetteer, text))
