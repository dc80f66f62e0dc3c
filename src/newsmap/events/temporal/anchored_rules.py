"""The rules of dates told from another date or a happening: "two days later", "the next
day", "the day after the vote", "that night", "the same evening", "the night of the vote".

Each resolves to an anchored reading (see ``record.anchored``) that ``anchors.from_anchor``
counts from the day told before it, or from the happening's day (see ``happenings``).  Kept
apart from ``rules`` (their order there is unchanged) so that neither module grows past a
screenful of rules.

"The night of the vote", "on the day of the election", "during the night of the stabbing" are
told of the past only: in a clause of what is to come the phrase restates the day the plan was
given (the tuning sets leave it out), as it does a bound's ("until 21:00 on the day of the
rally").  The part is the happening's own day (the night of an evening's vote is told as that
day, as "the same night" is).
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal import gates as G
from newsmap.events.temporal import relative as R
from newsmap.events.temporal import starts as S
from newsmap.events.temporal.english_tense import is_future_clause
from newsmap.events.temporal.happenings import STOP_WORDS, happening_keys
from newsmap.events.temporal.record import ANCHORED, Resolved, Rule, anchored_on
from newsmap.events.temporal.spelling import NUM

__all__ = [
    "AFTER_HAPPENING",
    "DAYS_LATER",
    "NIGHT",
    "PART_OF_DAY_TOLD",
    "PART_OF_HAPPENING",
    "SAME_DAY",
]

_I = re.IGNORECASE
# "last night", "that night": the word before "night" (one object, so the text is searched once).
NIGHT = S.Anchor(("yesterday", "night"), back=1, itself=True)

DAYS_LATER: Rule = Rule(
    "days later",
    re.compile(
        # "two days after" counts from the day before it only on its own or with "that":
        # "two days after a general election", "a week after police cleared the camp"
        # count from what they name (see "after a happening")
        rf"\b(?:{NUM}\s+(?:(?P<unit>day|week)s?\s+(?:(?P<dir>later|earlier)"
        r"|(?P<dir2>after|before)(?=\s*[.,;:!?)]|\s*\Z|\s+that\b))"
        # "two years later": "after" and "before" would count from the thing they name
        r"|(?P<yunit>month|year)s?\s+(?P<ydir>later|earlier))"
        r"|the\s+(?P<rel>next|following|previous)\s+day"
        # "hours later", "a little over two hours later" (not "two hours later than planned")
        r"|(?P<hunit>hours?)\s+later(?!\s+than)"
        # "the day before" on its own; "the day before the vote" counts from the vote
        r"|the\s+day\s+(?P<rel2>before|after)(?=\s*[.,;:!?)]|\s+(?:with|by|at|in|near|outside"
        # "arrested at the airport the day before with a forged passport": a preposition
        # after it opens no happening to count from
        r"|and|as|for|from|when)\b))\b(?!\s+(?:tomorrow|yesterday))",
        _I,
    ),
    R.h_days_later,
    G.days_later_hint,
    # "a day later", "couple of weeks before", "the next day", "two years later": up to
    # three words before "day", "week", or the rarer "later" and "earlier" of the months
    S.Anchor(("day", "week", "later", "earlier"), back=3),
)

# "the day after the vote", "a week before the election", "the morning after the quake":
# from the happening's day; the noun phrase is lower-case words up to a word of grammar or
# a verb of the past ("the day after the vote showed")
AFTER_HAPPENING: Rule = Rule(
    "after a happening",
    re.compile(
        rf"(?i:\b(?:{NUM}\s+(?P<unit>day|week)s?"
        # "three months to the day after the collapse": a same date months on, no day after
        r"|(?<!to )the\s+(?P<part>day|morning|evening|night))\s+(?P<dir>after|before))\s+"
        r"(?P<np>(?:the|its|their|his|her)(?:\s+(?!(?:"
        + "|".join(STOP_WORDS)
        + r")\b|[a-z]+ed\b)[a-z][a-z\-]*){1,3})\b"
    ),
    R.h_after_happening,
    ("after", "before"),
    # "a couple of days after": up to four words before "after" or "before"
    S.Anchor(("after", "before"), back=4),
)

SAME_DAY: Rule = Rule(
    "same day",
    re.compile(
        r"\b(?:[Tt]hat\s+(?:evening|night|day|afternoon|morning)"
        r"|[Tt]he\s+same\s+(?:evening|day|afternoon|night|morning)"
        r"|[Tt]he\s+(?P<rel>next|following|previous)\s+(?:evening|morning)"
        # "after an incident the night before in which ...": the night before the day told;
        # "the night before the game" counts from the game (see "after a happening")
        r"|[Tt]he\s+(?:night|evening)\s+(?P<before>before)(?=\s*[.;:!?)]|\s+(?:in\s+which|when"
        # "beaten in Novi Sad the night before by men leaving ...": the agent, no happening
        r"|by|with|at|in|near|outside|and|as)\b)"
        r"|during\s+the\s+day)\b"
    ),
    R.h_same_day,
    # "that night", "that evening", "the next evening", "that day", "that afternoon": found
    # from the part of the day ("night" is found for "last night" already); "the next
    # morning", "the following morning" and "during the day" ("the shooting that followed
    # during the day") from their words: the day told before, or the one after it
    starts=S.Either(
        (
            NIGHT,
            S.Anchor(
                (
                    "evening",
                    "that day",
                    "that afternoon",
                    "that morning",
                    "same day",
                    "same afternoon",
                    "same night",
                    "same morning",
                    "next morning",
                    "night before",
                    "evening before",
                    "following morning",
                    "previous morning",
                    "during the day",
                ),
                back=2,
                itself=True,
            ),
        )
    ),
)

# Words before "in the morning" that make it a habit or a bound, no day's part ("every day in
# the morning", "until late in the evening").
_HABIT_BEFORE = re.compile(
    r"(?:\b(?:every|each|daily|usually|often|always|until|till|by)\b[^.,;\n]{0,20})\Z", _I
)


def h_part_of_day_told(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """ "in the evening", "late in the afternoon": that part of the day told just before
    ("Police reached the village on Sunday and took control of it in the evening"); none when
    it tells a habit or a bound, or names the day it is part of ("in the morning of 4 May")."""
    if text.startswith(" of", m.end()):
        return None
    if _HABIT_BEFORE.search(text, max(0, m.start() - 28), m.start()) is not None:
        return None
    if R.in_day_line(text, m.start()):
        return None  # "Monday 18 March: ... briefs the press in the evening": the line's day
    return ANCHORED, "p", ""  # the day told before (see ``anchors.from_anchor``)


PART_OF_DAY_TOLD: Rule = Rule(
    "part of the day told",
    re.compile(
        r"\b(?:(?:[Ll]ate|[Ee]arly)\s+)?[Ii]n\s+the\s+(?:morning|afternoon|evening|early\s+hours)\b"
    ),
    h_part_of_day_told,
    # "in the evening", or "late" or "early" right before it
    starts=S.Anchor(
        ("in the morning", "in the afternoon", "in the evening", "in the early hours"),
        back=1,
        itself=True,
    ),
)


# A bound's clock time right before the phrase ("until 21:00 on the day of the rally").
_BOUND_CLOCK = re.compile(r"\b(?:until|till|by|from)[ \t]+\d\d?[:.]\d\d[ \t]+on[ \t]+\Z")
_PARTS = ("day", "night", "evening", "morning", "afternoon")


def h_part_of_happening(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """The happening's day, by the words of its noun phrase; none in a clause of what is to
    come ("schools will close on the day of the summit"), which restates the day a plan was
    told on, nor as a bound ("until 21:00 on the day of the rally")."""
    keys = happening_keys(m["np"])
    if not keys or is_future_clause(text, m.start(), m.end()):
        return None
    if _BOUND_CLOCK.search(text, max(0, m.start() - 24), m.start()) is not None:
        return None  # "open from 07:00 on the day of the summit": a bound's day
    return anchored_on(0, keys)


PART_OF_HAPPENING: Rule = Rule(
    "part of a happening",
    re.compile(
        r"\b[Tt]he[ \t]+(?:day|night|evening|morning|afternoon)[ \t]+of[ \t]+"
        r"(?P<np>(?:the|its|their)(?:[ \t]+(?!(?:"
        + "|".join(STOP_WORDS)
        + r")\b|[a-z]+ed\b)[a-z][a-z\-]*){1,3})\b"
    ),
    h_part_of_happening,
    # the word before "day of the", "night of the": its "the"
    starts=S.Anchor(tuple(f"{part} of the" for part in _PARTS), back=1),
)
