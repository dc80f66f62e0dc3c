"""A state adjective shares the noun of the one after "and" with an article between ("a
Romanian and a Turkish contingent") and with the more states' adjectives ("French and Dutch
police"): each names its state."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _demonyms(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions if m.level == "demonym"]


@pytest.mark.parametrize(
    ("text", "first", "country"),
    [
        ("A Greek and an Italian battalion patrol the border near Prizren.", "Greek", "GR"),
        ("Files were seized by German and Swiss prosecutors in Tirana.", "German", "DE"),
        ("An Austrian and a Polish delegation visited Skopje on Monday.", "Austrian", "AT"),
    ],
)
def test_the_first_adjective_shares_the_noun(
    gazetteer: Gazetteer, text: str, first: str, country: str
) -> None:
    assert (first, country) in _demonyms(gazetteer, text)


def test_people_after_the_article_stay_no_state(gazetteer: Gazetteer) -> None:
    found = _demonyms(gazetteer, "A Serbian and an Albanian speaker debated in Novi Pazar.")
    assert ("Serbian", "RS") not in found
