"""A site "near the border with" a state stands on this side of that border, not in the state.

``site_anchor`` places a site the gazetteer lacks by the places of its sentence; the state after
"the border with" is the other side, so it places nothing, and the town before places the site.
tuning28_news exact / overlap 0.924 / 0.951 -> 0.927 / 0.953; every other set the same.
"""

from __future__ import annotations

from newsmap.geotag import Gazetteer, tag_text


def _placed(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {m.surface: m.country for m in tag_text(gaz, text).mentions}


def test_a_site_near_the_border_with_a_state_is_not_in_it(gazetteer: Gazetteer) -> None:
    text = (
        "Pilgrims filled the hotels of Struga at the weekend. The Monastery of St. Petka, "
        "near the border with Albania, held its feast on Sunday."
    )
    placed = _placed(gazetteer, text)
    assert placed["Monastery of St. Petka"] == "MK"
    assert placed["Albania"] == "AL"


def test_a_market_near_the_border_with_a_neighbour(gazetteer: Gazetteer) -> None:
    text = (
        "Farmers near Dragash are worried. The Opoja Market, near the border with North "
        "Macedonia, opened late."
    )
    assert _placed(gazetteer, text)["Opoja Market"] == "XK"


def test_a_site_near_a_town_across_the_border_still_stands_there(gazetteer: Gazetteer) -> None:
    text = "Pilgrims crossed from Struga to the Monastery of St. Petka near Pogradec."
    assert _placed(gazetteer, text)["Monastery of St. Petka"] == "AL"
