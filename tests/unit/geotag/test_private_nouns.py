"""A state adjective before private people, firms, goods and culture, or inside a capitalised
name, tells an origin: a demonym mention that does not make the story its state's; before the
state's own words it is the state, as ever."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.private_nouns import ORIGIN_ONLY


def _demonyms(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {m.surface: m.country for m in tag_text(gaz, text).mentions if m.level == "demonym"}


@pytest.mark.parametrize(
    "text",
    [
        "Two Danish hikers lost their way in the fog.",
        "Our Slovak colleagues brought cake to the party.",
        "Dutch tourists filled the campsite by the river.",
        "A Norwegian firm won the tender for the ferries.",
        "The shop sells a Belgian lager and a Spanish red.",
        "Greek wines sell well in the capital.",
        "A Finnish documentary about reindeer opened the evening.",
        "Two Spanish firefighting planes arrived at noon.",
        "A Swedish railway infrastructure company bid for the line.",
        "The Danish word for island is short.",
        "British and German volunteers cleaned the beach.",
        "The Dutch Red Cross sent blankets.",
        "A German MEP asked about the budget.",
    ],
)
def test_private_phrase_tells_an_origin(gazetteer: Gazetteer, text: str) -> None:
    dems = [m for m in tag_text(gazetteer, text).mentions if m.level == "demonym"]
    assert dems
    assert all(m.reason in ORIGIN_ONLY for m in dems)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Serbian tourists and Serbian fans crowded the beaches of Budva this week, and "
            "Serbian drivers queued. Hotels said the season was the best in years.",
            ["ME"],
        ),
        (
            "The Albanian Power Corporation and the Albanian Red Cross said the lake near Debar "
            "was low. Debar's mayor asked for patience.",
            ["MK"],
        ),
        (
            "A Bosnian firm and a Bosnian brewery won contracts for the Tetovo bypass. Work near "
            "Tetovo starts in May.",
            ["MK"],
        ),
    ],
)
def test_an_origin_does_not_make_the_story(
    gazetteer: Gazetteer, text: str, countries: list[str]
) -> None:
    assert tag_text(gazetteer, text).countries == countries


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The Danish government sent a note.", "Danish government", "DK"),
        ("The German Chancellor spoke first.", "German Chancellor", "DE"),
        (
            "The Croatian power transmission company agreed.",
            "Croatian power transmission company",
            "HR",
        ),
        ("The Spanish transport minister arrived.", "Spanish transport minister", "ES"),
        ("Serbian exporters said prices were low.", "Serbian exporters", "RS"),
        ("The Greek shore of the lake is quiet.", "Greek shore", "GR"),
    ],
)
def test_state_words_keep_their_state(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _demonyms(gazetteer, text).get(surface) == country
