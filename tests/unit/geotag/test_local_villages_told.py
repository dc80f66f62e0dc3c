"""Villages the gazetteer lacks, told by a settlement noun in apposition or a residents' noun,
and named again in other cases."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.local_villages import VILLAGE_CUES, village_cue


def _villages(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.surface, m.country)
        for m in tag_text(gazetteer, text).mentions
        if m.reason.startswith("village named by the text")
    ]


def test_villages_in_apposition_and_named_again(gazetteer: Gazetteer) -> None:
    text = (
        "Voda je u petak poplavila kuće u Zlatnici i Gornjem Brodaru, selima kod Valjeva. "
        "Ekipe iz Valjeva su do jutra izvlačile vodu iz podruma u Zlatnici."
    )
    found = _villages(gazetteer, text)
    assert ("Zlatnici", "RS") in found and ("Gornjem Brodaru", "RS") in found
    assert found.count(("Zlatnici", "RS")) == 2


def test_residents_name_their_village(gazetteer: Gazetteer) -> None:
    text = (
        "Mještani Vrbaka kod Nikšića su već mjesecima u strahu, a u opštini je rečeno da se "
        "put do Vrbaka gradi."
    )
    assert _villages(gazetteer, text) == [("Vrbaka", "ME"), ("Vrbaka", "ME")]


def test_albanian_residents_name_their_village(gazetteer: Gazetteer) -> None:
    text = "Banorët e Kullajt afër Durrësit kërkojnë ujë të pijshëm që prej vitesh."
    assert _villages(gazetteer, text) == [("Kullajt", "AL")]


def test_residents_of_a_known_town_make_no_village(gazetteer: Gazetteer) -> None:
    text = "Mještani Nikšića su u subotu protestovali ispred opštine zbog vode."
    assert _villages(gazetteer, text) == []


def test_a_two_word_village_named_again_in_its_cases(gazetteer: Gazetteer) -> None:
    text = (
        "Struja je nestala u Rakovcu i Veliko Selište, selima kod Valjeva. "
        "Ekipe su do jutra radile u Velikom Selištu, a u Rakovcu je struja vraćena."
    )
    found = _villages(gazetteer, text)
    assert ("Velikom Selištu", "RS") in found


def test_a_qualifier_before_a_town_names_a_village_by_it(gazetteer: Gazetteer) -> None:
    text = (
        "Klizište je u nedjelju oštetilo kuće u Gornjoj Jablanici, javila je civilna zaštita "
        "iz Mostara."
    )
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert ("Gornjoj Jablanici", "BA") in found


def test_a_town_named_whole_keeps_its_name(gazetteer: Gazetteer) -> None:
    text = "Kamioni su čekali na prelazu kod Starog Grada i u Novoj Varoši, javila je policija."
    found = [m.surface for m in tag_text(gazetteer, text).mentions]
    assert "Novoj Varoši" in found


def test_a_town_after_its_municipality_word_is_the_towns_name(gazetteer: Gazetteer) -> None:
    # "Opština", "Општина", "Občina": the local sets annotate the town's name alone
    # (``municipality_names``); other office nouns keep the whole official name (below)
    text = "Odluku je u petak donijela skupština Opštine Kotor, a radovi počinju u maju."
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert ("Kotor", "ME") in found


def test_slovenian_city_municipality_is_one_mention(gazetteer: Gazetteer) -> None:
    text = "Svet Mestne občine Celje je v četrtek sprejel nov proračun za prihodnje leto."
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert ("Mestne občine Celje", "SI") in found


def test_an_office_noun_before_a_list_keeps_the_towns(gazetteer: Gazetteer) -> None:
    text = (
        "Ова недела општините Битола, Прилеп и Охрид потпишаа договор, а Општините Кичево "
        "и Гостивар не."
    )
    found = [m.surface for m in tag_text(gazetteer, text).mentions]
    assert "Кичево" in found and "Битола" in found


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Mještani", "MEŠTANI", "sela", ", ", "Seljani", "vaščani", "VASCAN", "banori"]
            + ["ЖИТЕЛИ", "мјештани", "Fshatin", ", Nasel", "ı", "ſ", "ᲄ", "ᲅ", "İ", "x", " "]
            + ["s", "e", "l", "š", "č", "c", "a", "n", "j", "m", "t", "ж", "и", "т"]
        ),
        max_size=14,
    ).map("".join)
)
def test_a_village_cue_is_found_where_its_pattern_finds_one(text: str) -> None:
    assert village_cue(text) == (VILLAGE_CUES.search(text) is not None)


def test_a_village_cue_is_found_where_its_pattern_finds_one_in_the_tuning_sets() -> None:
    sets = Path(__file__).resolve().parents[2] / "data" / "geotag"
    for path in sorted(sets.glob("*tuning*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "") if line.strip() else ""
            assert village_cue(text) == (VILLAGE_CUES.search(text) is not None)


def test_macedonian_villages_after_a_guest_from_abroad_are_macedonian(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Во Охрид летово дојдоа гости од Виена и Белград. Многумина сакаат да ги видат "
        "селата Елшани и Велгошти."
    )
    found = [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]
    assert ("Елшани", "MK") in found
