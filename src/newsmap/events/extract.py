"""Sentences with a resolved date and a happening become events, placed by the sentence's mentions.

Placing an event by the places named in its own sentence, not in the whole article, keeps a
report about Skopje from painting a Pristina statement onto North Macedonia.  Only when the
sentence names no place does the event fall back to the article's main country.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from typing import Final

from newsmap.events.classify import classify_event, is_happening
from newsmap.events.compared import comparison_bases
from newsmap.events.dated_news import (
    BLOG_TALK,
    ENTRY_TIME,
    dated_in_full,
    dated_page,
    looks_ahead,
    planned_today,
    ticker_time,
    timeline_entry,
    told_from_a_day,
)
from newsmap.events.day_states import day_state, told_of_the_day
from newsmap.events.no_event_dates import without_no_event_dates
from newsmap.events.notices import is_blog_date_line, is_masthead, is_notice
from newsmap.events.restated import restated, told_again
from newsmap.events.sentences import line_sentences
from newsmap.events.temporal import TimeExpr, find_dates
from newsmap.events.temporal.local_words import TODAY_WORDS
from newsmap.events.temporal.weather import is_forecast
from newsmap.events.withdrawn import claim_end, claim_start, in_corrections, is_denied
from newsmap.lexicon.local import family_code
from newsmap.model import Event, Mention

__all__ = ["dated_events", "extract_events"]

_new = object.__new__


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(filter(None, items)))


def _sentence_places(
    mentions: Sequence[Mention], start: int, end: int, fallback: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Countries and place ids named inside [start, end).

    Region-level names ("the Western Balkans") never locate an event on one country.  Place
    names outrank demonyms: in "police and ethnic Serbs clashed in Zvečan" the people named are
    actors, the town is where it happened.  A metonymic capital ("Belgrade said") counts for its
    country but is no marker on the map, so it gives no place id.
    """
    inside = [m for m in mentions if start <= m.start < end and m.country and m.level != "region"]
    places = [m for m in inside if m.level != "demonym"] or inside
    countries = _unique([m.country or "" for m in places])
    place_ids = _unique([m.place_id for m in places if not m.metonymic])
    if not countries:
        countries = _unique(list(fallback[:1]))
    return countries, place_ids


def _masked(text: str, start: int, end: int, exprs: Sequence[TimeExpr]) -> str:
    """The sentence with its date phrases blanked, so "yesterday" is not read as a past verb."""
    parts = []
    pos = start
    for e in exprs:
        parts.append(text[pos : e.start])
        parts.append(" " * (e.end - e.start))
        pos = e.end
    parts.append(text[pos:end])
    return "".join(parts)


# The openings of the page's sign-offs ("We are closing the blog", "That is all from us"),
# after whose semicolon news may go on; a stamp's ("Issued ...; next review ...") does not.
_SIGNING_OFF = ("W", "T")


def _stamped_entry(text: str, expr: TimeExpr, families: tuple[str, ...]) -> bool:
    """Whether the date is an entry time no happening is dated by: a ticker's in the region's
    news (see ``_ticker_time``), or a live blog's under its page's full date line ("Friday, 5
    May 2023 - Belgrade desk" over "07:55 - What we know so far"), which only stamps the page
    (tests/data/events/README.md: entry times are no events); the date line gave it its day
    (``date_source`` explicit), where a log's times under a day told in words ("Incidents of
    Friday afternoon:") stay the times of that day's incidents."""
    if not ticker_time(text, expr):
        return False
    return bool(families) or expr.date_source == "explicit"


def _blog_talk(text: str, s0: int, s1: int, expr: TimeExpr) -> bool:
    """Whether a live blog's entry time opens a sentence in which the blog only speaks to its
    readers ("18:45 Good evening and welcome to our coverage"): no happening of that time."""
    return (
        expr.start == s0
        and ENTRY_TIME.fullmatch(expr.surface) is not None
        and BLOG_TALK.search(text, expr.end, s1) is not None
    )


_PART_OF_DAY: Final = re.compile(r"morning|afternoon|evening|tonight|overnight")
_CLOCK_NEXT: Final = re.compile(r",?[ \t]+(?:at|from|by|around|after|before|shortly)[ \t]+\d")
# The words of a date told from the day named before it ("that afternoon", "the same day").
_TOLD_FROM_BEFORE: Final = re.compile(
    r"\b(?:[Tt]hat|[Tt]he same) (?:day|morning|afternoon|evening|night)\b"
    # and the region's "the same day": "istog dana", "истог дана", "istega dne", "të njëjtën
    # ditë", "истиот ден"
    r"|(?i:\b(?:istog|истог|istoga|istega|isti|të njëjtën|истиот)\s+"
    r"(?:dana|дана|dne|dan|ditë|ден)\b)"
)


def _dated_sentences(text: str, exprs: Sequence[TimeExpr]) -> list[tuple[int, int, list[TimeExpr]]]:
    """Each sentence that holds a date's start, with its dates, in text order.

    A date belongs to the last sentence that starts at or before it; one that stands in the
    blanks after a sentence belongs to none.  Sentences are split only in the lines that hold a
    date (a line's sentences depend on that line alone, see ``line_sentences``).
    """
    lines: dict[int, list[tuple[int, int]]] = {}
    groups: dict[tuple[int, int], list[TimeExpr]] = {}
    for expr in exprs:
        base = text.rfind("\n", 0, expr.start) + 1
        spans = lines.get(base)
        if spans is None:
            stop = text.find("\n", expr.start)
            spans = lines[base] = line_sentences(text, base, len(text) if stop < 0 else stop)
        idx = bisect_right(spans, (expr.start, len(text))) - 1
        if idx >= 0 and expr.start < spans[idx][1]:
            groups.setdefault(spans[idx], []).append(expr)
    return [(s0, s1, group) for (s0, s1), group in sorted(groups.items())]


# The words of a day's part the publication's day is named by ("this morning", "overnight").
_DAY_WORDS = (
    "today",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "overnight",
    "in the day",
    " ago",
)
# and the region's ("danas", "sot", "денеска"), whole words
_LOCAL_DAY_WORDS = frozenset(TODAY_WORDS)


def _day_word(text: str, s0: int, expr: TimeExpr) -> bool:
    """Whether a date the publication gives is named by a word of the day ("this morning",
    "overnight"), which tells a happening of its own beside another date of its sentence ("raised
    the warning on Saturday and to red this morning"); a blog entry's time only restates the
    day of a more specific date beside it, and so does a day that is the
    sentence's subject ("Today marks the day the bombing began on 24 March 1999")."""
    low = expr.surface.lower()
    if low in _LOCAL_DAY_WORDS or any(word in low for word in _DAY_WORDS):
        return expr.start != s0 or _SUBJECT_VERB.match(text, expr.end) is None
    return False


# A verb right after a day word that opens its sentence makes the day its subject ("Today marks
# the day ...", "This morning was cold"); a comma or a noun after it makes it an adverb ("Today,
# ...", "Today the president said ...").
_SUBJECT_VERB = re.compile(
    r"(?:'s|’s|[ \t]+(?:is|was|marks|marked|will|would|has|had|sees|saw|brings|brought|"
    r"begins|began|starts|started|ends|ended|falls|fell)\b)"
)


_SAYING = re.compile(r"\b(?:says|said|tells|told|announces|announced|confirms|confirmed)\b")


def _said_at(text: str, s0: int, s1: int, expr: TimeExpr) -> bool:
    """Whether a blog entry's time dates a statement its entry reports ("14:00 The prime minister
    said he would address parliament on Tuesday"): the saying is news of the entry's time,
    whatever day it speaks of."""
    return (
        expr.start == s0
        and ENTRY_TIME.fullmatch(expr.surface) is not None
        and _SAYING.search(text, expr.end, s1) is not None
    )


def _not_withdrawn(
    text: str, s0: int, s1: int, group: list[TimeExpr], column: bool
) -> list[TimeExpr]:
    """The sentence's dates but those a correction withdraws (see ``withdrawn``).
    ``column``: ``in_corrections(text)``, asked once per text (a search of the whole text)."""
    sentence = text[s0:s1]
    claim = claim_start(sentence, column)
    if claim is None and "not" not in sentence:
        return group
    # what the sentence tells after the claim's semicolon is the right version ("said it took
    # place in June; it began on 15 July")
    end = len(sentence) if claim is None else s0 + claim_end(sentence, claim)
    return [
        e
        for e in group
        if (claim is None or e.start < s0 + claim or e.start >= end)
        and not is_denied(text, e.start)
    ]


def _sentence_events(
    text: str,
    s0: int,
    s1: int,
    group: list[TimeExpr],
    places: tuple[tuple[str, ...], tuple[str, ...]],
    families: tuple[str, ...],
) -> list[Event]:
    """The events of one dated sentence that reports a happening: one per distinct date."""
    if any(e.date_source != "published" for e in group):
        group = [
            e
            for e in group
            if e.date_source != "published" or _day_word(text, s0, e) or _said_at(text, s0, s1, e)
        ]
    if len(group) > 1:
        group = restated(text, group, s0, bool(families))
    etype = classify_event(text[s0:s1], group[0].start - s0, families)
    countries, place_ids = places
    events: list[Event] = []
    seen: dict[tuple[str, str], TimeExpr] = {}
    for expr in group:
        key = (expr.date, expr.precision)
        if expr.start == s0 and ENTRY_TIME.fullmatch(expr.surface) is not None:
            key = (
                "entry",
                "",
            )  # a blog entry's time and a day its entry names are two dates
        elif _TOLD_FROM_BEFORE.search(expr.surface) is not None or (
            # "more snow this afternoon and frost tonight": two parts of the day, two
            # happenings; "this evening at 19:00" is one
            expr.date_source == "published"
            and _PART_OF_DAY.search(expr.surface) is not None
            and _CLOCK_NEXT.match(text, expr.end) is None
        ):
            # "in the early hours of Saturday, and repainted that afternoon": a second
            # happening told from the first's day, on the same day
            key = (expr.surface, "")
        if key in seen and (not families or told_again(text, seen[key], expr)):
            continue  # the region's news counts each phrase of a day: "juče, na Božić" is two
        seen.setdefault(key, expr)
        # the frozen dataclass's __init__ sets each of its 11 fields through
        # object.__setattr__; filling the instance dictionary in field order gives an equal
        # Event at a third of the cost (tests/unit/events/test_extract.py holds them equal)
        event = _new(Event)
        event.__dict__.update(
            date=expr.date,
            precision=expr.precision,
            date_source=expr.date_source,
            surface=expr.surface,
            start=expr.start,
            end=expr.end,
            sentence_start=s0,
            sentence_end=s1,
            type=etype,
            countries=countries,
            place_ids=place_ids,
        )
        events.append(event)
    return events


def _forecast_ahead(text: str, group: Sequence[TimeExpr], published: date | None) -> bool:
    """Whether the sentence forecasts the weather of its day or of days ahead ("The weather: dry
    and cold tonight"): what a forecast tells is to come, with or without a verb."""
    if published is None:
        return False
    iso = published.isoformat()
    return any(e.date >= iso[: len(e.date)] for e in group) and is_forecast(text, group[0].start)


_SPANS: Final = ("month", "year", "decade")


def extract_events(
    text: str,
    published: date | None,
    mentions: Sequence[Mention],
    doc_countries: Sequence[str],
    languages: Sequence[str | None] = (),
) -> list[Event]:
    """One Event per dated statement of ``text`` (DESIGN.md section 4, ``events``).

    A sentence yields events only when it reports a happening (see ``is_happening``); each
    distinct date in it becomes one event.  A date that only restates the publication (a blog
    entry's time) is dropped when the same sentence names a more specific date.
    ``languages``: the languages of the text (given or detected); their date rules and event
    words are read beside the English ones.
    """
    return dated_events(
        text,
        published,
        mentions,
        doc_countries,
        languages,
        find_dates(text, published, languages),
    )


def dated_events(
    text: str,
    published: date | None,
    mentions: Sequence[Mention],
    doc_countries: Sequence[str],
    languages: Sequence[str | None],
    exprs: list[TimeExpr],
) -> list[Event]:
    """``extract_events`` once the text's dates are found (``exprs``, ``find_dates``'s answer):
    the step apart, so that a batch of texts can be dated first and then read for events."""
    if not exprs:
        return []
    families = tuple(dict.fromkeys(f for f in map(family_code, languages) if f))
    page = dated_page(text, exprs)
    exprs = [
        e
        for e in exprs
        if not _stamped_entry(text, e, families)
        and not (0 <= page < e.start and ticker_time(text, e))
    ]
    if not exprs:
        return []
    # bounds, deadlines, bare clock times, two days in a row ("By Monday, police had detained")
    exprs = without_no_event_dates(text, exprs, published)
    if not exprs:
        return []
    ordered = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in ordered]
    events: list[Event] = []
    column = in_corrections(text)
    for s0, s1, group in _dated_sentences(text, exprs):
        if is_notice(text, s0):
            # "We are closing the blog; the count resumes later this morning": the page's
            # notice ends at its semicolon, the news after it keeps its dates
            semi = text.find("; ", s0, s1) if text[s0] in _SIGNING_OFF else -1
            group = [e for e in group if e.start > semi] if semi >= 0 else []
            if not group:
                continue
        if (
            _blog_talk(text, s0, s1, group[0])
            or is_masthead(text, s0)
            or is_blog_date_line(text, s0, group[0].start, group[0].end)
        ):
            continue
        if group[0].precision in _SPANS and text[s0:s1].strip(" .:") == group[0].surface:
            continue  # a section's heading ("Next week."): a forecast's day heading is a day
        group = _not_withdrawn(text, s0, s1, group, column)
        if not group:
            continue
        if not (
            is_happening(_masked(text, s0, s1, group))
            or looks_ahead(group, published)
            or timeline_entry(text, s0, s1, group)
            or planned_today(text, group, published)
            or dated_in_full(text, group)
            or told_from_a_day(group)
            or _forecast_ahead(text, group, published)
            or day_state(text, s0, s1, group)
            or told_of_the_day(text, s0, s1, group)
        ):
            # a state with the explicit base of a comparison ("lower than in 2016")
            group = comparison_bases(text, group)
            if not group:
                continue
        # Only the mentions inside the sentence, a slice of the sorted list, need a look.
        near = ordered[bisect_left(mention_starts, s0) : bisect_left(mention_starts, s1)]
        places = _sentence_places(near, s0, s1, doc_countries)
        events += _sentence_events(text, s0, s1, group, places, families)
    return events
