"""What a local-language story is about: partners in talks, clubs, abbreviations, outlets' own
states behind foreign leaders, roundups (measured by benchmarks/bench_local_places.py)."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Premijer Crne Gore najavio je u Podgorici nove razgovore sa Albanijom o pomorskoj "
            "granici. Vlada očekuje prijedlog do kraja godine.",
            {"ME", "AL"},
        ),
        (
            "Ministrja e Jashtme tha sot në Prishtinë se Kosova nuk do të ulet në takim me "
            "Serbinë pa ndërmjetës. Ajo kërkoi që masat ndaj Kosovës të hiqen.",
            {"XK", "RS"},
        ),
        # "with" and a state, but no talks: a border is no party
        (
            "U Podgorici i Nikšiću padala je kiša, a na granici sa Albanijom bilo je mirno. "
            "Podgorica očekuje sunce.",
            {"ME"},
        ),
    ],
)
def test_the_other_party_of_talks(gazetteer: Gazetteer, text: str, countries: set[str]) -> None:
    assert set(tag_text(gazetteer, text).countries) == countries


def test_a_club_named_like_a_state_is_no_state(gazetteer: Gazetteer) -> None:
    text = "Košarkarji Cedevite Olimpije so v Stožicah premagali Bosno z 88:80 na tekmi lige."
    assert tag_text(gazetteer, text).countries == []


def test_a_club_named_after_a_capital_is_no_state(gazetteer: Gazetteer) -> None:
    text = (
        "Dinamo je u nedjelju svladao Sarajevo 3:1 u prijateljskoj utakmici, a Rijeka je u "
        "Splitu igrala neriješeno."
    )
    assert tag_text(gazetteer, text).countries == []


def test_a_national_side_is_its_state(gazetteer: Gazetteer) -> None:
    text = (
        "Reprezentacija Bosne i Hercegovine igrat će u utorak u Zenici protiv Rumunije, a "
        "karte za utakmicu su rasprodane."
    )
    assert tag_text(gazetteer, text).countries == ["BA"]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Vlada CG usvojila je u četvrtak nacrt zakona o strancima.", "CG", "ME"),
        ("Влада ЦГ усвојила је нацрт закона.", "ЦГ", "ME"),
        ("Qeveria e RMV-së miratoi sot ndryshimet në ligjin për gjuhët.", "RMV", "MK"),
        ("Владата на РСМ денеска ја донесе одлуката.", "РСМ", "MK"),
    ],
)
def test_local_abbreviations_of_states(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    result = tag_text(gazetteer, text)
    assert [(m.surface, m.country) for m in result.mentions] == [(surface, country)]
    assert result.countries == [country]


def test_local_abbreviations_are_not_read_in_english(gazetteer: Gazetteer) -> None:
    result = tag_text(gazetteer, "The CG unit and the RMV fund met investors in Skopje.")
    assert [m.surface for m in result.mentions] == ["Skopje"]


def test_a_foreign_office_is_no_home_institution(gazetteer: Gazetteer) -> None:
    text = (
        "Државни секретар САД допутовао је у Брисел, а сутра путује у Москву. У Вашингтону "
        "кажу да ће разговори трајати до краја месеца."
    )
    result = tag_text(gazetteer, text)
    assert {m.surface: m.country for m in result.mentions}["Москву"] == "RU"
    assert result.countries == []


def test_the_outlets_own_state_behind_a_foreign_leader(gazetteer: Gazetteer) -> None:
    text = (
        "Софија бара нови уставни измени пред да го поддржи почетокот на преговорите. "
        "Премиерот рече дека Македонија не смее да биде заложник на соседот."
    )
    title = "Бугарија повторно ги блокира преговорите"
    assert tag_text(gazetteer, text, title).countries == ["MK"]


def test_a_neighbours_own_story_stays_about_no_region_state(gazetteer: Gazetteer) -> None:
    text = (
        "U Vukovaru je u srijedu obilježena godišnjica. Hrvatska ne zaboravlja žrtve, rekao "
        "je premijer u Vukovaru, a izaslanstvo iz Beograda položilo je vijenac."
    )
    assert tag_text(gazetteer, text).countries == []


def test_a_brief_roundup_is_about_each_state(gazetteer: Gazetteer) -> None:
    text = (
        "Регион укратко. У Сарајеву је Савет министара усвојио буџет институција БиХ. Влада "
        "Северне Македоније повећала је минималну плату. У Тирани је опозиција поново "
        "протестовала."
    )
    assert set(tag_text(gazetteer, text).countries) == {"BA", "MK", "AL"}


def test_citizens_of_a_state_do_not_act_for_it(gazetteer: Gazetteer) -> None:
    text = (
        "Viši sud u Bijelom Polju osudio je dvojicu državljana Srbije na po tri godine zatvora "
        "zbog šverca cigareta. Oni su uhapšeni u februaru kod Pljevlja."
    )
    assert tag_text(gazetteer, text).countries == ["ME"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Izvoz iz Crne Gore u Srbiju porastao je za pet odsto. Vinarije iz Podgorice "
            "najviše prodaju u Beogradu, Novom Sadu i Nišu, a trgovci iz Bara šalju ribu u "
            "Kragujevac. Kamioni čekaju satima na prelazu kod Pljevalja.",
            ["ME"],
        ),
        (
            "Извозот на македонско вино во Србија и Косово е зголемен. Винариите од Кавадарци "
            "продаваат во Белград, Ниш и Приштина, а камионите одат преку Табановце и Блаце.",
            ["MK"],
        ),
    ],
)
def test_an_export_story_is_the_exporters(
    gazetteer: Gazetteer, text: str, countries: list[str]
) -> None:
    assert tag_text(gazetteer, text).countries == countries


def test_exports_after_the_first_place_keep_the_weights_reading(gazetteer: Gazetteer) -> None:
    text = (
        "U Beogradu i Prištini ministri su razgovarali o izvozu struje. Beograd traži nove "
        "dalekovode, a Priština kaže da će Kosovo graditi svoje elektrane u Obiliću i Peći."
    )
    assert set(tag_text(gazetteer, text).countries) == {"RS", "XK"}


def test_a_bulletin_of_datelined_items_is_about_each_items_state(gazetteer: Gazetteer) -> None:
    text = (
        "VIJESTI DANA\n\n"
        "BEOGRAD - Vlada Srbije usvojila je budžet. Novac ide za puteve od Niša do Kraljeva i "
        "za bolnice u Novom Sadu i Čačku.\n\n"
        "TUZLA - Kantonalna vlada najavila je nove autobuse.\n\n"
        "TETOVO - Opština je otvorila novi vrtić.\n\n"
        "Više u dnevniku u 19.30."
    )
    assert set(tag_text(gazetteer, text).countries) == {"RS", "BA", "MK"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("SPORT - Vojvodina u nedelju gostuje u Zenici, a Čelik je osvojio kup.", "Vojvodina"),
        ("Tuzla remizirala je 1:1 u Mostaru. Trener je rekao da je utakmica bila teška.", "Tuzla"),
        (
            "Shkupi barazoi mbrëmë në Tetovë ndaj Shkëndijës. Trajneri tha se ndeshja ishte e "
            "vështirë.",
            "Shkupi",
        ),
        ("Ракометарите на Вардар синоќа загубија во Битола. Тренерот беше незадоволен.", "Вардар"),
        (
            "Fudbaleri Zenice poraženi su u Tuzli od Borca 2:0. Borac nastavlja pripreme.",
            "Borc",
        ),
    ],
)
def test_a_side_in_a_match_is_no_place(gazetteer: Gazetteer, text: str, side: str) -> None:
    surfaces = {m.surface for m in tag_text(gazetteer, text).mentions}
    assert surfaces and not any(s.startswith(side[:4]) for s in surfaces), surfaces


def test_the_town_where_a_side_plays_stays(gazetteer: Gazetteer) -> None:
    text = "Fudbaleri Zenice igraju u subotu u Tuzli. U Tuzli igra i košarkaška reprezentacija."
    surfaces = [m.surface for m in tag_text(gazetteer, text).mentions]
    assert surfaces.count("Tuzli") == 2


@pytest.mark.parametrize(
    "text",
    [
        "Tirana luan një rol të rëndësishëm në rajon, tha ministri. Kombëtarja fitoi 2:0.",
        "Beograd igra dvostruku igru, kažu analitičari. Fudbaleri su pobedili 3:1 u Nišu.",
    ],
)
def test_a_capital_playing_a_role_stays_a_place(gazetteer: Gazetteer, text: str) -> None:
    surfaces = {m.surface for m in tag_text(gazetteer, text).mentions}
    assert text.split()[0] in surfaces
