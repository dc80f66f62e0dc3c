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
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_EN_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
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
        "septembar septembra септембар септембра септември rujan rujna shtator shtatori "
        "shtatorit",
        "oktobar oktobra октобар октобра октомври listopad listopada tetor tetori tetorit",
        "novembar novembra новембар новембра ноември studeni studenoga studenog nëntor "
        "nëntori nëntorit",
        "decembar decembra децембар децембра декември prosinac prosinca dhjetor dhjetori "
        "dhjetorit",
    ),
    start=1,
):
    for _form in _forms.split():
        _LOCAL_MONTHS.setdefault(_form, _num)

# English month names that are also verbs, nouns or given names: read as a month only next to a
# day or a year, or after a word that introduces a time ("in May", "since March", "early June").
_AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}
_MONTH_CONTEXT = {
    "in", "since", "until", "till", "from", "through", "throughout", "during", "early", "late",
    "mid", "last", "next", "this", "before", "after", "between", "and", "or", "of", "to",
    "by", "around", "end", "beginning", "start", "middle",
}

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple of": 2,
}
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

# A bare four-digit number right after one of these words is a label or a count, not a year.
_YEAR_LABELS = {
    "resolution", "resolutions", "article", "articles", "no", "nr", "number", "law", "decree",
    "regulation", "directive", "route", "highway", "flight", "room", "chapter", "section",
    "paragraph", "point", "item", "case", "code", "bus", "line", "page", "pages", "vol", "volume",
    "agenda", "vision", "strategy", "horizon", "model", "version", "gate", "tel", "phone", "fax",
    "some", "about", "around", "nearly", "almost", "over", "than", "least", "approximately",
    "roughly", "only", "total", "exactly", "just", "under", "below", "above", "additional",
    "another", "extra", "reportedly", "estimated", "altitude", "elevation", "height",
}
# ... and before one of these words it is a count ("2000 people") or a measure.
_COUNT_NOUNS = {
    "people", "persons", "troops", "soldiers", "police", "policemen", "officers", "residents",
    "inhabitants", "citizens", "migrants", "refugees", "votes", "voters", "km", "kilometres",
    "kilometers", "metres", "meters", "m", "euros", "eur", "dollars", "usd", "members", "cases",
    "homes", "houses", "families", "children", "men", "women", "workers", "protesters",
    "demonstrators", "students", "participants", "signatures", "tonnes", "tons", "hectares",
    "kg", "vehicles", "cars", "rounds", "copies", "jobs", "deaths", "dead", "victims", "units",
    "beds", "times", "percent", "per", "square", "feet", "miles", "guests", "delegates", "seats",
    "buildings", "apartments", "firefighters", "rescuers", "personnel", "staff", "lei", "denars",
    "dinars", "leks", "marks", "pounds", "users", "followers", "views", "hours", "minutes",
}

_FUTURE_MARKERS = {
    "will", "shall", "'ll", "upcoming", "scheduled", "planned", "expected", "due", "plans",
    "plan", "intends", "intend", "going", "tomorrow", "next", "forthcoming", "to-be",
}
_PAST_MARKERS = {
    "was", "were", "had", "did", "said", "told", "ago", "last", "took", "met", "went", "came",
    "held", "began", "left", "made", "gave", "saw", "won", "lost", "broke", "fled", "hit",
    "shot", "struck", "sent", "brought", "led", "ran", "set", "fell", "rose", "paid", "spoke",
    "wrote", "chose", "drove", "flew", "fought", "caught", "thought", "knew", "grew", "threw",
    "became", "stood", "kept", "laid", "sought", "built", "felt", "tore", "wore",
    "yesterday", "earlier",
}
# Words ending in -ed that are not past-tense verbs.
_ED_NOT_PAST = {
    "need", "needed", "speed", "indeed", "seed", "feed", "united", "based", "related", "hundred",
    "limited", "interested", "concerned", "alleged", "so-called", "red", "bed", "shed", "wed",
    "ahmed", "mohammed", "muhamed", "mehmed", "ethnic-based", "advanced", "armed", "aged",
    "unprecedented", "talented", "skilled", "detailed", "dedicated", "sophisticated", "required",
    "supposed", "accused", "wounded", "injured", "proceed", "exceed", "succeed",
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


def _alt(words: Iterable[str]) -> str:
    """An alternation of words as a prefix trie.

    Python's regex engine tries alternatives one by one; sharing prefixes lets it reject a
    non-month word after a letter or two, which keeps month search fast on long articles.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


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


def _h_range(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
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
        shift = {"this": 0, "last": -7, "previous": -7, "next": 7}[mod]
        a = monday + timedelta(days=shift)
        b = a + timedelta(days=6)
        if weekend:
            a = a + timedelta(days=5)
    date_s, precision = _span(a, b)
    return date_s, precision, "relative"


def _h_month_rel(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    shift = {"this": 0, "last": -1, "previous": -1, "next": 1}[m["mod"].lower()]
    y, mo = _shift_month(pub.year, pub.month, shift)
    return _iso_month(y, mo), "month", "relative"


def _h_year_rel(m: re.Match[str], text: str, pub: date | None) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    shift = {"this": 0, "last": -1, "previous": -1, "next": 1}[m["mod"].lower()]
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
_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(r"(?<![\d.\-/])(?P<y>1[89]\d\d|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d\-])"),
     _h_iso),
    (re.compile(
        r"(?<![\d.,/+\-])(?P<a>[0-3]?\d)(?P<sep>[./])\s?(?P<b>[01]?\d)(?P=sep)\s?"
        r"(?P<year>1[89]\d\d|20\d\d)(?![\d]|\.\d)"), _h_numeric),
    (re.compile(rf"\b{_DAY}\.?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?"), _h_day_month),
    (re.compile(
        rf"\b{_MON}"
        rf"(?:\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d,]\d)|,?\s+(?:of\s+)?(?P<myear>1[0-9]\d\d|20\d\d)"
        r"(?!\d))?"),
     _h_month_led),
    (re.compile(r"\b(?P<y>1\d\d0|20\d0)s\b"), _h_decade),
    (re.compile(
        r"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
        r"(?P<year>1[89]\d\d|20\d\d)(?!\d)", _I), _h_season_year),
    (re.compile(
        r"\b(?:between\s+(?P<y1>1[89]\d\d|20\d\d)\s+and\s+(?P<y2>1[89]\d\d|20\d\d)"
        r"|from\s+(?P<y1b>1[89]\d\d|20\d\d)\s+(?:to|until|till)\s+(?P<y2b>1[89]\d\d|20\d\d))"
        r"(?!\d)", _I), lambda m, t, p: _h_range(_Pair(m["y1"] or m["y1b"], m["y2"] or m["y2b"]),
                                                  t, p)),
    (re.compile(r"\b(?P<y1>1[89]\d\d|20\d\d)\s?[-–]\s?(?P<y2>(?:1[89]|20)?\d\d)(?![\d\-])"),
     _h_range),
    (re.compile(
        r"(?<![\w.,/+$€£#])(?<![^d]-)(?<!–)(?P<year>1\d{3}|20\d\d)(?![\w%°]|[.,]\d)"),
     _h_bare_year),
    (re.compile(
        r"\b(?P<mod>last|this|next|in\s+the)\s+(?P<season>spring|summer|autumn|fall|winter)\b"
        r"(?!\s+(?:of\s+)?\d)", _I), _h_season),
    (re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", _I), _h_day_offset(-2)),
    (re.compile(r"\byesterday\b|\blast\s+night\b", _I), _h_day_offset(-1)),
    (re.compile(r"\btomorrow\b", _I), _h_day_offset(1)),
    (re.compile(r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b", _I),
     _h_day_offset(0, "published")),
    (re.compile(
        r"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
        r"(?:\s+(?i:morning|afternoon|evening|night))?\b"), _h_weekday),
    (re.compile(
        r"\b(?P<mod>this|last|next|past|previous)\s+(?P<unit>week|weekend)\b", _I), _h_week),
    (re.compile(
        r"\b(?P<mod>this|last|next|previous)\s+month\b", _I),
     _h_month_rel),
    (re.compile(
        r"\b(?P<mod>this|last|next|previous)\s+year\b", _I),
     _h_year_rel),
    (re.compile(rf"\b{_NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", _I), _h_ago),
]


# Cheap tests on the lower-cased text: a pattern whose gate fails cannot match, so its scan is
# skipped (most articles name no weekday, season or "ago").  A gate is a tuple of words, one of
# which must occur, or a function of the text for patterns whose words are too common ("year",
# "from") to rule anything out; each is a necessary condition of its pattern, never more.
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_NUMERIC_DATE_HINT = re.compile(r"[./] ?\d\d?[./]")


def _modifier_before(units: tuple[str, ...], mods: frozenset[str]) -> Callable[[str], bool]:
    """A gate: some ``unit`` word comes right after one of ``mods`` ("last week")."""

    def gate(low: str) -> bool:
        for unit in units:
            i = low.find(unit)
            while i >= 0:
                before = low[max(0, i - 30) : i]
                if before[-1:].isspace():
                    word = before.rstrip()
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
    lambda low: _NUMERIC_DATE_HINT.search(low) is not None,
    (),
    (),
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
    tuple(_WEEKDAYS),
    _modifier_before(("week",), _MODS),
    _modifier_before(("month",), _MODS),
    _modifier_before(("year",), _MODS),
    ("ago",),
)
assert len(_GATES) == len(_PATTERNS)


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


def _last_word(text: str, start: int, end: int) -> str:
    words = _WORD.findall(text, start, end)
    return words[-1] if words else ""


def find_dates(text: str, published: date | None) -> list[TimeExpr]:
    """Every date named in ``text``, left to right, resolved against ``published``.

    Where two readings overlap the earlier and then the longer one wins ("24 September 2023"
    over "September 2023").  A preposition directly before a date joins its surface ("On
    September 24"), as analysts read it in the timeline's hover text.
    """
    found: list[tuple[int, int, tuple[str, str, str]]] = []
    low = text.lower()
    for (pattern, handler), gate in zip(_PATTERNS, _GATES, strict=True):
        if gate and not (gate(low) if callable(gate) else any(g in low for g in gate)):
            continue
        for m in pattern.finditer(text):
            resolved = handler(m, text, published)
            if resolved is not None:
                found.append((m.start(), m.end(), resolved))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[TimeExpr] = []
    last_end = 0
    for start, end, (date_s, precision, source) in found:
        if start < last_end:
            continue
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[end - 1] == "." and _last_word(text, start, end - 1).lower() not in _EN_ABBR:
            end -= 1  # a full stop after "5. maja" ends the sentence, it is not an abbreviation
        prep = _PREP_BEFORE.search(text, max(last_end, start - 40), start)
        if prep is not None and prep.start() < start:
            start = prep.start()
        out.append(TimeExpr(start, end, text[start:end], date_s, precision, source))
        last_end = end
    return out
