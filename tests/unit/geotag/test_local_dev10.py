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
