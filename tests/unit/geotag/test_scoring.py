"""The scorer on hand-computed cases."""

from __future__ import annotations

import pytest

from newsmap.geotag.scoring import Span, score


def _doc(mentions: list[dict], countries: list[str]) -> dict:
    return {"id": "d", "text": "x" * 100, "gold": {"mentions": mentions, "countries": countries}}


def _g(start: int, end: int, country: str | None, demonym: bool = False) -> dict:
    return {"start": start, "end": end, "country": country, "demonym": demonym}


def test_exact_and_overlap_differ_on_a_shifted_span() -> None:
    doc = _doc([_g(0, 6, "XK"), _g(10, 18, "RS"), _g(30, 40, "RU")], ["XK"])
    pred = [Span(0, 6, "XK"), Span(10, 20, "RS"), Span(30, 40, "RS")]
    s = score([doc], [(pred, ["XK", "RS"])])
    assert (s.exact_p, s.exact_r) == (pytest.approx(1 / 3), pytest.approx(1 / 3))
    assert (s.overlap_p, s.overlap_r) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert s.out_of_region_with_region_code == 1.0  # Moscow given RS
    assert s.doc_country_f1 == pytest.approx(2 * 0.5 * 1 / 1.5)


def test_demonyms_only_count_for_recall() -> None:
    doc = _doc([_g(0, 12, "XK", demonym=True)], [])
    s = score([doc], [([Span(0, 6, "XK", demonym=True), Span(50, 55, "BA")], [])])
    assert s.demonym_recall == 1.0
    assert (s.n_gold, s.n_pred, s.exact_p) == (0, 1, 0.0)
    assert s.doc_country_f1 == 1.0  # nothing to find, nothing claimed


def test_region_words_match_on_no_country() -> None:
    doc = _doc([_g(0, 7, None)], [])
    s = score([doc], [([Span(0, 7, None)], [])])
    assert s.exact_f1 == 1.0
