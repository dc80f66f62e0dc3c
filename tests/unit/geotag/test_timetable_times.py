"""A time after a town in a timetable is no match score: the town stays a place, unless the
text is about sport."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def test_timetable_towns_stay_places(gazetteer: Gazetteer) -> None:
    text = "The bus leaves Herceg Novi at 07:10, Tivat 07:50, Budva 08:30 and Bar 09:15."
    found = {m.surface: m.country for m in tag_text(gazetteer, text).mentions}
    assert found.get("Tivat") == "ME"
    assert found.get("Budva") == "ME"


def test_a_score_with_a_colon_in_a_sport_story_is_a_club(gazetteer: Gazetteer) -> None:
    text = "In the league, Budućnost beat Sutjeska 2:1 and Sarajevo 10:12 in the cup match."
    found = {m.surface for m in tag_text(gazetteer, text).mentions}
    assert "Sutjeska" not in found
