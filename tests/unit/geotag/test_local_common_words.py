"""Common words of the region's languages spelt like a town or a state, and the Slovenian name
of Bosnia and Herzegovina."""

from __future__ import annotations

import pytest

from newsmap.geotag import Gazetteer, tag_text


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form of Visoko (a town of 10,000 and more) that is the adjective "high"
        ("Visoka predstavnica EU doputovala je danas u Sarajevo.", [("Sarajevo", "BA")]),
        # after a place preposition it is still the town
        ("Novi most otvoren je u Visokom, javlja lokalni portal.", [("Visokom", "BA")]),
        # Mali before a noun is "small"; in Albanian "Mali i Dajtit" is a mountain
        ("Mali broj ljudi došao je na skup u Nišu.", [("Nišu", "RS")]),
        (
            "Mali i Dajtit u mbulua me borë, tha policia në Tiranë.",
            [("Dajtit", "AL"), ("Tiranë", "AL")],
        ),
        # the state before a function word, and Montenegro's longer Albanian name, stay
        (
            "Mali je zatvorio granicu, a iz Mostara su javili da je sve mirno.",
            [("Mali", "ML"), ("Mostara", "BA")],
        ),
        (
            "Mali i Zi hapi kufirin për turistët nga Shqipëria.",
            [("Mali i Zi", "ME"), ("Shqipëria", "AL")],
        ),
        # "Male" and "Мале" are "small" (a feast, firms), not the Maldives' capital
        (
            "Сабор поводом Мале Госпојине одржан је јуче у Чачку.",
            [("Чачку", "RS")],
        ),
        ("Male i srednje firme iz Kraljeva traže pomoć.", [("Kraljeva", "RS")]),
        # "istog" is "the same" ("istog dana"); the Kosovo town needs a preposition
        ("Istog dana je u Čačku otvoren sajam.", [("Čačku", "RS")]),
        ("Policia në Istog arrestoi dy persona.", [("Istog", "XK")]),
        # the capital still where a preposition leads to it
        (
            "The minister flew to Male, the capital of the Maldives.",
            [("Male", "MV"), ("Maldives", "MV")],
        ),
    ],
)
def test_common_words_spelt_like_places(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("V Bosni in Hercegovini so bile poplave, je sporočila vlada.", "Bosni in Hercegovini"),
        (
            "Delavci, ki prihajajo iz Bosne in Hercegovine, so dobili nov dom.",
            "Bosne in Hercegovine",
        ),
    ],
)
def test_slovenian_name_of_bosnia_and_herzegovina_in_its_cases(
    gazetteer: Gazetteer, text: str, surface: str
) -> None:
    assert (surface, "BA") in _found(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # an adjective and a noun in -ška or -ga that keeps its k or g in the locative
        ("Sajam je otvoren u Novoj Gradiški, javlja lokalni radio.", "Novoj Gradiški", "HR"),
        ("Koncert u Slavonskoj Požegi počinje u subotu.", "Slavonskoj Požegi", "HR"),
        # the palatalised locative still reads
        ("Sastanak u Banjoj Luci zakazan je za petak.", "Banjoj Luci", "BA"),
    ],
)
def test_two_word_locatives(gazetteer: Gazetteer, text: str, surface: str, country: str) -> None:
    assert (surface, country) in _found(gazetteer, text)
