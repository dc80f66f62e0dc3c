"""The explicit base of a comparison told as the figure a measure rose or fell from ("down from
54 percent in 2018") is dated, as "than in 2016" is; a vague base is not.

Checked on what ``extract_events`` really returns for short made-up texts.
"""

from __future__ import annotations

from datetime import date

from newsmap.events import extract_events


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.surface) for e in extract_events(text, date(2026, 3, 12), [], [])]


def test_the_year_a_figure_fell_from_is_dated():
    text = "Turnout in the valley was 48 percent, down from 55 percent in 2022."
    assert _events(text) == [("2022", "in 2022")]


def test_the_month_a_price_rose_from_is_dated():
    text = "A litre of diesel costs 1.62 euros, up from 1.41 euros in May 2024."
    assert _events(text) == [("2024-05", "in May 2024")]


def test_a_vague_base_is_no_event():
    text = "Turnout in the valley was 48 percent, down from 55 percent a year earlier."
    assert _events(text) == []
