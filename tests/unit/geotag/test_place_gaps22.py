"""Place gaps of real English news (issue 16) named by the tuning22 set's categories, each
tried on made-up sentences: dateline towns the gazetteer lacks, hospitals named by their
town, sites named after a region town whose namesake abroad the story also names, and state
adjectives before words for media and culture."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("KRAPINA, Croatia — Forty workers from Bosnia started at the mill.", "KRAPINA", "HR"),
        ("PTUJ, Slovenia (Alpine Wire) — The bridge over the Drava reopened.", "PTUJ", "SI"),
        ("SAN FOCA, Italy, May 4 — The cable from Albania came ashore.", "SAN FOCA", "IT"),
        ("TOPEKA, Kansas — Bosnian refugees opened a bakery here.", "TOPEKA", "US"),
    ],
)
def test_a_dateline_town_the_gazetteer_lacks_is_a_town_of_the_state_after_it(
    gazetteer: Gazetteer, text: str, town: str, country: str
) -> None:
    assert (town, country, "city") in _found(gazetteer, text)


def test_a_dateline_town_named_again_is_the_same_town(gazetteer: Gazetteer) -> None:
    text = "KRAPINA, Croatia — The mill hired 40 workers.\n\nKrapina has 12,000 people."
    found = _found(gazetteer, text)
    assert ("KRAPINA", "HR", "city") in found and ("Krapina", "HR", "city") in found


@pytest.mark.parametrize(
    "text",
    [
        "LIVE, Serbia — Students gathered in Belgrade.",
        "Workers from KRAPINA, Croatia, arrived.",
        "KRAPINA, Croatia and Slovenia signed a memorandum.",
    ],
)
def test_a_label_or_a_name_inside_a_line_makes_no_dateline(gazetteer: Gazetteer, text: str) -> None:
    assert all(s not in ("LIVE", "KRAPINA") for s, _c, _l in _found(gazetteer, text))


@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        (
            "Nine workers were taken to the General Hospital Pančevo overnight.",
            "General Hospital Pančevo",
            "RS",
        ),
        (
            "The Cantonal Hospital Zenica said two patients were stable.",
            "Cantonal Hospital Zenica",
            "BA",
        ),
        (
            "A nurse at the General Hospital in Gostivar spoke to us.",
            "General Hospital in Gostivar",
            "MK",
        ),
    ],
)
def test_a_plain_hospital_name_ends_with_its_town_and_stands_there(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    found = _found(gazetteer, text)
    assert (site, country, "site") in found
    assert [s for s, _c, _l in found] == [site]


def test_a_hospital_named_by_its_town_takes_that_towns_point(gazetteer: Gazetteer) -> None:
    text = "Patients went to the General Hospital Pančevo and later to Niš."
    hospital = next(m for m in tag_text(gazetteer, text).mentions if m.level == "site")
    town = next(m for m in tag_text(gazetteer, "Pančevo").mentions)
    assert (hospital.lat, hospital.lon) == (town.lat, town.lon)


def test_a_hospital_name_running_on_keeps_its_own_words(gazetteer: Gazetteer) -> None:
    text = "The General Hospital Pančevo Foundation in Belgrade raised money."
    assert "General Hospital Pančevo" not in [s for s, _c, _l in _found(gazetteer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Serbian tabloids blamed the opposition for the fire in Niš.",
        "An Albanian documentary about Durrës won a prize.",
        "The Croatian broadcaster filmed in Kotor for a month.",
        "A Chinese firm runs the mill in Zenica.",
        "Montenegrin and Serbian media reported the crash near Bar.",
        "Macedonian wine sells well in Ohrid.",
    ],
)
def test_media_culture_firms_and_goods_name_no_state(gazetteer: Gazetteer, text: str) -> None:
    assert [level for _s, _c, level in _found(gazetteer, text)] == ["city"]


def test_the_states_own_media_and_institutions_stay_its_mentions(gazetteer: Gazetteer) -> None:
    text = "Serbian state media and the Albanian government both reported it."
    found = _found(gazetteer, text)
    assert ("Serbian state media", "RS", "demonym") in found
    assert ("Albanian government", "AL", "demonym") in found


def test_a_cup_named_after_a_state_is_a_competition(gazetteer: Gazetteer) -> None:
    text = "Sutjeska lost the Montenegrin Cup final in Podgorica."
    assert "Montenegrin" not in [s for s, _c, _l in _found(gazetteer, text)]
