"""A site the gazetteer lacks takes the country of the place it stands in (issue 16, item 3).

The place inside its name, else the nearest place its own sentence names (a country too),
else the last town named before, in whatever country: a site abroad never takes a region code
from a town named further back, and a site's name never runs back across a sentence's end.
"""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _sites(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    return {m.surface: (m.country, m.level) for m in result.mentions if m.level == "site"}


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        # the town of the previous sentence is abroad: the site is there, not in the region
        (
            "BELGRADE - Fans left Belgrade on Tuesday. They went to Vienna. "
            "The Happel stadium was full.",
            "Happel stadium",
            "AT",
        ),
        (
            "PRISTINA - Students left Pristina for the march. Most flew to Brussels on Friday. "
            "The Schuman square was closed to traffic.",
            "Schuman square",
            "BE",
        ),
        # a country in the site's own sentence outweighs a region town of the sentence before
        (
            "SARAJEVO - The team left Sarajevo on Wednesday. Fans filled the Hofmann arena "
            "in western Germany on Thursday night.",
            "Hofmann arena",
            "DE",
        ),
        # the place inside the name and the town after "in" still decide first
        (
            "TIRANA - Ferries from Bari arrived at Durrës. The Port of Bari was closed.",
            "Port of Bari",
            "IT",
        ),
        (
            "BELGRADE - Fans left Belgrade. The Maksimir stadium in Zagreb hosted the derby.",
            "Maksimir stadium",
            "HR",
        ),
        # a region town in the sentence before still places a site in the region
        (
            "PODGORICA - Traffic was heavy in Podgorica on Sunday. The Millennium bridge "
            "was closed for an hour.",
            "Millennium bridge",
            "ME",
        ),
    ],
)
def test_site_takes_the_country_it_stands_in(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert _sites(gazetteer, text).get(site) == (country, "site")


def test_site_name_stops_at_the_sentence_end(gazetteer: Gazetteer) -> None:
    text = "PODGORICA - Tourists flew from Podgorica. Dubrovnik airport was busy."
    sites = _sites(gazetteer, text)
    assert sites.get("Dubrovnik airport") == ("HR", "site")
    assert not any("." in name for name in sites)


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        # "in" of a time, then a clause about another state: the town before places the site
        (
            "The grid operator in Tirana ran the Vau Dam, in the dry weeks, while Kosovo "
            "bought power abroad.",
            "Vau Dam",
            "AL",
        ),
        # "in" right before the place still places it, with a few small words between
        (
            "Engineers in Skopje said the Lisiče Dam near the town of Prizren was safe.",
            "Lisiče Dam",
            "XK",
        ),
    ],
)
def test_in_of_a_time_does_not_place_a_site(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert _sites(gazetteer, text)[site][0] == country
