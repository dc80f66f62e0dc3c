"""Towns abroad whose names are given names ("Vladimir", "Charlotte", "Orlando"): before a
capitalised surname they are a person, after "in" or "to" still the town."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    "text",
    [
        "President Vladimir Kostić of the academy opened the show in Novi Sad.",
        "The coach, Charlotte Berisha, picked her side in Pristina.",
        "Orlando Marković scored twice in Zenica on Sunday.",
    ],
)
def test_a_given_name_before_a_surname_is_no_town(gazetteer: Gazetteer, text: str) -> None:
    assert not any(c in ("RU", "US") for _s, c in _found(gazetteer, text))


def test_the_town_after_a_locative_word_stays(gazetteer: Gazetteer) -> None:
    text = "Flights from Belgrade to Orlando start in May; a plant in Vladimir was hit."
    found = _found(gazetteer, text)
    assert ("Orlando", "US") in found
    assert ("Vladimir", "RU") in found
