"""A feast that is only the occasion of a sentence dated otherwise: "Festimet për Ditën e Verës
nisin të enjten", "Pripreme za Božić počinju u ponedjeljak".

A celebration or its preparations, then the feast they are for, and the weekday of their own
clause: the weekday dates the happening, and the feast is no event of its own
(tests/data/events/local/README.md, dev10's *Decided*).  With no day in the clause ("pripremali
su se za Badnji dan i Božić", "прославата за Свети Кирил и Методиј ќе се одржи") the feast
stays the time of the happening.
"""

from __future__ import annotations

import re

from newsmap.lexicon.local import family

__all__ = ["celebrated", "occasion"]

#: A celebration or its preparations right before the preposition: the feast is what they are
#: for, its occasion, not the time of a happening ("Festimet për Ditën e Verës nisin të enjten",
#: "Pripreme za Božić počinju u ponedjeljak"; dev10's *Decided*).
_OCCASION = re.compile(
    r"(?i)(?<!\w)(?:festim|përgatit|pergatit|proslav|priprem|svečanost|svecanost|прослав"
    r"|припрем|свечаност|подготов|praznovanj|priprav)\w*\s+\S+\s+$"
)


#: What ends the clause after a feast's name.
_CLAUSE_END = re.compile(r"[,.;:!?\n]")


def occasion(code: str, text: str, start: int, end: int) -> bool:
    """Whether the feast is only the occasion of a celebration or its preparations whose own
    day the rest of the clause tells ("Festimet për Ditën e Verës nisin të enjten"): then the
    weekday dates the happening and the feast is no event of its own."""
    if _OCCASION.search(text, max(0, start - 40), start) is None:
        return False
    stop = _CLAUSE_END.search(text, end, end + 80)
    fam = family(code)
    tail = text[end : stop.start() if stop else end + 80].lower().split()
    return any(w in fam.weekdays or w in fam.days for w in tail)


#: A verb of celebrating or marking: "proslavili su Božić", "slave Vidovdan", "praznovali
#: kresno noč", "festuan Bajramin", "го прославија Божиќ", "obilježili Dan nezavisnosti".
_CELEBRATE = (
    "proslav",
    "slav",
    "praznova",
    "praznuj",
    "obilježi",
    "obilježa",
    "obeleži",
    "obeleža",
    "festoj",
    "festuan",
    "festua",
    "kremt",
    "прослав",
    "слав",
    "одбележ",
    "обележ",
    "обиљеж",
)


#: The past endings of those verbs (l-participles, the Albanian and Macedonian aorists): a
#: celebration that took place, not a habit ("kada se obeležava Dan državnosti").
_PAST_ENDINGS = ("li", "la", "lo", "io", "ao", "le", "uan", "oi", "ја", "аа", "ле", "ли", "ла")


def celebrated(code: str, head: str) -> bool:
    """Whether a past verb of celebrating stands within the three words before a feast's name
    (its object: "Srbi su proslavili Božić u Gračanici"), which sets a happening on the day,
    in a sentence that names no other day before it ("so včeraj ... praznovali dan
    državnosti Bosne in Hercegovine": the day is yesterday's, the feast another state's)."""
    words = [w.lower().strip(",;:") for w in head.split()]
    if not any(w.startswith(_CELEBRATE) and w.endswith(_PAST_ENDINGS) for w in words[-3:]):
        return False
    fam = family(code)
    return not any(w in fam.days or w in fam.weekdays or w in fam.months for w in words)
