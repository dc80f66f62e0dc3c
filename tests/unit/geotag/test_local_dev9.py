"""Local places of the dev9 round: villages named again, towns abroad in local spelling, state
adjectives in case forms (made-up sentences, our own words)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _places(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]


def test_village_of_a_settlement_noun_named_again_in_another_case(gazetteer: Gazetteer) -> None:
    # no "mještani"/", sela" cue in the text: only the settlement noun names the village
    text = (
        "Hodočasnici su prošli kroz selo Drenovići kod Nikšića. Put od Drenovića do manastira "
        "bit će asfaltiran do jeseni."
    )
    found = _places(gazetteer, text)
    assert ("Drenovića", "ME") in found  # not the Albanian namesake the form also spells


def test_cyrillic_village_named_again_in_the_same_form(gazetteer: Gazetteer) -> None:
    text = (
        "Општината ќе гради пат до селата Косовраст и Лешничани кај Струга. "
        "Автобусите од Струга ќе стигнуваат до Лешничани."
    )
    found = _places(gazetteer, text)
    assert found.count(("Лешничани", "MK")) == 2


def test_village_named_again_in_the_locative_with_a_softened_stem(gazetteer: Gazetteer) -> None:
    text = (
        "Opština Kraljevo je odlučila da se sela Oblika i Bela Voda priključe vodovodu. "
        "Ministar je juče bio na gradilištu u Oblici."
    )
    assert ("Oblici", "RS") in _places(gazetteer, text)


def test_foreign_towns_in_local_spelling_and_case(gazetteer: Gazetteer) -> None:
    found = _places(gazetteer, "Oko dve hiljade navijača iz Malmea putuje na utakmicu.")
    assert ("Malmea", "SE") in found
    # Swiss towns below a world city's size need their state's context: Zurich gives it
    text = "Mërgimtarët erdhën nga Cyrihu dhe Bazeli, ndërsa fluturimet drejt Gjenevës nisin."
    found = _places(gazetteer, text)
    assert ("Bazeli", "CH") in found and ("Gjenevës", "CH") in found
    found = _places(gazetteer, "Navijači so potovali z avtobusom prek Brna na Poljsko.")
    assert ("Brna", "CZ") in found
    found = _places(gazetteer, "Linja e re e tragetit për Ankonën do të nisë në qershor.")
    assert ("Ankonën", "IT") in found


def test_albanian_definite_bari_is_italy_not_montenegro(gazetteer: Gazetteer) -> None:
    found = _places(gazetteer, "Trageti i parë për Barin u nis nga porti i Durrësit.")
    assert ("Barin", "IT") in found
    # Montenegro's Bar in its own language's cases stays Bar
    found = _places(gazetteer, "Trajekt iz Bara u Baru je kasnio dva sata.")
    assert ("Bara", "ME") in found and ("Baru", "ME") in found


def _demonyms(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.surface, m.country) for m in tag_text(gazetteer, text).mentions if m.level == "demonym"
    ]


def test_state_adjectives_of_more_european_states(gazetteer: Gazetteer) -> None:
    found = _demonyms(gazetteer, "Литванската влада вчера испрати помош во Скопје.")
    assert ("Литванската влада", "LT") in found
    found = _demonyms(gazetteer, "Danska policija je juče privela dvojicu navijača u Beogradu.")
    assert ("Danska policija", "DK") in found
    found = _demonyms(gazetteer, "Qeveria suedeze ndau fonde për Shkodrën.")
    assert ("Qeveria suedeze", "SE") in found


def test_border_guards_are_a_state_body(gazetteer: Gazetteer) -> None:
    found = _demonyms(gazetteer, "Бугарски граничари затворили су прелаз код Зајечара.")
    assert ("Бугарски граничари", "BG") in found


def test_slovenian_adjective_in_croatian_before_an_adjective_and_its_body(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Kod Karlovca je porasla razina rijeke, a slovenska civilna zaštita javila je da je "
        "most kod Metlike zatvoren."
    )
    assert ("slovenska civilna zaštita", "SI") in _demonyms(gazetteer, text)
    # a Slavic people's own nouns stay out ("slovenske narodne pjesme")
    text = "U Karlovcu su pjevali slovenske narodne pjesme i svirali do jutra."
    assert _demonyms(gazetteer, text) == []


def _sites(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions if m.level == "site"]


def test_crossings_named_bare_in_a_local_paragraph_about_the_border(gazetteer: Gazetteer) -> None:
    text = (
        "КУМАНОВО – Царината препорачува минување преку Блаце и Јажинце, каде чекањето на "
        "премините е пократко. Кон Бугарија, кај Деве Баир, нема задржувања."
    )
    found = _sites(gazetteer, text)
    assert ("Блаце", "MK") in found and ("Јажинце", "MK") in found
    assert ("Деве Баир", "MK") in found
    text = "Kolone su se stvarale na graničnim prijelazima Klek i Zaton Doli od jutra."
    found = _sites(gazetteer, text)
    assert ("Klek", "HR") in found and ("Zaton Doli", "HR") in found
    # without a word of the border the town keeps its reading
    text = "U Blacu je u subotu otvoren novi dom zdravlja, a gosti su stigli iz Kruševca."
    assert all(country != "MK" for _, country in _places(gazetteer, text))


def test_rivers_beside_a_bridge_and_the_border_rivers(gazetteer: Gazetteer) -> None:
    text = "Studenti so v petek blokirali tri mostove čez Donavo v Novem Sadu."
    assert ("Donavo", "RS") in _sites(gazetteer, text)
    text = "Vodostaj Kupe kod Karlovca porastao je za metar, a Kupa se kod Ozlja izlila."
    found = _sites(gazetteer, text)
    assert ("Kupe", "HR") in found and ("Kupa", "HR") in found
    # "kupa" as a cup is no river
    text = "Pobjednik turnira u Karlovcu dobio je zlatnu Kupa pehar i novčanu nagradu."
    assert ("Kupa", "HR") not in _sites(gazetteer, text)
    text = "Gasilci so v Kamniku zgradili zasilni most čez Kamniško Bistrico."
    assert ("Kamniško Bistrico", "SI") in _sites(gazetteer, text)


def test_a_river_of_one_state_is_not_moved_to_a_town_abroad(gazetteer: Gazetteer) -> None:
    text = (
        "ЧАЧАК, 8. јануара – Чачани који раде у Аустрији стигли су из Линца и Салцбурга, па су "
        "празнике провели поред Западне Мораве."
    )
    assert ("Западне Мораве", "RS") in _sites(gazetteer, text)


def test_the_shore_a_state_adjective_names(gazetteer: Gazetteer) -> None:
    text = (
        "СТРУГА – Албанската влада најави нов пат од Поградец до границата, на албанскиот брег "
        "на Охридското Езеро."
    )
    assert ("Охридското Езеро", "AL") in _sites(gazetteer, text)
    # without a shore word no state's shore is named
    text = "СТРУГА – Албанската влада најави нов пат од Поградец покрај Охридското Езеро."
    assert ("Охридското Езеро", "AL") not in _sites(gazetteer, text)


def test_a_dateline_before_another_states_government_is_where_the_report_was_filed(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "ОХРИД, 3 март (Агенција) – Албанската влада вчера најави нов пат до граничниот премин "
        "Тушемишт, на албанскиот брег на Охридското Езеро.\n\n"
        "Според министерството во Тирана, работите ќе завршат до крајот на годината. Премиерот "
        "на Албанија ќе ги посети Корча и Поградец.\n\n"
        "Хотелиерите од Поградец очекуваат повеќе гости оваа сезона, а преминот кај Свети Наум "
        "го поминаа над 300.000 патници.\n\n"
        "Агенциите продаваат излети до Корча и Воскопоја, а нова болница се гради во Елбасан. "
        "Информативен центар е отворен во Поградец, а нов се планира во Корча."
    )
    assert tag_text(gazetteer, text).countries == ["AL"]
