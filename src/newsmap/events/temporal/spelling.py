"""How the date patterns are spelled: word tries, month names by case, and fast word starts.

Every pattern here is written for the speed of Python's regex engine, which can skip ahead only
to a literal character or a character class that opens a pattern; each fast spelling matches
exactly what its plain form does (tests/unit/events/test_fast_paths.py holds them to it).
"""

from __future__ import annotations

from newsmap.events.temporal.words import NUMBER_WORDS
from newsmap.lexicon import EN_MONTH_ABBR, EN_MONTHS, LOCAL_MONTHS
from newsmap.lexicon.trie import alt

# Month names in the cases they are written in: English ones capitalised (or in capitals), local
# ones in lower case or capitalised at a sentence start.  Matching case-sensitively is both
# what rejects "may" and "march" and what keeps the search fast.
CASED_MONTHS = (
    [w.capitalize() for w in (*EN_MONTHS, *EN_MONTH_ABBR)]
    + [w.upper() for w in EN_MONTHS]
    + [w for w in LOCAL_MONTHS]
    + [w.capitalize() for w in LOCAL_MONTHS]
)
MON = rf"(?P<mon>{alt(CASED_MONTHS)})(?!\w)\.?"
YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)(?!\d)"
DAY = r"(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
NUM = r"(?P<n>\d{1,2}|" + alt(NUMBER_WORDS) + r")"
# What may follow a month name that leads: a day ("September 24[, 2023]") or a year ("May 2023").
# Its blanks may hold one line break (a wrapped line), never a blank line: "the last in
# March.\n\n4 November 2024 - ..." ends a paragraph on the month and opens a timeline's line.
MONTH_TAIL = (
    rf"(?:(?:[ \t]+|[ \t]*\n(?![ \t]*\n)[ \t]*){DAY}(?:,?[ \t]+{YEAR})?(?![\d,]\d)"
    r"|,?[ \t]+(?:of\s+)?(?P<myear>1[0-9]\d\d|20\d\d)(?!\d))"
)

# Fast spellings of the patterns that open with ``\b``.  A pattern that opens with an assertion
# gives the regex engine nothing to skip ahead with, so it tries a full match at every character
# of the article; one that opens with a character class or a choice of literal characters is
# searched by a tight scan for those characters.  So the word-boundary test moves behind the first
# character as a two-character lookbehind ("the character before this one is no word character"),
# which matches exactly the same strings because that first character is itself a word character.
# ``[0-3]?\d`` becomes ``\d(?:(?<=[0-3])\d)?``: the same tries, in the same order.
NO_WORD_BEFORE_1 = r"(?<!\w\w)"  # said right after the first character of a word
DAY_AT_WORD_START = r"(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?)(?!\d)(?:st|nd|rd|th)?"
# Month names are split by the case of their first letter.  Capitalised ones (every English month,
# local ones at a sentence start) are rare letters in running text, so the scan for them skips
# most of an article.  Lower-case local ones start with the commonest letters, where the plain
# ``\b`` is the cheaper test; and they lead a date only with a day or a year after them (on its
# own a lower-case name is never read as a month, see ``absolute.h_month``), so that tail is
# required, which in turn gives that scan a cheap gate (``gates.LOWER_MONTH_HINT``).
UPPER_MONTHS = [w for w in CASED_MONTHS if not w[:1].islower()]
# "april", "jun" and "jul" in lower case are English words first (``month_number`` never reads
# them as months), so a match on them could only resolve to nothing: they are left out.
LOWER_MONTHS = [
    w for w in CASED_MONTHS if w[:1].islower() and w not in EN_MONTHS and w not in EN_MONTH_ABBR
]
UPPER_MON_AT_WORD_START = rf"(?P<mon>{alt(UPPER_MONTHS, NO_WORD_BEFORE_1)})(?!\w)\.?"
LOWER_MON = rf"(?P<mon>{alt(LOWER_MONTHS)})(?!\w)\.?"


def caseless_at_word_start(*alternatives: str) -> str:
    r"""``\b(?:alternative|...)`` matched ignoring case, spelled so that its scan can skip ahead.

    Under re.IGNORECASE no letter gives the regex engine anything to skip ahead with, so it tries
    a full match at every character, and "this" or "night" are in most articles.  Here the first
    letter of each alternative becomes a class of its two cases (all that the letter matches
    when case is ignored, for the letters used here: see test_fast_paths), the word boundary is
    tested behind it as in NO_WORD_BEFORE_1, and only the rest of each alternative ignores case.
    """
    firsts = "".join(dict.fromkeys(a[0].lower() + a[0].upper() for a in alternatives))
    branches = "|".join(f"(?<=[{a[0].lower()}{a[0].upper()}])(?i:{a[1:]})" for a in alternatives)
    return f"[{firsts}]{NO_WORD_BEFORE_1}(?:{branches})"
