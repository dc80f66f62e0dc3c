"""State firms named after their state in local text ("Železnice Srbije", "Hrvatske ceste")
are no mention of the state; the state's bodies and the state after a preposition stay."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[str]:
    return [m.surface for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Железнице Србије саопштиле су да воз из Ниша касни два сата.", "Србије"),
        ("Javno preduzeće Putevi Srbije zatvorilo je put kod Kraljeva.", "Srbije"),
        ("Hrvatske ceste najavile su radove kod Gospića u ožujku.", "Hrvatske"),
        ("Radnici tvrtke Hrvatske šume čistili su put prema Delnicama.", "Hrvatske"),
    ],
)
def test_a_state_firm_is_no_mention_of_the_state(
    gazetteer: Gazetteer, text: str, state: str
) -> None:
    assert state not in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Vlada Srbije odlučila je da zatvori put kod Kraljeva.", "Srbije"),
        ("Kamioni iz Hrvatske ceste koriste noću, javlja policija u Gospiću.", "Hrvatske"),
        ("Predsjednik Hrvatske posjetio je Gospić u ožujku.", "Hrvatske"),
    ],
)
def test_the_state_stays_elsewhere(gazetteer: Gazetteer, text: str, state: str) -> None:
    assert state in _found(gazetteer, text)
