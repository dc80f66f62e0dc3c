"""The analyst's "why": every candidate's verdict and the rule behind it."""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.explain import explain, format_report, main


def _report(gaz: Gazetteer, text: str, surface: str):
    (found,) = [r for r in explain(gaz, text) if r.surface == surface]
    return found


def test_the_winner_and_the_losers_are_listed(gazetteer: Gazetteer) -> None:
    text = "Talks between Belgrade and Pristina stalled again on Monday."
    r = _report(gazetteer, text, "Pristina")
    assert r.mention is not None and r.mention.country == "XK" and r.mention.metonymic
    assert {v.place_id for v in r.verdicts} >= {r.mention.place_id, "admin1:XK-20"}
    assert any("second of a pair after a word of relation" in n for n in r.notes)
    # the mention is the one tag_text returns, reason included
    (tagged,) = [m for m in tag_text(gazetteer, text).mentions if m.surface == "Pristina"]
    assert tagged.reason == r.mention.reason


def test_a_rejected_name_says_which_rule_rejected_it(gazetteer: Gazetteer) -> None:
    r = _report(gazetteer, "The finance minister Siniša Mali spoke in Belgrade.", "Mali")
    assert r.mention is None and r.covered_by is None
    assert [(v.score, v.reason) for v in r.verdicts] == [(None, "part of a longer proper name")]
    assert "-> not a place" in format_report(r)


def test_a_name_inside_a_longer_one(gazetteer: Gazetteer) -> None:
    r = _report(gazetteer, "Shops in North Mitrovica reopened.", "Mitrovica")
    assert r.covered_by is not None and r.covered_by.surface == "North Mitrovica"


def test_main_prints_one_block_per_name(gazetteer: Gazetteer, capsys) -> None:
    assert main(["Police in Bar said the port was calm."]) == 0
    out = capsys.readouterr().out
    assert out.startswith("'Bar' [10:13] -> Bar (ME, city")
    assert "weak name confirmed by context" in out
