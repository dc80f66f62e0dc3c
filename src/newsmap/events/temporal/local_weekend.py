"""The weekend in BCMS: "prošlog vikenda", "tokom vikenda", "tijekom vikenda", "idućeg
vikenda", "следећег викенда".

A weekend is its Saturday and Sunday, dated by the unit its two days share: the month (or the
year when they straddle two months, as a week does).  "Last" is the weekend before publication,
"next" the one after it; "this" or "over the weekend" the one just past, or the coming one in a
future clause.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.local_tense import is_future_local
from newsmap.events.temporal.periods import span
from newsmap.events.temporal.record import Resolved, Rule
from newsmap.events.temporal.starts import Anchor

_LAST = ("prošl", "прошл", "minul", "минул")
_NEXT = ("idu", "sljede", "slede", "naredn", "следе", "наредн", "sledeć", "sljedeć")
_MODS = (
    r"[Pp]ro[šs]l\w*|[Пп]рошл\w*|[Mm]inul\w*|[Ii]du[ćc]\w*|[Ss]lj?ede[ćc]\w*|[Nn]aredn\w*"
    r"|[Сс]ледећ\w*|[Нн]аредн\w*|[Oo]v\w{0,2}|[Оо]в\w{0,2}|[Tt]okom|[Тт]оком|[Pp]reko|[Пп]реко"
    r"|[Tt]ijekom"
)
_PATTERN = re.compile(rf"(?<!\w)(?P<mod>{_MODS})\s+(?P<w>vikend|викенд)(?:a|u|а|у)?(?!\w)")
_SATURDAY = 5


def _handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    mod = m["mod"].lower()
    if mod.startswith(_LAST):
        saturday = pub - timedelta(days=(pub.weekday() - _SATURDAY) % 7 or 7)
    elif mod.startswith(_NEXT) or is_future_local("sh", text, m.start(), m.end()):
        saturday = pub + timedelta(days=(_SATURDAY - pub.weekday()) % 7)
    else:
        saturday = pub - timedelta(days=(pub.weekday() - _SATURDAY) % 7)
    day, precision = span(saturday, saturday + timedelta(days=1))
    return day, precision, "relative"


def weekend_rules(code: str) -> tuple[Rule, ...]:
    """The weekend rule of the BCMS family (none for the others yet)."""
    if code != "sh":
        return ()
    return (Rule("sh weekend", _PATTERN, _handle, (), Anchor(("vikend", "викенд"), back=1)),)
