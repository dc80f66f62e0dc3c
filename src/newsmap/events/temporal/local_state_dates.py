"""Local dates that tell a state, not a happening, beside ``local_nonevents``'s shapes:

- A year word as the time of a comparison told with a copula: "Lani je bilo bolje", "Лане беше
  полошо", "Vjet ishte më mirë" (tests/data/events/local/README.md, dev8: a comparison, no
  event).
- The base of a comparison over the same period: "više nego u istom periodu prošle godine".
- The start of a wait: "since" and a month after a verb of waiting ("pomoć čakajo od avgusta",
  "čekaju od marta", "чекаат од јануари"): the wait still goes on, its start is no happening.
- A habit's or a comparison's time: "mostly" or "ever" right before the date ("vijnë
  kryesisht në fundjavë", "več gostov kot kdajkoli v juliju").
- A decade after "since" ("Патот не е поправан од осумдесеттите", "nije popravljan od
  devedesetih"): the onset of a state (tests/data/events/local/README.md, dev9).
"""

from __future__ import annotations

import re
from typing import Final

from newsmap.events.temporal.local_nonevents import local_nonevent

__all__ = ["local_no_event"]

#: A copula, then a comparative, within the three words after a year word.
_COPULA = frozenset("je su је су е беше bilo bila bio било била био ishte qe so".split())
_COMPARATIVE = frozenset(
    "bolje bolji bolja gore gori lošije lošiji lakše teže više manje skuplje jeftinije"
    " toplije hladnije mirnije боље бољи горе лошије лакше теже више мање подобро полошо"
    " повеќе помалку подобра boljše slabše več manj mirë keq".split()
)
#: Verbs of waiting a few words before "since": "čekaju", "čakajo", "чекаат", "presin".
_WAITING: Final = re.compile(r"(?i)(?<!\w)(?:ček|čak|чек|pres|pret)\w*\s+(?:\S+\s+){0,2}\Z")
_SINCE: Final = ("od ", "од ", "nga ", "që nga ")
#: "Than in the same period" before the date: "nego u istom periodu prošle godine", "отколку
#: во истиот период минатата година", "kot v enakem obdobju lani": a comparison's base.
_THAN_PERIOD: Final = re.compile(
    r"(?i)(?<!\w)(?:kot|nego|negoli|него|отколку|sesa)\s+(?:\S+\s+){0,2}"
    r"(?:periodu?|razdoblju|период|periodot|obdobju|periudh\w*)\s+\Z"
)
#: ``_THAN_PERIOD``'s words of a period, but "periudh\w*", lower case.
_PERIOD_WORDS = frozenset(("period", "periodu", "razdoblju", "период", "periodot", "obdobju"))


def _period_before(text: str, start: int) -> bool:
    """Whether ``_THAN_PERIOD`` may end at ``start`` (its search over 60 characters tries a
    case-blind choice at each): the blank-separated word right before ``start`` must be one of
    its period words (``str.split`` and ``\\s`` both split at ``str.isspace``), case aside.
    Exact: ``lower`` lower-cases as the engine's case-blind match does but for "İ" (two
    characters), and the engine also reads "ı" as "i"; a word with either is let through."""
    if not text[start - 1 : start].isspace():
        return False
    words = text[max(0, start - 60) : start].rsplit(None, 1)
    if not words:
        return False
    word = words[-1]
    low = word.lower()
    return low in _PERIOD_WORDS or low.startswith("periudh") or "ı" in word or "İ" in word


#: "Mostly" or "usually" right before the date: a habit's time ("vijnë kryesisht në
#: fundjavë", "dolaze uglavnom vikendom", "prihajajo večinoma ob sobotah").
_MOSTLY = re.compile(
    r"(?i)(?<!\w)(?:kryesisht|zakonisht|uglavnom|obi[čc]no|naj[čc]e[šs][ćc]e|ve[čc]inoma"
    r"|navadno|obi[čc]ajno|углавном|обично|најчешће|главно|најчесто)"
    r"(?:\s+(?:në|ne|u|v|na|ob|у|на|во))?\s+\Z"
)
#: "Ever" right before the date: "več gostov kot kdajkoli v juliju", "više nego ikad u julu",
#: "më shumë se ndonjëherë në korrik": a comparison with any such time, no happening.
_EVER_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:kdajkoli|kadarkoli|ikad|ikada|ikoga|икад|икада|ndonjëherë|ndonjehere"
    r"|икогаш|било\s+кога)\s+\Z"
)
#: Last year in one word.
_LAST_YEAR: Final = frozenset(("lani", "lane", "лани", "лане", "vjet"))


def _compared_year(text: str, end: int) -> bool:
    """Whether a copula and a comparative follow the year word within three words."""
    words = [w.strip('.,;:!?„“"”').lower() for w in text[end : end + 40].split()[:3]]
    return any(w in _COPULA for w in words) and any(w in _COMPARATIVE for w in words)


#: "Since" right before a date: "od", "од", "nga", "që nga", "prej".
_SINCE_BEFORE: Final = re.compile(r"(?i)(?<!\w)(?:od|од|nga|prej)\s+\Z")


def local_no_event(text: str, start: int, end: int, precision: str = "") -> bool:
    """Whether the local date at text[start:end] dates no happening: ``local_nonevent``'s
    shapes, a year word compared ("Lani je bilo bolje"), the start of a wait, or a decade
    since which a state holds."""
    if local_nonevent(text, start, end):
        return True
    if precision == "decade" and _SINCE_BEFORE.search(text, max(0, start - 8), start):
        return True
    low = text[start:end].lower()
    if low in _LAST_YEAR and _compared_year(text, end):
        return True
    if _period_before(text, start) and _THAN_PERIOD.search(text, max(0, start - 60), start):
        return True
    lo = max(0, start - 20)
    if _MOSTLY.search(text, lo, start) is not None or _EVER_BEFORE.search(text, lo, start):
        return True  # "kryesisht në fundjavë": a habit; "kot kdajkoli v juliju": any July
    if low.startswith(_SINCE):
        return _WAITING.search(text, max(0, start - 30), start) is not None
    return False
