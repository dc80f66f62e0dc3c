"""A day of the month spelt as an ordinal word in Serbo-Croatian: "petog jula", "prvog maja",
"двадесет другог октобра", read as "5. jula" is (the year by the clause's tense, ``absolute``).

Only before a month's name: "petog osumnjičenog" (the fifth suspect) and "drugog gola" are no
days.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal.absolute import month_number, year_of_day
from newsmap.events.temporal.context import words_before
from newsmap.events.temporal.periods import valid_day
from newsmap.events.temporal.record import Resolved, Rule
from newsmap.events.temporal.starts import Anchor
from newsmap.lexicon.local import family

__all__ = ["ordinal_day_rules"]

#: The genitive ordinals 1-10 and the tens, Latin and Cyrillic.
_UNITS = (
    "prvog drugog trećeg četvrtog petog šestog sedmog osmog devetog desetog".split(),
    "првог другог трећег четвртог петог шестог седмог осмог деветог десетог".split(),
)
_TEENS = (
    "jedanaestog dvanaestog trinaestog četrnaestog petnaestog šesnaestog sedamnaestog"
    " osamnaestog devetnaestog".split(),
    "једанаестог дванаестог тринаестог четрнаестог петнаестог шеснаестог седамнаестог"
    " осамнаестог деветнаестог".split(),
)
_TENS = (("dvadesetog", "tridesetog"), ("двадесетог", "тридесетог"))
_TEN_WORDS = (("dvadeset", "trideset"), ("двадесет", "тридесет"))


def _ordinals() -> dict[str, int]:
    days: dict[str, int] = {}
    for script in (0, 1):
        for i, word in enumerate(_UNITS[script]):
            days[word] = i + 1
        for i, word in enumerate(_TEENS[script]):
            days[word] = i + 11
        for i, word in enumerate(_TENS[script]):
            days[word] = 10 * (i + 2)
        for i, ten in enumerate(_TEN_WORDS[script]):
            for j, word in enumerate(_UNITS[script][:9]):
                days[f"{ten} {word}"] = 10 * (i + 2) + j + 1
    return {w: d for w, d in days.items() if d <= 31}


_DAYS = _ordinals()


def ordinal_day_rules(code: str) -> tuple[Rule, ...]:
    """The ordinal-day rule of the Serbo-Croatian family (none for the others)."""
    if code != "sh":
        return ()
    months = sorted({m for m in family(code).months if m.islower()}, key=len, reverse=True)
    words = sorted(_DAYS, key=len, reverse=True)
    pattern = re.compile(
        rf"(?i)(?<!\w)(?P<ord>{'|'.join(words)})\s+(?P<mon>{'|'.join(months)})(?!\w)"
    )

    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        mon = month_number(m["mon"])
        day = _DAYS.get(" ".join(m["ord"].lower().split()))
        if pub is None or mon is None or day is None:
            return None
        y = year_of_day(m, text, pub, mon, day, words_before(text, m.start(), 16))
        if not valid_day(y, mon, day):
            return None
        return date(y, mon, day).isoformat(), "day", "explicit"

    starts = Anchor(tuple({w.split()[0] for w in _DAYS}), back=0, itself=True)
    return (Rule(f"{code} ordinal day", pattern, handle, (), starts),)
