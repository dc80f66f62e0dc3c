"""More sides of a local match report: "odigrala" (played), Slovenian "bo že ... igral", and a
region's name that is a club's ("Ballkani" in Albanian), and the home side ("od domaćeg
Čačka")."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[str]:
    return [m.surface for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("U istom kolu Jagodina je odigrala nerešeno 2:2 u Kruševcu.", "Jagodina"),
        ("Po zmagi 2:0 Koper bo že v soboto igral v Novi Gorici.", "Koper"),
        ("Ballkani mposhti të dielën Dritën 2:0 në Gjilan.", "Ballkani"),
        ("Gosti su u Čačku izgubili od domaćeg Čačka 0:2.", "Čačka"),
        ("Olimpija je v Kranju igrala 2:2 z domačim Kranjem.", "Kranjem"),
    ],
)
def test_a_side_is_no_place(gazetteer: Gazetteer, text: str, club: str) -> None:
    assert club not in _found(gazetteer, text)


def test_the_venue_of_a_played_match_stays(gazetteer: Gazetteer) -> None:
    text = "U istom kolu Jagodina je odigrala nerešeno 2:2 u Kruševcu."
    assert "Kruševcu" in _found(gazetteer, text)
    home = "Gosti su u Čačku izgubili od domaćeg Čačka 0:2."
    assert "Čačku" in _found(gazetteer, home)
