"""Local sites whose name ends in their town: "Gradskom stadionu u Nikšiću", "Градскиот стадион
во Тетово", "Kliničkom centru Niš", "Клиничкиот центар во Скопје", "Memorijalnom centru
Srebrenica-Potočari".  The town is part of the name and says where the site stands; the span
is the whole name.  Apart from ``local_sites`` to keep each a size one can read.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.local_named_sites import adjective_named
from newsmap.geotag.matcher import Hit
from newsmap.geotag.sites import SITE_SCORE, anchored


def city_stadium(doc: Doc, places: list[Choice], hit: Hit) -> Choice | None:
    """ "na Gradskom stadionu", "Градскиот стадион": the City Stadium is a stadium's name, the
    capitalised adjective before the noun, in the town the story places it."""
    if hit.value.noun != "stadion":
        return None
    prev, gap = doc.prev_word(hit.start)
    if gap != " " or not prev[:1].isupper() or not doc.fold(prev).lower().startswith("gradsk"):
        return None
    start = hit.start - 1 - len(prev)
    town = stadium_town(doc, places, hit.end)
    if town is not None:
        why = "local site, a city stadium in its town"
        return Choice(start, town.end, town.place, SITE_SCORE, why, "site")
    others = [c for c in places if c.end <= start or c.start >= hit.end]
    return anchored(doc, others, start, hit.end, "site", SITE_SCORE, "local site, a city stadium")


def centre(doc: Doc, places: list[Choice], hit: Hit) -> Choice | None:
    """ "Kliničkom centru Niš", "Клиничкиот центар во Скопје", "Memorijalnom centru
    Srebrenica-Potočari": a centre a capitalised adjective names, with the town that ends
    its name, at the whole span and the town's point; none without both."""
    start = adjective_named(doc, places, hit)
    if start is None:
        return None
    town = stadium_town(doc, places, hit.end)
    if town is None:
        town = next((c for c in places if c.start == hit.end + 1 and c.level is None), None)
    if town is None and doc.fold(doc.text[start : hit.start]).lower().startswith(_SPORTS):
        return _sports_centre(doc, places, start, hit.end)
    if town is None or doc.gaz.places[town.place].level != "city":
        return None
    return Choice(
        start, town.end, town.place, SITE_SCORE, "local site, a centre in its town", "site"
    )


#: How a sports centre's adjective begins (folded): BCMS "sportski", Slovenian "športni",
#: Macedonian "спортскиот".
_SPORTS = ("sportsk", "sportn")
#: A capitalised name of one or two words after the noun ("Sportskom centru Višnjik").
_NAME = re.compile(r" ([A-ZČĆŠŽĐА-ЯЂЈЉЊЋЏЃЌЅ][^\W\d_]+)(?: [A-ZČĆŠŽĐА-ЯЂЈЉЊЋЏЃЌЅ][^\W\d_]+)?")


def _sports_centre(doc: Doc, places: list[Choice], start: int, end: int) -> Choice | None:
    """ "u Sportskom centru Morača": a sports centre named after its noun is a venue, at the
    whole span, where the story places it (the name may be a river's or a town's)."""
    m = _NAME.match(doc.text, end)
    if m is None:
        return None
    others = [c for c in places if c.end <= start or c.start >= end]  # its name's place too
    why = "local site, a sports centre"
    return anchored(doc, others, start, m.end(), "site", SITE_SCORE, why)


def stadium_town(doc: Doc, places: list[Choice], end: int) -> Choice | None:
    """The town right after a city stadium with "u" or "v" ("Gradskom stadionu u Subotici",
    "Градскиот стадион во Тетово")."""
    at = next((end + len(w) for w in _IN_TOWN if doc.text.startswith(w, end)), None)
    if at is None:
        return None
    town = next((c for c in places if c.start == at), None)
    if town is None or town.level is not None or doc.gaz.places[town.place].level != "city":
        return None
    return town


#: "In" before the town that ends a site's name.
_IN_TOWN = (" u ", " v ", " у ", " во ", " в ")
