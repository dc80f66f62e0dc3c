"""NATO/EU status and KFOR/EUFOR strength as of a date, on the shipped tables and small ones."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from newsmap import geodata, overlays


@pytest.fixture(scope="module")
def alliances():
    return geodata.load_alliances()


@pytest.fixture(scope="module")
def missions():
    return geodata.load_missions()


@pytest.mark.parametrize(
    ("country", "day", "status"),
    [
        ("MK", "2020-03-26", "map"),
        ("MK", "2020-03-27", "member"),
        ("ME", "2017-06-04", "map"),
        ("ME", "2017-06-05", "member"),
        ("AL", "2009-03-31", "map"),
        ("AL", "2009-04-01", "member"),
        ("HR", "2009-04-01", "member"),
        ("GR", "1952-02-18", "member"),
        ("RS", "2010-01-01", "pfp"),
        ("RS", "2015-01-15", "ipap"),
        ("BA", "2010-04-22", "map"),
        ("XK", "2024-01-01", "none"),
        ("MK", "1990-01-01", "none"),
    ],
)
def test_nato_status(alliances, country, day, status):
    assert overlays.nato_status(alliances, country, date.fromisoformat(day)).status == status


def test_nato_status_since_and_source(alliances):
    st = overlays.nato_status(alliances, "MK", date(2024, 1, 1))
    assert st.since == date(2020, 3, 27)
    assert st.source and st.source.startswith("https://")
    status, since = st[:2]  # unpacks as (status, since), as the map expects
    assert (status, since) == ("member", date(2020, 3, 27))
    none = overlays.nato_status(alliances, "XK", date(2024, 1, 1))
    assert none == overlays.Status("none", None, None)


@pytest.mark.parametrize(
    ("country", "day", "status"),
    [
        ("HR", "2013-06-30", "candidate"),
        ("HR", "2013-07-01", "member"),
        ("SI", "2004-05-01", "member"),
        ("BA", "2022-12-14", "applicant"),
        ("BA", "2022-12-15", "candidate"),
        ("XK", "2023-01-01", "applicant"),
        ("RS", "2012-03-01", "candidate"),
        ("AL", "2010-01-01", "applicant"),
    ],
)
def test_eu_status(alliances, country, day, status):
    assert overlays.eu_status(alliances, country, day).status == status


def test_statuses_as_of_lists_every_country(alliances):
    before = overlays.statuses_as_of(alliances, "NATO", date(2020, 3, 26))
    after = overlays.statuses_as_of(alliances, "nato", date(2020, 3, 27))
    assert set(before) == set(alliances["country"])
    assert before["MK"].status == "map" and after["MK"].status == "member"
    assert after["XK"].status == "none"
    members = {c for c, s in after.items() if s.status == "member"}
    assert {"AL", "HR", "ME", "MK", "GR", "TR", "BG", "RO", "HU", "SI"} <= members
    assert not members & {"RS", "BA", "XK", "AT"}
    only = overlays.statuses_as_of(alliances, "EU", "2024-01-01", countries=["HR", "XK"])
    assert {k: v.status for k, v in only.items()} == {"HR": "member", "XK": "applicant"}


def test_unknown_org_is_rejected(alliances):
    with pytest.raises(ValueError, match="unknown organisation 'OSCE'"):
        overlays.statuses_as_of(alliances, "OSCE", date(2020, 1, 1))
    with pytest.raises(TypeError, match="expected a date"):
        overlays.nato_status(alliances, "MK", 2020)


def test_kfor_strength_after_banjska(missions):
    got = overlays.mission_strength(missions, "KFOR", date(2023, 11, 1))
    assert got is not None
    strength, when, source = got
    assert strength > 4500
    assert when <= date(2023, 11, 1)
    assert source.startswith("https://")


def test_mission_strength_takes_latest_earlier_row(missions):
    assert overlays.mission_strength(missions, "KFOR", date(2023, 6, 1)).strength == 3800
    assert overlays.mission_strength(missions, "KFOR", date(2000, 1, 1)).strength == 50000
    assert overlays.mission_strength(missions, "EUFOR", date(2022, 3, 1)).strength == 1100
    assert overlays.mission_strength(missions, "EUFOR", date(2003, 1, 1)) is None


def test_camps(missions):
    all_camps = overlays.camps(missions)
    assert {"Camp Film City", "Camp Bondsteel", "Camp Butmir", "Camp Villaggio Italia"} <= set(
        all_camps["name"]
    )
    assert all_camps[["lat", "lon"]].notna().all().all()
    kfor = overlays.camps(missions, "KFOR")
    assert set(kfor["mission"]) == {"KFOR"}
    # EUFOR took over in December 2004: no EUFOR camp before
    assert overlays.camps(missions, "EUFOR", date(2004, 1, 1)).empty
    assert len(overlays.camps(missions, "EUFOR", date(2005, 1, 1))) == 1


def test_handles_plain_string_tables():
    """Tables read without date parsing (as in other callers) give the same answers."""
    table = pd.DataFrame(
        {
            "country": ["ME", "ME"],
            "org": ["NATO", "NATO"],
            "status": ["map", "member"],
            "start": ["2009-12-04", "2017-06-05"],
            "end": ["2017-06-04", ""],
            "source": ["https://a", "https://b"],
        }
    )
    assert overlays.nato_status(table, "ME", "2017-06-04").status == "map"
    assert overlays.nato_status(table, "ME", "2017-06-05") == overlays.Status(
        "member", date(2017, 6, 5), "https://b"
    )
