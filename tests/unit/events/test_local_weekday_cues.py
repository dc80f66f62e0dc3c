"""A bare local weekday is the coming one when its clause announces a plan for it, tells a plan
that was due, or (joined on with "a") is told in the present; Albanian's present is a
timetable's, unless the weekday's own clause is in the past."""

from __future__ import annotations

from datetime import date

import pytest

from newsmap.events import find_dates


def dates(text: str, language: str, published: date) -> list[tuple[str, str]]:
    return [(e.surface, e.date) for e in find_dates(text, published, [language])]


WEDNESDAY = date(2025, 3, 12)  # last Friday 7 March, next Friday 14 March


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Sindikat je najavio štrajk u petak.", "sr", [("u petak", "2025-03-14")]),
        (
            "Udruženje najavljuje skup ispred opštine u petak.",
            "bs",
            [("u petak", "2025-03-14")],
        ),
        (
            "Земјоделците најавија блокада на патот во петокот.",
            "mk",
            [("во петокот", "2025-03-14")],
        ),
        (
            "Odbornici su u petak trebali glasati o budžetu, ali je sjednica pomjerena.",
            "bs",
            [("u petak", "2025-03-14")],
        ),
        (
            "Klub je u nedelju izgubio u Nišu, a u petak dočekuje lidera na svom terenu.",
            "sr",
            [("u nedelju", "2025-03-09"), ("u petak", "2025-03-14")],
        ),
        ("Ndeshja e ardhshme luhet të premten në Durrës.", "sq", [("të premten", "2025-03-14")]),
    ],
)
def test_weekday_to_come(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, language, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the weekday right after the verb is the day of the announcement
        ("Ministar je najavio u petak nove mjere.", "hr", [("u petak", "2025-03-07")]),
        # an announcement that reports a clause: its own weekday is told there
        ("Sindikat je najavio da je štrajk počeo u petak.", "sr", [("u petak", "2025-03-07")]),
        # a clause joined on without a verb of its own keeps the tense before it
        (
            "Vlada je zasjedala u utorak, a Vijeće u petak.",
            "bs",
            [("u utorak", "2025-03-11"), ("u petak", "2025-03-07")],
        ),
        (
            "Panairi mbahet çdo vit në mars dhe këtë herë u hap të premten.",
            "sq",
            [("të premten", "2025-03-07")],
        ),
    ],
)
def test_weekday_gone_by(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, language, WEDNESDAY) == expected
