"""Place rules of the tuning31 round (English news): made-up sentences, one rule each."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions if m.level != "demonym"]


# -- sites abroad named after a region (curated_abroad) ----------------------------------------


def test_thessalonikis_airport_and_university_are_greek(gazetteer: Gazetteer) -> None:
    text = (
        "Flights from Makedonia Airport to Skopje were full, and students at the University "
        "of Macedonia marched against the government of North Macedonia."
    )
    found = _found(gazetteer, text)
    assert ("Makedonia Airport", "GR") in found
    assert ("University of Macedonia", "GR") in found
    assert [c for _, c in found].count("MK") == 2  # Skopje and the state


# -- an apposition saying where a shared name is (apposed_units) -------------------------------


def test_a_town_apposed_to_a_unit_stands_in_that_units_state(gazetteer: Gazetteer) -> None:
    text = (
        "Bulgarian officials in Vidin met farmers on Monday. Kula, a small town in Vojvodina, "
        "sent a delegation to the fair near Vidin in Bulgaria."
    )
    assert ("Kula", "RS") in _found(gazetteer, text)


# -- a namesake abroad by a side of a foreign town, and "the other" one (abroad) ----------------


def test_a_district_on_a_side_of_a_foreign_city_is_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "The mayor of Tuzla in Bosnia visited partners this week. He signed a deal with Tuzla, "
        "the industrial district on the Asian side of Istanbul."
    )
    found = _found(gazetteer, text)
    assert found.count(("Tuzla", "BA")) == 1
    assert ("Tuzla", "TR") in found


def test_the_other_namesake_is_the_one_placed_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "DIMITROVGRAD, Serbia - The town hall in Dimitrovgrad opened a new office. There is "
        "another Dimitrovgrad, in southern Bulgaria, and letters often go astray.\n\n"
        "Last week a parcel for the mayor went to the other Dimitrovgrad by mistake."
    )
    found = _found(gazetteer, text)
    assert found.count(("Dimitrovgrad", "RS")) == 1  # and the dateline
    assert found.count(("Dimitrovgrad", "BG")) == 2


# -- a word that opens the sentence is not part of a site's name (sites._NOT_NAMES) -------------


def test_a_sentence_opening_word_stays_out_of_a_site_name(gazetteer: Gazetteer) -> None:
    text = "Fishing was banned. When Skadar Lake National Park opened in 1983, he became a ranger."
    found = _found(gazetteer, text)
    assert ("Skadar Lake National Park", "ME") in found
    assert not any(s.startswith("When") for s, _ in found)


# -- the Albanian Alps by their English name (curated_waters) ----------------------------------


def test_the_albanian_alps_are_a_place_in_albania(gazetteer: Gazetteer) -> None:
    text = "We walked for four days through the Albanian Alps before reaching Valbona."
    assert ("Albanian Alps", "AL") in _found(gazetteer, text)


# -- a town's old quarter named with it (old_towns) ---------------------------------------------


def test_a_towns_old_town_is_one_site(gazetteer: Gazetteer) -> None:
    text = "Concerts fill the squares of Budva Old Town, and the Old Town of Kotor stays open late."
    found = _found(gazetteer, text)
    assert ("Budva Old Town", "ME") in found
    assert ("Old Town of Kotor", "ME") in found
    assert not any(c == "US" for _, c in found)


# -- a town named with its state's adjective (state_prefixed) -----------------------------------


def test_a_bosnian_prefixed_village_is_in_bosnia(gazetteer: Gazetteer) -> None:
    text = "Serbian farmers crossed the Sava. The ferry stops at Bosanska Rača on the way."
    assert ("Bosanska Rača", "BA") in _found(gazetteer, text)


# -- a line named after its two ends (route_names) ---------------------------------------------


def test_the_ends_of_a_named_railway_are_no_places(gazetteer: Gazetteer) -> None:
    text = "Freight on the Belgrade-Bar railway fell, while trucks crowded the port in Bar."
    found = _found(gazetteer, text)
    assert ("Belgrade", "RS") not in found
    assert found.count(("Bar", "ME")) == 1  # the port town at the end


# -- an event named in a heading in capitals (name_words.shouted_event) ------------------------


def test_a_festival_heading_in_capitals_names_no_town(gazetteer: Gazetteer) -> None:
    text = "What to see this summer.\n\nMOSTAR FILM FESTIVAL, 2-9 JULY\nScreenings run all week."
    assert not any(s == "MOSTAR" for s, _ in _found(gazetteer, text))


# -- a bank, an airline or a broadcaster named after a town (org_names) ------------------------


def test_a_bank_named_after_a_town_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Tirana Bank reported higher deposits, and savers in Durrës queued for loans."
    found = _found(gazetteer, text)
    assert ("Tirana", "AL") not in found
    assert ("Durrës", "AL") in found


# -- a state firm named "of" its state (name_words.NAMES_BEFORE) -------------------------------


def test_a_state_broadcaster_named_of_its_state_is_no_mention(gazetteer: Gazetteer) -> None:
    text = "A reporter for Radio Television of Montenegro filmed the crowd in Podgorica."
    found = _found(gazetteer, text)
    assert ("Montenegro", "ME") not in found
    assert ("Podgorica", "ME") in found
