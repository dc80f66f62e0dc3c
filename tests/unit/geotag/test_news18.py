"""Places in the shapes of tuning18_news (issue 16): seats named bare, names across a line
break, units abroad by their lower-case noun, saints' names, region spellings, agreements.

tuning18_news.txt was written and annotated by another hand than the rules'.  Before these
rules it scored exact F1 0.904, overlap 0.922, out-of-region places with a region code 0.015;
after them 0.921, 0.930, 0.010.  The bars below sit a little under.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer, tag_text
from newsmap.geotag.scoring import load_corpus, score, spans_from_mentions

DATA = Path(__file__).resolve().parents[2] / "data" / "geotag"


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.country) for m in tag_text(gaz, text).mentions]


def test_tuning18_set_scores(gazetteer: Gazetteer) -> None:
    docs = load_corpus(DATA / "tuning18_news.jsonl")
    preds = []
    for d in docs:
        r = tag_text(gazetteer, d["text"], d.get("title"))
        preds.append((spans_from_mentions(r.mentions), r.countries))
    s = score(docs, preds)
    assert s.exact_f1 >= 0.91 and s.overlap_f1 >= 0.92
    assert s.out_of_region_with_region_code <= 0.012


def test_a_seat_named_for_its_government_is_a_site_abroad(gazetteer: Gazetteer) -> None:
    text = "BELGRADE - The Kremlin said on Monday that the visit would go ahead."
    assert ("Kremlin", "RU") in _found(gazetteer, text)


def test_a_site_name_ends_at_a_line_break(gazetteer: Gazetteer) -> None:
    text = "SPLIT - Ferries crossed the Adriatic.\n\nThe region of Central Macedonia waits."
    surfaces = [s for s, _ in _found(gazetteer, text)]
    assert not any("\n" in s for s in surfaces)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("KYIV - Shelling hit the Donetsk region overnight.", "Donetsk region", "UA"),
        ("SOFIA - Wells ran dry in Haskovo Province in August.", "Haskovo Province", "BG"),
    ],
)
def test_a_unit_abroad_spans_its_noun(
    gazetteer: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert (surface, country) in _found(gazetteer, text)


def test_the_tetovo_region_stays_the_town(gazetteer: Gazetteer) -> None:
    assert ("Tetovo", "MK") in _found(gazetteer, "SKOPJE - Snow fell in the Tetovo region.")


def test_a_namesake_in_a_foreign_town_with_a_direction(gazetteer: Gazetteer) -> None:
    text = "SOFIA - Authorities in Dimitrovgrad, in the southern Haskovo Province, cut water."
    assert ("Dimitrovgrad", "BG") in _found(gazetteer, text)


def test_the_home_state_after_a_town_keeps_it_home(gazetteer: Gazetteer) -> None:
    text = (
        "SOFIA - In Novi Pazar, a small town in Shumen Province, tankers bring water. "
        "Officials confuse it with the larger Novi Pazar in Serbia."
    )
    found = [c for s, c in _found(gazetteer, text) if s == "Novi Pazar"]
    assert found == ["BG", "RS"]


def test_a_saint_s_name_is_no_town(gazetteer: Gazetteer) -> None:
    text = "OHRID - The festival opens in the courtyard of the Church of St. Sophia."
    assert ("Church of St. Sophia", "MK") in _found(gazetteer, text)


def test_a_region_spelling_is_no_far_away_town(gazetteer: Gazetteer) -> None:
    text = "KUKËS - Visitors drive in over the Qafë Thanë pass from Struga."
    assert "IN" not in {c for _, c in _found(gazetteer, text)}


def test_an_agreement_named_after_a_town_is_no_place(gazetteer: Gazetteer) -> None:
    text = "SKOPJE - The Ohrid Agreement of 2001 ended the conflict. Ohrid hosts tourists."
    assert _found(gazetteer, text) == [("SKOPJE", "MK"), ("Ohrid", "MK")]


def test_the_north_of_kosovo_is_kosovo(gazetteer: Gazetteer) -> None:
    text = "PRISTINA - Meanwhile the north of Kosovo remains tense."
    assert ("Kosovo", "XK") in _found(gazetteer, text)


def test_a_site_in_the_old_town_is_in_the_dateline_s_town(gazetteer: Gazetteer) -> None:
    text = (
        "NOVI SAD - Trains stopped near Kelebia on the Hungarian border.\n\n"
        "By evening residents laid candles in Liberty Square in the old town."
    )
    assert ("Liberty Square", "RS") in _found(gazetteer, text)


def test_an_event_named_after_a_town_is_no_place(gazetteer: Gazetteer) -> None:
    text = "OHRID - The Struga Poetry Evenings open in August, after the Ohrid Summer Festival."
    assert _found(gazetteer, text) == [("OHRID", "MK")]


def test_a_site_is_not_placed_where_goods_are_sent(gazetteer: Gazetteer) -> None:
    text = (
        "ST. LOUIS, Missouri - The queue outside a hall on Gravois Avenue stretched past a "
        "shop advertising money transfers to Tuzla."
    )
    assert ("Gravois Avenue", "BA") not in _found(gazetteer, text)
