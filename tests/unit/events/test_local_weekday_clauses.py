"""A bare local weekday read by its own clause: a name ending like a fused future ("Zablaće")
is no future; a clause in the present joined on after the date ("..., a klubovi nisu rekli")
does not make it past; a relative clause after a future verb has its own tense; a timetable
("na rasporedu", Albanian "luan", "pret") and "deri" look ahead; Albanian's aorist ("filloi")
looks back."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


WEDNESDAY = date(2025, 3, 12)  # last Monday 10 March, next Friday 14 March


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Opština je u ponedeljak usvojila plan za put kroz selo Dobraće kod Ivanjice.",
            "sr",
            [("u ponedeljak", "2025-03-10")],
        ),
        (
            "Ulaznice za koncert idu u prodaju u petak, a organizatori još nisu objavili cijene.",
            "bs",
            [("u petak", "2025-03-14")],
        ),
        (
            "Мештани страхују да ће се поновити пожар какав је избио у понедељак.",
            "sr",
            [("у понедељак", "2025-03-10")],
        ),
        ("Revanš je na rasporedu u petak navečer.", "hr", [("u petak", "2025-03-14")]),
        ("Skuadra e qytetit luan të premten në Korçë.", "sq", [("të premten", "2025-03-14")]),
        ("Shkollat mbeten të mbyllura deri të premten.", "sq", [("të premten", "2025-03-14")]),
        (
            "Bashkia vazhdon punën, pasi zjarrfikësit filluan të hënën pastrimin e rrugës.",
            "sq",
            [("të hënën", "2025-03-10")],
        ),
    ],
)
def test_weekday_by_its_own_clause(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, language, WEDNESDAY) == expected


def test_fused_future_still_looks_ahead() -> None:
    assert dates("Skupština održaće sednicu u petak.", "sr", WEDNESDAY) == [
        ("u petak", "2025-03-14")
    ]
