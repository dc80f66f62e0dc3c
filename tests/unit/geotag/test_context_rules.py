"""Context rules found on realistic wire copy: each class with a positive and a negative case."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str, bool]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level, m.metonymic) for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "metonymic"),
    [
        (
            "Analysts in Zagreb and Belgrade said the crisis was the worst in years.",
            "Belgrade",
            False,
        ),
        ("Officials in Vienna, Novi Sad and Belgrade said the line would open.", "Belgrade", False),
        (
            "Talks between Brussels and Belgrade failed, and Belgrade said it would wait.",
            "Belgrade",
            True,
        ),
        ("Belgrade and Pristina agreed on a new crossing.", "Pristina", True),
    ],
    ids=["locative-pair", "locative-list", "between-pair", "subject-pair"],
)
def test_locative_governs_a_coordinated_list(
    gazetteer: Gazetteer, text: str, surface: str, metonymic: bool
) -> None:
    mentions = [m for m in tag_text(gazetteer, text).mentions if m.surface == surface]
    assert mentions and all(m.metonymic is metonymic for m in mentions)


def test_possessive_town_is_the_town(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Ulcinj's Albanian parties said they would wait and see.")
    assert found["Ulcinj"][:2] == ("ME", "city")


def test_given_name_before_a_surname_is_still_a_person(gazetteer: Gazetteer) -> None:
    assert "Georgia" not in _found(gazetteer, "Georgia Meloni's visit was short.")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Small rallies were covered by Macedonian media in Bitola.", "Macedonian media", "MK"),
    ],
)
def test_state_and_people_words(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text)[surface][:2] == (country, "demonym")


def test_a_peoples_group_is_set_in_its_own_sentence(gazetteer: Gazetteer) -> None:
    """A place in the same sentence beats a region place in the sentence before."""
    found = _found(
        gazetteer, "Talks were held in Tirana. Albanian parties met on Sunday in Skopje."
    )
    assert [s for s, (_, level, _) in found.items() if level == "demonym"] == []
    found = _found(gazetteer, "Talks were held in Skopje. Albanian parties met on Sunday.")
    assert [s for s, (_, level, _) in found.items() if level == "demonym"] == []
    found = _found(gazetteer, "Talks were held in Skopje. Albanian parties met in Tirana.")
    assert found["Albanian parties"][:2] == ("AL", "demonym")


def test_camp_named_after_a_village_abroad_is_dropped(gazetteer: Gazetteer) -> None:
    text = (
        "KFOR's commander visited Camp Novo Selo. Kosovo police in Pristina, Prizren and "
        "Mitrovica reported calm in Kosovo. Trucks from North Macedonia waited near "
        "Kumanovo."
    )
    found = _found(gazetteer, text)
    assert "Novo Selo" not in found
    assert found["Kumanovo"][0] == "MK"


def test_camp_in_the_documents_own_country_is_kept(gazetteer: Gazetteer) -> None:
    text = (
        "Soldiers at Camp Novo Selo, in North Macedonia, trained with units from Skopje, "
        "Kumanovo and Tetovo."
    )
    assert _found(gazetteer, text)["Novo Selo"][0] == "MK"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Farmers from the Greek region of Macedonia blocked roads to North Macedonia, "
            "and Skopje asked Athens to act.",
            "Macedonia",
            "GR",
        ),
        ("Rain closed the border between Greece and Macedonia, Skopje said.", "Macedonia", "MK"),
    ],
    ids=["qualified", "unqualified"],
)
def test_state_qualifier_picks_the_country(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text)[surface][0] == country


def test_acronym_in_running_text_is_not_a_town(gazetteer: Gazetteer) -> None:
    found = _found(gazetteer, "Sanctions hit Serbia's oil company NIS, the ministry said.")
    assert "NIS" not in found
    assert _found(gazetteer, "NIS, Serbia - The city council met.")["NIS"][0] == "RS"


def test_dateline_is_locative_context_for_a_small_town(gazetteer: Gazetteer) -> None:
    text = (
        "GRAČANICA - Voters in Zubin Potok, Zvečan and North Mitrovica stayed home, "
        "Kosovo's election commission said."
    )
    assert _found(gazetteer, text)["GRAČANICA"][0] == "XK"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Radnici putuju u Njemačku i Austriju.", "Njemačku", "DE"),
        ("Ambasada Rusije je pozdravila investiciju.", "Rusije", "RU"),
        ("Srbi sa Kosova i Metohije su došli u Beograd.", "Kosova i Metohije", "XK"),
        ("Radovi počinju u Živinicama i Srebreniku.", "Živinicama", "BA"),
        ("Поплаве у Ивањици и Рашкој.", "Ивањици", "RS"),
        ("Kompania ka zyra në Stamboll dhe në Romë.", "Stamboll", "TR"),
    ],
    ids=[
        "foreign-accusative",
        "foreign-genitive",
        "coordinated-name",
        "plural-locative",
        "seat-without-population",
        "albanian-foreign-city",
    ],
)
def test_local_language_case_forms(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _found(gazetteer, text)[surface][0] == country


def test_focus_is_relative_to_the_whole_article(gazetteer: Gazetteer) -> None:
    """A report on Croatia that names Bosnia three times is not about Bosnia."""
    text = (
        "ZAGREB - Croatia marked a year in Schengen. Ports in Rijeka and Split were busy, "
        "and Zagreb's airport set a record. Slovenia kept checks near Koper because of "
        "migrants from Bosnia. Croatia's police stopped crossings from Bosnia and "
        "Herzegovina near Karlovac. Trade between Osijek and Austria grew. Drivers from "
        "Bosnia waited at Slavonski Brod."
    )
    assert tag_text(gazetteer, text).countries == []


def _global_greedy(choices: list, size: int) -> list:
    """The selection rule stated once over the whole list (the reference for ``_select``)."""
    ordered = sorted(choices, key=lambda c: (-(c.end - c.start), -c.score, c.start))
    occupied = bytearray(size)
    taken = []
    for c in ordered:
        if occupied.find(1, c.start, c.end) == -1:
            occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def test_select_by_cluster_equals_the_global_rule() -> None:
    import random

    from newsmap.geotag.choice import Choice
    from newsmap.geotag.resolve import select_longest

    rng = random.Random(7)
    for _ in range(3000):
        choices = []
        for _ in range(rng.randint(0, 10)):
            start = rng.randint(0, 40)
            choices.append(
                Choice(
                    start, start + rng.randint(1, 8), rng.randint(0, 5), rng.choice([0.5, 0.8]), "r"
                )
            )
        assert select_longest(choices, 60) == _global_greedy(choices, 60), choices
