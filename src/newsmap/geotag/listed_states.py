"""States named in one list with another region state: "со Албанија и Северна Македонија",
"sa Srbijom, Crnom Gorom i BiH", "me Shqipërinë dhe Malin e Zi".

A list of states after "with" names the states a third party deals with ("the EU did not open
talks with Albania and North Macedonia"), each as one of several, not the other side of a
story's talks: ``parties.partner_states`` takes a state after "with" for the partner of talks
only when it stands alone.  The conventions read such a list as "a list of other states",
which makes no state a document country by itself; the story's own state still counts by its
weight.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmap.geotag.folding import fold
from newsmap.model import REGION_COUNTRIES, Mention

_REGION = frozenset(REGION_COUNTRIES)

#: The words that join the members of a list, folded: "and" (BCMS "i", Macedonian "и",
#: Slovenian "in", Albanian "dhe", "e"), "or" ("ili", "или", "ose", "ali"), "with" in a pair
#: ("sa"), and the comma alone.
_JOINS = frozenset(("i", "in", "dhe", "e", "ili", "ose", "ali", ",", "kao i", "kako i"))

#: How far apart two members of a list may stand (characters between them).
_GAP = 12


def _joined(between: str) -> bool:
    """Whether the text between two names only joins them in a list."""
    # fold makes a comma a space: the comma is kept apart as written
    words = [w if w == "," else fold(w).lower() for w in between.replace(",", " , ").split()]
    return 0 < len(words) <= 2 and all(w in _JOINS for w in words)


def listed_with_another(text: str, mentions: Sequence[Mention], index: int) -> bool:
    """Whether the state or capital ``mentions[index]`` is joined in a list to a state or
    capital of another region state, right before or right after it."""
    m = mentions[index]
    for k in (index - 1, index + 1):
        if not 0 <= k < len(mentions):
            continue
        other = mentions[k]
        if other.country not in _REGION or other.country == m.country:
            continue
        if other.level not in ("country", "city"):
            continue
        a, b = (other, m) if k < index else (m, other)
        if 0 < b.start - a.end <= _GAP and _joined(text[a.end : b.start]):
            return True
    return False
