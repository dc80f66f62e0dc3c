"""A lead opening with a count of days after a happening ("Tri dana nakon požara, ...") right
after the dateline's dash dates the publication's day; elsewhere, or with no count, it does not.
So does "i danas" (today too) in the lead, which elsewhere says "still"."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates

PUB = date(2024, 5, 8)


def dates(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, PUB, [language])]


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        (
            "BIHAĆ, 8. maja (Glas) – Tri dana nakon požara vatrogasci još gase žarišta.",
            "bs",
            "Tri dana nakon požara",
        ),
        (
            "CELJE, 8. maja (Novice) – Dva dni po neurju so ceste spet prevozne.",
            "sl",
            "Dva dni po neurju",
        ),
        (
            "ВЕЛЕС, 8 мај (Весник) – Три дена по поплавата, луѓето се враќаат дома.",
            "mk",
            "Три дена по поплавата",
        ),
        (
            "FIER, 8 maj (Lajme) – Dy ditë pas zjarrit, banorët kthehen në shtëpi.",
            "sq",
            "Dy ditë pas zjarrit",
        ),
    ],
)
def test_days_after_a_happening_in_the_lead(text: str, language: str, surface: str) -> None:
    assert (surface, "2024-05-08") in dates(text, language)


def test_the_phrase_elsewhere_or_without_a_count_is_no_lead_date() -> None:
    assert dates("Vatrogasci su tri dana nakon požara ugasili žarišta.", "bs") == []
    assert dates("BIHAĆ – Mnogo dana nakon požara niko nije došao.", "bs") == []


def test_today_too_in_the_lead_is_the_publication_day() -> None:
    text = "ZENICA, 8. maja (Glas) – Ronioci i danas traže nestalog ribara u jezeru."
    assert ("danas", "2024-05-08") in dates(text, "bs")
    assert dates("Više od stotinu ljudi i danas se vodi kao nestalo.", "bs") == []
