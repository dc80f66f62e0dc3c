"""The end of a period something lasts to ("trajat će do kraja svibnja", "produžili su sezonu
do kraja oktobra") is a span, no event; a deadline for a happening ("skupština bi trebalo da
se konstituiše do kraja jula") is one."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates


def dates(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, date(2025, 6, 10), [language])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Akcija na cestama trajat će do kraja srpnja.", "hr"),
        ("Kampovi su produžili sezonu do kraja septembra.", "cnr"),
        ("Prodaja je do kraja maja dostigla dva miliona evra.", "sr"),
    ],
)
def test_a_span_to_a_period_end(text: str, language: str) -> None:
    assert dates(text, language) == []


def test_a_deadline_at_a_period_end() -> None:
    text = "Nova skupština trebalo bi da se konstituiše do kraja jula."
    assert dates(text, "cnr") == [("do kraja jula", "2025-07")]
