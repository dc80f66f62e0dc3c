"""Dates in the region's languages that date no happening, told by the words around them.

- A habit: "every" a few words before ("svake srede", "çdo të hënë", "çdo vit në gusht",
  "çdo katër vjet", "vsako soboto", "секоја недела").
- The end of a range of days whose start is a bare number ("od 1. do 15. kolovoza", "nga 3
  deri më 9 maj"): a span, as a range of years is (the local sets' conventions: a date range is
  no event).
- A comparison: "than" before a relative date ("večji kot lani", "više nego prošle godine",
  "поголем отколку лани"; "više nego 2024. godine" dates the year's figure, and "več kot lani,
  ko je finale motilo vreme" tells what happened then).
- A state's start last year: "since" right before "lani" ("Od lani radi savjetovalište");
  "od petka" ahead is a start to come, an event, and "od prošlog tjedna, kada ..." names a
  happening.
- Years in the plural ("v naslednjih letih", "narednih godina"): no one year.
- The year a budget is for ("o predlogu budžeta za 2023. godinu").
- Albanian's "të nesërmen" (the next day) with no day to count from: not tomorrow.
- A year ending a name ("Nogometaši Vukovara 1991 su"; a club, a games' name).
- A week told as "a Sunday's worth of days" ("više od nedelju dana"): a length of time, no
  Sunday.
- "Ever since" before the date ("još od prošlog mjeseca", "уште од јануари", "qysh nga
  maji"): the onset of a state that holds; after a perfect ("su pješačili još od petka") the
  day a happening began, an event.
- The end of a named month that something lasts to, not by ("trajat će do kraja svibnja",
  "produžili su sezonu do kraja oktobra", "izvoz je do kraja oktobra dostigao"): a span held
  to that end; a deadline ("konstituisan do kraja jula") is an event.
- This year as the span a count runs over ("treća takva nesreća ove godine", "četrti
  podoben primer letos", "највисока температура досега оваа година"): no happening of its
  own.
"""

from __future__ import annotations

import re
from typing import Final

#: "Every" in the region's languages, then up to two words of its clause, before the date.
_EVERY: Final = re.compile(
    r"(?i)(?<!\w)(?:svak[aeiou]\w*|свак[аеиоу]\w*|vsak\w*|çdo|cdo|секо\w*)"
    r"(?:\s+[^\s.!?;,]+){0,2}\s+\Z"
)
#: "Since" right before the date or opening it: "od decembra", "që nga maji".
_SINCE: Final = re.compile(r"(?i)(?<!\w)(?:od|од|nga|prej)\s+\S+\Z|(?<!\w)(?:od|од|nga|prej)\s+\Z")
#: A bare day number after "from", then "to", right before the date.
_RANGE_END: Final = re.compile(
    r"(?i)(?<!\w)(?:od|од|nga|prej)\s+[0-3]?\d\.?\s+(?:do|до|deri(?:\s+m[ëe])?|deri\s+n[ëe])\s+\Z"
)
#: "Ever since" right before the date, or before its own "since" ("od srede"): "još od",
#: "још од", "уште од", "qysh nga" (Slovenian "že od" starts a habit too: "vsako soboto že od
#: decembra" is an event).
_EVER = re.compile(r"(?i)(?<!\w)(?:još|jos|још|уште|qysh)\s+\Z")
_SINCE_WORD = re.compile(r"(?i)(?<!\w)(?:od|од|nga)\s+\Z")
_SINCE_OPENS = ("od ", "од ", "nga ")
#: How the window before the date ends, lower-cased and its blanks cut, when ``_ever_since``
#: can hold: with "ever" (the date opening with "since") or "since" (``_EVER``, ``_SINCE_WORD``).
_EVER_ENDS: Final = ("još", "jos", "још", "уште", "qysh", "od", "од", "nga")
#: "Than" before the date.
_THAN: Final = re.compile(r"(?i)(?<!\w)(?:kot|nego|negoli|него|отколку)\s+\Z")
#: A clause of "when" right after the date: ", ko je ...", ", kada su ...", ", кога ...".
_WHEN_AFTER: Final = re.compile(r",\s*(?:ko|kada|kad|када|кад|кога|kur)\s", re.IGNORECASE)
#: "Since" right before last year's word ("od lani", "од лани"): the start of a state that
#: still holds, no happening.
_SINCE_BARE: Final = re.compile(r"(?i)(?<!\w)(?:od|од)\s+\Z")
_PAST_RELATIVE: Final = ("lani", "lane", "лани", "лане")
#: A plural of years: "naslednjih letih", "narednih godina", "наредните години" (not the
#: singular "prihodnje leto", next year).
_PLURAL_YEARS: Final = re.compile(
    r"(?i)(?:naslednj|prihodnj|narednih|sljede[ćc]ih|slede[ćc]ih|idu[ćc]ih|следећих"
    r"|наредних|наредните|следните|идните)\w*\s+(?:let(?![ou])|godin|годин|години)"
)
#: The week as "Sunday days": "nedelju dana", "недељу дана".
_WEEK_WORDS: Final = ("nedelju", "nedjelju", "недељу", "недјељу")
_DAYS_AFTER: Final = re.compile(r"\s+(?:dana|дана)(?!\w)")
_REACH: Final = 40
#: A capitalised word right before a bare year, itself inside its sentence: a name that ends
#: in a year ("Vukovar 1991", "Istra 1961", clubs; "Sarajevo 1984").
_NAME_BEFORE = re.compile(r"(?<=[^\W\d_])\s(?P<w>[A-ZČĆŠŽĐА-ЯЂЈЉЊЋЏЃЌЅ][^\W\d_]+)\s\Z")


def local_nonevent(text: str, start: int, end: int) -> bool:
    """Whether the local date at text[start:end] dates no happening (see the module).

    The patterns are case-blind and open with a lookbehind or a choice, so the regex engine
    tries each at every character of the window; each is asked only when the window (or the
    surface) holds what it needs: blanks right before the date for the three that end there,
    and one of its words in the lower-cased text.  A letter that case-blind matching reads
    otherwise than lower-casing does (``_CASE_ODD``) sends the window to the patterns as they
    are (tests/unit/events/test_local_fast_paths.py holds this to ``plain_local_nonevent``).
    """
    window = text[start - _REACH if start > _REACH else 0 : start]
    surface = text[start:end]
    if window[-1:].isspace():  # each of the window's patterns ends with blanks at the date
        odd = not window.isascii() and any(c in window for c in _CASE_ODD)
        low = window.lower()
        last = low.rstrip()
        if (odd or any(piece in low for piece in _EVERY_PIECES)) and _EVERY.search(window):
            if not _SINCE.search(window + surface):
                return True  # "vsako soboto že od decembra": the habit's start is an event
        if (odd or last.endswith(_RANGE_ENDS)) and _RANGE_END.search(window):
            return True
        if (odd or last.endswith(_THAN_WORDS)) and _THAN.search(window):
            # "kot lani"; a year told in digits after "nego" dates its figure, and a clause of
            # its own tells what happened then ("več kot lani, ko je finale motilo vreme")
            if not any(map(str.isdigit, surface)) and _WHEN_AFTER.match(text, end) is None:
                return True
        if (
            (odd or last.endswith(_EVER_ENDS))
            and _ever_since(window, surface)
            and not _told_done(text, start)
        ):
            return True  # "još od prošlog mjeseca": a state that holds since
    if surface.lower().startswith(_PAST_RELATIVE) and _SINCE_BARE.search(window):
        return True  # "Od lani je u Klanjcu savjetovalište": a state since, no happening
    if surface.isdigit() and len(surface) == 4 and _named_year(text, window, end):
        return True
    if surface.isdigit() and len(surface) == 4 and _budget_year(text, window, end):
        return True
    if surface.lower() in _NEXT_DAY_NOUN and window.rstrip().lower().endswith(("të", "te")):
        return True  # "të nesërmen" is the day after a day told, never tomorrow
    odd = not surface.isascii() and any(c in surface for c in _CASE_ODD)
    low = surface.lower()
    if (odd or any(piece in low for piece in _YEAR_PIECES)) and _PLURAL_YEARS.search(surface):
        return True
    if low.startswith(_THIS_YEAR) and _counted_so_far(text, start, end):
        return True
    if (
        low.startswith(_PERIOD_END)
        and not low.split()[-1].startswith(_UNIT_WORDS)
        and _lasting(text, start, end)
    ):
        return True
    return surface.endswith(_WEEK_WORDS) and _DAYS_AFTER.match(text, end) is not None


#: The end of a period, lower-cased: "do kraja", "до краја", "do konca", "до крајот".
_PERIOD_END: Final = (
    "do kraja",
    "до краја",
    "do konca",
    "до крајот",
    "deri në fund",
    "deri ne fund",
)
#: The words of the unit periods ("do kraja mjeseca", "do konca leta"), whose end something
#: lasting to it still dates (tests/unit/events/test_local_clauses_units.py).
_UNIT_WORDS: Final = ("mes", "mje", "мес", "мје", "muaj", "godin", "годин", "let", "vit", "месец")
#: Verbs of lasting, extending, staying open or adding up to a sum: their clause holds a span
#: to the period's end, no happening at it.
_LASTING = re.compile(
    r"(?i)(?<!\w)(?:traj|трај|produž|продуж|podalj|ostaj|ostat|остај|остат|primaj|прима"
    r"|dostig|достиг|otvoren|отворен|odprt|vazhdo|zgjat)\w*"
)


def _lasting(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the period's end tells something lasting to it."""
    lo = max(0, start - 100)
    left = max(text.rfind(c, lo, start) for c in ".!?\n") + 1 or lo
    rights = [i for i in (text.find(c, end, end + 60) for c in ".!?\n") if i >= 0]
    return _LASTING.search(text, max(lo, left), min(rights) if rights else end + 60) is not None


#: This year's words, lower-cased: "ove godine", "ове године", "letos", "оваа година",
#: "годинава", "këtë vit".
_THIS_YEAR: Final = (
    "ove godine",
    "ове године",
    "ovog ljeta",
    "letos",
    "оваа година",
    "годинава",
    "këtë vit",
    "kete vit",
)
#: A count so far: an ordinal before "such" or "similar" ("treća takva", "četrti podoben"), or
#: "so far" ("досега", "dosad", "doslej", "deri tani").
_SO_FAR = re.compile(
    r"(?i)(?<!\w)(?:(?:drug|tre[ćc]|[čc]etvrt|[čc]etrt|pet|[šs]est|sedm|osm|tret|втор|трећ|"
    r"трет|четврт|пет)\w*\s+(?:takv|sli[čc]n|podob|ovakv|такв|сличн|ваков|слич)\w*"
    r"|dosad\w*|досад\w*|досега|doslej|deri\s+tani|deri\s+m[ëe]\s+tani)"
)


def _counted_so_far(text: str, start: int, end: int) -> bool:
    """Whether this year's sentence counts something so far (``_SO_FAR``)."""
    lo = max(0, start - 160)
    left = max(text.rfind(c, lo, start) for c in ".!?\n") + 1 or lo
    rights = [i for i in (text.find(c, end, end + 160) for c in ".!?\n") if i >= 0]
    return _SO_FAR.search(text, max(lo, left), min(rights) if rights else end + 160) is not None


def _ever_since(window: str, surface: str) -> bool:
    """Whether "ever since" (``_EVER``) stands before the date's "since", in the window or
    opening the date."""
    if surface.lower().startswith(_SINCE_OPENS):
        return _EVER.search(window) is not None
    found = _SINCE_WORD.search(window)
    return found is not None and _EVER.search(window, 0, found.start()) is not None


#: A Serbo-Croatian auxiliary of the perfect ("su pješačili", "su skidani").
_AUXILIARY = re.compile(
    r"(?<!\w)(?:je|su|sam|smo|ste|bio|bila|bilo|bili|bile|је|су|сам|смо|сте|био|била|било|били"
    r"|биле)(?!\w)",
    re.IGNORECASE,
)


def _told_done(text: str, start: int) -> bool:
    """Whether the clause before an "ever since" date tells a happening in the perfect
    ("Mnogi su pješačili još od petka", "kablovi su skidani još od početka jula"): the day it
    began is an event; in the present ("elektrane rade još od prošlog mjeseca") a state."""
    lo = max(0, start - 90)
    left = max(text.rfind(c, lo, start) for c in ".!?:;\n") + 1
    return _AUXILIARY.search(text, max(lo, left), start) is not None


#: "For" right before a year and "year" after it ("za 2023. godinu", "за 2026. годину",
#: "për vitin 2024" is told otherwise), and the budget or plan words that make it the year a
#: sum is for: no happening (tests/data/events/local/README.md, dev3 and dev9).
_FOR_YEAR = re.compile(r"(?i)(?<!\w)(?:za|за)\s+\Z")
_YEAR_AFTER = re.compile(r"\.?\s+(?:godinu|годину)(?!\w)", re.IGNORECASE)
_BUDGET = re.compile(r"(?i)(?:budžet|budzet|буџет|proračun|прорачун|rebalans|ребаланс)")


#: Albanian's "the next day" ("të nesërmen"), counted from a day told (``local_more``): when no
#: day is told to count from, no day, and not "tomorrow" ("nesër").
_NEXT_DAY_NOUN: Final = ("nesërmen", "nesermen")


def _budget_year(text: str, window: str, end: int) -> bool:
    """Whether a bare year is the year a budget is for ("predlog budžeta za 2023. godinu")."""
    if _FOR_YEAR.search(window) is None or _YEAR_AFTER.match(text, end) is None:
        return False
    return _BUDGET.search(window) is not None


def _named_year(text: str, window: str, end: int) -> bool:
    """Whether a bare year ends a name: a capitalised word that opens no sentence right before
    it, and a lower-case word after it ("Nogometaši Vukovara 1991 zbog blokade kasnili su")."""
    m = _NAME_BEFORE.search(window)
    if m is None:
        return False
    after = text[end : end + 2]
    return len(after) == 2 and after[0] == " " and after[1].islower()


# Letters that case-blind matching reads as one of the patterns' letters though lower-casing
# does not make them that letter (dotless i, long s, the old Cyrillic forms of в д о с т; the
# dotted capital I lower-cases to two characters).
_CASE_ODD: Final = ("ı", "ſ", "İ", "ᲀ", "ᲁ", "ᲂ", "ᲃ", "ᲄ", "ᲅ")
# What each pattern holds, lower-cased: "every" (``_EVERY``), the word before the date that
# closes a range (``_RANGE_END``), "than" (``_THAN``), the plural years (``_PLURAL_YEARS``).
_EVERY_PIECES: Final = ("svak", "свак", "vsak", "çdo", "cdo", "секо")
_RANGE_ENDS: Final = ("do", "до", "deri", "më", "me", "në", "ne")
_THAN_WORDS: Final = ("kot", "nego", "negoli", "него", "отколку")
_YEAR_PIECES: Final = ("let", "godin", "годин")
