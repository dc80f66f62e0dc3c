"""The records' JSON shapes: the `newsmap analyze` contract (DESIGN.md section 4)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from newsmap.model import Event, Mention

MENTION = Mention(
    5,
    11,
    "Skopje",
    "gn:785842",
    "Skopje",
    "MK",
    "MK-85",
    "city",
    41.99646,
    21.43141,
    0.97,
    True,
    reason="internal",
)
EVENT = Event(
    "2023-11-22",
    "day",
    "published",
    "on Wednesday",
    20,
    32,
    0,
    60,
    "diplomacy",
    ("MK", "XK"),
    ("gn:785842",),
)


def test_a_mention_is_every_field_but_the_internal_reason_in_field_order() -> None:
    want = {k: v for k, v in asdict(MENTION).items() if k != "reason"}
    got = MENTION.to_json()
    assert list(got) == [f.name for f in fields(Mention) if f.name != "reason"]
    assert got == want and "reason" not in got


def test_an_event_is_every_field_in_order_with_lists_for_tuples() -> None:
    got = EVENT.to_json()
    assert list(got) == [f.name for f in fields(Event)]
    assert got == {**asdict(EVENT), "countries": ["MK", "XK"], "place_ids": ["gn:785842"]}
    assert json.loads(json.dumps(got))["countries"] == ["MK", "XK"]
