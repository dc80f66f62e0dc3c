"""Croatia's and Slovenia's small municipal seats: named in their own press in every case
(the fleeting e of "-ec", the fleeting a before "lj"), towns across their borders under their
Slovenian and Croatian names, and a small seat in another state's text only beside another
place of its own state."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: m.country for m in result.mentions}


def test_small_croatian_seats_in_their_cases(gazetteer: Gazetteer) -> None:
    text = (
        "Snijeg je zatrpao ceste oko Delnica, a u Fužinama i Mrkopalju nestalo je struje. "
        "U Klanjcu su vatrogasci dežurali cijelu noć, a cesta do Oprtlja ostala je zatvorena."
    )
    found = _found(gazetteer, text)
    for name in ("Delnica", "Fužinama", "Mrkopalju", "Klanjcu", "Oprtlja"):
        assert found.get(name) == "HR", name


def test_small_slovenian_seats_and_towns_across_the_border(gazetteer: Gazetteer) -> None:
    text = (
        "Delavci iz Dravograda in Mežice se vsak dan vozijo v Celovec, nekateri pa delajo "
        "v Celovcu in Beljaku. Cesta proti Slovenj Gradcu bo zaprta do petka."
    )
    found = _found(gazetteer, text)
    assert found.get("Dravograda") == "SI"
    assert found.get("Mežice") == "SI"
    assert found.get("Celovcu") == "AT"
    assert found.get("Beljaku") == "AT"
    assert found.get("Slovenj Gradcu") == "SI"


def test_croatian_names_of_towns_abroad(gazetteer: Gazetteer) -> None:
    text = "Gosti iz Trsta i Udina stigli su autobusom, a kamion je viđen u Segedinu."
    found = _found(gazetteer, text)
    assert found.get("Trsta") == "IT"
    assert found.get("Udina") == "IT"
    assert found.get("Segedinu") == "HU"


def test_a_lone_small_seat_in_a_serbian_text_is_no_place(gazetteer: Gazetteer) -> None:
    # Trnava is also a village near Raška: a Serbian text names no Croatian place beside it
    text = "Meštani Trnave kod Raške godinama traže novi put, rekao je predsednik opštine."
    assert "Trnave" not in _found(gazetteer, text)


def test_a_small_seat_beside_its_state_in_a_serbian_text(gazetteer: Gazetteer) -> None:
    text = "Autobus iz Beograda za Zagreb staje i u Okučanima, javila je hrvatska policija."
    assert _found(gazetteer, text).get("Okučanima") == "HR"


def test_a_seat_ending_a_longer_name_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Tourists in Croatia visit the castles of Veliki Tabor and Trakošćan every summer."
    assert "Tabor" not in _found(gazetteer, text)
