"""Words of a date that name none: a day word ending an outlet's name in brackets ("(Krajina
danas)", "(Veriu Sot)"), and a one-word unit counted by a number word before it ("katër vjet",
"tridhjetë vjet", four and thirty years, not last year); and whether a text of the BCMS
family is Croatian, whose "nedjelja" is a Sunday, not a week.
"""

from __future__ import annotations

import re

from newsmap.events.temporal import local_words as W
from newsmap.tokens import lower_of


def in_outlet_name(text: str, start: int, end: int) -> bool:
    """Whether a day word ends a name in brackets, as an outlet's label in a dateline
    ("(Krajina danas)", "(Veriu Sot)"): a bracket right after it, opened a few words before."""
    if text[end : end + 1] != ")":
        return False
    opened = text.rfind("(", max(0, start - 40), start)
    return opened >= 0 and ")" not in text[opened:start] and "." not in text[opened:start]


#: The endings of the tens and hundreds spelt out ("shtatëdhjetë", "sedamdeset", "dvesto"),
#: which ``W.NUMBERS`` (one to ten, the tens to fifty) lacks.
_TENS = ("dhjetë", "set", "qind", "sto")


def counted(code: str, text: str, start: int) -> bool:
    """Whether a number stands right before a one-word unit ("2 vjet", "katër vjet")."""
    if re.search(r"\d\s*$", text[max(0, start - 4) : start]):
        return True
    before = text[max(0, start - 16) : start].split()
    if not before:
        return False
    word = before[-1].lower()
    return word in W.NUMBERS[code] or word.endswith(_TENS)


_CROATIAN = re.compile(
    r"(?i)(?<!\w)(?:siječ|veljač|ožuj|travnj|svibnj|lipnj|srpnj|kolovoz|rujn|listopad|studenog"
    r"|prosin|tjed)\w*"
)


def croatian(text: str) -> bool:
    """Whether a text of the BCMS family is Croatian, by its own month names and "tjedan".

    The case-blind pattern tries its lookbehind at every character of the whole text (over a
    million instructions for an article); a match holds one of its stems in the lower-cased
    text at the same place, unless lower-casing moved the places or the text holds a letter the
    pattern reads as "i" or "s" that lower-casing leaves as it is, so without a stem there it is
    asked nothing."""
    low = lower_of(text)
    if len(low) == len(text) and "ı" not in low and "ſ" not in low:
        if not any(map(low.__contains__, _CROATIAN_STEMS)):
            return False
    return _CROATIAN.search(text) is not None


#: The stems of ``_CROATIAN``: one of them, lower-cased, stands in every text it matches.
_CROATIAN_STEMS = (
    *("siječ", "veljač", "ožuj", "travnj", "svibnj", "lipnj", "srpnj", "kolovoz", "rujn"),
    *("listopad", "studenog", "prosin", "tjed"),
)
