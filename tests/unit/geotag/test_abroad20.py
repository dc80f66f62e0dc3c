"""Places abroad in English news (issue 16): namesakes with their state, a state's name
apposed as a town, lists of states, airports' given names and sites in stories filed from abroad.

The sentences are made up in the shapes of ``tuning20_abroad`` (the set these rules were tuned
on); each test asserts what the tagger finds.
"""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


def test_a_town_and_its_american_state_are_two_mentions(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "MACEDONIA, Ohio — The council met on Monday.")
    assert found == [("MACEDONIA", "US", "city"), ("Ohio", "US", "admin1")]


def test_the_agencies_short_form_of_a_state_places_the_town(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "BELGRADE, Mont. (AP) — A fire near Belgrade closed a road.")
    assert found == [
        ("BELGRADE", "US", "city"),
        ("Mont.", "US", "admin1"),
        ("Belgrade", "US", "city"),
    ]


def test_a_state_the_gazetteer_lacks_is_a_unit_at_its_country(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Snow fell on Belgrade, Montana, on Tuesday.")
    assert found == [("Belgrade", "US", "city"), ("Montana", "US", "admin1")]


def test_another_name_of_the_state_does_not_follow_a_namesake(gazetteer: Gazetteer) -> None:
    text = (
        "MACEDONIA, Ohio — The mayor joked that mail meant for North Macedonia still "
        "arrives. Macedonia has 12,000 people."
    )
    found = _found(gazetteer, text)
    assert ("North Macedonia", "MK", "country") in found
    assert ("Macedonia", "US", "city") in found


def test_a_suburb_of_a_town_abroad_is_abroad(gazetteer: Gazetteer) -> None:
    text = "Firefighters in Macedonia, a suburb of Cleveland, put out a blaze. Macedonia is calm."
    assert [m for m in _found(gazetteer, text) if m[0] == "Macedonia"] == [
        ("Macedonia", "US", "city"),
        ("Macedonia", "US", "city"),
    ]


def test_a_state_apposed_as_a_town_is_in_the_story_state_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "Beyond the mine lies Albania, a municipality of 28,000 people. Colombia has two "
        "more places of that name, and Albania is the driest."
    )
    assert [m[1] for m in _found(gazetteer, text) if m[0] == "Albania"] == ["CO", "CO"]


def test_georgia_alone_follows_the_american_reading(gazetteer: Gazetteer) -> None:
    text = "ATHENS, Ga. — He came from Podgorica. His path to Georgia ran through Florida."
    assert ("Georgia", "US", "admin1") in _found(gazetteer, text)
    text = "ATHENS, Ga. — Students from Tbilisi joked about the other Georgia."
    assert ("Georgia", "GE", "country") in _found(gazetteer, text)


def test_a_state_listed_with_states_stays_a_state(gazetteer: Gazetteer) -> None:
    text = "Sales to Brazil rose. Buyers also included Montenegro, North Macedonia and Russia."
    assert ("Montenegro", "ME", "country") in _found(gazetteer, text)


@pytest.mark.parametrize(
    "text", ["Lessons in the Albanian taught in Tirana began.", "Albanian spoken in Calabria."]
)
def test_a_language_is_no_state(gazetteer: Gazetteer, text: str) -> None:
    assert not [m for m in _found(gazetteer, text) if m[2] == "demonym"]


def test_an_airport_keeps_its_given_name(gazetteer: Gazetteer) -> None:
    text = "Flights landed at Thessaloniki Airport Macedonia on Monday."
    assert _found(gazetteer, text) == [("Thessaloniki Airport Macedonia", "GR", "site")]


def test_a_shared_river_is_on_the_stretch_of_the_state_filed_from(gazetteer: Gazetteer) -> None:
    text = (
        "BUCHAREST (Wire) — Romania began dredging the lower Danube after the river fell. "
        "In Serbia, the port of Prahovo closed."
    )
    assert ("Danube", "RO", "site") in _found(gazetteer, text)


def test_a_site_in_a_story_filed_abroad_is_at_the_dateline(gazetteer: Gazetteer) -> None:
    text = (
        "ST. LOUIS - Families raised money for flood victims in Maglaj and Doboj. "
        "Restaurants along Gravois Avenue gave a day's takings."
    )
    assert ("Gravois Avenue", "US", "site") in _found(gazetteer, text)


def test_a_state_name_written_with_the_dateline_state_is_a_town_there(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "KNIN, Croatia — Visitors stop at the sign for Kosovo south of Knin. Letters addressed "
        'to "Kosovo, Croatia" still reach Pristina.'
    )
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert [c for s, c in found if s == "Kosovo"] == ["HR", "HR"]
    text = "KNIN, Croatia — Tourists from Kosovo, Croatia and Slovenia came."
    assert ("Kosovo", "XK") in [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("There is an Albania in Colombia too, with 20,000 people.", "CO"),
        ("Farmers in Montenegro, Colombia, grow coffee on steep slopes.", "CO"),
    ],
)
def test_a_state_name_written_as_a_town_abroad(
    gazetteer: Gazetteer, text: str, country: str
) -> None:
    assert _found(gazetteer, text)[0][1] == country


@pytest.mark.parametrize(
    "text",
    [
        "Delegations from Albania, Colombia and Peru met in Lima.",
        "Visitors came from Bosnia, Croatia.",
        "Ministers of Serbia, Brazil, Chile and Peru met.",
    ],
)
def test_a_state_listed_with_states_abroad_stays_a_state(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text)[0][1] in {"AL", "BA", "RS"}


def test_ponds_and_lakes_by_a_town_abroad_are_there(gazetteer: Gazetteer) -> None:
    text = (
        "BELGRADE, Maine — The lakes drain through Messalonskee Lake. Long Pond and North "
        "Pond share the watershed."
    )
    found = _found(gazetteer, text)
    for name in ("Messalonskee Lake", "Long Pond", "North Pond"):
        assert (name, "US", "site") in found


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        ("NAOUSSA, Greece — Vineyards on the slopes of Mount Vermio froze.", "Mount Vermio", "GR"),
        ("MACEDONIA, Ohio — The station sits near Interstate 271.", "Interstate 271", "US"),
    ],
)
def test_mountains_and_roads_named_noun_first(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert (site, country, "site") in _found(gazetteer, text)


def test_a_known_lake_named_noun_first_stays_the_gazetteers(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Tourists swam in Lake Ohrid on Sunday.")
    assert [f[0] for f in found] == ["Lake Ohrid"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("MACEDONIA, Ohio — Traffic slowed on State Route 82 at dusk.", "State Route 82"),
        ("BELGRADE, Maine — Boats crossed Lake Messalonskee at dawn.", "Lake Messalonskee"),
        ("MACEDONIA, Ohio — Crews closed Highway 8 near the bridge.", "Highway 8"),
    ],
)
def test_noun_first_names_are_read_at_their_whole_span(
    gazetteer: Gazetteer, text: str, site: str
) -> None:
    assert (site, "US", "site") in _found(gazetteer, text)


def test_a_noun_first_word_inside_a_word_opens_no_site(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "MACEDONIA, Ohio — The Paramount Theatre and Interstates reopened.")
    assert not any(f[0].startswith(("Mount", "Interstate")) for f in found)
