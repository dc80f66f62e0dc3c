"""The date shapes newsmap reads, one record each: pattern, handler, gate and starts.

Order matters only where two rules match the same span: ``find.find_dates`` keeps the earlier
and then the longer reading, and among equals the rule listed first.

Each rule's ``starts`` names where its matches begin (see ``starts``): at a run of digits, at a
year's, at the word an ``Anchor`` finds, or up to that many words before it.
"""

from __future__ import annotations

import re

from newsmap.events.temporal import absolute as A
from newsmap.events.temporal import anchored_rules as A2
from newsmap.events.temporal import gates as G
from newsmap.events.temporal import ordinals as O
from newsmap.events.temporal import relative as R
from newsmap.events.temporal import spans as P
from newsmap.events.temporal import starts as S
from newsmap.events.temporal import weekdays as W
from newsmap.events.temporal.month_starts import month_name_starts
from newsmap.events.temporal.new_year import IN_THE_NEW_YEAR
from newsmap.events.temporal.record import Rule
from newsmap.events.temporal.shared_words import Words
from newsmap.events.temporal.spelling import (
    DAY_AT_WORD_START,
    LOWER_MON,
    MON,
    MONTH_TAIL,
    NO_WORD_BEFORE_1,
    NUM,
    UPPER_MON_AT_WORD_START,
    YEAR,
    alt,
    caseless_at_word_start,
)
from newsmap.events.temporal.that_year import THAT_YEAR
from newsmap.events.temporal.words import SEASONS

_I = re.IGNORECASE
_MONTHS = (
    "January February March April May June July August September October November December".split()
)
_WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_WEEKDAY_LOW = "|".join(stem.lower() for stem in _WEEKDAY_STEMS)
_Y = r"1[89]\d\d|20\d\d"
# "the summer of 2019", "last spring", "in the fall": the season, or two words before it.
_SEASON = S.Anchor(SEASONS, back=2, itself=True)
# "last week", "later this week": one or two words before "week".
_WEEK = S.Anchor(("week",), back=2)
_NIGHT = A2.NIGHT

# Patterns that open with a number test what stands before it (``\b`` or a lookbehind) after its
# first digit or two, as NO_WORD_BEFORE_1 does, so that their scan skips to the digits.
ABSOLUTE = [
    Rule(
        "iso",
        re.compile(
            r"(?P<y>(?:1[89]|20)(?<![\d.\-/]..)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d\-])"
        ),
        A.h_iso,
        ("-",),
        S.year_runs,
    ),
    Rule(
        "numeric",
        re.compile(
            r"(?P<a>\d(?<![\d.,/+\-]\d)(?:(?<=[0-3])\d)?)(?P<sep>[./])\s?(?P<b>[01]?\d)(?P=sep)\s?"
            rf"(?P<year>{_Y})(?![\d]|\.\d)"
        ),
        A.h_numeric,
        G.numeric_date_hint,
        S.digit_runs,
    ),
    Rule(
        "day month",
        re.compile(rf"{DAY_AT_WORD_START}\.?\s+(?:of\s+)?{MON}(?:,?[ \t]+{YEAR})?"),
        A.h_day_month,
        # the day: one or two digits before a full stop, a blank or its ordinal's ending
        starts=S.day_runs,
    ),
    Rule(
        "month led",
        re.compile(rf"{UPPER_MON_AT_WORD_START}{MONTH_TAIL}?"),
        A.h_month_led,
        # the capitalised name, where a word starts with it
        starts=month_name_starts,
    ),
    Rule(
        "lower month led",
        re.compile(rf"\b{LOWER_MON}{MONTH_TAIL}"),
        A.h_month_led,
        G.lower_month_hint,
        # the name, one word before the day or year ("maja 2023"), two across "of"
        S.Anchor(back=2, digits=True),
    ),
    Rule(
        "decade",
        re.compile(r"(?P<y>(?:1\d|20)(?<!\w..)\d0)s\b"),
        P.h_decade,
        ("0s",),
        S.year_runs,
    ),
    Rule(
        "season year",
        re.compile(
            rf"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>{_Y})"
            # "the winter of 1996-97" is a span, read by the year range's rule
            r"(?![\d\-–])",
            _I,
        ),
        A.h_season_year,
        SEASONS,
        _SEASON,
    ),
    Rule(
        "year range in words",
        re.compile(
            caseless_at_word_start(
                rf"between\s+(?P<y1>{_Y})\s+and\s+(?P<y2>{_Y})",
                rf"from\s+(?P<y1b>{_Y})\s+(?:to|until|till)\s+(?P<y2b>{_Y})",
            )
            + r"(?!\d)"
        ),
        P.h_range,
        G.digit_after(("between", "from")),
        S.Anchor(("between", "from"), back=0, itself=True),
    ),
    Rule(
        "year range",
        re.compile(
            r"(?P<y1>(?:1[89]|20)(?<!\w..)\d\d)\s?[-–]\s?(?P<y2>(?:1[89]|20)?\d\d)(?![\d\-])"
        ),
        P.h_range,
        ("-", "–"),
        S.year_runs,
    ),
    # A bare year, not glued to a word, a decimal, a currency sign or a dash ("d-2019" passes).
    Rule(
        "bare year",
        re.compile(
            r"(?P<year>(?:1\d|20)(?<![\w.,/+$€£#]..)(?<![^d]-..)(?<!–..)\d\d)(?![\w%°]|[.,]\d)"
        ),
        A.h_bare_year,
        starts=S.year_runs,
    ),
]

RELATIVE = [
    # "on New Year's Eve", "Christmas Day": a holiday's day, by the tense (see h_named_day)
    Rule(
        "named day",
        re.compile(r"\b(?:New\s+Year['’]s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day))\b"),
        A.h_named_day,
        ("new year", "christmas"),
        S.Anchor(("new year", "christmas"), back=0, itself=True),
    ),
    Rule(
        "season",
        re.compile(
            r"\b(?P<mod>last|this|next|in\s+the"
            # "scheduled for the spring": a plan's season
            r"|(?:(?<=scheduled )|(?<=planned )|(?<=due )|(?<=set )|(?<=postponed )"
            r"|(?<=expected ))for\s+the"
            # "could be held as soon as the spring": the earliest season of a plan
            r"|(?<=as soon as )the|(?<=as early as )the)"
            r"\s+(?P<season>spring|summer|autumn|fall|winter)\b"
            r"(?!\s+(?:of\s+)?\d)",
            _I,
        ),
        R.h_season,
        SEASONS,
        _SEASON,
    ),
    Rule(
        "day before yesterday",
        re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", _I),
        R.h_day_offset(-2),
        ("yesterday",),
        S.Anchor(("yesterday",), back=3),
    ),
    Rule(
        "day after tomorrow",
        re.compile(r"\b(?:the\s+)?day\s+after\s+tomorrow\b", _I),
        R.h_day_offset(2),
        ("tomorrow",),
        S.Anchor(("tomorrow",), back=3),
    ),
    Rule(
        "yesterday",
        re.compile(caseless_at_word_start(r"yesterday\b", r"last\s+(?:night|evening)\b")),
        R.h_day_offset(-1),
        ("yesterday", "night", "last evening"),
        S.Either((_NIGHT, S.Anchor(("last evening",), back=0, itself=True))),
    ),
    Rule(
        "tomorrow",
        re.compile(caseless_at_word_start(r"tomorrow\b")),
        R.h_day_offset(1),
        ("tomorrow",),
        S.Anchor(("tomorrow",), back=0, itself=True),
    ),
    # "overnight from Saturday to Sunday": one night, dated by the day it ends on
    Rule(
        "today",
        re.compile(
            caseless_at_word_start(
                r"today\b",
                r"tonight\b",
                r"this\s+(?:morning|afternoon|evening)\b",
                # "overnight from Saturday to Sunday": one night, dated by the day it ends on
                # and "overnight into Friday", the night that ended on the Friday
                rf"overnight\s+(?:from\s+(?:{_WEEKDAY_LOW})day\s+)?(?:to|into)\s+"
                rf"(?P<wd>(?:{_WEEKDAY_LOW})day)\b",
                r"overnight\b",
                r"earlier\s+(?:in\s+the\s+day|today)\b",
                r"later\s+(?:in\s+the\s+day|today)\b",
            )
        ),
        R.h_today,
        ("today", "tonight", "this", "overnight", "in the day"),
        S.Anchor(("today", "tonight", "this", "overnight", "earlier", "later"), 0, itself=True),
    ),
    Rule(
        "part of this week",
        re.compile(r"\b(?P<when>earlier|later)\s+this\s+week\b", _I),
        R.h_part_of_week,
        ("this week",),
        _WEEK,
    ),
    # "until 21:00" is a deadline, not when anything happened: "until" introduces no clock time.
    # A live blog's entry opens with its time ("09:55 Public transport has been suspended"): the
    # blog's own day, the publication's, whatever day the entry before named.
    Rule(
        "clock time",
        re.compile(
            r"\b(?:[Aa]t|[Bb]y|[Aa]round|[Aa]bout|[Aa]fter|[Bb]efore|[Ss]hortly\s+(?:after|before))"
            r"\s+(?:(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])|(?:noon|midnight|midday)\b)"
            r"|(?<![^\n])(?P<entry>[01]?\d|2[0-3]):[0-5]\d(?=[ \t]+(?:[-–—][ \t]+)?[\"“A-Z])"
        ),
        R.h_clock,
        G.clock_hint,
        # the hour itself (an entry's), or one or two words after its preposition
        S.Anchor(G.NOON, back=2, itself=True, digits=True),
    ),
    A2.DAYS_LATER,
    A2.AFTER_HAPPENING,
    A2.SAME_DAY,
    A2.PART_OF_DAY_TOLD,
    O.DAY_OF_MONTH,
    Rule(
        "weekday",
        re.compile(
            rf"(?P<wd>{alt(_WEEKDAY_STEMS, NO_WORD_BEFORE_1)}day)"
            r"(?:\s+(?i:morning|afternoon|evening|night))?\b"
            # "on Monday last week", "on Friday of next week": that weekday of that week
            r"(?:[ \t]+(?:of[ \t]+)?(?P<rel_week>last|next)[ \t]+week\b)?"
            # "Monday 25 September", "on Thursday, 24 October 2024": one day, by its date
            rf"(?:,?[ \t]+(?P<day>[0-3]?\d)[ \t]+(?P<mon>{'|'.join(_MONTHS)})\b"
            rf"(?:,?[ \t]+(?P<year>{_Y})\b)?"
            # "on Saturday the 4th": the Saturday that falls on a 4th
            r"|,?[ \t]+the[ \t]+(?P<nth>[123]?\d)(?:st|nd|rd|th)\b)?"
        ),
        W.h_weekday,
        G.weekday_hint,
        # the weekday's name itself: its capitals are common letters of running English, where
        # the scan tried the pattern at every one; seven searches of the lower-cased text are
        # cheaper
        S.Anchor(tuple(f"{stem.lower()}day" for stem in _WEEKDAY_STEMS), back=0, itself=True),
    ),
    Rule(
        "last week",
        re.compile(
            r"\b(?:(?P<mod>this|last|next|past|previous)\s+(?P<unit>week|weekend)"
            r"|(?P<prep>over|at|during|through|on|for)\s+the\s+weekend)\b",
            _I,
        ),
        R.h_week,
        G.modifier_before(("week",), G.MODS | {"the"}),
        _WEEK,
    ),
    Rule(
        "last month",
        re.compile(r"\b(?P<mod>this|last|next|previous)\s+month\b", _I),
        R.h_month_rel,
        G.modifier_before(("month",), G.MODS),
        S.Anchor(("month",)),
    ),
    Rule(
        "last year",
        re.compile(
            # "1 November last year", "in October next year": a month of the shifted year
            rf"(?:(?-i:(?:(?P<day>[0-3]?\d)\s+(?:of\s+)?)?(?P<mon>{'|'.join(_MONTHS)})"
            r"(?:\s+(?P<day2>[0-3]?\d))?),?\s+)?"
            r"\b(?P<mod>this|last|next|previous)\s+year\b",
            _I,
        ),
        R.h_year_rel,
        G.modifier_before(("year",), G.MODS),
        S.Anchor(("year",), back=3),  # "last year", "1 November last year"
    ),
    # "by the end of the week", "until the end of the month": of the publication's, ahead
    Rule(
        "end of the period",
        re.compile(r"\b[Tt]he (?P<part>end|middle) of the (?P<unit>week|month|year)\b"),
        R.h_end_of_period,
        ("end of the", "middle of the"),
        S.Anchor(("end of the", "middle of the"), back=1),
    ),
    # "the following year", "late the previous month": from the date named before
    Rule(
        "following year",
        re.compile(r"\b[Tt]he\s+(?P<rel>following|previous)\s+(?P<unit>year|month)\b"),
        R.h_following_unit,
        ("following", "previous"),
        S.Anchor(("following", "previous"), back=1),
    ),
    THAT_YEAR,
    IN_THE_NEW_YEAR,
    A2.PART_OF_HAPPENING,
    # "opens in nine days", "in two weeks": ahead of the publication
    Rule(
        "in days",
        re.compile(rf"\b[Ii]n\s+{NUM}\s+(?P<unit>day|week)s\b"),
        R.h_in_days,
        ("days", "weeks"),
        S.Anchor(("days", "weeks"), back=4),
    ),
    Rule(
        "ago",
        re.compile(
            rf"\b{NUM}\s+(?P<unit>day|week|fortnight|month|year|decade)s?\s+ago\b"
            r"(?P<today>\s+today\b)?"
            # "a few minutes ago", "an hour ago": the time of the report's day
            r"|\b(?P<recent>(?:an?|a\s+few|several|(?-i:[1-9]\d?)|two|three|four|five|ten|"
            r"twenty|thirty|forty)\s+(?:minute|hour)s?)\s+ago\b",
            _I,
        ),
        R.h_ago,
        ("ago",),
        S.Anchor(("ago",), back=3),  # "couple of days ago"
    ),
]

#: Every rule, in the order ties between equal spans are broken.
RULES = tuple(ABSOLUTE + RELATIVE)

#: The words the English rules' gates and anchors ask of every text, found by one pass.
ENGLISH_WORDS = Words(
    sorted(S.words_of_rules(RULES) | set(G.GATE_WORDS) | set(G.NOON) | set(S.CASELESS_LOOKALIKES))
)
