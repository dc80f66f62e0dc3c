"""Border crossings on the side a local sentence names ("na slovenačkoj strani", "Hrvatski
carinici na prelazu ...") and on the side of the border village they are named after."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str | None, str]]:
    result = tag_text(gaz, text)
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface
    return {m.surface: (m.country, m.level) for m in result.mentions}


def test_a_side_named_before_a_crossing_places_it(gazetteer: Gazetteer) -> None:
    # a Serbian report from Sombor: the crossing is on the side the clause names
    text = (
        "Vozači iz Sombora čekali su juče dva sata. Na mađarskoj strani, na prelazu "
        "Hercegszántó, radi samo jedna traka."
    )
    assert _found(gazetteer, text)["Hercegszántó"] == ("HU", "site")


def test_a_states_service_before_a_crossing_places_it(gazetteer: Gazetteer) -> None:
    text = (
        "Kamioni iz Šapca i Loznice stoje u koloni. Hrvatski carinici na prelazu Tovarnik "
        "pregledaju svaki teret."
    )
    assert _found(gazetteer, text)["Tovarnik"] == ("HR", "site")
    handed = (
        "Policija u Nišu uhapsila je vozača. Bugarskim kolegama predat je na graničnom "
        "prelazu Kalotina."
    )
    assert _found(gazetteer, handed)["Kalotina"] == ("BG", "site")


def test_a_side_of_another_clause_places_nothing(gazetteer: Gazetteer) -> None:
    # the Croatian officers belong to the first clause; the crossing keeps its reading
    text = (
        "Navijači iz Beograda krenuli su rano. Hrvatski policajci zadržali su ih sat vremena, "
        "a na prelazu Bajakovo čekali su još dva."
    )
    assert _found(gazetteer, text)["Bajakovo"] == ("HR", "site")
    other = (
        "Autobusi iz Novog Sada stigli su kasno. Mađarski policajci zadržali su ih dva sata, "
        "na prelazu Horgoš nije bilo gužve."
    )
    assert _found(gazetteer, other)["Horgoš"] == ("RS", "site")


def test_a_crossing_named_after_a_border_village_is_on_its_side(gazetteer: Gazetteer) -> None:
    # Serbian press, Serbian towns around it: Tabanovce is the Macedonian village
    text = (
        "Navijači iz Vranja i Preševa putovali su autobusima, a na prelazu Tabanovce "
        "nije bilo čekanja."
    )
    assert _found(gazetteer, text)["Tabanovce"] == ("MK", "site")
    # Montenegrin press on a Serbian post
    me = "Kolona iz Pljevalja stigla je do Bijelog Polja, a na prelazu Gostun se čekalo sat."
    assert _found(gazetteer, me)["Gostun"] == ("RS", "site")


def test_more_border_villages_stand_on_their_sides(gazetteer: Gazetteer) -> None:
    # Croatian press from a Croatian town: the Herzegovinian posts are Bosnia's
    text = (
        "Turisti iz Splita i Makarske čekali su u subotu na graničnom prijelazu Bijača, "
        "a kolona je bila i na prijelazu Doljani kod Metkovića."
    )
    found = _found(gazetteer, text)
    assert found["graničnom prijelazu Bijača"] == ("BA", "site")
    assert found["prijelazu Doljani"] == ("BA", "site")
    # Slovenian press: each village on its side, in its case
    sl = "Vozniki iz Maribora so v nedeljo čakali na Gruškovju, na Maclju pa manj."
    found = _found(gazetteer, sl)
    assert found["Gruškovju"][0] == "SI"
    assert found["Maclju"][0] == "HR"
    sq = "Kamionët nga Kukësi presin në Qafë Prush që nga mëngjesi."
    assert _found(gazetteer, sq)["Qafë Prush"][0] == "AL"


def test_the_hungarian_post_by_its_serbian_name(gazetteer: Gazetteer) -> None:
    text = "Камиони из Суботице чекали су два сата код Реске, на мађарској страни."
    assert _found(gazetteer, text)["Реске"][0] == "HU"
