"""Local places of the dev10 round: state adjectives before a coast, border, shore or navy
(made-up sentences, our own words)."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _demonyms(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.surface, m.country) for m in tag_text(gazetteer, text).mentions if m.level == "demonym"
    ]


def test_state_adjective_before_a_coast_or_border_is_the_state(gazetteer: Gazetteer) -> None:
    text = (
        "Ribolov je zabranjen do juna, a zabrana važi i na crnogorskoj obali. Kamp je tik uz "
        "hrvatsku granicu, a turisti sve češće idu prema albanskoj obali."
    )
    found = _demonyms(gazetteer, text)
    assert ("crnogorskoj obali", "ME") in found
    assert ("hrvatsku granicu", "HR") in found
    assert ("albanskoj obali", "AL") in found


def test_albanian_and_macedonian_shores_and_sides(gazetteer: Gazetteer) -> None:
    sq = (
        "Peshkimi ndalohet njësoj në bregun shqiptar dhe në bregun maqedonas. "
        "Kostot i paguan pala greke."
    )
    found = _demonyms(gazetteer, sq)
    assert ("bregun shqiptar", "AL") in found
    assert ("bregun maqedonas", "MK") in found
    assert ("pala greke", "GR") in found
    mk = "Туристите со брод продолжуваат кон албанскиот брег на езерото."
    assert ("албанскиот брег", "AL") in _demonyms(gazetteer, mk)
    sl = "Na hrvaški obali je bilo lani več gostov kot letos."
    assert ("hrvaški obali", "HR") in _demonyms(gazetteer, sl)


def test_a_navy_named_by_its_state(gazetteer: Gazetteer) -> None:
    text = "Anija e Marinës greke zbarkoi dje njëzet emigrantë."
    assert ("Marinës greke", "GR") in _demonyms(gazetteer, text)


def test_a_country_before_a_verb_and_a_border_is_no_shore(gazetteer: Gazetteer) -> None:
    text = "Radnici koji rade u Mađarskoj prelaze granicu svake noći."
    found = tag_text(gazetteer, text).mentions
    assert [(m.surface, m.level) for m in found] == [("Mađarskoj", "country")]


def _places(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gazetteer, text).mentions]


def test_villages_after_place_prepositions_and_in_lists(gazetteer: Gazetteer) -> None:
    text = (
        "Opština Herceg Novi najavila je da će cisterne stajati u Zelenici i Kamenarima, "
        "a nova pumpa gradi se u Meljinama kod Herceg Novog."
    )
    found = _places(gazetteer, text)
    assert ("Zelenici", "ME") in found
    assert ("Kamenarima", "ME") in found
    assert ("Meljinama", "ME") in found


def test_a_case_form_the_gazetteer_could_not_index_is_the_town(gazetteer: Gazetteer) -> None:
    text = "Turisti iz Herceg Novog sve češće odsjedaju u Igalu, a hoteli u Budvi su puni."
    assert ("Igalu", "ME") in _places(gazetteer, text)


def test_cyrillic_and_albanian_villages_after_prepositions(gazetteer: Gazetteer) -> None:
    sr = "Река се излила код Новог Пазара, а најтеже је у Лукару и Шароњама."
    found = _places(gazetteer, sr)
    assert ("Лукару", "RS") in found and ("Шароњама", "RS") in found
    sq = "Peshkatarët nga Pogradeci dhe nga Hudenishti protestuan para bashkisë."
    assert ("Hudenishti", "AL") in _places(gazetteer, sq)


def test_capitalised_common_nouns_after_prepositions_are_no_villages(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Ministar je u Vladi u Podgorici rekao da će se o tome raspravljati na Vidovdan, "
        "a odluka će biti poslata Županijskom sudu. Budućnost je izgubila kod Sutjeske, a na "
        "Županijskom sudu u Splitu ročište je odgođeno. Navijači su se okupili na Trgu "
        "slobode u Podgorici, a u Jadranskoj ligi tim igra u subotu."
    )
    surfaces = [s for s, _ in _places(gazetteer, text)]
    for word in ("Vladi", "Vidovdan", "Županijskom", "Sutjeske", "Trgu", "Jadranskoj"):
        assert word not in surfaces


def test_a_town_abroad_in_a_sentence_about_abroad_is_not_placed_at_home(
    gazetteer: Gazetteer,
) -> None:
    text = "Radnici iz Sarajeva rade u Njemačkoj, najviše u Hesenu i oko Kasela."
    found = _places(gazetteer, text)
    assert ("Hesenu", "BA") not in found
