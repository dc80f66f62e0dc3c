"""A day counted ahead from publication: "nastavlja se za sedam dana", "zakazan je za dva
tjedna", "do të numërohen pas dy ditësh", "ќе се одржи за три дена".

"Za" (in) with a count of days or weeks dates the day that far ahead when its clause speaks of
what is to come, or of a timetable in the present; in a past clause it is a span ("treći meč
za sedam dana"), and after "postpone" a delay ("odložiti za šest dana"), no day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal import local_tense as T
from newsmap.events.temporal import local_words as W
from newsmap.events.temporal.local_weekday_cues import mk_timetable
from newsmap.events.temporal.record import Resolved, Rule
from newsmap.events.temporal.starts import Anchor

#: Per family: "in", and the words for days (1) and weeks (7).
_IN = {"sh": ("za", "за"), "sq": ("pas",), "mk": ("за",), "sl": ("čez",)}
_UNITS = {
    "sh": {"dana": 1, "дана": 1, "tjedna": 7, "tjedana": 7, "sedmica": 7, "sedmice": 7}
    | {"nedelja": 7, "nedjelja": 7, "недеља": 7, "седмица": 7, "седмице": 7},
    "sq": {"ditësh": 1, "ditesh": 1, "javësh": 7, "javesh": 7},
    "mk": {"дена": 1, "недели": 7, "седмици": 7},
    "sl": {"dni": 1, "tednov": 7, "tedna": 7},
}
#: A delay: "odložiti za", "odgođen za", "одложи за", "shtyhet për".
_DELAY = re.compile(r"(?i)(?:odlož|odgod|odgođ|одлож|одгод|shty|pomer|pomjer|помер)\w*\s+\Z")


def _alt(words: tuple[str, ...] | list[str]) -> str:
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:])}
    return "|".join(sorted(forms, key=len, reverse=True))


def _rule(code: str) -> Rule:
    pattern = re.compile(
        rf"(?<!\w)(?:{_alt(_IN[code])})\s+(?P<n>\d{{1,2}}|{_alt(list(W.NUMBERS[code]))})\s+"
        rf"(?P<unit>{_alt(list(_UNITS[code]))})(?!\w)"
    )

    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        if _DELAY.search(text, max(0, m.start() - 20), m.start()):
            return None
        ahead = (
            T.is_future_local(code, text, m.start(), m.end())
            or T.in_present(code, text, m.start(), m.end())
            or (code == "sq" and T.held_in_present(text, m.start(), albanian=True))
            or (code == "mk" and mk_timetable(text, m.start(), m.end()))
        )  # "Festivali fillon pas dy ditësh", "за три дена почнува": a timetable's present
        if not ahead:
            return None
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else W.NUMBERS[code][raw]
        days = n * _UNITS[code][m["unit"].lower()]
        return (pub + timedelta(days=days)).isoformat(), "day", "relative"

    # the preposition: every match opens with it
    return Rule(f"{code} in days", pattern, handle, (), Anchor(_IN[code], back=0, itself=True))


def in_days_rules(code: str) -> tuple[Rule, ...]:
    """The rule of one language family."""
    return (_rule(code),) if code in _IN else ()
