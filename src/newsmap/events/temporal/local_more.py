"""More date shapes of the region's languages: a date told from the one before ("dva dana
kasnije", "Një ditë më vonë", "Наредниот ден"), a day with a Roman month ("29. III 2022."), and
the year a state has lasted since ("od 2012. godine", "që nga viti 2015"), which is no event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Final

from newsmap.events.temporal import local_words as W
from newsmap.events.temporal import starts as S
from newsmap.events.temporal.local_happenings import happening_rules
from newsmap.events.temporal.local_in_days import in_days_rules
from newsmap.events.temporal.local_ordinal_days import ordinal_day_rules
from newsmap.events.temporal.local_tense import is_future_local
from newsmap.events.temporal.local_told_from_words import DIRECTION as _DIRECTION
from newsmap.events.temporal.local_told_from_words import NEXT_DAY as _NEXT_DAY
from newsmap.events.temporal.local_told_from_words import UNITS as _UNITS
from newsmap.events.temporal.local_weekday_cues import announced_before, expected_before
from newsmap.events.temporal.periods import iso_month, shift_month, span, valid_day
from newsmap.events.temporal.record import (
    SPAN_ONLY,
    Resolved,
    Rule,
    anchored,
    anchored_in,
    anchored_on,
)
from newsmap.events.temporal.spelling import alt
from newsmap.lexicon.local import Family

_AFTER_WORDS = frozenset("poslije posle nakon после послије након".split())
#: "When" and the happening's clause after "the same day": its verb, then its noun.
_WHEN = re.compile(
    r"\s+(?:kada|kad|када|кад|кога|kur|ko)\s+(?:(?:je|su|је|су|се|se|u)\s+)?\w+\s+(?P<noun>\w{4,})"
)


def _cased(words: Iterable[str]) -> str:
    """The words as written in text, lower case or capitalised at a sentence start."""
    return alt(sorted({w for word in words for w in (word, word[:1].upper() + word[1:])}))


def _unit_of(code: str, word: str) -> str:
    """The unit ("day", "week", "month", "year") a unit word of the family ``code`` names."""
    low = word.lower()
    return next(u for u, stems in _UNITS[code].items() if low.startswith(tuple(stems.split())))


def _later_rule(code: str) -> Rule:
    """ "dva dana kasnije", "Një ditë më vonë", "šest mjeseci kasnije", "Наредниот ден": a day,
    week, month or year counted from the date the text named last."""
    numbers = set(W.NUMBERS[code])
    stems = " ".join(_UNITS[code].values()).split()
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<phrase>{_cased(_NEXT_DAY[code])})"
        rf"|(?:(?P<n>\d{{1,3}}|{_cased(numbers)})\s+)?(?P<unit>{_cased(stems)})\w*\s+"
        rf"(?P<dir>{_cased(_DIRECTION[code])}))(?!\w)"
    )

    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if m["phrase"]:
            phrase = " ".join(m["phrase"].lower().split())
            if phrase.split()[-1] in _AFTER_WORDS and text[m.end() : m.end() + 1] not in ",.;":
                return None  # "dan posle nesreće": from the happening, another rule's
            days = _NEXT_DAY[code][phrase]
            when = _WHEN.match(text, m.end()) if days == 0 else None
            if when is not None:  # "istog dana kada je izbio požar": the fire's day
                return anchored_on(0, (when["noun"].lower()[:5],))
            return anchored(days)
        unit = _unit_of(code, m["unit"])
        raw = (m["n"] or "").lower()
        if not raw and unit != "day":
            return None  # "godinu kasnije" is told with its number, or is no date
        n = int(raw) if raw.isdigit() else W.NUMBERS[code].get(raw, 1)
        k = n * _DIRECTION[code][" ".join(m["dir"].lower().split())]
        if unit == "day":
            return anchored(k)
        if unit == "week":
            return anchored(7 * k)
        return anchored_in("m" if unit == "month" else "y", k)

    gate = tuple(
        {w.split()[0] for w in _DIRECTION[code]}
        | {p.split()[1] if " " in p else p for p in _NEXT_DAY[code]}
    )
    return Rule(f"{code} told from a date", pattern, handle, gate, _LATER_STARTS[code])


# A match of "told from a date" ends with a direction word or a next-day phrase, blanks before
# its last word and between its words: it opens at most three words before that last word
# ("Një ditë më vonë", "5 dana kasnije", "sljedećeg dana"), or at it ("sutradan"): its starts.
_LATER_STARTS = {
    code: S.Anchor(
        tuple(sorted({w.split()[-1] for w in (*_DIRECTION[code], *_NEXT_DAY[code])})),
        back=3,
        itself=True,  # a next-day phrase of one word ("sutradan")
    )
    for code in _UNITS
}


_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
}


def _h_roman(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    y, mo, d = int(m["year"]), _ROMAN[m["mon"]], int(m["day"])
    if not valid_day(y, mo, d):
        return None
    return date(y, mo, d).isoformat(), "day", "explicit"


_ROMAN_DATE = re.compile(
    r"(?<![\w.])(?P<day>[0-3]?\d)\.\s?(?P<mon>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.?\s+"
    r"(?P<year>1[89]\d\d|20\d\d)(?!\d)"
)


# "since": the words before a year a state has lasted from.
_SINCE = {
    "sh": ["od", "од", "još od", "još od"],
    "sl": ["od leta", "od"],
    "sq": ["që nga viti", "nga viti", "që nga", "prej vitit", "që prej vitit"],
    "mk": ["од", "уште од"],
}
# What makes it no mere start: a range's end, or the happening the text tells of it.
_NOT_A_STATE = re.compile(
    r"\.?\s*(?:godine|године|година|г\.)?\s*(?:do|до|deri|-|–|,\s*(?:kada|kad|када|кад|kur|ko|кога))(?!\w)"
)


def _since_rule(code: str) -> Rule:
    """ "od 2012. godine", "që nga viti 2015", "од 2017 година": the year a state has lasted
    since (a time in office, a wait) is no event, unless a range's end or the happening of
    that year follows ("od 2018. do 2019.", "od 2014., kada")."""
    pattern = re.compile(
        rf"(?<!\w)(?:{_cased(_SINCE[code])})\s+(?P<year>1[89]\d\d|20\d\d)(?![\d.,]\d)"
    )

    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if _NOT_A_STATE.match(text, m.end()):
            return None
        return SPAN_ONLY

    gate = tuple({w.split()[0] for w in _SINCE[code]})
    return Rule(f"{code} since a year", pattern, handle, gate, _BEFORE_DIGITS)


# A match of "since a year" ends with its year, blanks before it and between the up to three
# words of "since" ("që nga viti 2015"): it opens at most three words before a run of digits
# that opens with 18, 19 or 20 (the year's own, after a blank).
_BEFORE_DIGITS = S.Anchor(back=3, runs=S.century_runs)


def _day_of_year_rule(fam: Family) -> Rule:
    """ "14. novembra prošle godine", "5 marsin e vitit të kaluar": a day of the year told by
    its relation to the publication's, one date (the year phrase alone would be a second)."""
    code = fam.code
    rel_years = [p for p, (u, _) in fam.units.items() if u == "year"]
    months = [w for w in fam.months if w.islower()]
    pattern = re.compile(
        rf"(?<![\w.])(?P<day>[0-3]?\d)\.?\s+(?P<mon>{_cased(months)})\s+"
        rf"(?:(?P<rel>{_cased(rel_years)})(?!\w)|(?P<yq>{W.year_after_month(code)}))"
    )

    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None or not m["rel"] and re.search(r"\d{4}", m["yq"]):
            return None  # a year in digits: the day-month rule reads it
        if m["rel"]:
            _, shift = fam.units.get(m["rel"].lower(), ("year", W.shift_of(code, m["rel"].lower())))
        else:
            shift = W.year_after_shift(code, m["yq"])
        y, mo, d = pub.year + shift, fam.months[m["mon"].lower()], int(m["day"])
        if not valid_day(y, mo, d):
            return None
        return date(y, mo, d).isoformat(), "day", "relative"

    # a match opens with its day's digits after no word character: at a run of one or two
    # digits before a full stop or a blank, where the pattern is tried instead of at every
    # character (its lookbehind gives the engine nothing to skip ahead with)
    return Rule(f"{code} day of a relative year", pattern, handle, starts=S.day_runs)


# "do kraja godine", "до краја године", "deri në fund të vitit", "до крајот на годината",
# "do konca leta": the end of the publication's year something is due by; "do kraja meseca",
# "до крајот на месецот", "deri në fund të muajit": the end of its month.
_YEAR_END = {
    "sh": r"(?:do|до)\s+(?:kraja|краја)\s+(?:(?:ove|ове|ovog|овог)\s+)?"
    r"(?:godine|године|meseca|mjeseca|месеца|мјесеца"
    r"|sedmice|nedelje|nedjelje|tjedna|седмице|недеље|недјеље)"
    # "krajem meseca", "početkom ovog mjeseca": a part of the publication's month
    r"|(?P<part>krajem|početkom|sredinom|крајем|почетком|средином)\s+(?:(?:ovog|овог)\s+)?"
    r"(?:meseca|mjeseca|месеца|мјесеца)"
    # "početkom ove godine": its first month, January
    r"|(?P<first>početkom|почетком)\s+(?:ove|ове)\s+(?:godine|године)",
    "sl": r"do\s+konca\s+(?:tega\s+)?(?:leta|meseca|tedna)"
    r"|(?P<first>v\s+za[čc]etku)\s+(?:tega|leto[šs]njega)\s+leta",
    "sq": r"deri\s+n[ëe]\s+fund\s+t[ëe]\s+(?:k[ëe]tij\s+)?(?:viti(?:t)?|muaji(?:t)?)"
    r"|(?P<first>n[ëe]\s+fillim)\s+t[ëe]\s+k[ëe]tij\s+viti",
    # "до крајот на неделава", "месецов": this week's, this month's end
    "mk": r"до\s+крајот\s+на\s+(?:оваа\s+|овој\s+)?(?:годината|месецот|неделата|седмицата"
    r"|неделава|седмицава|месецов)"
    r"|(?P<first>на\s+почетокот)\s+на\s+(?:оваа\s+година|годинава|годината)",
}
#: How the month's and the week's words begin (lower case), which the year's do not: the end
#: of a week dates its month ("do kraja sedmice").
_MONTH_WORDS = (
    "mes",
    "mje",
    "мес",
    "мје",
    "muaj",
    "sedm",
    "nedel",
    "nedjel",
    "tjed",
    "седм",
    "недел",
    "недјел",
    "недељ",
    "недјељ",
    "ted",
)
#: The week named by its Sunday ("do kraja nedelje", "до краја недеље"): its end is that Sunday,
#: a day (dev9's convention; dev7 dates "do kraja sedmice" by the week's month, kept for the
#: words that name only the week).
_SUNDAY_WEEK = ("nedel", "nedjel", "недељ", "недјељ")


def _year_end_rule(code: str) -> Rule:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        if m.groupdict().get("part"):
            return iso_month(pub.year, pub.month), "month", "relative"
        if m.groupdict().get("first"):  # "Në fillim të këtij viti": this year's January
            return iso_month(pub.year, 1), "month", "relative"
        if m.group().split()[-1].lower().startswith(_MONTH_WORDS):
            # a deadline to come ("ќе трае до крајот на месецот"); "popunjen je do kraja
            # meseca" (booked till then) is a state, no event
            if (
                not is_future_local(code, text, m.start(), m.end())
                and not announced_before(text, m.start())
                and not expected_before(text, m.start())
            ):
                return None  # "najavio je pomoć do kraja sedmice": a plan announced for it
            if code == "sh" and m.group().split()[-1].lower().startswith(_SUNDAY_WEEK):
                sunday = pub + timedelta(days=6 - pub.weekday())
                return sunday.isoformat(), "day", "relative"
            return iso_month(pub.year, pub.month), "month", "relative"
        return f"{pub.year:04d}", "year", "relative"

    gate: tuple[str, ...] = ("kraj", "крај", "konca", "fund", "početk", "почетк", "sredin")
    gate += ("средин", "fillim", "začetk", "zacetk", "почеток")
    pattern = re.compile(rf"(?<!\w)(?:{_YEAR_END[code]})(?!\w)", re.IGNORECASE)
    return Rule(f"{code} end of the year", pattern, handle, gate, _YEAR_END_STARTS)


# A match of "end of the year" holds "kraja", "крајот", "konca" or "fund" after blanks, one or
# two words from its start ("do kraja", "deri në fund").
_YEAR_END_STARTS = S.Anchor(
    ("kraj", "крај", "konca", "fund", "početk", "почетк", "sredin", "средин", "fillim", "začetk")
    + ("zacetk", "почеток"),
    back=2,
    itself=True,
)


# "pre godinu dana", "prije mjesec dana", "pre tačno nedelju dana", "pred mesecem dni": one
# unit ago, told with the unit in the accusative and "days" after it (CLDR counts "N units").
_ONE_AGO = {
    "sh": (
        r"(?:pre|prije|пре|pred)\s+(?:(?P<exact>tačno|točno|тачно)\s+)?"
        r"(?P<unit>godinu|годину|mesec|mjesec|месец|nedelju|nedjelju|недељу|tjedan|sedmicu|седмицу)"
        r"\s+(?:dana|дана)"
    ),
    "sl": r"pred\s+(?:(?P<exact>natanko)\s+)?(?P<unit>letom|mesecem|tednom)\s+dni",
}
_ONE_UNIT = {
    "god": "year",
    "год": "year",
    "let": "year",
    "mes": "month",
    "mje": "month",
    "мес": "month",
}


def _one_ago_rule(code: str) -> Rule:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        unit = _ONE_UNIT.get(m["unit"][:3].lower(), "week")
        if m["exact"]:  # "pre tačno godinu dana": that very day
            if unit == "week":
                return (pub - timedelta(days=7)).isoformat(), "day", "relative"
            y, mo = (
                (pub.year - 1, pub.month)
                if unit == "year"
                else shift_month(pub.year, pub.month, -1)
            )
            d = min(pub.day, 28) if not valid_day(y, mo, pub.day) else pub.day
            return date(y, mo, d).isoformat(), "day", "relative"
        if unit == "year":
            return f"{pub.year - 1:04d}", "year", "relative"
        if unit == "month":
            return iso_month(*shift_month(pub.year, pub.month, -1)), "month", "relative"
        centre = pub - timedelta(days=7)
        return span(centre - timedelta(days=3), centre + timedelta(days=3)) + ("relative",)

    pattern = re.compile(rf"(?<!\w){_ONE_AGO[code]}(?!\w)", re.IGNORECASE)
    gate = ("pre", "prij", "пре", "pred")
    return Rule(f"{code} one unit ago", pattern, handle, gate, _ONE_AGO_STARTS[code])


# A match of "one unit ago" ends with "dana" ("dni") after blanks, two or three words from its
# start ("pre godinu dana", "pre tačno godinu dana").
_ONE_AGO_STARTS = {"sh": S.Anchor(("dana", "дана"), back=3), "sl": S.Anchor(("dni",), back=3)}


# "Last night" told in two words, where the languages have no one word for it or a second
# one: "минатата ноќ", "natën e kaluar", "prošle noći", "протекле ноћи".
_LAST_NIGHT = {
    "sh": r"(?:[Pp]ro[šs]l|[Pp]rotekl|[Пп]рошл|[Пп]ротекл)(?:e|е)\s+(?:no[ćc]i|ноћи)",
    "sq": r"[Nn]at[ëe]n\s+e\s+kaluar",
    "mk": r"[Мм]инатата\s+ноќ",
}
_NIGHT_WORDS = {"sh": ("noći", "noci", "ноћи"), "sq": ("natën", "naten"), "mk": ("ноќ",)}


def _last_night_rule(code: str) -> Rule:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        return None if pub is None else ((pub - timedelta(days=1)).isoformat(), "day", "relative")

    pattern = re.compile(rf"(?<!\w){_LAST_NIGHT[code]}(?!\w)")
    words = _NIGHT_WORDS[code]
    # the night word, or the modifier one word before it (Albanian's night word leads)
    starts = S.Anchor(words, back=1, itself=True)
    return Rule(f"{code} last night", pattern, handle, words, starts)


def more_rules(fam: Family) -> tuple[Rule, ...]:
    """The rules of this module for one language family."""
    code = fam.code
    rules = [_later_rule(code), _since_rule(code), _day_of_year_rule(fam), _year_end_rule(code)]
    rules.extend(happening_rules(code))
    rules.extend(in_days_rules(code))
    rules.extend(ordinal_day_rules(code))
    if code in _ONE_AGO:
        rules.append(_one_ago_rule(code))
    if code in _LAST_NIGHT:
        rules.append(_last_night_rule(code))
    if code in ("sh", "sl", "mk"):  # "29. III 2022.": Albanian writes no Roman months
        gate = (" i", " v", " x", ".i", ".v", ".x")
        rules.append(Rule(f"{code} Roman month", _ROMAN_DATE, _h_roman, gate, S.day_runs))
    return tuple(rules)


# The two ends of a period of days or months: "od četvrtka do nedjelje", "od 1. juna do 30.
# septembra", "nga e hëna deri të premten", "од 1 до 5 мај".
_RANGE_FROM: Final = ("od ", "од ", "nga ", "prej ")
_RANGE_TO: Final = frozenset("do до deri".split()) | {"deri më", "deri në", "deri me", "deri ne"}


def local_range(text: str, start: int, surface: str, then_start: int, then_surface: str) -> bool:
    """Whether the date at ``start`` opens a period the next date closes, in the region's words:
    a span of days is no event, as a range of years is not (tests/data/events/local/README.md)."""
    low = surface[:5].lower()
    if not low.startswith(_RANGE_FROM) and not text[max(0, start - 5) : start].lower().endswith(
        _RANGE_FROM
    ):
        return False
    # the full stop after a year or a day's number belongs to it ("od aprila 1992. do ...")
    gap = " ".join(text[start + len(surface) : then_start].split()).lower().removeprefix(".")
    gap = gap.strip()
    if gap in _RANGE_TO:
        return True
    return not gap and then_surface[:6].lower().startswith(("do ", "до ", "deri "))
