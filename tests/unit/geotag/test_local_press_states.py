"""Readings of local press: a lake or river two states share (the part of the state whose
press names it, when its sentence names both shores), the peoples' members of Bosnia's
Presidency, the diaspora's towns abroad by their local names, and a region state that leads
a paragraph of its own."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_both_shores_in_the_sentence_leave_the_lake_to_the_press_s_state(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Општините Струга и Поградец потпишаа договор за заедничко чистење на "
        "крајбрежјето на Охридското Езеро. Градоначалникот рече дека работите ќе почнат "
        "во мај."
    )
    assert _found(gazetteer, text)["Охридското Езеро"] == ("MK", "site")


def test_a_lake_named_beside_one_foreign_town_stays_there(gazetteer: Gazetteer) -> None:
    # only the Albanian shore in the sentence: the lake is read there, as before
    text = (
        "Скопските туристи летоваа во Поградец, на брегот на Охридското Езеро. "
        "Градоначалникот на Струга рече дека сезоната е добра."
    )
    assert _found(gazetteer, text)["Охридското Езеро"] == ("AL", "site")


def test_prespa_by_its_local_names(gazetteer: Gazetteer) -> None:
    text = "Рибарите од Ресен бараат мерки за заштита на Преспанското Езеро, рече градоначалникот."
    assert _found(gazetteer, text)["Преспанското Езеро"] == ("MK", "site")


def test_a_people_s_member_of_bosnia_s_presidency_is_no_state(gazetteer: Gazetteer) -> None:
    text = (
        "Hrvatski član Predsjedništva zatražio je hitnu sjednicu, a srpski član "
        "Predsjedništva BiH odbio je prijedlog u Sarajevu."
    )
    result = tag_text(gazetteer, text)
    assert {m.country for m in result.mentions} == {"BA"}
    assert result.countries == ["BA"]
    cyrillic = "Српски члан Предсједништва БиХ састао се у Сарајеву са амбасадором."
    assert {m.country for m in tag_text(gazetteer, cyrillic).mentions} == {"BA"}
    # a state's own institution stays the state
    assert _found(gazetteer, "Hrvatska vlada i srpski ministar razgovarali su u Sarajevu.")[
        "srpski ministar"
    ] == ("RS", "demonym")


def test_the_diaspora_s_towns_by_their_local_names(gazetteer: Gazetteer) -> None:
    text = "Удружење из Цириха и Граца донирало је опрему, а у Минхену живи сто чланова."
    found = _found(gazetteer, text)
    assert found["Цириха"] == ("CH", "city")
    assert found["Граца"] == ("AT", "city")
    assert found["Минхену"] == ("DE", "city")
    latin = "Radnici iz Štutgarta i Linca stigli su autobusom u Sarajevo."
    assert _found(gazetteer, latin)["Štutgarta"] == ("DE", "city")
    assert _found(gazetteer, "Familja jeton në Cyrih dhe vjen në verë.")["Cyrih"][0] == "CH"


def test_a_paragraph_a_region_state_leads_is_one_of_the_story_s_states(
    gazetteer: Gazetteer,
) -> None:
    # a bulletin mostly about Serbia, with one paragraph of its own about Albania
    text = (
        "U Beogradu je juče održana sednica vlade. Ministri su u Beogradu razgovarali o "
        "putevima od Niša do Kragujevca, a gradonačelnici Novog Sada, Subotice, Čačka i "
        "Kraljeva tražili su više novca za opštine.\n\n"
        "Vlada je najavila i nove pruge od Novog Sada do Subotice, pa zatim do Zrenjanina, "
        "Pančeva i Smedereva, gde se čeka početak radova.\n\n"
        "U Tirani je opozicija protestovala ispred zgrade vlade, a skupovi su održani i u "
        "Draču i Skadru."
    )
    assert tag_text(gazetteer, text).countries == ["RS", "AL"]
