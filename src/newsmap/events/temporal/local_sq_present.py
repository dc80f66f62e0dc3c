"""Albanian's present as the tense of a timetable ("Raundi i dytë mbahet më 2 nëntor", "Festa
fillon më 14 mars", "Kombëtarja luan të enjten"): a date told so is the nearest of its name, not
the past one.  Moved out of ``local_tense`` (which re-exports ``held_in_present``) to keep it
under 400 lines.
"""

from __future__ import annotations

import re

__all__ = ["held_in_present"]


#: An Albanian verb in the present of the middle voice ("mbahet", is held; "zhvillohen", take
#: place; "hapet", opens), the word a timetable is told in; its past takes "u" ("u mbajt").
_SQ_PRESENT = re.compile(r"\w{2,}(?:het|hen)")
#: And in the active, told only where the month is Albanian: "-on" of the verbs in -oj
#: ("fillon", begins; not a noun in "-ion") and the plural "-jnë" ("hyjnë", enter); their
#: past ends "-oi", "-uan".
_SQ_ACTIVE = re.compile(r"\w{2,}[^\Wi]on|\w{2,}jnë")
#: Albanian verbs of a fixture in the present whose endings the patterns above miss: "luan"
#: (plays), "pret" (hosts), "nis" (starts), "përballet" and "ndeshet" (meets).
_SQ_TIMETABLE = frozenset("luan pret presin nis nisin përballet ndeshet".split())
#: The middle voice in "-et" of consonant stems, read in the date's own clause only (no comma
#: between: "Ura do të hapet nga 1 korriku, tha të enjten ministri" tells the Thursday in the
#: past): "hapet" (opens), "mbyllet" (closes), "ndalet" (stops), "pritet" (is expected).
_SQ_MIDDLE = frozenset(
    "hapet hapen mbyllet mbyllen ndalet ndalen ndërpritet ndërpriten pritet priten".split()
)
#: How far back from a date its clause's verb is looked for (characters).
_PRESENT_REACH = 60


def held_in_present(text: str, start: int, albanian: bool = False) -> bool:
    """Whether an Albanian clause tells the date's happening in the present ("Raundi i dytë
    mbahet më 2 nëntor"; with ``albanian``, known to be Albanian, "Festa fillon më 14 mars"):
    a timetable, so the nearest date of its name, not the past one."""
    lo = max(0, start - _PRESENT_REACH)
    left = max(text.rfind(c, lo, start) for c in ".!?;\n") + 1 or lo
    clause = text[max(lo, left) : start]
    words = clause.split()
    if albanian and any(w in _SQ_TIMETABLE for w in words):
        return True  # "Kombëtarja luan të enjten në Zvicër"
    if albanian and any(w in _SQ_MIDDLE for w in clause.rsplit(",", 1)[-1].split()):
        return True  # "Rruga mbyllet më 15 mars"
    active = albanian and ("on " in clause or "jnë " in clause)
    if not active and "het " not in clause and "hen " not in clause:
        return False
    for word in words:
        if _SQ_PRESENT.fullmatch(word) is not None:
            return True
        if active and _SQ_ACTIVE.fullmatch(word) is not None:
            return True
    return False
