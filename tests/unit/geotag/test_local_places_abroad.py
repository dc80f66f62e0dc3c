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


def test_macedonian_od_says_where_people_come_from(gazetteer: Gazetteer) -> None:
    # the guests come from Vienna; the village they are sent to is by the lake at home
    text = "ОХРИД – Хотелите се полни. Гостите од Виена бараат мир, па ги праќаме во Љубаниште."
    assert _places(gazetteer, text).get("Љубаниште") != "AT"


def test_a_land_by_its_adjective_and_noun(gazetteer: Gazetteer) -> None:
    sl = (
        "VELENJE – Podjetje bo zaposlilo sto delavcev. Na trgu v Šaleški dolini ni več "
        "prostih delavcev, zato jih išče v Bosni in Hercegovini."
    )
    assert _places(gazetteer, sl).get("Šaleški dolini") == "SI"
    sr = (
        "ZAJEČAR – Kiša je pala u Timočkoj krajini, a put od Knjaževca ka Kalni i Staroj "
        "planini je zatvoren."
    )
    found = _places(gazetteer, sr)
    assert found.get("Timočkoj krajini") == "RS"
    assert found.get("Staroj planini") == "RS"
    # the end of a town's longer name is no land of its own
    town = "Ekipa je trenirala v Šmartnem v Rožni dolini pri Celju."
    assert "Rožni dolini" not in _places(gazetteer, town)


def test_a_town_abroad_after_a_place_word_needs_no_state_named(gazetteer: Gazetteer) -> None:
    text = (
        "ŽAGUBICA – Najviše interesovanja pokazali su povratnici iz Graca, Pariza i "
        "Vintertura. Brodar iz Pireja potpisao je ugovor."
    )
    found = _places(gazetteer, text)
    assert found.get("Vintertura") == "CH"
    assert found.get("Pireja") == "GR"


def test_a_village_the_story_placed_keeps_its_place(gazetteer: Gazetteer) -> None:
    sq = (
        "TETOVË – Fshatrat Poroj dhe Xhepçisht kanë mbetur pa ujë. Një pjesë e mjeteve për "
        "rrjetin në Xhepçisht u mblodh nga mërgimtarët e fshatit në Zvicër."
    )
    found = [(m.surface, m.country) for m in tag_text(gazetteer, sq).mentions]
    assert ("Xhepçisht", "CH") not in found


def test_a_village_in_a_diaspora_sentence_stays_at_home(gazetteer: Gazetteer) -> None:
    sr = (
        "PRIJEPOLJE – Novac za put do Kosatice skupili su iseljenici koji žive u Švajcarskoj, "
        "a radovi u Kamenoj Gori počinju u maju."
    )
    assert _places(gazetteer, sr).get("Kosatice") != "CH"


def test_a_foreign_spelling_is_no_village_of_the_region(gazetteer: Gazetteer) -> None:
    text = (
        "ZAGREB – Rezolucija spominje i nacističke logore u Dachauu i Mauthausenu, a "
        "komemoracija se održava u Jasenovcu."
    )
    found = _places(gazetteer, text)
    assert found.get("Mauthausenu") not in ("HR", "BA", "RS")
    assert found.get("Dachauu") in ("DE", None)


def test_a_village_the_text_names_on_a_named_shore(gazetteer: Gazetteer) -> None:
    text = (
        "РЕСЕН – Договорот беше потпишан во селото Псарадес, на грчкиот брег на Преспанското Езеро."
    )
    assert _places(gazetteer, text).get("Псарадес") == "GR"
