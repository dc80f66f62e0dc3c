"""Packed event groups: counts per scope survive a round trip, and a dot folded group by group
as counts grow is the dot picked from all of the cell's groups at once."""

from __future__ import annotations

import random

from newsmap.dots import (
    KEY_SPAN,
    add_reports,
    fold,
    needs_lookup,
    pack,
    pick,
    take_reports,
    unpack,
)

AXIS = ("2024-01-05", "2024-01-05", "2024-01-05")


def test_pack_is_canonical_and_round_trips() -> None:
    a = {"XK": [2, 1, 5, None, None], "": [3, 2, 4, 4, "XK"]}
    b = {"": [3, 2, 4, 4, "XK"], "XK": [2, 1, 5, None, None]}
    assert pack(a) == pack(b)
    assert pack(a).startswith('[["",')
    assert unpack(pack(a)) == a


def test_the_earliest_report_names_the_first_report_and_country() -> None:
    scopes: dict = {}
    add_reports(scopes, "", 2, 3 * KEY_SPAN + 40, None, None)
    add_reports(scopes, "", 1, 5 * KEY_SPAN + 10, 5 * KEY_SPAN + 10, "RS")
    assert scopes[""] == [3, 2, 3 * KEY_SPAN + 40, 5 * KEY_SPAN + 10, "RS"]
    add_reports(scopes, "", 1, 2 * KEY_SPAN, 2 * KEY_SPAN, "XK")  # a retag of article 2
    assert scopes[""] == [4, 3, 2 * KEY_SPAN, 2 * KEY_SPAN, "XK"]


def test_taking_an_article_away_marks_what_it_held_and_drops_empty_scopes() -> None:
    scopes: dict = {}
    add_reports(scopes, "", 1, 3 * KEY_SPAN + 7, 3 * KEY_SPAN + 7, "XK")
    add_reports(scopes, "", 2, 4 * KEY_SPAN, None, None)
    add_reports(scopes, "XK", 1, 3 * KEY_SPAN + 7, 3 * KEY_SPAN + 7, "XK")
    take_reports(scopes, "", 1, 3)
    assert scopes[""] == [2, 1, None, -1, "XK"] and needs_lookup(scopes[""])
    take_reports(scopes, "XK", 1, 3)
    assert "XK" not in scopes
    take_reports(scopes, "", 2, 4)
    assert scopes == {}


def test_folding_growing_groups_one_by_one_equals_picking_from_all() -> None:
    rng = random.Random(3)
    for _ in range(300):
        places = rng.sample(["gn:a", "gn:b", "gn:c", "gn:d", "XK"], rng.randint(1, 5))
        entries: dict[str, list] = {}
        spot = None
        for _ in range(rng.randint(1, 12)):
            place = rng.choice(places)
            old = entries.get(place)
            new = [0, 0, None, None, None] if old is None else list(old)
            articles = rng.randint(1, 3)  # each article adds a source and a report or more
            new[0] += articles + rng.randint(0, 2)
            new[1] += articles
            new[2] = new[2] or rng.randrange(1, 9) * KEY_SPAN
            new[4] = new[4] or rng.choice([None, "XK", "RS"])
            spot = fold(spot, AXIS, place, None if old is None else list(old), new)
            entries[place] = new
        assert spot == pick(AXIS, entries.items())


def test_a_dot_shows_the_group_with_most_sources_then_the_first_place() -> None:
    groups = [
        ("gn:b", [4, 2, 11, None, None]),
        ("gn:a", [1, 2, 12, 12, "RS"]),
        ("gn:c", [1, 1, 13, None, None]),
    ]
    assert pick(AXIS, groups) == [*AXIS, 3, 6, 5, "gn:a", 2, 12, "RS"]
    assert pick(AXIS, []) is None
