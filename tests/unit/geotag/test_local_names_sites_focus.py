"""Local-language text: names after places (parties, clubs), sites at their whole span, and
which states a story is about when its actors are states."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.actors import actor_genitive


def _mentions(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


# -- parties, coalitions and clubs named after a place ----------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Koalicija Srbija protiv nasilja predala je listu u Beogradu.", "Srbija"),
        ("Pristalice koalicije Srbija protiv nasilja okupile su se u Beogradu.", "Srbija"),
        ("Pokret Evropa sad osvojio je najviše mandata u Podgorici.", "Evropa"),
        ("U vladu je ušla koalicija Za budućnost Crne Gore, javljaju iz Podgorice.", "Crne Gore"),
        ("Lidhja Demokratike e Kosovës humbi në Prishtinë.", "Kosovës"),
        ("Vota shkoi te Partia Demokratike të Kosovës në Prishtinë.", "Kosovës"),
        ("Glasove su podijelile Stranka demokratske akcije i HDZ BiH u Mostaru.", "BiH"),
        ("Trener Sarajeva najavio je napadačku igru protiv Borca u Banjoj Luci.", "Sarajeva"),
        ("KF Prishtina mposhti KF Ballkani në Prishtinë.", "Prishtina"),
        ("ФК Вардар загуби од ФК Шкупи во Скопје.", "Вардар"),
        ("Коалицијата Македонија победи во Битола.", "Македонија"),
    ],
)
def test_a_place_inside_a_party_or_club_name_is_no_place(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    found = _mentions(gazetteer, text)
    assert name not in found
    assert found  # the story's own place is still there


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a party word before a place in its own case: the state's parties
        ("Sve stranke Crne Gore potpisale su deklaraciju u Podgorici.", "Crne Gore", "ME"),
        # a lower-case word after the party word: no name opens
        ("Koalicija je pobijedila u Srbiji i u Crnoj Gori.", "Srbiji", "RS"),
        # the players of a state are its national team, not a club
        ("Košarkaši Srbije pobedili su Crnu Goru u Podgorici.", "Srbije", "RS"),
        # the party's name ends before a verb and a place preposition
        ("Koalicija SNS pobedila je u Beogradu.", "Beogradu", "RS"),
        ("Партијата ВМРО-ДПМНЕ победи во Битола.", "Битола", "MK"),
        # the same place in English text: the rule reads the region's languages only
        ("The coalition Serbia Against Violence rallied in Belgrade.", "Serbia", "RS"),
    ],
)
def test_a_place_after_a_party_word_that_opens_no_name_stays(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    assert _mentions(gazetteer, text)[name][0] == country


# -- sites inside places: the noun first, at the whole span ----------------------------------
@pytest.mark.parametrize(
    ("text", "site", "country"),
    [
        ("Protest se nastavio na Trgu Republike u Beogradu.", "Trgu Republike", "RS"),
        ("Šetnja je stigla do mostu na Adi u Beogradu.", "mostu na Adi", "RS"),
        (
            "Protest je bio u Beogradu. Aerodrom Nikola Tesla je zatvoren.",
            "Aerodrom Nikola Tesla",
            "RS",
        ),
        ("Manastir Visoki Dečani je pod zaštitom KFOR-a.", "Manastir Visoki Dečani", "XK"),
        ("Granični prelaz Merdare je zatvoren.", "Merdare", "XK"),
        ("Колоната тргна од плоштадот Македонија во Скопје.", "плоштадот Македонија", "MK"),
        ("Protesta u mbajt në Sheshin Skënderbej në Tiranë.", "Sheshin Skënderbej", "AL"),
    ],
)
def test_local_sites_at_their_whole_span(
    gazetteer: Gazetteer, text: str, site: str, country: str
) -> None:
    assert _mentions(gazetteer, text)[site] == (country, "site")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aerodrom u Beogradu bio je zatvoren.", "Beogradu"),  # "the airport in Belgrade"
        ("Most je zatvoren, a saobraćaj kod Zvornika stoji.", "Zvornika"),  # no name follows
        ("Migranti prelaze Drinu kod Zvornika.", "Zvornika"),  # a verb, not "prelaz"
        ("Most Serbs in Belgrade voted.", "Belgrade"),  # English "most"
    ],
)
def test_no_site_without_a_name_after_the_noun(gazetteer: Gazetteer, text: str, place: str) -> None:
    found = _mentions(gazetteer, text)
    assert found[place][1] == "city"
    assert not [s for s, (_, level) in found.items() if level == "site"]


# -- document countries: states as actors -----------------------------------------------------
def _countries(gaz: Gazetteer, text: str) -> list[str]:
    return tag_text(gaz, text).countries


def test_a_neighbours_reaction_in_the_genitive_is_an_actor(gazetteer: Gazetteer) -> None:
    text = (
        "Sud BiH izrekao je presudu Miloradu Dodiku u Sarajevu. Novinari su čekali ispred "
        "suda u Sarajevu. Dodik se iz Banje Luke obratio pristalicama i poručio da presudu "
        "neće priznati, a njegovi saradnici najavili su sjednicu skupštine. Oglasio se i zvanični "
        "Beograd, a predsjednik Srbije najavio je posjetu."
    )
    assert _countries(gazetteer, text) == ["BA"]
    # named as a place rather than an actor, the neighbour counts (as the subject of a
    # sentence of its own: a place in a later sentence's tail is a detail)
    placed = text.replace(", a predsjednik Srbije najavio je posjetu", ". U Srbiji je bio protest")
    assert set(_countries(gazetteer, placed)) == {"BA", "RS"}


def test_the_states_acting_in_the_first_sentence_are_all_in_focus(gazetteer: Gazetteer) -> None:
    text = (
        "Српски председник, албански премијер и македонски премијер потписали су шест "
        "споразума. Албанска влада најавила је нови састанак."
    )
    assert set(_countries(gazetteer, text)) == {"RS", "AL", "MK"}
    later = "Лидери су потписали споразуме. " + text.replace(". Албанска", ", а албанска")
    assert _countries(gazetteer, later) == ["AL"]  # acting later, named once each


def test_foreign_places_outweighing_the_region_leave_the_first_sentence_state(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Črna gora je začasno ukinila brezvizumski režim za turške državljane. Vlada bo z "
        "Ankaro začela pogovore, premier pa bo odpotoval v Turčijo."
    )
    assert _countries(gazetteer, text) == ["ME"]


# -- villages the text names, officials and institutions, Albanian linked names ---------------
@pytest.mark.parametrize(
    ("text", "village", "country"),
    [
        ("Strelca je policija obkolila v vasi Bajice pri Cetinju.", "Bajice", "ME"),
        ("Napadač je uhvaćen kod sela Bajice, nedaleko od Cetinja.", "Bajice", "ME"),
    ],
)
def test_a_village_the_text_names_is_a_place_there(
    gazetteer: Gazetteer, text: str, village: str, country: str
) -> None:
    assert _mentions(gazetteer, text)[village] == (country, "city")


def test_a_village_noun_before_a_lower_case_word_names_none(gazetteer: Gazetteer) -> None:
    found = _mentions(gazetteer, "Selo je ostalo bez struje, javljaju iz Cetinja.")
    assert [level for _, level in found.values()] == ["city"]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Zagreb je trojicu crnogorskih dužnosnika proglasio nepoželjnima.",
            "crnogorskih dužnosnika",
            "ME",
        ),
        ("Градоначелници су напустили косовске институције.", "косовске институције", "XK"),
        ("Në Beograd zyrtarët serbë nuk kanë komentuar.", "zyrtarët serbë", "RS"),
        ("Vrh je bil v albanski prestolnici.", "albanski prestolnici", "AL"),
    ],
)
def test_officials_institutions_and_capitals_are_the_state(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _mentions(gazetteer, text)[surface] == (country, "demonym")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Pjesëmarrja në Mitrovicë të Veriut ishte e ulët.", "Mitrovicë të Veriut", "XK"),
        ("Ministrat nuk erdhën në Maqedoninë e Veriut.", "Maqedoninë e Veriut", "MK"),
        ("Qeveria e Maqedonisë së Veriut vendosi sot.", "Maqedonisë së Veriut", "MK"),
    ],
)
def test_albanian_linked_names_in_their_cases(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _mentions(gazetteer, text)[surface][0] == country


def test_a_state_adjective_actor_late_in_a_story_is_no_focus(gazetteer: Gazetteer) -> None:
    text = (
        "Kosova votoi sot në zgjedhjet e parakohshme parlamentare, pas dhjetë muajsh bllokade. "
        "Sipas rezultateve paraprake, Vetëvendosje i afrohet gjysmës së votave. Në Mitrovicë "
        "të Veriut pjesëmarrja ishte e ulët. Kryeministri votoi në Prishtinë, ndërsa në "
        "Beograd zyrtarët serbë ende nuk kanë komentuar."
    )
    assert _countries(gazetteer, text) == ["XK"]


def test_a_roundup_is_about_each_state_it_gives_an_item(gazetteer: Gazetteer) -> None:
    text = (
        "Kratke vesti. U Skoplju je održan sastanak ministara finansija. Albanska policija "
        "zaplenila je tonu kokaina. Na Cetinju je otvoren novi muzej. U Mostaru je pala kiša."
    )
    assert set(_countries(gazetteer, text)) == {"MK", "AL", "ME", "BA"}
    # a list of states in one sentence is whom the story's actors address, not items
    listed = "Premijer je u Tirani pozvao Crnu Goru, Bosnu i Hercegovinu i Kosovo da se pridruže."
    assert len(_countries(gazetteer, listed)) == 1


def test_a_dateline_elsewhere_is_where_the_report_was_filed(gazetteer: Gazetteer) -> None:
    text = (
        "SKOPJE, 3. juna (Beta) – Kosovska policija uhapsila je dvojicu osumnjičenih za "
        "krijumčarenje oružja. Istraga se nastavlja."
    )
    assert _countries(gazetteer, text) == ["XK"]
    # named again in the body, the dateline's state is part of the story
    again = text.replace("Istraga se nastavlja.", "Oružje je stiglo iz Kumanova.")
    assert set(_countries(gazetteer, again)) == {"XK", "MK"}
    # a dateline alone is still what the story is about
    assert _countries(gazetteer, "SKOPJE – Vlada je usvojila budžet.") == ["MK"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ministri i Malit të Zi erdhi sot.", "Malit të Zi"),
        ("Qeveria vendosi për Malin e Zi.", "Malin e Zi"),
        ("Zgjedhjet në Mal të Zi mbahen në qershor.", "Mal të Zi"),
    ],
)
def test_albanian_masculine_linked_names_in_their_cases(
    gazetteer: Gazetteer, text: str, surface: str
) -> None:
    assert _mentions(gazetteer, text)[surface][0] == "ME"


def test_a_ministers_counterpart_names_the_state(gazetteer: Gazetteer) -> None:
    found = _mentions(gazetteer, "Ai u takua me homologun kosovar në Shkup.")
    assert found["homologun kosovar"] == ("XK", "demonym")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Saobraćaj je stao kod Vinkovaca.", "Vinkovaca", "HR"),
        ("Turisti su ostali u Herceg Novom.", "Herceg Novom", "ME"),
        ("Autobus iz Zadra kasnio je sat.", "Zadra", "HR"),
        ("Izbori u Debru protekli su mirno.", "Debru", "MK"),
        ("Policija u Republici Srpskoj podnijela je prijavu.", "Republici Srpskoj", "BA"),
        ("Полиција у Републици Српској поднела је пријаву.", "Републици Српској", "BA"),
        ("Стање на КиМ остаје напето.", "КиМ", "XK"),
        ("Protesta u mbajt në Rozhajë dhe në Guci.", "Guci", "ME"),
        ("Autobusi nga Leskoci arriti në Tivar.", "Tivar", "ME"),
        ("Autobusi nga Leskoci arriti në Tivar.", "Leskoci", "RS"),
    ],
)
def test_case_forms_and_abbreviations_by_rule(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    """The fleeting a (Zadar -> Zadra), the genitive plural (Vinkovci -> Vinkovaca), an
    adjective after its noun (Herceg Novi, Republika Srpska), abbreviations in both scripts and
    the Albanian names of towns ("Tivar" is Bar, "Guci" Gusinje)."""
    assert _mentions(gazetteer, text)[surface][0] == country


def test_yugoslavia_by_its_abbreviations_is_no_state(gazetteer: Gazetteer) -> None:
    found = _mentions(gazetteer, "Пасоши СФРЈ и SRJ више не важе.")
    assert found["СФРЈ"] == (None, "region") and found["SRJ"] == (None, "region")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Qeveria e Kosovës miratoi buxhetin, tha ministri në Kosovë.", True),
        ("Владата на Косово го усвои буџетот во Косово.", True),
        ("Влада на Косову усвојила је буџет.", False),  # Serbian "на Косову": a place
        ("Ministar spoljnih poslova Kosova stigao je u Beograd, a ne na Kosovo.", True),
        ("Ministri i Jashtëm i Kosovës mbërriti në Tiranë, jo në Kosovë.", True),
    ],
)
def test_a_state_acting_across_a_link_word_is_an_actor(
    gazetteer: Gazetteer, text: str, actor: bool
) -> None:
    """Albanian links ("Qeveria e Kosovës"), a minister's portfolio ("ministar spoljnih
    poslova") and Macedonian "на" carry an actor's genitive; the state named as a place is none."""
    kosovo = [m for m in tag_text(gazetteer, text).mentions if m.country == "XK"]
    assert [actor_genitive(text, m) for m in kosovo] == [actor, False][: len(kosovo)]


def test_a_dateline_in_title_case_is_where_the_report_was_filed(gazetteer: Gazetteer) -> None:
    text = "Skopje, 4. maja (Beta) – Kosovska vlada ukinula je takse na robu iz Srbije."
    assert "MK" not in _countries(gazetteer, text)
