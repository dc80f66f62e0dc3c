"""Local spans, round 26: towns by their river in case, a spa town the gazetteer lacks, state
adjectives with plates, a side or a navy, halls, museums and hospitals after their noun, and
where such a site stands (made-up sentences, our own words)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_a_slovenian_neuter_by_its_river_declines_as_an_adjective(gazetteer: Gazetteer) -> None:
    text = "Gasilci so včeraj v Ljubnem ob Savinji in v Šmartnem ob Paki črpali vodo iz kleti."
    found = _found(gazetteer, text)
    assert found["Ljubnem ob Savinji"] == ("SI", "city")
    assert found["Šmartnem ob Paki"] == ("SI", "city")


def test_banja_koviljaca_in_its_cases(gazetteer: Gazetteer) -> None:
    text = "Autobus iz Loznice stiže u Banju Koviljaču, a gosti iz Banje Koviljače idu na Drinu."
    found = _found(gazetteer, text)
    assert found["Banju Koviljaču"] == ("RS", "city")
    assert found["Banje Koviljače"] == ("RS", "city")
    assert _found(gazetteer, "Лечилиште у Бањи Ковиљачи обновљено је.")["Бањи Ковиљачи"] == (
        "RS",
        "city",
    )


def test_plates_a_side_and_a_named_institution_are_the_state(gazetteer: Gazetteer) -> None:
    hr = "Carinici u Slavoniji zaustavili su kombi slovenskih registarskih oznaka s robom."
    assert _found(gazetteer, hr)["slovenskih registarskih oznaka"] == ("SI", "demonym")
    sq = "Kamionët nga ana greke prisnin ende në mëngjes, tha një shofer nga Korça."
    assert _found(gazetteer, sq)["ana greke"] == ("GR", "demonym")
    navy = "Një anije e Policisë Kufitare greke shoqëroi peshkatarët deri në Sarandë."
    assert _found(gazetteer, navy)["Policisë Kufitare greke"] == ("GR", "demonym")


def test_halls_museums_and_hospitals_after_their_noun(gazetteer: Gazetteer) -> None:
    hall = "Rukometašice iz Podgorice igraju u subotu u dvorani Verde u Nikšiću."
    assert _found(gazetteer, hall)["dvorani Verde"] == ("ME", "site")
    mk = "Повредените од Кочани се лекуваат во болницата 9 Мај во Штип."
    assert _found(gazetteer, mk)["болницата 9 Мај"] == ("MK", "site")
    sq = "Ndeshja në sallën 7 Shtatori në Gjakovë u shty për të dielën."
    assert _found(gazetteer, sq)["sallën 7 Shtatori"] == ("XK", "site")
    museum = "Izložba u muzeju Staro selo kod Užica otvorena je juče."
    assert _found(gazetteer, museum)["muzeju Staro selo"] == ("RS", "site")


def test_a_hall_on_a_town_is_placed_there_not_named(gazetteer: Gazetteer) -> None:
    text = "Policija je pojačala mjere oko dvorane na Novom Beogradu prije utakmice."
    found = _found(gazetteer, text)
    assert found["Novom Beogradu"] == ("RS", "city")
    assert not any(surface.startswith("dvorane") for surface in found)


def test_an_international_airport_keeps_its_adjective(gazetteer: Gazetteer) -> None:
    text = "Тимот вечерва полета од Меѓународниот аеродром Охрид кон Виена."
    assert _found(gazetteer, text)["Меѓународниот аеродром Охрид"] == ("MK", "site")


def test_a_slovenian_town_adjective_with_j_for_d(gazetteer: Gazetteer) -> None:
    text = "Košarkarji bodo v nedeljo igrali v Beograjski areni, kjer je lani zmagal Partizan."
    assert _found(gazetteer, text)["Beograjski areni"] == ("RS", "site")


def test_a_site_is_not_where_its_guests_come_from(gazetteer: Gazetteer) -> None:
    text = (
        "TREBINJE – Koncert na Trgu slobode počinje u 20 časova. Na Trgu slobode će biti i "
        "gosti iz Podgorice i Nikšića."
    )
    assert _found(gazetteer, text)["Trgu slobode"] == ("BA", "site")


def test_a_site_people_leave_from_is_not_at_their_goal(gazetteer: Gazetteer) -> None:
    text = "NIŠ – Rukometaši su jutros otputovali sa aerodroma Konstantin Veliki u Berlin."
    assert _found(gazetteer, text)["aerodroma Konstantin Veliki"] == ("RS", "site")


def test_a_hall_is_not_in_the_state_its_sentence_names_abroad(gazetteer: Gazetteer) -> None:
    text = "Тетово ќе игра во салата Никола Карев против првакот на Австрија."
    assert _found(gazetteer, text)["салата Никола Карев"] == ("MK", "site")


def test_a_rivers_noun_is_part_of_its_name(gazetteer: Gazetteer) -> None:
    text = "Vodostaj je porastao, a meštani Loznice u dolini reke Drine pune džakove peskom."
    assert _found(gazetteer, text)["reke Drine"] == ("RS", "site")
    sq = "Niveli i ujit në lumin Drin u rrit pranë Lezhës gjatë natës."
    assert _found(gazetteer, sq)["lumin Drin"] == ("AL", "site")


def test_a_capitalised_compass_adjective_names_a_part(gazetteer: Gazetteer) -> None:
    text = "Novac iz fonda za Istočnu Bosnu stiže u Zvornik i Bratunac iduće godine."
    assert _found(gazetteer, text)["Istočnu Bosnu"] == ("BA", "admin1")
    sl = "Minister je dejal, da ima Zahodni Balkan v Evropi prihodnost."
    assert _found(gazetteer, sl)["Zahodni Balkan"] == (None, "region")
    lower = "Kiša je pala u zapadnoj Srbiji i oko Valjeva."
    assert "Srbiji" in _found(gazetteer, lower)


def test_a_provinces_abbreviation_is_part_of_its_name(gazetteer: Gazetteer) -> None:
    text = "Vlada AP Vojvodine odobrila je novac opštinama u Sremu."
    assert _found(gazetteer, text)["AP Vojvodine"] == ("RS", "admin1")


def test_a_surname_abroad_places_no_site(gazetteer: Gazetteer) -> None:
    text = (
        "NIKŠIĆ – Građani su juče blokirali Bulevar Džordža Vašingtona. Kolona je potom "
        "zaustavila saobraćaj i kod Mosta Ivana Milutinovića."
    )
    found = _found(gazetteer, text)
    assert found["Bulevar Džordža Vašingtona"] == ("ME", "site")
    assert found["Mosta Ivana Milutinovića"] == ("ME", "site")


def test_quarters_and_villages_listed_after_a_plural_noun(gazetteer: Gazetteer) -> None:
    text = "Uji mungoi në lagjet Bregu i Diellit, Dodona dhe Kalabria të Prishtinës."
    found = _found(gazetteer, text)
    assert found["Bregu i Diellit"] == ("XK", "city")
    assert found["Dodona"] == ("XK", "city")


def test_a_river_along_or_across_in_its_case(gazetteer: Gazetteer) -> None:
    text = "Викендице уз Нишаву код Ниша зими су празне."
    assert _found(gazetteer, text)["Нишаву"] == ("RS", "site")


def test_a_sports_centre_named_after_its_noun(gazetteer: Gazetteer) -> None:
    text = "U subotu Šibenik u Sportskom centru Baldekin dočekuje goste iz Zadra."
    assert _found(gazetteer, text)["Sportskom centru Baldekin"] == ("HR", "site")
