"""Local places of the lplaces26 round: words after a place preposition that name towns and
villages abroad or across a border (made-up sentences, our own words)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _places(gazetteer: Gazetteer, text: str) -> dict[str, str | None]:
    return {m.surface: m.country for m in tag_text(gazetteer, text).mentions}


def test_a_case_form_of_a_town_abroad_is_that_town(gazetteer: Gazetteer) -> None:
    text = "Trajekti iz Venecije stigli su u Kotor. Koncert u Rigi počinje u osam sati."
    found = _places(gazetteer, text)
    assert found.get("Venecije") == "IT"
    assert found.get("Rigi") == "LV"
    sq = "Konsulli në Janinë tha se familjet presin lajme nga Tirana."
    assert _places(gazetteer, sq).get("Janinë") == "GR"


def test_a_stray_ending_reads_no_town_far_away(gazetteer: Gazetteer) -> None:
    # "Čanju" is no case form of Kano, "Ranče" none of Ranchi: the village stays at home
    text = "Požar iznad Sutomora proširio se prema Čanju, a put preko Ranče je otvoren."
    found = _places(gazetteer, text)
    assert found.get("Čanju") not in ("NG", "IN")
    assert found.get("Ranče") != "IN"


def test_a_village_on_a_named_side_of_the_border(gazetteer: Gazetteer) -> None:
    text = (
        "Na prelazu Debeli Brijeg vozila su čekala satima, a kolona se protezala do "
        "Vitaljine na hrvatskoj strani."
    )
    assert _places(gazetteer, text).get("Vitaljine") == "HR"


def test_a_village_in_a_sentence_about_a_state_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "Utakmica Partizana igra se u Italiji. Navijači iz Beograda putuju u Asagu, "
        "nedaleko od Milana."
    )
    found = _places(gazetteer, text)
    assert found.get("Asagu") == "IT"


def test_a_list_of_states_goes_on_with_a_state(gazetteer: Gazetteer) -> None:
    text = "U Podgorici je ovog ljeta bilo najviše gostiju iz Njemačke i Koreje."
    assert "Koreje" not in _places(gazetteer, text) or _places(gazetteer, text)["Koreje"] != "DE"


def test_where_people_come_from_places_no_village(gazetteer: Gazetteer) -> None:
    # Mostar is where the family comes from, not where Babin Kuk stands: the story's town does
    text = (
        "SPLIT – Gradske plaže bile su pune cijeli vikend.\n\n"
        "Obitelj iz Mostara kaže da tri noći na Žnjanu košta koliko tjedan dana kod kuće."
    )
    assert _places(gazetteer, text).get("Žnjanu") == "HR"


def test_towns_and_lands_abroad_in_the_regions_spellings(gazetteer: Gazetteer) -> None:
    text = (
        "Njegova porodica godinama živi u Hesenu, brat radi u Augzburgu, a sestra je u "
        "Toskani. Odluka se čeka u Strazburu."
    )
    found = _places(gazetteer, text)
    assert found.get("Hesenu") == "DE"
    assert found.get("Augzburgu") == "DE"
    assert found.get("Toskani") == "IT"
    assert found.get("Strazburu") == "FR"
    mk = "Многу граѓани од Струмица секојдневно работат во Петрич."
    assert _places(gazetteer, mk).get("Петрич") == "BG"
