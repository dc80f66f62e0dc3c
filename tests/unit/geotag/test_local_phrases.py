"""Common phrases that equal place names ("u Starom gradu", "na Gradskom stadionu") and the
region's names the gazetteer lacked (Han i Hotit, Kurbin, Pollog)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_an_old_town_in_lower_case_is_a_site_of_the_story_s_town(gazetteer: Gazetteer) -> None:
    text = (
        "Navijači su se uveče okupili u Starom gradu u Budvi, a ujutro su autobusima "
        "krenuli ka Nikšiću."
    )
    found = _found(gazetteer, text)
    assert found["Starom gradu"] == ("ME", "site")
    assert tag_text(gazetteer, text).countries == ["ME"]


def test_a_district_named_by_its_municipality_word_stays_the_district(
    gazetteer: Gazetteer,
) -> None:
    text = "Sednica opštine Stari grad održana je juče u Beogradu, saopštila je opština."
    assert _found(gazetteer, text)["Stari grad"] == ("RS", "city")
    # English writes the district's name capitalised: read as before
    english = "The Stari Grad municipality in Belgrade voted on the budget on Monday."
    assert _found(gazetteer, english)["Stari Grad"] == ("RS", "city")


def test_an_adjective_town_name_before_its_noun_is_no_town(gazetteer: Gazetteer) -> None:
    text = "Utakmica je odigrana na Gradskom stadionu u Nikšiću pred hiljadu gledalaca."
    found = _found(gazetteer, text)
    assert "Gradskom" not in found
    # the city stadium with its town is one site (``local_sites._stadium_town``)
    assert found["Gradskom stadionu u Nikšiću"] == ("ME", "site")
    hospital = "Povrijeđeni su prevezeni u Gradsku bolnicu u Pljevljima, javila je policija."
    assert "Gradsku" not in _found(gazetteer, hospital)
    # the town itself, before a verb, stays the town
    town = "Во Градско беше отворена нова фабрика, а во Велес нова школа."
    assert _found(gazetteer, town)["Градско"] == ("MK", "city")


def test_names_the_gazetteer_lacked(gazetteer: Gazetteer) -> None:
    text = (
        "Kamionët presin orë të tëra në Kukës, ndërsa policia e Kurbinit tha se rruga "
        "për në Han i Hotit është e hapur. Në Pollog ra shi i dendur."
    )
    found = _found(gazetteer, text)
    assert found["Kurbinit"] == ("AL", "city")
    assert found["Han i Hotit"] == ("AL", "city")
    assert found["Pollog"] == ("MK", "admin1")
    assert _found(gazetteer, "Во Полог падна силен дожд.")["Полог"] == ("MK", "admin1")


def test_villages_after_a_settlement_noun_are_not_namesakes_abroad(gazetteer: Gazetteer) -> None:
    # "Trnava" is a Slovak city too; list coherence used to carry it over the whole list
    text = (
        "Opština Tutin najavila je asfaltiranje puteva u selima Trnava, Pavlje i Deževa, "
        "a radovi počinju u maju, rekao je predsednik opštine u Tutinu."
    )
    found = _found(gazetteer, text)
    assert found["Trnava"] == ("RS", "city")
    assert found["Deževa"] == ("RS", "city")
    # a village the gazetteer knows in the region keeps its own state
    kosovo = "Prodavnice su prazne, a meštani sela Banjska kupuju u Novom Pazaru."
    assert _found(gazetteer, kosovo)["Banjska"] == ("XK", "city")


def test_slovenian_short_names_and_locatives(gazetteer: Gazetteer) -> None:
    text = (
        "Na spominsko slovesnost so prišli svojci iz Nemčije, Avstrije in ZDA, "
        "nekaj dni prej pa so se zbrali tudi v Banji Luki."
    )
    found = _found(gazetteer, text)
    assert found["ZDA"] == ("US", "country")
    assert found["Banji Luki"] == ("BA", "city")
    # in English "ZDA" is nothing
    assert "ZDA" not in _found(gazetteer, "The ZDA code was listed in the report on Monday.")
