"""Temporal expressions: find the dates a news text names and resolve them against its publication.

A hand-written matcher rather than a general date parser, for three reasons analysts care about:
news uses a small set of date shapes; each must keep its true precision ("In May" is a month, not
the 1st of May, and "the 1990s" is a decade); and general parsers read "We", "may", "1,000
troops" or a phone number as dates.  Only the standard library is used, so the matcher stays fast
in batch runs.

Resolution rules, applied the same way everywhere:

- A yearless date ("September 24", "in May") takes the year that puts it on or before the
  publication date, or on or after it when the clause is in the future tense.
- A weekday is the most recent one on or before the publication date, unless the clause is in the
  future tense ("will visit on Tuesday"); "last Monday" is strictly before, "next Monday" after.
- A season is reported as its year, precision ``year``: a season is coarser than a month, and
  naming its first month would invent precision.
- A period that fits no unit of the vocabulary ("last week", "two weeks ago") gets the finest unit
  that holds all of it: its month when the week lies in one month, otherwise its year.
- "today", "tonight" and "this week" mean the publication date itself (``date_source="published"``).
- Anything relative, and any yearless date, is dropped when the publication date is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["TimeExpr", "find_dates", "is_future_clause"]


@dataclass(frozen=True)
class TimeExpr:
    """One date named in a text: where it is, what it resolves to and how sure we are of it.

    ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (a decade is its first year with precision
    ``decade``).  ``text[start:end] == surface`` always.
    """

    start: int
    end: int
    surface: str
    date: str
    precision: str
    date_source: str


# --- vocabularies -------------------------------------------------------------------------------

_EN_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_EN_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Local-language month names (Serbian/Bosnian/Montenegrin Latin and Cyrillic, Croatian,
# Macedonian, Albanian), in the nominative and the genitive or definite forms dates use.
_LOCAL_MONTHS: dict[str, int] = {}
for _num, _forms in enumerate(
    (
        "januar januara јануар јануара јануари siječanj siječnja janar janari janarit",
        "februar februara фебруар фебруара февруари veljača veljače shkurt shkurti shkurtit",
        "mart marta март марта ožujak ožujka mars marsi marsit",
        "april aprila април априла travanj travnja prill prilli prillit",
        "maj maja мај маја svibanj svibnja maji majit",
        "jun juna juni јун јуна јуни lipanj lipnja qershor qershori qershorit",
        "jul jula juli јул јула јули srpanj srpnja korrik korriku korrikut",
        "avgust avgusta август августа kolovoz kolovoza gusht gushti gushtit",
        "septembar septembra септембар септембра септември rujan rujna shtator shtatori shtatorit",
        "oktobar oktobra октобар октобра октомври listopad listopada tetor tetori tetorit",
        "novembar novembra новембар новембра ноември studeni studenoga studenog nëntor "
        "nëntori nëntorit",
        "decembar decembra децембар децембра декември prosinac prosinca dhjetor dhjetori dhjetorit",
    ),
    start=1,
):
    for _form in _forms.split():
        _LOCAL_MONTHS.setdefault(_form, _num)

# English month names that are also verbs, nouns or given names: read as a month only next to a
# day or a year, or after a word that introduces a time ("in May", "since March", "early June").
_AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}
_MONTH_CONTEXT = {
    "in",
    "since",
    "until",
    "till",
    "from",
    "through",
    "throughout",
    "during",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "before",
    "after",
    "between",
    "and",
    "or",
    "of",
    "to",
    "by",
    "around",
    "end",
    "beginning",
    "start",
    "middle",
}

_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple of": 2,
}
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

# A bare four-digit number right after one of these words is a label or a count, not a year.
_YEAR_LABELS = {
    "resolution",
    "resolutions",
    "article",
    "articles",
    "no",
    "nr",
    "number",
    "law",
    "decree",
    "regulation",
    "directive",
    "route",
    "highway",
    "flight",
    "room",
    "chapter",
    "section",
    "paragraph",
    "point",
    "item",
    "case",
    "code",
    "bus",
    "line",
    "page",
    "pages",
    "vol",
    "volume",
    "agenda",
    "vision",
    "strategy",
    "horizon",
    "model",
    "version",
    "gate",
    "tel",
    "phone",
    "fax",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "than",
    "least",
    "approximately",
    "roughly",
    "only",
    "total",
    "exactly",
    "just",
    "under",
    "below",
    "above",
    "additional",
    "another",
    "extra",
    "reportedly",
    "estimated",
    "altitude",
    "elevation",
    "height",
}
# ... and before one of these words it is a count ("2000 people") or a measure.
_COUNT_NOUNS = {
    "people",
    "persons",
    "troops",
    "soldiers",
    "police",
    "policemen",
    "officers",
    "residents",
    "inhabitants",
    "citizens",
    "migrants",
    "refugees",
    "votes",
    "voters",
    "km",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "m",
    "euros",
    "eur",
    "dollars",
    "usd",
    "members",
    "cases",
    "homes",
    "houses",
    "families",
    "children",
    "men",
    "women",
    "workers",
    "protesters",
    "demonstrators",
    "students",
    "participants",
    "signatures",
    "tonnes",
    "tons",
    "hectares",
    "kg",
    "vehicles",
    "cars",
    "rounds",
    "copies",
    "jobs",
    "deaths",
    "dead",
    "victims",
    "units",
    "beds",
    "times",
    "percent",
    "per",
    "square",
    "feet",
    "miles",
    "guests",
    "delegates",
    "seats",
    "buildings",
    "apartments",
    "firefighters",
    "rescuers",
    "personnel",
    "staff",
    "lei",
    "denars",
    "dinars",
    "leks",
    "marks",
    "pounds",
    "users",
    "followers",
    "views",
    "hours",
    "minutes",
}

_FUTURE_MARKERS = {
    "will",
    "shall",
    "'ll",
    "upcoming",
    "scheduled",
    "planned",
    "expected",
    "due",
    "plans",
    "plan",
    "intends",
    "intend",
    "going",
    "tomorrow",
    "next",
    "forthcoming",
    "to-be",
}
_PAST_MARKERS = {
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "ago",
    "last",
    "took",
    "met",
    "went",
    "came",
    "held",
    "began",
    "left",
    "made",
    "gave",
    "saw",
    "won",
    "lost",
    "broke",
    "fled",
    "hit",
    "shot",
    "struck",
    "sent",
    "brought",
    "led",
    "ran",
    "set",
    "fell",
    "rose",
    "paid",
    "spoke",
    "wrote",
    "chose",
    "drove",
    "flew",
    "fought",
    "caught",
    "thought",
    "knew",
    "grew",
    "threw",
    "became",
    "stood",
    "kept",
    "laid",
    "sought",
    "built",
    "felt",
    "tore",
    "wore",
    "yesterday",
    "earlier",
}
# Words ending in -ed that are not past-tense verbs.
_ED_NOT_PAST = {
    "need",
    "needed",
    "speed",
    "indeed",
    "seed",
    "feed",
    "united",
    "based",
    "related",
    "hundred",
    "limited",
    "interested",
    "concerned",
    "alleged",
    "so-called",
    "red",
    "bed",
    "shed",
    "wed",
    "ahmed",
    "mohammed",
    "muhamed",
    "mehmed",
    "ethnic-based",
    "advanced",
    "armed",
    "aged",
    "unprecedented",
    "talented",
    "skilled",
    "detailed",
    "dedicated",
    "sophisticated",
    "required",
    "supposed",
    "accused",
    "wounded",
    "injured",
    "proceed",
    "exceed",
    "succeed",
}

_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?", re.UNICODE)


# --- resolution helpers ---------------------------------------------------------------------------


def _iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """Month arithmetic without a calendar library: (y, m) moved by k months."""
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _span(a: date, b: date) -> tuple[str, str]:
    """The finest unit of our vocabulary holding the whole period a..b (no invented precision)."""
    if a == b:
        return a.isoformat(), "day"
    if (a.year, a.month) == (b.year, b.month):
        return _iso_month(a.year, a.month), "month"
    if a.year == b.year:
        return f"{a.year:04d}", "year"
    mid = a + (b - a) / 2
    return f"{mid.year:04d}", "year"


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _year_for(month: int, day: int, published: date, future: bool) -> int:
    """The year putting (month, day) on or before publication, or on or after it for the future."""
    here = (month, day)
    now = (published.month, published.day)
    if future:
        return published.year if here >= now else published.year + 1
    return published.year if here <= now else published.year - 1


def _words_before(text: str, pos: int, n: int) -> list[str]:
    """Up to n lower-cased words right before pos, nearest first, not crossing a sentence mark."""
    lo = max(0, pos - 120)
    chunk = text[lo:pos]
    cut = max(chunk.rfind(c) for c in ".!?;\n")
    if cut >= 0 and not chunk[cut - 1 : cut].isdigit():
        chunk = chunk[cut + 1 :]
    words = _WORD.findall(chunk)
    return [w.lower() for w in reversed(words[-n:])]


def _words_after(text: str, pos: int, n: int) -> list[str]:
    """Up to n lower-cased words right after pos, nearest first, not crossing a sentence mark."""
    chunk = text[pos : pos + 120]
    cuts = [i for i in (chunk.find(c) for c in ".!?;\n") if i >= 0]
    if cuts:
        chunk = chunk[: min(cuts)]
    return [w.lower() for w in _WORD.findall(chunk)[:n]]


def _tense_of(words: list[str]) -> bool | None:
    """True for future, False for past, None when these words say nothing about tense."""
    for i, w in enumerate(words):
        if w in _FUTURE_MARKERS:
            return True
        if w in _PAST_MARKERS or (w.endswith("ed") and len(w) >= 5 and w not in _ED_NOT_PAST):
            if i + 1 < len(words) and words[i + 1] in {"be", "been", "being"}:
                continue  # a passive infinitive ("will be held"): its tense lies further out
            return False
    return None


def is_future_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] speaks of the future ("will visit on Tuesday").

    The nearest tense marker wins, looking left first (the verb usually precedes its time) and
    then right ("On Tuesday, the minister will visit").  News mostly reports the past, so the
    default is past.
    """
    before = _tense_of(_words_before(text, start, 10))
    if before is not None:
        return before
    return bool(_tense_of(_words_after(text, end, 10)))


# --- patterns -----------------------------------------------------------------------------------


def _alt(words: Iterable[str], after_first: str = "") -> str:
    """An alternation of words as a prefix trie.

    Python's regex engine tries alternatives one by one; sharing prefixes lets it reject a
    non-month word after a letter or two, which keeps month search fast on long articles.
    ``after_first`` is inserted right after each word's first character (see
    ``_NO_WORD_BEFORE_1``).
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict], tail: str = "") -> str:
        ends = "" in node
        branches = [re.escape(ch) + tail + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie, after_first)


# Month names in the cases they are written in: English ones capitalised (or in capitals), local
# ones in lower case or capitalised at a sentence start.  Matching case-sensitively is both
# what rejects "may" and "march" and what keeps the search fast.
_CASED_MONTHS = (
    [w.capitalize() for w in (*_EN_MONTHS, *_EN_ABBR)]
    + [w.upper() for w in _EN_MONTHS]
    + [w for w in _LOCAL_MONTHS]
    + [w.capitalize() for w in _LOCAL_MONTHS]
)
_MON = rf"(?P<mon>{_alt(_CASED_MONTHS)})(?!\w)\.?"
_YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)(?!\d)"
_DAY = r"(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
_NUM = r"(?P<n>\d{1,2}|" + _alt(_NUMBER_WORDS) + r")"
# What may follow a month name that leads: a day ("September 24[, 2023]") or a year ("May 2023").
_MONTH_TAIL = (
    rf"(?:\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d,]\d)|,?\s+(?:of\s+)?(?P<myear>1[0-9]\d\d|20\d\d)"
    r"(?!\d))"
)

# Fast spellings of the patterns that open with ``\b``.  A pattern that opens with an assertion
# gives the regex engine nothing to skip ahead with, so it tries a full match at every character
# of the article; one that opens with a character class or a choice of literal characters is
# searched by a tight scan for those characters.  So the word-boundary test moves behind the first
# character as a two-character lookbehind ("the character before this one is no word character"),
# which matches exactly the same strings because that first character is itself a word character.
# ``[0-3]?\d`` becomes ``\d(?:(?<=[0-3])\d)?``: the same tries, in the same order.
_NO_WORD_BEFORE_1 = r"(?<!\w\w)"  # said right after the first character of a word
_DAY_AT_WORD_START = r"(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?)(?!\d)(?:st|nd|rd|th)?"
# Month names are split by the case of their first letter.  Capitalised ones (every English month,
# local ones at a sentence start) are rare letters in running text, so the scan for them skips
# most of an article.  Lower-case local ones start with the commonest letters, where the plain
# ``\b`` is the cheaper test; and they lead a date only with a day or a year after them (on its
# own a lower-case name is never read as a month, see ``_h_month``), so that tail is required,
# which in turn gives that scan a cheap gate (``_LOWER_MONTH_HINT``).
_UPPER_MONTHS = [w for w in _CASED_MONTHS if not w[:1].islower()]
# "april", "jun" and "jul" in lower case are English words first (``_month_number`` never reads
# them as months), so a match on them could only resolve to nothing: they are left out.
_LOWER_MONTHS = [
    w for w in _CASED_MONTHS if w[:1].islower() and w not in _EN_MONTHS and w not in _EN_ABBR
]
_UPPER_MON_AT_WORD_START = rf"(?P<mon>{_alt(_UPPER_MONTHS, _NO_WORD_BEFORE_1)})(?!\w)\.?"
_LOWER_MON = rf"(?P<mon>{_alt(_LOWER_MONTHS)})(?!\w)\.?"


def _caseless_at_word_start(*alternatives: str) -> str:
    r"""``\b(?:alternative|...)`` matched ignoring case, spelled so that its scan can skip ahead.

    Under re.IGNORECASE no letter gives the regex engine anything to skip ahead with, so it tries
    a full match at every character, and "this" or "night" are in most articles.  Here the first
    letter of each alternative becomes a class of its two cases (all that the letter matches
    when case is ignored, for the letters used here: see test_fast_paths), the word boundary is
    tested behind it as in _NO_WORD_BEFORE_1, and only the rest of each alternative ignores case.
    """
    firsts = "".join(dict.fromkeys(a[0].lower() + a[0].upper() for a in alternatives))
    branches = "|".join(f"(?<=[{a[0].lower()}{a[0].upper()}])(?i:{a[1:]})" for a in alternatives)
    return f"[{firsts}]{_NO_WORD_BEFORE_1}(?:{branches})"


Handler = Callable[[re.Match[str], str, "date | None"], "tuple[str, str, str] | None"]


def _month_number(token: str) -> int | None:
    """The month a matched name stands for, or None when its case says it is an ordinary word."""
    low = token.lower().rstrip(".")
    if low in _EN_MONTHS or low in _EN_ABBR:
        if not token[:1].isupper():
            return None  # "may", "march": English months are always capitalised
        return _EN_MONTHS.get(low) or _EN_ABBR.get(low)
    return _LOCAL_MONTHS.get(low)


def _h_iso(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not _valid_day(y, mo, d):
        return None
    return date(y, mo, d).isoformat(), "day", "explicit"


def _h_numeric(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["year"])
    d, mo = a, b  # the region writes day first
    if m["sep"] == "/" and b > 12 >= a:
        d, mo = b, a
    if not _valid_day(y, mo, d):
        return None
    return date(y, mo, d).isoformat(), "day", "explicit"


def _h_day_month(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    mon = _month_number(m["mon"])
    if mon is None:
        return None
    d = int(m["day"])
    if m["year"]:
        y = int(m["year"])
    else:
        if pub is None or not 1 <= d <= 31:
            return None
        y = _year_for(mon, d, pub, is_future_clause(text, m.start(), m.end()))
    if not _valid_day(y, mon, d):
        return None
    return date(y, mon, d).isoformat(), "day", "explicit"


def _h_month(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    token = m["mon"]
    low = token.lower().rstrip(".")
    if low not in _EN_MONTHS:
        return None  # abbreviations and local names count only next to a day or a year
    mon = _month_number(token)
    if mon is None or pub is None:
        return None
    before = _words_before(text, m.start(), 3)
    mod = before[0] if before and before[0] in {"last", "next", "this"} else ""
    if low in _AMBIGUOUS_MONTHS and (not before or before[0] not in _MONTH_CONTEXT):
        return None
    if mod == "last":
        y = pub.year if mon < pub.month else pub.year - 1
    elif mod == "next":
        y = pub.year if mon > pub.month else pub.year + 1
    elif mod == "this":
        y = pub.year
    else:
        future = is_future_clause(text, m.start(), m.end())
        if future:
            y = pub.year if mon >= pub.month else pub.year + 1
        else:
            y = pub.year if mon <= pub.month else pub.year - 1
    return _iso_month(y, mon), "month", "explicit"


def _h_month_led(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    """A month name first: "September 24[, 2023]", "May 2023" or a month on its own."""
    if m["day"]:
        return _h_day_month(m, text, pub)
    if m["myear"]:
        mon = _month_number(m["mon"])
        return None if mon is None else (_iso_month(int(m["myear"]), mon), "month", "explicit")
    return _h_month(m, text, pub)


def _h_decade(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    return f"{int(m['y']):04d}", "decade", "explicit"


def _h_range(m: re.Match[str] | _Pair, text: str, pub: date | None) -> tuple[str, str, str] | None:
    """A span of years ("1992-1995", "from 2004 to 2008") is dated by where it starts."""
    y1 = int(m["y1"])
    raw = m["y2"]
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if not y1 < y2 <= y1 + 100:
        return None
    return f"{y1:04d}", "year", "explicit"


def _h_bare_year(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    y = int(m["year"])
    s, e = m.start(), m.end()
    if re.search(r"\d[ \t]$", text[max(0, s - 2) : s]) or re.match(r"\s?[-–/]?\s?\d", text[e:]):
        return None  # part of a longer number: a phone number, a code, a list of figures
    before = _words_before(text, s, 2)
    if before and before[0] in _YEAR_LABELS:
        return None
    after = _words_after(text, e, 1)
    if after and after[0] in _COUNT_NOUNS:
        return None
    if y < 1800 and not (before and before[0] in {"in", "since", "of", "from", "until", "by"}):
        return None  # an old year only with a word that introduces a time
    if y > 2099:
        return None
    return f"{y:04d}", "year", "explicit"


def _h_season_year(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    return f"{int(m['year']):04d}", "year", "explicit"


def _h_season(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    start = _SEASON_START[m["season"].lower()]
    mod = m["mod"].lower()
    if mod == "last":  # the latest season of that name already over at publication
        y = pub.year if start + 2 < pub.month else pub.year - 1
    elif mod == "next":
        y = pub.year if start > pub.month else pub.year + 1
    elif mod == "this":
        y = pub.year
    else:  # "in the summer": past unless the clause says otherwise
        future = is_future_clause(text, m.start(), m.end())
        if future:
            y = pub.year if start >= pub.month else pub.year + 1
        else:
            y = pub.year if start <= pub.month else pub.year - 1
    return f"{y:04d}", "year", "relative"


def _h_day_offset(days: int, source: str = "relative") -> Handler:
    def handle(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
        if pub is None:
            return None
        return (pub + timedelta(days=days)).isoformat(), "day", source

    return handle


def _h_weekday(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    wd = _WEEKDAYS[m["wd"].lower()]
    before = _words_before(text, m.start(), 1)
    mod = before[0] if before else ""
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if mod in {"last", "past"}:
        d = pub - timedelta(days=back or 7)
    elif mod in {"next", "coming"}:
        d = pub + timedelta(days=ahead or 7)
    elif is_future_clause(text, m.start(), m.end()):
        d = pub + timedelta(days=ahead)
    else:
        d = pub - timedelta(days=back)
    return d.isoformat(), "day", "relative"


def _h_week(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    mod = m["mod"].lower()
    weekend = m["unit"].lower() == "weekend"
    monday = pub - timedelta(days=pub.weekday())
    if mod == "this" and not weekend:
        return pub.isoformat(), "day", "published"
    if mod == "past":
        a, b = pub - timedelta(days=7), pub - timedelta(days=1)
    else:
        shift = {"this": 0, "last": -7, "previous": -7, "next": 7}.get(mod)
        if shift is None:  # a case-insensitive look-alike ("thıs"): not an English modifier
            return None
        a = monday + timedelta(days=shift)
        b = a + timedelta(days=6)
        if weekend:
            a = a + timedelta(days=5)
    date_s, precision = _span(a, b)
    return date_s, precision, "relative"


def _h_month_rel(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    shift = {"this": 0, "last": -1, "previous": -1, "next": 1}.get(m["mod"].lower())
    if shift is None:  # a case-insensitive look-alike ("thıs"): not an English modifier
        return None
    y, mo = _shift_month(pub.year, pub.month, shift)
    return _iso_month(y, mo), "month", "relative"


def _h_year_rel(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    shift = {"this": 0, "last": -1, "previous": -1, "next": 1}.get(m["mod"].lower())
    if shift is None:  # a case-insensitive look-alike ("thıs"): not an English modifier
        return None
    return f"{pub.year + shift:04d}", "year", "relative"


def _h_ago(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    raw = " ".join(m["n"].lower().split())
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    unit = m["unit"].lower()
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat(), "day", "relative"
    if unit == "week":
        centre = pub - timedelta(days=7 * n)
        date_s, precision = _span(centre - timedelta(days=3), centre + timedelta(days=3))
        return date_s, precision, "relative"
    if unit == "month":
        y, mo = _shift_month(pub.year, pub.month, -n)
        return _iso_month(y, mo), "month", "relative"
    if unit == "year":
        return f"{pub.year - n:04d}", "year", "relative"
    return f"{(pub.year - 10 * n) // 10 * 10:04d}", "decade", "relative"


_I = re.IGNORECASE
_WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    # Patterns that open with a number test what stands before it (``\b`` or a lookbehind) after
    # its first digit or two, as _NO_WORD_BEFORE_1 does, so that their scan skips to the digits.
    (
        re.compile(
            r"(?P<y>(?:1[89]|20)(?<![\d.\-/]..)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d\-])"
        ),
        _h_iso,
    ),
    (
        re.compile(
            r"(?P<a>\d(?<![\d.,/+\-]\d)(?:(?<=[0-3])\d)?)(?P<sep>[./])\s?(?P<b>[01]?\d)(?P=sep)\s?"
            r"(?P<year>1[89]\d\d|20\d\d)(?![\d]|\.\d)"
        ),
        _h_numeric,
    ),
    (re.compile(rf"{_DAY_AT_WORD_START}\.?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?"), _h_day_month),
    (re.compile(rf"{_UPPER_MON_AT_WORD_START}{_MONTH_TAIL}?"), _h_month_led),
    (re.compile(rf"\b{_LOWER_MON}{_MONTH_TAIL}"), _h_month_led),
    (re.compile(r"(?P<y>(?:1\d|20)(?<!\w..)\d0)s\b"), _h_decade),
    (
        re.compile(
            r"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
            r"(?P<year>1[89]\d\d|20\d\d)(?!\d)",
            _I,
        ),
        _h_season_year,
    ),
    (
        re.compile(
            _caseless_at_word_start(
                r"between\s+(?P<y1>1[89]\d\d|20\d\d)\s+and\s+(?P<y2>1[89]\d\d|20\d\d)",
                r"from\s+(?P<y1b>1[89]\d\d|20\d\d)\s+(?:to|until|till)\s+(?P<y2b>1[89]\d\d|20\d\d)",
            )
            + r"(?!\d)"
        ),
        lambda m, t, p: _h_range(_Pair(m["y1"] or m["y1b"], m["y2"] or m["y2b"]), t, p),
    ),
    (
        re.compile(
            r"(?P<y1>(?:1[89]|20)(?<!\w..)\d\d)\s?[-–]\s?(?P<y2>(?:1[89]|20)?\d\d)(?![\d\-])"
        ),
        _h_range,
    ),
    # A bare year, not glued to a word, a decimal, a currency sign or a dash ("d-2019" passes).
    (
        re.compile(
            r"(?P<year>(?:1\d|20)(?<![\w.,/+$€£#]..)(?<![^d]-..)(?<!–..)\d\d)(?![\w%°]|[.,]\d)"
        ),
        _h_bare_year,
    ),
    (
        re.compile(
            r"\b(?P<mod>last|this|next|in\s+the)\s+(?P<season>spring|summer|autumn|fall|winter)\b"
            r"(?!\s+(?:of\s+)?\d)",
            _I,
        ),
        _h_season,
    ),
    (re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", _I), _h_day_offset(-2)),
    (re.compile(_caseless_at_word_start(r"yesterday\b", r"last\s+night\b")), _h_day_offset(-1)),
    (re.compile(_caseless_at_word_start(r"tomorrow\b")), _h_day_offset(1)),
    (
        re.compile(
            _caseless_at_word_start(
                r"today\b", r"tonight\b", r"this\s+(?:morning|afternoon|evening)\b"
            )
        ),
        _h_day_offset(0, "published"),
    ),
    (
        re.compile(
            rf"(?P<wd>{_alt(_WEEKDAY_STEMS, _NO_WORD_BEFORE_1)}day)"
            r"(?:\s+(?i:morning|afternoon|evening|night))?\b"
        ),
        _h_weekday,
    ),
    (
        re.compile(r"\b(?P<mod>this|last|next|past|previous)\s+(?P<unit>week|weekend)\b", _I),
        _h_week,
    ),
    (re.compile(r"\b(?P<mod>this|last|next|previous)\s+month\b", _I), _h_month_rel),
    (re.compile(r"\b(?P<mod>this|last|next|previous)\s+year\b", _I), _h_year_rel),
    (re.compile(rf"\b{_NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", _I), _h_ago),
]


# Cheap tests on the lower-cased text: a pattern whose gate fails cannot match, so its scan is
# skipped (most articles name no weekday, season or "ago").  A gate is a tuple of words, one of
# which must occur, or a function of the text for patterns whose words are too common ("year",
# "from") to rule anything out; each is a necessary condition of its pattern, never more.
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
# "12.3." or "3/4/": one regex per separator, so each opens with a single literal character,
# which the engine finds with a tight compare loop (a leading character class costs a set test
# per character, several times slower).
_NUMERIC_DATE_HINTS = (re.compile(r"\. ?\d\d?[./]"), re.compile(r"/ ?\d\d?[./]"))
# Some weekday name: found at each "day" by looking back, which is one fast scan for a literal
# instead of seven substring searches.
_WEEKDAY_HINT = re.compile("day(?:" + "|".join(f"(?<={name})" for name in _WEEKDAYS) + ")")
# A lower-case local month followed by a day or a year ("maja 2023", "mart 5"), searched in the
# reversed text: there the date starts with its digit, a character class the engine scans for
# quickly, while forwards it starts with a common letter tried at every word.  Looser than the
# pattern (no word boundaries; lower-casing leaves a lower-case name, blanks and digits as they
# are), so only ever a necessary condition of it.
_LOWER_MONTH_HINT = re.compile(r"\d(?:\s+fo)?\s+,?\.?" + _alt(name[::-1] for name in _LOWER_MONTHS))


def _modifier_before(units: tuple[str, ...], mods: frozenset[str]) -> Callable[[str], bool]:
    """A gate: some ``unit`` word comes right after one of ``mods`` ("last week")."""

    endings = tuple(mods)

    def gate(low: str) -> bool:
        for unit in units:
            i = low.find(unit)
            while i >= 0:
                if i and low[i - 1].isspace():
                    word = low[max(0, i - 30) : i].rstrip()
                    # The word before must end with a modifier; testing that first (in C)
                    # spares the walk over its letters for the common "the year", "a week".
                    if word.endswith(endings):
                        j = len(word)
                        while j > 0 and word[j - 1].isalpha():
                            j -= 1
                        if word[j:] in mods:
                            return True
                i = low.find(unit, i + 1)
        return False

    return gate


def _digit_after(words: tuple[str, ...]) -> Callable[[str], bool]:
    """A gate: one of ``words`` is followed, after white space, by a digit ("from 1992")."""

    def gate(low: str) -> bool:
        for word in words:
            i = low.find(word)
            while i >= 0:
                j = i + len(word)
                if low[j : j + 1].isspace() and low[j : j + 30].lstrip()[:1].isdigit():
                    return True
                i = low.find(word, j)
        return False

    return gate


_MODS = frozenset({"this", "last", "next", "past", "previous"})
_GATES: tuple[tuple[str, ...] | Callable[[str], bool], ...] = (
    ("-",),
    lambda low: any(hint.search(low) is not None for hint in _NUMERIC_DATE_HINTS),
    (),
    (),
    lambda low: _LOWER_MONTH_HINT.search(low[::-1]) is not None,
    ("0s",),
    _SEASONS,
    _digit_after(("between", "from")),
    ("-", "–"),
    (),
    _SEASONS,
    ("yesterday",),
    ("yesterday", "night"),
    ("tomorrow",),
    ("today", "tonight", "this"),
    lambda low: _WEEKDAY_HINT.search(low) is not None,
    _modifier_before(("week",), _MODS),
    _modifier_before(("month",), _MODS),
    _modifier_before(("year",), _MODS),
    ("ago",),
)
assert len(_GATES) == len(_PATTERNS)

# Patterns of the shape ``\b<modifier>\s+<unit>\b`` (case-insensitive), by the unit word they
# end in: these are tried only where that word stands (see ``_modifier_unit_matches``).
_UNIT_OF_HANDLER: dict[Handler, str] = {_h_week: "week", _h_month_rel: "month", _h_year_rel: "year"}
_UNIT_ANCHORS = tuple(_UNIT_OF_HANDLER.get(handler) for _, handler in _PATTERNS)


def _modifier_unit_matches(
    pattern: re.Pattern[str], unit: str, text: str, low: str
) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)`` for a "last week"-shaped pattern, tried at one place per unit.

    A case-insensitive pattern offers the regex engine nothing to skip ahead with, so its scan
    costs a full match attempt per character, and "last year" is in most news.  But a match
    ends in its unit word after blanks, and begins with the word (a run of word characters)
    right before those blanks: that is the one place a match with this unit can start.  The
    unit is found in the lower-cased text, where every case-insensitive spelling of "week",
    "month" and "year" (the Kelvin sign for "K" included) reads as the plain word at the same
    offset, provided lower-casing kept the length (it always does but for a few letters such as
    "İ"; then the full scan runs).  Matches never overlap, so these are the same matches.
    """
    if len(low) != len(text):
        return pattern.finditer(text)
    found = []
    at = low.find(unit)
    while at >= 0:
        blank = at
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        word = blank
        while word > 0 and (text[word - 1].isalnum() or text[word - 1] == "_"):
            word -= 1
        if word < blank < at:
            m = pattern.match(text, word)
            if m is not None:
                found.append(m)
        at = low.find(unit, at + 1)
    return found


class _Pair:
    """A stand-in match exposing y1/y2, so both range spellings share one handler."""

    def __init__(self, y1: str, y2: str) -> None:
        self._g = {"y1": y1, "y2": y2}

    def __getitem__(self, key: str) -> str:
        return self._g[key]


_PREP_BEFORE = re.compile(
    r"(?:\b(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|"
    r"[Ss]tarting)\s+)?"
    r"(?:\b[Tt]he\s+(?:(?:end|beginning|start|middle|first\s+half|second\s+half|turn)\s+of\s+)?)?"
    r"(?:\b(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id)(?:\s+|-))?"
    r"(?:\b(?:[Tt]he|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?$"
)


# Every word _PREP_BEFORE can match, lower-cased.
_PREP_WORDS = frozenset(
    "on in since by until till from during before after starting the end beginning start middle "
    "first half second turn of earlier later early late mid last next this past coming".split()
)


def _prep_start(text: str, lo: int, start: int) -> int:
    """Where the date at ``start`` begins once a preposition right before it joins its surface.

    The answer is ``_PREP_BEFORE.search(text, lo, start)``, but that search tries a match at every
    character of its window.  A match is a run of the phrase's words and blanks (or a hyphen)
    ending at the date, so the search can start where, walking back from the date, the first
    other word or character stands: no match can begin before it, and the leftmost match found
    from there is the one the full window gives.
    """
    floor = start
    while floor > lo:
        j = floor
        while j > lo and (text[j - 1].isspace() or text[j - 1] == "-"):
            j -= 1
        i = j
        while i > lo and (text[i - 1].isalnum() or text[i - 1] == "_"):
            i -= 1
        if i == j or text[i:j].lower() not in _PREP_WORDS:
            floor = j
            break
        floor = i
    prep = _PREP_BEFORE.search(text, floor, start)
    return prep.start() if prep is not None and prep.start() < start else start


def _last_word(text: str, start: int, end: int) -> str:
    words = _WORD.findall(text, start, end)
    return words[-1] if words else ""


def _earlier_then_longer(candidate: tuple[int, int, re.Match[str], Handler]) -> tuple[int, int]:
    """Sort key of a reading: by start, then the longer first."""
    start, end = candidate[0], candidate[1]
    return start, start - end


def find_dates(text: str, published: date | None) -> list[TimeExpr]:
    """Every date named in ``text``, left to right, resolved against ``published``.

    Where two readings overlap the earlier and then the longer one wins ("24 September 2023"
    over "September 2023").  A preposition directly before a date joins its surface ("On
    September 24"), as analysts read it in the timeline's hover text.
    """
    # Handlers run only for the readings that survive the overlap rule: most matches of the
    # later patterns (the year of "14 January 2023", its "January 2023") lose to a longer or
    # earlier one, and resolving them (context words, tense) was most of the work.  A reading
    # that resolves to nothing is skipped as if it had never matched, so the result is the same
    # as resolving everything first.
    candidates: list[tuple[int, int, re.Match[str], Handler]] = []
    low = text.lower()
    passed: dict[int, bool] = {}  # gate results by gate, as two season patterns share theirs
    for (pattern, handler), gate, unit in zip(_PATTERNS, _GATES, _UNIT_ANCHORS, strict=True):
        if gate:
            ok = passed.get(id(gate))
            if ok is None:
                ok = passed[id(gate)] = gate(low) if callable(gate) else any(g in low for g in gate)
            if not ok:
                continue
        if unit is None:
            matches: Iterable[re.Match[str]] = pattern.finditer(text)
        else:
            matches = _modifier_unit_matches(pattern, unit, text, low)
        for m in matches:
            start, end = m.span()
            candidates.append((start, end, m, handler))
    candidates.sort(key=_earlier_then_longer)
    out: list[TimeExpr] = []
    last_end = 0
    for start, end, m, handler in candidates:
        if start < last_end:
            continue
        resolved = handler(m, text, published)
        if resolved is None:
            continue
        date_s, precision, source = resolved
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[end - 1] == "." and _last_word(text, start, end - 1).lower() not in _EN_ABBR:
            end -= 1  # a full stop after "5. maja" ends the sentence, it is not an abbreviation
        start = _prep_start(text, max(last_end, start - 40), start)
        out.append(TimeExpr(start, end, text[start:end], date_s, precision, source))
        last_end = end
    return out
