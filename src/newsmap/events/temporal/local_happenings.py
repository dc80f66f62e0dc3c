"""Days told from a happening in the region's languages: "dan posle nesreće", "dva dana nakon
izbora", "два дена по пожарот", "dy ditë pas zgjedhjeve", "dan po volitvah".

A count of days, "after" or "before" and a noun count from the day of the happening the noun
names, found as the English phrases are (``happenings``: the first day told after the noun in
a sentence that names it, "izbora održanih u nedjelju"), else from the day the text named last
("dan posle toga").  A capitalised name after the count is a feast's (``local_feast_offsets``);
a count after "od", "do", "u", "za" or "brenda" is a time limit ("u roku od 30 dana nakon
presude"), no day.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal import local_words as W
from newsmap.events.temporal.record import Resolved, Rule, anchored, anchored_on
from newsmap.events.temporal.starts import Anchor
from newsmap.lexicon.local import family

#: Per family: the words for day(s), and for after (+1) and before (-1).
_DAY = {
    "sh": ("dan", "dana", "дан", "дана"),
    "sl": ("dan", "dni", "dneva", "dnevi"),
    "sq": ("ditë", "dite"),
    "mk": ("ден", "дена"),
}
_SIDE = {
    "sh": {"posle": 1, "poslije": 1, "nakon": 1, "после": 1, "послије": 1, "након": 1}
    | {"pre": -1, "prije": -1, "пре": -1, "прије": -1},
    "sl": {"po": 1, "pred": -1},
    "sq": {"pas": 1, "para": -1},
    "mk": {"по": 1, "после": 1, "пред": -1},
}
#: Per family: a week told as a count of days ("sedmicu dana", "nedelju dana", "tjedan dana",
#: "teden dni", "një javë", "една седмица"): seven days from the happening (dev10's *Decided*:
#: "nedelju" here is the week, not Sunday).
_WEEK = {
    "sh": r"(?:sedmicu|nedelju|nedjelju|седмицу|недељу|недјељу|tjedan)\s+(?:dana|дана)",
    "sl": r"teden\s+dni",
    "sq": r"(?:një\s+|nje\s+)?jav[ëe]",
    "mk": r"(?:една\s+)?(?:седмица|недела)",
}
#: The words a week's phrase is found by (its last word, or its first with a count before it).
_WEEK_WORDS = {
    "sh": ("dana", "дана"),
    "sl": ("dni",),
    "sq": ("javë", "jave"),
    "mk": ("седмица", "недела"),
}
#: Words before the count that make it a time limit, not a day.
_LIMIT = frozenset(
    "od do u za brenda од до у за во рок roku roka najkasnije најкасније najkasneje најдоцна"
    " najmanje најмање".split()
)
#: "That" after the count: the day named last is the one counted from.
_THAT = frozenset("toga тога tome tega tistega тоа kësaj asaj".split())
#: The words before a comma that holds the phrase: a day named there is restated by it.
_CLAUSE_BEFORE = re.compile(r"(?P<words>[^.,;:!?\n]{0,40}),\s*$")


def _restates(code: str, text: str, start: int) -> bool:
    """Whether the phrase at ``start`` follows a comma after a day the text names ("u četvrtak
    uveče, dan prije glasanja"): it says again how that day stands to the happening."""
    found = _CLAUSE_BEFORE.search(text, max(0, start - 48), start)
    if found is None:
        return False
    fam = family(code)
    words = found["words"].lower().split()
    return any(
        w in fam.weekdays or w in fam.days or w in fam.months or w.rstrip(".").isdigit()
        for w in words[-3:]
    )


def _alt(words: tuple[str, ...] | list[str]) -> str:
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:])}
    return "|".join(sorted(forms, key=len, reverse=True))


def _rule(code: str) -> Rule:
    numbers = list(W.NUMBERS[code])
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<week>(?i:{_WEEK[code]}))|(?:(?P<n>\d{{1,2}}|{_alt(numbers)})\s+)?"
        rf"(?P<unit>{_alt(_DAY[code])}))\s+"
        rf"(?P<side>{_alt(list(_SIDE[code]))})\s+(?P<np>[^\W\d_]{{3,}})(?!\w)"
    )

    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        noun = m["np"]
        if noun[:1].isupper():
            return None  # a feast's name ("dan posle Petrovdana")
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].lower() in _LIMIT:
            return None
        raw = (m["n"] or "").lower()
        n = int(raw) if raw.isdigit() else W.NUMBERS[code].get(raw, 1)
        if m["week"]:
            n = 7  # "sedmicu dana nakon poplave": a week on
        elif not raw and m["unit"].lower() not in ("dan", "дан", "ден", "ditë", "dite"):
            return None  # "dana posle": a count of days needs its number
        days = n * _SIDE[code][m["side"].lower()]
        if noun.lower() in _THAT:
            return anchored(days)  # "dan posle toga": from the day named last
        if _restates(code, text, m.start()):
            return anchored(0)  # "u četvrtak, dan prije glasanja": the day just named, again
        # opening its sentence, it counts from the day the sentence before told when the
        # happening's own day is not told ("Vlada je u četvrtak odobrila novac. Dva dana
        # nakon sjednice putari su očistili put.")
        opens = text[max(0, m.start() - 2) : m.start()] in (". ", "! ", "? ")
        return anchored_on(days, (noun.lower(),), strict=not opens)

    # the day word, or the count one word before it
    starts = Anchor(tuple(_DAY[code]) + _WEEK_WORDS[code], back=1, itself=True)
    return Rule(f"{code} days from a happening", pattern, handle, (), starts)


def happening_rules(code: str) -> tuple[Rule, ...]:
    """The rule of one language family."""
    return (_rule(code),) if code in _DAY else ()
