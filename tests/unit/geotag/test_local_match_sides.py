"""Towns that name a side in a local match report, read past the day, the venue and the
auxiliaries of a result ("pobijedili su u subotu na Poljudu Osijek"), and the places that stay."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[str]:
    return [m.surface for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # a side before its verb, past the venue it played at
        ("Vinkovci su u subotu u Vukovaru pobijedili Sisak sa 2:0.", "Vinkovci"),
        ("Kakanj je u srijedu u Visokom izgubio od Visokog 1:3.", "Kakanj"),
        # a side's verb in the sentence of a result already read
        (
            "Novi Sad je na Čairu pobijedio Niš, a Kragujevac je izgubio u Subotici.",
            "Kragujevac",
        ),
        # the opponent after the verb, its auxiliary, day and venue
        ("Rukometaši Čačka pobedili su u nedelju na Morava areni Kraljevo sa 30:28.", "Kraljevo"),
        ("Nogometaši Karlovca remizirali su u subotu sa Zadrom 1:1.", "Zadrom"),
        ("Në kampionat, Vllaznia mundi të shtunën Durrësin në derbin e veriut.", "Durrësin"),
    ],
)
def test_a_town_as_a_side_in_a_result_is_no_place(
    gazetteer: Gazetteer, text: str, club: str
) -> None:
    assert club not in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the venue itself stays a place
        ("Rukometaši Čačka pobedili su u nedelju u Kraljevu domaćina sa 30:28.", "Kraljevu"),
        ("Vinkovci su u subotu u Vukovaru pobijedili Sisak sa 2:0.", "Vukovaru"),
        # a town in a list after a preposition stays, though it names a side elsewhere
        (
            "Zadar je u petak izgubio od Splita 70:80. Navijači su putovali kroz Liku i Zadar "
            "cijelu noć.",
            "Zadar",
        ),
        # no result and no sport: a government's defeat is no match
        ("Vlada je u utorak u Skupštini izgubila glasanje, a Beograd je protiv toga.", "Beograd"),
    ],
)
def test_venues_lists_and_politics_stay_places(gazetteer: Gazetteer, text: str, place: str) -> None:
    assert place in _found(gazetteer, text)


def test_slovenian_proti_is_towards_outside_a_sentence_about_a_match(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Vlaki proti Ljubljani bodo vozili vsako uro. Nogometaši Kopra so v soboto premagali "
        "Celje, trener je bil zadovoljen."
    )
    assert "Ljubljani" in _found(gazetteer, text)
    text = "Nogometaši Kopra so v soboto igrali proti Celju in zmagali z 2:1."
    assert "Celju" not in _found(gazetteer, text)
