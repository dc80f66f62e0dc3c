"""Run the rules over a text: every date it names, left to right, without overlaps."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from operator import itemgetter
from typing import Final

from newsmap.events.temporal.absolute import WHEN_AFTER
from newsmap.events.temporal.anchors import from_anchor, past_midnight, surface_names_night
from newsmap.events.temporal.chronology import YEARLESS_RULES, story_year
from newsmap.events.temporal.context import words_of
from newsmap.events.temporal.diary_heads import after_diary_head
from newsmap.events.temporal.family_words import NO_OWNERS, families_of, family_rules
from newsmap.events.temporal.family_words import rules_of as rules_of
from newsmap.events.temporal.layout import FIXTURE, midnight_line, title_block
from newsmap.events.temporal.listed_days import after_listed_day
from newsmap.events.temporal.local_apposed_days import (
    anchor_days,
    counted_to_weekday,
    sentence_day,
)
from newsmap.events.temporal.local_later_happenings import Pending, pending_of, stemmed, told_later
from newsmap.events.temporal.local_next_days import after_day_told
from newsmap.events.temporal.local_state_dates import local_no_event
from newsmap.events.temporal.local_year_told import (
    YEARLESS_LOCAL,
    feast_year_joined,
    with_year_told,
)
from newsmap.events.temporal.paired_dates import habit_closing, without_periods
from newsmap.events.temporal.period_names import names_a_period, vague_base
from newsmap.events.temporal.record import ANCHORED, SPAN_ONLY, Rule, TimeExpr
from newsmap.events.temporal.reported_days import spoken_from
from newsmap.events.temporal.rules import RULES
from newsmap.events.temporal.shared_words import Words
from newsmap.events.temporal.starts import Scan
from newsmap.events.temporal.weekday_anchor import weekday_by_anchor
from newsmap.lexicon import EN_MONTH_ABBR, EN_MONTHS, EN_WEEKDAYS

_PREP_BEFORE: Final = re.compile(
    r"(?:\b(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|"
    r"[Ss]tarting)[ \t]+)?"
    r"(?:\b[Tt]he[ \t]+(?:(?:end|beginning|start|middle|first[ \t]+half|second[ \t]+half|turn)"
    r"[ \t]+of[ \t]+)?)?"
    r"(?:\b(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id)(?:[ \t]+|-))?"
    r"(?:\b(?:[Tt]he|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)[ \t]+)?\Z"
)
# Its blanks are a line's: a title's last word is no preposition of the next line's date.
# Every word _PREP_BEFORE can match, lower-cased.
_PREP_WORDS: Final = frozenset(
    "on in since by until till from during before after starting the end beginning start middle "
    "first half second turn of earlier later early late mid last next this past coming".split()
)

Candidate = tuple[int, int, re.Match[str], Rule]


def prep_start(text: str, lo: int, start: int) -> int:
    """Where the date at ``start`` begins once a preposition right before it joins its surface.

    The answer is ``_PREP_BEFORE.search(text, lo, start)``, but that search tries a match at every
    character of its window.  A match is a run of the phrase's words and blanks (or a hyphen;
    never a line break) ending at the date, so the search can start where, walking back from
    the date, the first other word or character stands: no match can begin before it, and the
    leftmost match found from there is the one the full window gives.

    Nor does that search need to try every character from there: each part of the phrase
    opens with a word boundary and a letter, so a match that is not empty begins where one of
    the phrase's words does (those the walk back found), and the empty one (at the date) leaves
    the date's start as it is.  So the pattern is tried at those words, the leftmost first.
    """
    floor = start
    words: list[int] = []  # where the phrase's words start, nearest the date first
    while floor > lo:
        j = floor
        while j > lo and text[j - 1] in " \t-":
            j -= 1
        i = j
        while i > lo and (text[i - 1].isalnum() or text[i - 1] == "_"):
            i -= 1
        if i == j or text[i:j].lower() not in _PREP_WORDS:
            break
        floor = i
        words.append(i)
    for at in reversed(words):
        if _PREP_BEFORE.match(text, at, start) is not None:
            return at
    return start


def _last_word(text: str, start: int, end: int) -> str:
    words = words_of(text, start, end)
    return words[-1] if words else ""


# What may stand between a dateline's date and its dash: the agency, "(Reuters)", "/MINA/".
_AGENCY: Final = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*|/[^/\n]{1,20}/\s*)?[-–—]")
# A header line's date: "Skopje, 13 May 2024", "Press release, Butmir, 4 March 2025",
# "Travel advice (updated 19 February 2024)" -- the date closes the line.
_LINE_END: Final = re.compile(r"[ \t]*\)?[ \t]*(?:\n|\Z)")
_STAMP_WORDS: Final = ("updated", "published", "posted", "issued", "modified")
# The longest line read as a page's header (a byline, a stamp): a line of prose is longer.
_HEADER_LINE: Final = 80
# The words a header line's stamp is made of besides its date and a name or two ("Last updated
# on Thursday 5 December 2024 at 14:20 GMT", "Posted: Thu 5 Dec 2024, 14.20 CET").
_HEADER_WORDS: Final = frozenset(
    [*_STAMP_WORDS, "last", "on", "at", "by", "am", "pm", "local", "time", "gmt", "utc", "cet"]
    + ["cest", "bst", "edt", "est", "and"]
    + [*EN_MONTHS, *EN_MONTH_ABBR, *EN_WEEKDAYS, *(day[:3] for day in EN_WEEKDAYS)]
    + ["tues", "thur", "thurs", "sept"]
)


def is_dateline(text: str, start: int, end: int, precision: str = "day") -> bool:
    """Whether the date at text[start:end] is a dateline's ("BELGRADE, March 3 -", "PRISTINA,
    Kosovo, April 24 (Reuters) -", "Skopje, 5 May (MIA) -", "СКОПЈЕ, 6 јули –") or a header
    line's ("Skopje, 13 May 2024", "Published: Thu 5 Dec 2024, 14:20"): the day a report was
    filed or issued, not the day of anything it reports."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start].rstrip()
    if head.endswith((" -", " –", " —")) and start - line <= 80 and precision in _STAMPED:
        # a heading's day after a dash ("ENERGY MONITOR - Weekly report - 3 January 2022"); a
        # year alone there ("12:00 - 2024") is no stamp
        if "." not in head and "!" not in head and "?" not in head and _ends_line(text, end):
            return True
    elif head.endswith(",") and FIXTURE.search(head) is None:  # no fixture's line
        if _AGENCY.match(text, end):
            place = head[:-1].split(",")[0].strip()
            if place and len(head) <= 48 and _is_place_name(place):
                return True
        # a line of a place and the date, with no sentence in it (a sentence's opening clause
        # before a date that ends its paragraph is longer than a place or two)
        if (
            len(head) <= _PLACE_HEAD
            and "." not in head
            and "!" not in head
            and "?" not in head
            and _ends_line(text, end)
        ):
            return True
    elif head[-9:].lower().endswith(_STAMP_WORDS):
        if _last_word(text, max(line, start - 20), start).lower() in _STAMP_WORDS and _ends_line(
            text, end
        ):
            return True
    # a stamp gives a day or a month; a year alone on a short line ("12:00 - 2024") is no stamp
    return precision in _STAMPED and _header_line(text, line, end) and not _diary_head(text, end)


_STAMPED: Final = ("day", "month")
# The longest head of a dateline's line before its date ("Press release, Butmir, ").
_PLACE_HEAD: Final = 60
_YEAR_DIGITS: Final = re.compile(r"\d{4}")


def _diary_head(text: str, end: int) -> bool:
    """Whether the date heads a diary's entry: a line of a weekday and a day with no year, and
    the entry's prose right under it ("Friday, 1 May" over "Unions will march ..."), which is
    the day the entry is set for.  A stamp gives its year or stands apart from what follows
    (a blank line between), and a log's day heading has timed lines under it."""
    stop = text.find("\n", end)
    if stop < 0 or not text[stop + 1 : stop + 2].isupper():
        return False
    line = text.rfind("\n", 0, end) + 1
    head = text[line:stop]
    return head[:3].lower() in _WEEKDAY_STARTS and _YEAR_DIGITS.search(head) is None


_WEEKDAY_STARTS: Final = frozenset(day[:3] for day in EN_WEEKDAYS)


def _is_place_name(place: str) -> bool:
    """A dateline's place: in capitals ("BELGRADE") or one to three capitalised words."""
    if place.upper() == place:
        return any(map(str.isalpha, place))
    words = place.split()
    if not words or len(words) > 3 or words[0].lower() in _PREP_WORDS:
        return False  # "In Belgrade, 5 December - ...": a sentence's opening, no dateline
    for w in words:
        if not (w[:1].isupper() and w.replace("-", "").isalpha()):
            return False
    return True


def _header_line(text: str, line: int, end: int) -> bool:
    """Whether the date's line is a page's header, a stamp or byline and no sentence: short, and
    besides its dates, clock times and stamp words ("Last updated on", "GMT") holding no word but
    one or two capitalised ones (a place, a name: "December 5, 2024 | Belgrade")."""
    if end - line > _HEADER_LINE:
        return False  # most dates: in a line of prose
    stop = text.find("\n", end)
    if (len(text) if stop < 0 else stop) - line > _HEADER_LINE:
        return False
    names = 0
    words = words_of(text, line, None if stop < 0 else stop)
    if len(words) <= 2 and words and words[0].lower() in EN_WEEKDAYS:
        if len(words) == 1 or words[1].lower() in _DAY_PARTS:
            return False  # "Saturday night" over a log's lines: a section's day, no stamp
    for word in words:
        if word.lower() in _HEADER_WORDS:
            continue
        if not word[:1].isupper() or names == 2:
            return False
        names += 1
    return True


_DAY_PARTS: Final = frozenset({"morning", "afternoon", "evening", "night"})


def _ends_line(text: str, end: int) -> bool:
    return _LINE_END.match(text, end) is not None


_SINCE: Final = re.compile(
    r"\b[Ss]ince[ \t]+(?:(?:the|early|late|last)[ \t]+|mid-|the[ \t]+(?:early|late)[ \t]+"
    # "blocked since late on Saturday": a weekday's state
    r"|(?:early|late)[ \t]+on[ \t]+"
    r"|the[ \t]+(?:start|end|beginning|middle|first[ \t]+(?:days?|weeks?))[ \t]+of[ \t]+"
    # "open since 09:00 this morning", "since noon on Monday": a clock time of the day told
    r"|(?:[012]?\d[:.][0-5]\d|noon|midnight)[ \t]+(?:on[ \t]+)?)?\Z"
)
_THROUGH: Final = re.compile(r"\b[Tt]hrough(?:out)?[ \t]+(?:the[ \t]+)?\Z")
# How far before a date "since" or "through" and the words between may stand.
_SINCE_REACH: Final = 32


def starts_a_state(text: str, start: int, end: int, precision: str = "") -> bool:
    """Whether the date opens a state that lasts to this day ("in power since 1991", "the first
    count since 2002", "since 1 February only euros are accepted"): the state is the news, its
    start is no event unless the text tells what happened then ("since 2004, when EUFOR took
    over").  ``precision``: the date's, where it is known."""
    if text.startswith(("since ", "Since "), start):
        # a rule that reads "since" with its date ("since last December", "since the start
        # of 2019", "since the late 2000s")
        return not WHEN_AFTER.match(text, end)
    if text.endswith("quarter of ", start - 11 if start > 11 else 0, start):
        return True  # "prices in the last quarter of 2020": a reporting period, no event
    lo = start - _SINCE_REACH if start > _SINCE_REACH else 0
    if "hrough" in text[lo:start] and _THROUGH.search(text, lo, start) is not None:
        # "rumours all through January", "stayed through 1999": a span, no event; through one
        # day or night ("worked through Friday night") is a happening of that day
        return precision != "day"
    if "ince" not in text[lo:start]:
        return False  # the common case, told without a regex
    if not _SINCE.search(text, lo, start):
        return False
    return not WHEN_AFTER.match(text, end)


# The rules of the words that name a day from the writing's ("today", "last night", "a few
# minutes ago"), and a day's step.
_DAY_WORDS: Final = frozenset(
    {"today", "yesterday", "tomorrow", "day before yesterday", "day after tomorrow"}
)
_ONE_DAY: Final = timedelta(days=1)
# What stands right before a day word quoted from a speech ('"tomorrow', '"from tomorrow').
_QUOTED: Final = frozenset({'"', "“", " "})
_START: Final = itemgetter(0)
_END: Final = itemgetter(1)


def candidates(
    text: str, rules: Sequence[Rule] = RULES, owners: dict[str, Words] = NO_OWNERS
) -> list[Candidate]:
    """Every match of every rule (see ``Scan.matches``), earlier and then longer first; readings
    of the same span keep the order of their rules.  ``owners``: the words of the rules'
    language families (``family_rules``)."""
    found: list[Candidate] = []
    scan = Scan(text, owners)
    for rule in rules:
        for m in scan.matches(rule):
            start, end = m.span()
            found.append((start, end, m, rule))
    # by start, then the longer first: two stable sorts on C-level keys give the order of the
    # key (start, -end) without a Python call per reading
    found.sort(key=_END, reverse=True)
    found.sort(key=_START)
    return found


# Only a comma between a date and a date told from another: the second restates the first.
_APPOSITION: Final = re.compile(r",[ \t]*")
# A comma and "a" between a date and a weekday: the weekday of that date ("on 1 September, a
# Thursday").
_WEEKDAY_APPOSITION: Final = re.compile(r",[ \t]*an?[ \t]+")


def find_dates(
    text: str, published: date | None, languages: Iterable[str | None] = ()
) -> list[TimeExpr]:
    """Every date named in ``text``, left to right, resolved against ``published``.

    ``languages``: the languages the text is in (detected or given), whose local rules run
    beside the English ones; none, or languages outside the region, leave the English rules.

    Where two readings overlap the earlier and then the longer one wins ("24 September 2023"
    over "September 2023").  A preposition directly before a date joins its surface ("On
    September 24"), as analysts read it in the timeline's hover text.
    """
    # Handlers run only for the readings that survive the overlap rule: most matches of the
    # later rules (the year of "14 January 2023", its "January 2023") lose to a longer or
    # earlier one, and resolving them (context words, tense) was most of the work.  A reading
    # that resolves to nothing is skipped as if it had never matched, so the result is the same
    # as resolving everything first.
    out: list[TimeExpr] = []
    midnight = midnight_line(text) if published is not None else -1
    if midnight < 0:
        midnight = len(text) + 1
    block, heads = title_block(text)
    last_end = block
    night = ""  # the day whose evening the last clock time told, while its night goes on
    rules, owners = family_rules(families_of(languages))
    local = rules is not RULES  # a text in one of the region's languages
    pending: list[Pending] = []  # local counts from a happening the text dates later
    for start, end, m, rule in candidates(text, rules, owners):
        if start < last_end:
            continue
        if rule.name == "weekday" and out:
            if _WEEKDAY_APPOSITION.fullmatch(text, out[-1].end, start):
                last_end = end  # "on 18 March, a Saturday": the weekday of the date before it
                continue
        resolved = rule.handler(m, text, published)
        if rule.name == "weekday" and resolved is not None and out:
            resolved = after_listed_day(text, out[-1], start, resolved)
            resolved = after_diary_head(text, out, start, end, resolved)
        elif local and resolved is not None and out and rule.name.endswith(" weekday"):
            resolved = after_day_told(rule.name[:2], m, text, out[-1], resolved)  # "sljedeće"
        if resolved is not None and resolved[0] == ANCHORED:
            if out and _APPOSITION.fullmatch(text, out[-1].end, start):
                if not local:
                    # "on Wednesday, three days after the fire": which Wednesday it is
                    moved = weekday_by_anchor(text, out, resolved, start, published)
                    if moved is not None:
                        out[-1] = moved
                if not local or out[-1].precision != "day":
                    continue  # "on Monday, a day after the vote": how Monday relates, not a new day
                # the region's news counts it as a phrase of that day of its own ("juče, dan
                # nakon protesta", tests/data/events/local/README.md, dev8)
                resolved = (out[-1].date, "day", "relative")
            else:
                told = resolved
                bases = anchor_days(text, out) if local else out  # not "od petka", "do srede"
                resolved = from_anchor(text, resolved, bases, start, published)
                if local:  # "Dan ranije, u subotu": counted from a day that lands on Saturday
                    resolved = counted_to_weekday(text, end, told[1], bases, resolved)
                    if resolved is None and told[1][:1] == "h":  # "sot ..., dy ditë pas sulmit"
                        resolved = sentence_day(text, start, end, out)
                    if resolved is None and (again := stemmed(told)) is not None:
                        resolved = from_anchor(text, again, bases, start, published)  # "skupa"
                    waiting = pending_of(text, start, end, told) if resolved is None else None
                    if waiting is not None:  # "Една седмица по пожарот": its day told further on
                        pending.append(waiting)
        if resolved is None:
            continue
        if (
            resolved == SPAN_ONLY
            or is_dateline(text, start, end, resolved[1])
            or starts_a_state(text, start, end, resolved[1])
            or habit_closing(text, start, end, out)
            or names_a_period(text, start, end)
            or vague_base(text, start, end)
            or (local and local_no_event(text, start, end, resolved[1]))
            or (start < heads and resolved[1] == "year")
        ):
            last_end = end  # its years and days are no events either
            continue
        date_s, precision, source = resolved
        if precision != "year" and rule.name in YEARLESS_RULES and source != "published":
            date_s = story_year(text, start, end, date_s, out, published)
        if local and rule.name in YEARLESS_LOCAL:  # "Lani ... do svibnja", "prošle godine u maju"
            date_s, start, source = with_year_told(text, out, start, end, date_s, source)
        elif local and rule.name.endswith(" feast day"):  # "Lani na Martinje": one date
            start = feast_year_joined(text, out, start, date_s)
        if precision == "day":
            if rule.name == "clock time":
                date_s, night = past_midnight(m, date_s, night)
            else:
                # a day named anew: the clock times after it are of that day, or past its
                # midnight when it names a night ("last night ... until after 01:00")
                night = date_s if surface_names_night(text, start, end) else ""
        if rule.name in _DAY_WORDS and published is not None and text[start - 1 : start] in _QUOTED:
            date_s = spoken_from(text, start, date_s, out, published)  # '"from tomorrow"'
        if start >= midnight and (
            rule.name in _DAY_WORDS or (rule.name == "ago" and source == "published")
        ):
            # "later today" in a blog's entry past midnight: the next day's
            date_s = (date.fromisoformat(date_s) + _ONE_DAY).isoformat()
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[end - 1] == "." and _last_word(text, start, end - 1).lower() not in EN_MONTH_ABBR:
            end -= 1  # a full stop after "5. maja" ends the sentence, it is not an abbreviation
        start = prep_start(text, max(last_end, start - 40), start)
        out.append(TimeExpr(start, end, text[start:end], date_s, precision, source))
        last_end = end
    if pending:
        out = told_later(text, pending, out)
    return without_periods(text, out)
