"""Where a site or a water stands, against the places of its sentence that do not say it.

A capital after a site that stands for its government ("a reform backed by Washington and
Brussels") does not place the site; the town named before it does.  A lake or a bay lies in
the states it is listed for: a town abroad in its sentence is no stretch of it, as it may be of
a river.  tuning19_long exact / overlap 0.888 / 0.914 -> 0.890 / 0.916.
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _placed(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


def test_a_capital_acting_after_a_site_does_not_place_it(gazetteer: Gazetteer) -> None:
    text = (
        "Police searched offices in Korçë and Elbasan. Crowds gathered on Liberty Square, "
        "while critics said the reform backed by Washington and Brussels had worked."
    )
    placed = dict(_placed(gazetteer, text))
    assert placed["Liberty Square"] == "AL"


def test_a_town_named_with_the_site_still_places_it(gazetteer: Gazetteer) -> None:
    text = "In Rome, a Via Tirana runs near the stadium, and Paris has an Avenue de Belgrade."
    assert ("Avenue de Belgrade", "FR") in _placed(gazetteer, text)


def test_a_bay_stays_in_its_state_beside_a_town_abroad(gazetteer: Gazetteer) -> None:
    text = "Talks touched on the Bay of Kotor, where a yacht seized in Split in 1991 still lies."
    assert ("Bay of Kotor", "ME") in _placed(gazetteer, text)


def test_a_river_still_runs_to_a_town_abroad(gazetteer: Gazetteer) -> None:
    text = "The Sava burst its banks in Zagreb and flooded the Drava in Osijek on Monday."
    assert _placed(gazetteer, text)[0] == ("Sava", "HR")
