"""The seed article through the real geotagger: events take the places it found."""

from __future__ import annotations

from datetime import date

from newsmap import geotag
from newsmap.events import extract_events


def test_seed_events_placed_by_the_geotagger(seed_text):
    gazetteer = geotag.Gazetteer.from_path()
    tagged = geotag.tag_text(gazetteer, seed_text)
    events = extract_events(seed_text, date(2023, 11, 23), tagged.mentions, tagged.countries)
    by_date = {e.date: e for e in events}
    assert "XK" in by_date["2023-09-24"].countries
    assert "XK" in by_date["2023-05"].countries
    assert "BA" in by_date["2004"].countries
    assert by_date["2023-11-20"].countries[0] == "XK"
    assert by_date["2023-11-22"].countries[0] == "MK"
