"""State adjectives before the teams a state sends (rescuers, doctors), its prosecutors and
Albanian "targa" (licence plates): mentions of the state."""

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
        ("Dokaze su u utorak dobili crnogorskim tužiocima.", ("crnogorskim tužiocima", "ME")),
        ("U potrazi pomažu i slovenački spasioci.", ("slovenački spasioci", "SI")),
        ("Ranjenike su preuzeli austrijski ljekari.", ("austrijski ljekari", "AT")),
        ("Во болницата пристигнаа и бугарските лекари.", ("бугарските лекари", "BG")),
        ("Kufiri u mbyll për makinat me targa maqedonase.", ("targa maqedonase", "MK")),
    ],
)
def test_sent_teams_and_plates(gazetteer: Gazetteer, text: str, expected: tuple[str, str]) -> None:
    assert _demonyms(gazetteer, text) == [expected]
