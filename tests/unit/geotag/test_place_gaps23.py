"""Place gaps of real English news (issue 16) named by the tuning23 set's categories, each tried
on made-up sentences: a neighbour's county by its English name, a state's money after "in",
and a court named after its state."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.country, m.level) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Farmers in Brod-Posavina County lost their maize to the flood.", "Brod-Posavina County"),
        ("Fires burned for a week in Split-Dalmatia County.", "Split-Dalmatia County"),
    ],
)
def test_a_croatian_county_by_its_english_name_is_croatian(
    gazetteer: Gazetteer, text: str, county: str
) -> None:
    assert (county, "HR", "admin1") in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Pensions there are still paid in Serbian dinars.", "Serbian dinars", "RS"),
        ("The trawler was stopped in Albanian waters on Friday.", "Albanian waters", "AL"),
    ],
)
def test_a_state_adjective_after_in_before_the_state_s_money_or_waters_is_the_state(
    gazetteer: Gazetteer, text: str, span: str, country: str
) -> None:
    assert (span, country, "demonym") in _found(gazetteer, text)


@pytest.mark.parametrize(
    "text", ["The play is staged in Serbian and Albanian.", "She replied in Serbian, smiling."]
)
def test_a_state_adjective_after_in_alone_is_still_a_language(
    gazetteer: Gazetteer, text: str
) -> None:
    assert _found(gazetteer, text) == []


def test_a_court_named_after_its_state_keeps_the_state(gazetteer: Gazetteer) -> None:
    text = "Judges at the Kosovo Specialist Chambers heard two witnesses on Tuesday."
    assert ("Kosovo", "XK", "country") in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "lake", "country"),
    [
        ("Fishermen from Tirana rent boats on Lake Skadar every May.", "Lake Skadar", "ME"),
        ("Birdwatchers from Podgorica drove to Lake Shkodër at dawn.", "Lake Shkodër", "AL"),
    ],
)
def test_a_shared_lake_by_one_side_s_name_is_that_side(
    gazetteer: Gazetteer, text: str, lake: str, country: str
) -> None:
    assert (lake, country, "site") in _found(gazetteer, text)


def test_a_shared_lake_after_a_state_s_shore_is_that_state_s(gazetteer: Gazetteer) -> None:
    text = "Ministers from Skopje met in a village on the Greek shore of Lake Prespa."
    assert ("Lake Prespa", "GR", "site") in _found(gazetteer, text)


def test_a_name_the_sentence_defines_as_a_village_is_a_settlement(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Near Tuzla, Dubrave is a village with a new school.")
    assert ("Dubrave", "BA", "city") in found


def test_a_small_town_defined_as_a_village_is_the_gazetteer_s_own(gazetteer: Gazetteer) -> None:
    text = "Water taxis leave Kotor hourly.\n\nPerast is a village of old captains' houses."
    assert ("Perast", "ME", "city") in _found(gazetteer, text)


def test_a_village_of_no_name_defines_nothing(gazetteer: Gazetteer) -> None:
    text = "The mayor of Tuzla said it is a village of old miners."
    assert _found(gazetteer, text) == [("Tuzla", "BA", "city")]


def test_a_list_of_places_each_after_its_preposition_keeps_each_its_own(
    gazetteer: Gazetteer,
) -> None:
    text = "Pristina says the families now live in Prizren, in Stuttgart and in Vienna."
    found = _found(gazetteer, text)
    assert ("Prizren", "XK", "city") in found and ("Stuttgart", "DE", "city") in found


def test_a_town_placed_in_a_province_abroad_is_abroad(gazetteer: Gazetteer) -> None:
    text = "SOFIA - Towns in Dimitrovgrad, in the southern Haskovo Province, ration water."
    assert ("Dimitrovgrad", "RS", "city") not in _found(gazetteer, text)


def test_a_region_town_named_with_its_own_province_is_home_again(gazetteer: Gazetteer) -> None:
    text = "Few tourists visit Ada, Oklahoma in winter. The Ada in Vojvodina is busier."
    found = [(s, c) for s, c, _l in _found(gazetteer, text)]
    assert ("Ada", "US") in found and ("Ada", "RS") in found


@pytest.mark.parametrize(
    "text",
    [
        "SKOPJE - Walk to the Old Bazaar, the largest of its kind outside Istanbul. The Sultan "
        "Murat Mosque is worth a stop.",
        "SARAJEVO - The market is busier than Vienna. The Gazi Husrev-beg Mosque is nearby.",
    ],
)
def test_a_town_a_site_is_compared_with_places_no_site(gazetteer: Gazetteer, text: str) -> None:
    found = _found(gazetteer, text)
    assert not any(level == "site" and c in ("TR", "AT") for _s, c, level in found)


def test_a_site_s_name_ends_before_a_closing_quote(gazetteer: Gazetteer) -> None:
    text = 'KOTOR - "We walked up to the Fortress of St. John," the guide said.'
    assert ("Fortress of St. John", "ME", "site") in _found(gazetteer, text)


def test_posavina_is_bosnia_s_only_where_bosnia_is_named(gazetteer: Gazetteer) -> None:
    bosnian = _found(gazetteer, "Floods in Bosnia covered the whole of Posavina near Brčko.")
    croatian = _found(gazetteer, "Farmers in Posavina near Slavonski Brod in Croatia sold maize.")
    assert ("Posavina", "BA", "admin1") in bosnian
    assert all(s != "Posavina" for s, _c, _l in croatian)
