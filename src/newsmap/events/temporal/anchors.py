"""Dates told from another: "two days later", "that night", and the day of a clock time.

A date told from another counts from the last day the text named shortly before it; a clock
time with no day of its own is on the day its sentence, the one before, or its paragraph names,
else on the news's day; clock times told in order run past midnight into the next day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.english_tense import is_future_clause
from newsmap.events.temporal.happenings import happening_day
from newsmap.events.temporal.periods import iso_month, shift_month
from newsmap.events.temporal.record import STRICT, TimeExpr
from newsmap.events.temporal.same_day import same_day_source
from newsmap.events.withdrawn import anchors_kept

# How far back a day may stand to anchor "a day later" or a clock time: about two sentences.
_ANCHOR_REACH = 400
# A late hour of a day told ("shortly before midnight on Tuesday", "at around 23:00 on
# Saturday"): a few hours on is the next day.
_LATE = re.compile(r"\b(?:(?<!after )midnight|2[1-3][:.]\d\d)")


def from_anchor(
    text: str,
    resolved: tuple[str, str, str],
    found: list[TimeExpr],
    start: int,
    published: date | None,
) -> tuple[str, str, str] | None:
    """An anchored date resolved on the last day named shortly before it (see ``anchored``)."""
    _, days, fallback = resolved
    # a date a correction withdraws ("not on Monday as we reported") is no day to count from
    found = anchors_kept(text, found)
    if days[:1] in ("y", "m"):
        return _from_anchor_in(days[0], int(days[1:]), found, start)
    if days[:1] == "w":  # "the following Saturday": the first such weekday after the day told
        for expr in reversed(found):
            if start - expr.end > _ANCHOR_REACH:
                break
            if expr.precision == "day":
                day = date.fromisoformat(expr.date)
                ahead = (int(days[1:]) - day.weekday()) % 7 or 7
                return (day + timedelta(days=ahead)).isoformat(), "day", "relative"
        return None
    if days == "n":  # "hours later": the day told before, the next after a late hour of it
        for expr in reversed(found):
            if start - expr.end > _ANCHOR_REACH or expr.precision != "day":
                return None
            # the hour stands in the day's phrase or right before it ("at 23:00 on Saturday")
            late = _LATE.search(text, max(0, expr.start - 28), expr.end) is not None
            day = date.fromisoformat(expr.date) + timedelta(days=1 if late else 0)
            return day.isoformat(), "day", "relative"
        return None
    if days == "e":  # "a few minutes ago": the day of the live blog's entry, or of the news
        for expr in reversed(found):
            if start - expr.end > _ANCHOR_REACH:
                break
            if _is_stamp(text, expr) and expr.precision == "day":
                return expr.date, "day", "relative"
        return (published.isoformat(), "day", "published") if published is not None else None
    # "in the evening": the day told, a part of it told apart from the publication's own day
    # words ("this evening", see ``extract``), so a reading of its own
    told_part = days == "p"
    if told_part:
        days = "0"
    if days[:1] == "h":  # "the day after the vote": from the vote's day, if the text told it
        days = days[1:]
        strict = fallback.startswith(STRICT)  # a local phrase: no day when none is told
        told = happening_day(text, fallback.removeprefix(STRICT).split(), found, start)
        fallback = ""
        if told is not None:
            day = date.fromisoformat(told) + timedelta(days=int(days))
            return day.isoformat(), "day", "relative"
        if strict:
            return None
    if (
        not fallback
        and text[start : start + 1].isdigit()
        and (start == 0 or text[start - 1] == "\n")
    ):
        # a log's line ("16:20 - Officers find ..."): on the day of the line before it or of a
        # heading, never of a date told inside the entry before ("reopened on 5 July")
        found = [e for e in found if _is_stamp(text, e) or _on_heading(text, e)]
    # a clock time's day is named in its sentence or the one before, or further up its
    # paragraph by a date of the story (a blog entry's opening time is none)
    here = 0
    if fallback:
        here = _sentence_start(text, start)
        near = _sentence_start(text, here - 2) if here > 1 else 0
        floor = min(near, text.rfind("\n", 0, start) + 1)
    else:
        near = floor = 0
    para: TimeExpr | None = None
    if days == "0" and not fallback and "same" in text[start : start + 12]:
        main = _lead_day(text, found, start, published) or same_day_source(text, found, start)
        if main is not None:
            return main.date, "day", main.date_source
    for expr in reversed(found):
        if start - expr.end > _ANCHOR_REACH or expr.start < floor:
            break
        if not fallback and _clock_of_no_day(expr):
            continue
        if expr.start < near:
            if para is None and not _is_stamp(text, expr) and _recent(expr, published):
                para = expr
            continue
        if expr.precision in ("month", "year") and not fallback:
            if expr.date_source == "relative" and "week" in expr.surface.lower():
                continue  # "could clinch the title next weekend": a frame of the writing's
            if text.endswith("than ", max(0, expr.start - 5), expr.start):
                continue  # "Turnout was lower than in February": a comparison's base, no story
            if _in_aside(text, expr):
                continue  # "X, a lawyer who took office in December, apologised a week later"
            return None  # "in January 2019, and two weeks later": from no day told
        if int(days) > 0 and not fallback and _looks_back(expr.surface):
            continue  # "a day earlier ... two days later": later than the story's day
        if expr.precision == "day":
            day = date.fromisoformat(expr.date) + timedelta(days=int(days))
            if fallback and published is not None and day < published:
                if is_future_clause(text, start, start):
                    # "the next bulletin will be issued at 18:00": to come, on the publication's
                    return published.isoformat(), "day", "published"
            elif fallback and published is not None and day > published and expr.start < here:
                if not is_future_clause(text, start, start):
                    # "the report, published at noon, found ...", after a sentence on a day to
                    # come: a time told in the past is no time of that day
                    return _news_day(text, found, published, para)
            relative = int(days) != 0 or told_part
            return day.isoformat(), "day", "relative" if relative else expr.date_source
    if fallback and published is not None:
        return _news_day(text, found, published, para)
    return None


# A clock time told with a word before it ("at 07:00", "shortly after noon").
_CLOCK_SURFACE = re.compile(r"[A-Za-z][A-Za-z ]*[ \t](?:\d\d?[:.]\d\d|noon|midnight|midday)")


# A relative clause set off by commas, up to a date in it: ", who took office in".
_ASIDE_OPEN = re.compile(r",[ \t]+(?:[a-z]+[ \t]+){0,3}(?:who|which)[ \t][^,.;:!?\n]*\Z")
_ASIDE_CLOSE = re.compile(r"[^,.;:!?\n]{0,24},")


def _in_aside(text: str, expr: TimeExpr) -> bool:
    """Whether the date stands in a relative clause between commas (", a lawyer who took office
    in December last year, apologised"): background to the sentence, no day its story is
    told from."""
    return (
        _ASIDE_OPEN.search(text, max(0, expr.start - 90), expr.start) is not None
        and _ASIDE_CLOSE.match(text, expr.end) is not None
    )


def _clock_of_no_day(expr: TimeExpr) -> bool:
    """Whether the date is a clock time that took the publication's day only because no day
    was told for it ("Sunday, 16 October - Polls open at 07:00" in a timeline published two
    days on): no day a later "in the afternoon" or "that evening" counts from."""
    return expr.date_source == "published" and _CLOCK_SURFACE.fullmatch(expr.surface) is not None


#: Words of a date told back from another ("a day earlier", "dan ranije", "ден порано").
_BACK_WORDS = ("earlier", "before", "ranije", "prije", "раније", "пре ", "порано", "më parë")


def _looks_back(surface: str) -> bool:
    """Whether a date was told back from the story's day: no day a "later" counts from."""
    low = surface.lower()
    if low.endswith(("night before", "evening before")):
        return False  # "an attack the night before ... arrests the next morning": that night's
    return any(w in low for w in _BACK_WORDS)


# The end of a sentence, roughly: a mark and a blank, or a line's end.
_SENTENCE_MARKS = re.compile(r"[.!?][\"'”’)]*[ \t]|\n")


def _sentence_start(text: str, at: int) -> int:
    """About where the sentence holding ``at`` starts: after the last sentence mark before it."""
    lo = max(0, at - 400)
    ends = [m.end() for m in _SENTENCE_MARKS.finditer(text, lo, at)]
    return ends[-1] if ends else lo


# How far before the publication a day may lie and still be the day of the news a clock time
# belongs to: the days a report looks back on ("on Thursday", "yesterday").
_NEWS_DAYS = 7


# How far before the publication a day named further up a clock time's paragraph may lie and
# still be the day it narrates (the month a report looks back on); an older one is background.
_PARAGRAPH_DAYS = 31


def _recent(expr: TimeExpr, published: date | None) -> bool:
    """Whether a day-precision date lies in the month up to the publication."""
    if published is None or expr.precision != "day":
        return False
    low = (published - timedelta(days=_PARAGRAPH_DAYS)).isoformat()
    return low <= expr.date <= published.isoformat()


def _on_heading(text: str, expr: TimeExpr) -> bool:
    """Whether the date stands on a line that no sentence mark ends: a heading ("Incidents of
    Friday afternoon:", "Saturday night")."""
    hi = text.find("\n", expr.end)
    line = text[expr.start : len(text) if hi < 0 else hi].rstrip()
    return not line.endswith((".", "!", "?", '"', "”", "'", "’"))


def _is_stamp(text: str, expr: TimeExpr) -> bool:
    """Whether the date opens its line with a digit: a blog entry's or a log line's time."""
    return expr.surface[:1].isdigit() and (expr.start == 0 or text[expr.start - 1] == "\n")


def _news_day(
    text: str, found: list[TimeExpr], published: date, para: TimeExpr | None = None
) -> tuple[str, str, str]:
    """The day a clock time names none for, in its sentence or the one before: the first day the
    text named, when that day is one of the news's own days (the week up to the publication: "A
    court on Thursday sentenced ... The verdict was read out at 11:15"), else the publication's.
    The lead's day is the story's; a day named further on is as often its background.  A live
    blog's entry times are its own stamps, no day of the story.  When the lead names no such
    day, a recent day named further up the clock time's paragraph (``para``) is the one its
    paragraph narrates ("reached the port on 16 October ... left the port at about 11:30")."""
    pub = published.isoformat()
    low = (published - timedelta(days=_NEWS_DAYS)).isoformat()
    for expr in found:
        if expr.precision == "day" and not _is_stamp(text, expr):
            if low <= expr.date <= pub:
                return expr.date, "day", expr.date_source
            break
    if para is not None:
        return para.date, "day", para.date_source
    return pub, "day", "published"


def _from_anchor_in(
    unit: str, n: int, found: list[TimeExpr], start: int
) -> tuple[str, str, str] | None:
    """ "two years later" (``unit`` "y") or "three months earlier" ("m"), counted from the last
    date named shortly before that is at least that precise."""
    for expr in reversed(found):
        if start - expr.end > _ANCHOR_REACH:
            break
        if expr.precision == "decade" or (unit == "m" and expr.precision == "year"):
            continue
        y = int(expr.date[:4])
        if unit == "y" and expr.precision == "month":
            # "in December 2009, and Albania a year later": December of that year
            return iso_month(y + n, int(expr.date[5:7])), "month", "relative"
        if unit == "y":
            return f"{y + n:04d}", "year", "relative"
        y, mo = shift_month(y, int(expr.date[5:7]), n)
        return iso_month(y, mo), "month", "relative"
    return None


def surface_names_night(text: str, start: int, end: int) -> bool:
    """Whether the date names the night or the evening of its day ("last night", "that
    evening", "Saturday night"); "overnight" and "tonight" name the night that ends on it."""
    return text.endswith(" night", start, end) or text.endswith("evening", start, end)


_HOUR = re.compile(r"(\d\d?):\d\d")


def past_midnight(m: re.Match[str], day: str, night: str) -> tuple[str, str]:
    """A clock time's day, and the day whose night runs on after it.  Times told in order (a
    log's lines, a blog's entries): one before 06:00 after one of the evening (18:00 on), on
    the same day and with no day named between, is past midnight, on the next day ("19:45 -
    ... At 00:40 - the scene is cleared", a blog's "23:50 ... 00:35")."""
    hour = _HOUR.search(m.group(0))
    if hour is None:
        return day, night  # noon, midnight
    h = int(hour.group(1))
    if h >= 18:
        return day, day
    if h >= 6:
        return day, ""
    if night and day == night:
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat(), night
    return day, night


def _lead_day(
    text: str, found: list[TimeExpr], start: int, published: date | None = None
) -> TimeExpr | None:
    """The day "the same day" (at ``start``, with no day before it in its own sentence) is told
    from, when the sentence before that names it names two days or more: the first of them, its
    main clause's ("announced his resignation yesterday morning, hours after students were
    attacked late on Monday night. The mayor also stepped down the same day"); the later ones
    stand in clauses told back from it; in a clause of what is to come, the last day ahead
    of the publication.  None when the plain rule (the last day) holds."""
    here = _sentence_start(text, start)
    days = [e for e in found if e.precision == "day" and start - e.end <= _ANCHOR_REACH]
    if not days or days[-1].start >= here:
        return None  # a day in its own sentence: that one
    told = _sentence_start(text, days[-1].start)
    inside = [e for e in days if e.start >= told and not _is_stamp(text, e)]
    if len(inside) < 2:
        return None
    if published is not None and is_future_clause(text, start, start):
        # "called early elections for 17 December. The city votes on the same day": what is
        # to come happens on the day ahead the sentence before set, not on the day it was set
        ahead = [e for e in inside if e.date > published.isoformat()]
        if ahead:
            return ahead[-1]
    return inside[0]
