"""Two phrases of one date in a sentence: the period a more precise date beside it pins down.

"last week, on 12 March" is one date, 12 March, as are "in March, on the 12th", "in mid-July,
diplomats said, possibly on 19 July" and "since 1991, when the country voted on 8 September";
so is a year that opens its sentence and gives its year to a day in it ("Last year, classes
began on 1 September").
"""

from __future__ import annotations

import re

from newsmap.events.temporal import TimeExpr
from newsmap.events.temporal.local_weekday_cues import names_a_weekday
from newsmap.events.temporal.year_apposition import GAP as YEAR_THEN_DAY

__all__ = ["restated", "told_again"]

_WHEN = re.compile(r",?[ \t]+when\b")
# A happening named by its year before the day it is dated on: "the 2016 flood, on".
_NAMED_BY_YEAR = re.compile(r"(?:[ \t]+[a-z-]+){1,2},[ \t]*")
# What follows a year that opens its sentence and gives its year to a date in it: "Last year,
# classes began on 1 September", "Last winter's heaviest snow came on 24 January", a timeline's
# "2022: On 20 January, ...".
_OPENING = (",", "'s ", "’s ", ":")
# What stands between a period and the date in it that restates it: "last week, on 12 March",
# "this week, probably on Wednesday".
_RESTATING = frozenset(
    [",", ", on", ",on"]
    + [
        f", {hedge}{on}"
        for hedge in ("probably", "possibly", "likely", "most likely", "perhaps")
        for on in ("", " on")
    ]
)
# A part of the day between "on" and its date ("a week after the attack, on the evening of 29
# November"): the gap is as plain "on".
_PART_OF_DAY = re.compile(r" on the (?:morning|afternoon|evening|night) of$")
# A day told as an offset from another ("two days after the shooting", "a week later").
_OFFSET = re.compile(r"(?i:\b(?:after|before|later|earlier)\b)")
# A source told between a period and the date that restates it ("in mid-July, diplomats said,
# possibly on 19 July").
_SAID_BETWEEN = re.compile(r"^, (?:[a-z]+ ){1,2}(?:said|say|says),")
# A day told from a happening it names: "the day after the summit", "two days before its vote".
_AFTER_HAPPENING = re.compile(
    r"(?i:[a-z]+[ \t]+(?:day|morning|evening|night|week)s?[ \t]+(?:after|before)[ \t]+"
    r"(?:the|its|their)\b)"
)


def restated(text: str, group: list[TimeExpr], s0: int, local: bool = False) -> list[TimeExpr]:
    """The group without a period that the date beside it pins down: "last week, on 12 March"
    is one date, 12 March, as is "in March, on the 12th".  In the region's news (``local``) a
    day phrase apposed to the date that says which day it is stays a phrase of that day ("Dan
    poslije, 14. marta": two events of 14 March, tests/data/events/local/README.md)."""
    drop = set()
    moved: dict[int, TimeExpr] = {}
    first = group[0]
    if first.precision == "year" and first.start == s0 and text.startswith(_OPENING, first.end):
        # a year that opens the sentence and gives its year to a date in it ("Last year,
        # classes began on 1 September"): that date says it all
        if any(len(e.date) > 4 and e.date.startswith(first.date) for e in group[1:]):
            drop.add(id(first))
    for e in group:
        if text[e.start - 2 : e.start] == ", " and _AFTER_HAPPENING.match(e.surface) is not None:
            # "proposed this morning that ..., the day after the summit ended": how the day
            # stands to another happening, when the sentence names its day otherwise
            if any(o is not e and o.precision == "day" for o in group):
                drop.add(id(e))
    for a, b in zip(group, group[1:], strict=False):
        if len(a.date) < len(b.date) and b.date.startswith(a.date):
            if _WHEN.match(text, a.end) or (
                a.precision == "year"
                and (
                    _NAMED_BY_YEAR.fullmatch(text, a.end, b.start)
                    or YEAR_THEN_DAY.fullmatch(text, a.end, b.start)
                )
            ):
                # "since 1991, when the country voted on 8 September", "next week, when they
                # meet on the 15th", "the 2016 flood, on 12 May": the day tells the happening
                drop.add(id(a))
                continue
        gap = _SAID_BETWEEN.sub(",", " ".join(text[a.end : b.start].split()), count=1)
        gap = _PART_OF_DAY.sub(" on", gap, count=1)
        if gap not in _RESTATING:
            continue
        if a.date != b.date and _OFFSET.search(a.surface) is not None and b.precision == "day":
            drop.add(id(a))  # "two days after the shooting, on Friday": the day told says which
            continue
        if len(a.date) < len(b.date) and b.date.startswith(a.date):
            drop.add(id(a))
        elif a.date_source == "relative" and b.date_source == "explicit" and a.date != b.date:
            if local and a.precision == b.precision == "day" and gap == ",":
                moved[id(a)] = TimeExpr(a.start, a.end, a.surface, b.date, "day", "relative")
                continue
            drop.add(id(a))  # "the previous evening, on 22 March": the date told says which
        elif len(b.date) < len(a.date) and a.date.startswith(b.date):
            drop.add(id(b))
    if moved:
        group = [moved.get(id(e), e) for e in group]
    return [e for e in group if id(e) not in drop] if drop else group


# A comma and a numbered date right after a day: the date of that day ("u nedelju, 10. marta",
# "во саботата, на 5 мај").
_NUMBERED_AFTER = re.compile(r",[ \t]*(?:[^\W\d_]{1,3}[ \t]+)?\d")


def told_again(text: str, first: TimeExpr, expr: TimeExpr) -> bool:
    """Whether ``expr`` only tells again the day ``first`` (before it in the sentence, at the
    same date) told, in the region's news, where each phrase of a day is its own event
    (tests/data/events/local/README.md, dev8: "juče, na pravoslavni Božić", "danas, dva dana
    nakon početka rasprave" are two): the same word again ("večeras ... prognoza za večeras")
    or a numbered date that gives a weekday its day ("u srijedu, 18. maja") is one; after
    another phrase ("Dan poslije, 27. februara") it is a second event."""
    main = max(first.surface.lower().split(), key=len)
    if main == max(expr.surface.lower().split(), key=len):
        return True
    return _NUMBERED_AFTER.match(text, first.end) is not None and names_a_weekday(first.surface)
