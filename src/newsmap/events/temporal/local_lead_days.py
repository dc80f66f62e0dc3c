"""A lead that opens with a count of days after a happening: "Два дена по средбата во Охрид,
...", "Pet dni po poplavah ...", "Tri dana nakon nesreće ...".

Right after a dateline's dash, such a phrase tells the day the item is written on (the story is
"two days after the meeting" as of today), so it dates the publication's day.  Elsewhere the
same phrase counts from a day the text may not give, and is left to the anchored rules.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal import local_words as W
from newsmap.events.temporal.record import Handler, Resolved, Rule
from newsmap.events.temporal.starts import Scan

#: Per family: the count of days ("N" and the word for days, or "a day" alone) and "after".
_PATTERNS = {
    "sh": r"(?:(?P<n>\d{1,2}|\w+)\s+(?:dana|дана)|[Dd]an|[Дд]ан)\s+"
    r"(?:posle|poslije|nakon|после|послије|након)\s+\w+",
    "sl": r"(?:(?P<n>\d{1,2}|\w+)\s+(?:dni|dan)|[Dd]an)\s+po\s+\w+",
    "sq": r"(?:(?P<n>\d{1,2}|\w+)\s+ditë|[Nn]jë\s+ditë)\s+pas\s+\w+",
    "mk": r"(?:(?P<n>\d{1,2}|\w+)\s+дена|[Дд]ен)\s+(?:по|после)\s+\w+",
}
#: The dashes that end a dateline ("ОХРИД, 20 март (Весник) – "), and how far into the text
#: it may end (characters).
_DASHES = (" – ", " — ", " - ")
_REACH = 200


def _lead_at(text: str) -> int:
    """The place right after the dateline's dash, in the text's first characters; -1 if none."""
    head = text[:_REACH]
    for dash in _DASHES:
        at = head.find(dash)
        if at >= 0:
            return at + len(dash)
    return -1


def in_lead(text: str, at: int) -> bool:
    """Whether ``at`` lies in the lead's first sentence, right after a dateline's dash."""
    lead = _lead_at(text)
    return 0 <= lead <= at and not any(c in text[lead:at] for c in ".!?\n")


def _lead_start(scan: Scan) -> list[int]:
    """Where the rule is tried: the lead's start only."""
    at = _lead_at(scan.text)
    return [at] if at >= 0 else []


def _handler(code: str) -> Handler:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None or m.start() != _lead_at(text):
            return None  # the same words elsewhere count from a day of their own
        raw = (m["n"] or "").lower()
        if raw and not raw.isdigit() and raw not in W.NUMBERS[code]:
            return None  # "Mnogo dana posle": no count
        return pub.isoformat(), "day", "relative"

    return handle


def lead_day_rules(code: str) -> tuple[Rule, ...]:
    """The days-after-a-happening lead rule of one language family."""
    if code not in _PATTERNS:
        return ()
    pattern = re.compile(rf"(?:{_PATTERNS[code]})(?!\w)")
    return (Rule(f"{code} days after in a lead", pattern, _handler(code), (), _lead_start),)


#: A relative pronoun opening the clause of "i danas": "od kojih se većina i danas vodi kao
#: nestala" tells a state that still holds, no happening of the day.
_RELATIVE = re.compile(r"(?i)(?<!\w)(?:koj\w*|кој\w*|који\w*|ki|kateri\w*|që|i cili|e cila)(?!\w)")
#: Verbs of a state that still holds, right after "i danas" ("i danas se vodi kao nestao",
#: "и данас живе у избеглиштву", "edhe sot jetojnë", "i danas čekaju"): stems, and short
#: words matched whole.
_STATE_STEMS = tuple(
    "živ жив jeto vod вод ostaj остај ostan остан mbet čeka чека pamt памт sjeć сећ kujto".split()
)
_STATE_WORDS = frozenset(
    "je su је су е ima има nema нема ka kanë është janë pret presin ostaje".split()
)


def says_still(text: str, at: int) -> bool:
    """Whether "i danas" / "и денеска" at ``at`` says "still": a state told in a relative
    clause, or by a verb of a state within two words after it; any other happening ("Spasioci
    i danas pretražuju ruševine", "Погребите продолжуваат и денеска", "Граѓаните и денеска
    носат цвеќе") the region's news dates on the publication, in the lead or elsewhere."""
    if in_lead(text, at):
        return False
    lo = max(text.rfind(c, 0, at) for c in ".!?\n,;") + 1
    if _RELATIVE.search(text, lo, at) is not None:
        return True
    stops = [i for i in (text.find(c, at) for c in ".!?\n,;") if i >= 0]
    after = [w for w in text[at : min(stops or [len(text)])].lower().split()[1:4] if w != "se"]
    return any(w in _STATE_WORDS or w.startswith(_STATE_STEMS) for w in after[:2])
