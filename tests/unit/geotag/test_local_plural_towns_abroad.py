"""Slovenian plural town names in the dative, instrumental and genitive plural, and the
region's own Cyrillic names of Europe's cities of 100,000 and more declined in both scripts."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.morphology import inflections


def _places(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]


def test_slovenian_plural_forms_are_made() -> None:
    assert {"Jesenicam", "Jesenicami", "Jesenic"} <= set(inflections("Jesenice"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Policisti so voznika, ki je bežal proti Brežicam, ustavili že po nekaj minutah.",
            ("Brežicam", "SI"),
        ),
        ("Župan Jesenic je v petek odprl novo razstavo v mestni hiši.", ("Jesenic", "SI")),
        (
            "Делегација града је у уторак отпутовала у Минхен, а састанак у Минхену почиње сутра.",
            ("Минхену", "DE"),
        ),
        (
            "Delegacija grada je u utorak otputovala u Minhen, a sastanak u Minhenu počinje sutra.",
            ("Minhenu", "DE"),
        ),
    ],
)
def test_case_forms_found(gazetteer: Gazetteer, text: str, expected: tuple[str, str]) -> None:
    assert expected in _places(gazetteer, text)
