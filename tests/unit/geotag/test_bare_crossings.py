"""Border crossings named bare in English news (issue 16): a crossing's village is that
crossing, on its own side, in a paragraph about the border, and nowhere else."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Coaches from Peja wait for hours at the border at Kulla every August.", "Kulla", "XK"),
        ("Lorries from Strumica crossed at Deve Bair before dawn.", "Deve Bair", "MK"),
        ("Most tourists cross at Kapshticë, near Korçë, on their way home.", "Kapshticë", "AL"),
        ("Customs at the border reopened the lanes at Vërmica and Kulla.", "Vërmica", "XK"),
        ("Customs at the border reopened the lanes at Vërmica and Kulla.", "Kulla", "XK"),
        ("Queues were long at Morinë, on the border with Kosovo.", "Morinë", "AL"),
        ("A new border post will open at Bogorodica next spring.", "Bogorodica", "MK"),
    ],
)
def test_a_crossing_named_bare_in_a_border_paragraph_is_on_its_side(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    assert (name, country) in _found(gazetteer, text)


def test_a_crossing_with_its_noun_keeps_the_span_and_takes_its_side(gazetteer: Gazetteer) -> None:
    text = "A night bus to Rožaje runs over the Kulla crossing again."
    assert ("Kulla crossing", "XK") in _found(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cinema in Kula showed two films on Sunday.",  # no border in its paragraph
        "Border police chief Fatmir Morina spoke to reporters.",  # a surname
    ],
)
def test_no_crossing_without_a_border_or_inside_a_name(gazetteer: Gazetteer, text: str) -> None:
    found = _found(gazetteer, text)
    assert all(s not in ("Kulla", "Morina") for s, _c in found)
    assert ("Kula", "XK") not in found


def test_a_crossing_far_from_the_cue_counts_in_a_text_about_the_border(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "NIŠ, Serbia — Families driving home from Germany queued at the border all night.\n\n"
        "07:40 Buses from Ulm have waited at Batrovci since four, and the road to Kelebija "
        "is down to one lane."
    )
    found = _found(gazetteer, text)
    assert ("Batrovci", "RS") in found and ("Kelebija", "RS") in found


def test_a_crossing_spelt_like_a_town_needs_its_own_paragraph_to_speak_of_the_border(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "PRISTINA — Police closed two border posts on Friday.\n\n"
        "In Kulla, a village of Peja, the school reopened."
    )
    assert ("Kulla", "XK") not in _found(gazetteer, text)


def test_a_crossing_on_the_far_side_weighs_little_in_the_story_country(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "PRISTINA — Customs opened a second lane at Hani i Elezit on Monday. Drivers heading "
        "for Blace said the border was quiet, and at Blace the queue was short. Officials "
        "expect the busiest days in August."
    )
    result = tag_text(gazetteer, text)
    assert ("Blace", "MK") in [(m.surface, m.country) for m in result.mentions]
    assert result.countries == ["XK"]


def test_a_site_named_after_a_crossing_stands_on_its_side(gazetteer: Gazetteer) -> None:
    """A pass or post named after a crossing's village is on that village's side, whatever
    the towns around it ("the Qafë Thanë pass" beside Macedonian towns)."""
    text = (
        "Buses from Ohrid carry tourists in summer, and coaches from Struga wait for an hour "
        "at the Qafë Thanë pass before the border post opens."
    )
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert ("Qafë Thanë pass", "AL") in found
