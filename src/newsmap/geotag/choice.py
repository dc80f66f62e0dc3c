"""A decided mention before it becomes a Mention: what every resolving step hands on.

``reason`` says which rules made the decision ("capital; XK supported; unambiguous name"),
so an analyst who asks "why is this Pristina?" reads it on the mention (``Mention.reason``)
or, for the candidates that lost, in ``explain``.
"""

from __future__ import annotations

import operator
from typing import NamedTuple


class Choice(NamedTuple):
    """A decided mention (a tuple: a document makes dozens)."""

    start: int
    end: int
    place: int
    score: float
    reason: str
    level: str | None = None  # overrides the place's level (demonyms, "Serbian border")
    metonymic: bool = False


#: Builds a Choice without the named tuple's Python-level ``__new__``: all seven fields.
new_tuple = tuple.__new__

START_OF = operator.itemgetter(0)
END_OF = operator.itemgetter(1)
