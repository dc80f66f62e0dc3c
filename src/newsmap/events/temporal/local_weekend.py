"""The weekend in BCMS and Macedonian: "prošlog vikenda", "tokom vikenda", "tijekom vikenda",
"idućeg vikenda", "следећег викенда", "za vikend", "за викендот", "минатиот викенд", "во текот
на викендот".

A weekend is its Saturday and Sunday, dated by the unit its two days share: the month (or the
year when they straddle two months, as a week does).  "Last" is the weekend before publication,
"next" the one after it; "this" or "over the weekend" the one just past, or the coming one in a
future clause.  "Za vikend" (for the weekend) is the coming one, unless its clause tells what
was ("za vikend bilo je popunjeno", "биле полни за викендот") and announces no plan ("najavili
su pohod za vikend").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.local_tense import in_present, is_future_local
from newsmap.events.temporal.periods import span
from newsmap.events.temporal.record import Resolved, Rule
from newsmap.events.temporal.starts import Anchor

_LAST = ("prošl", "прошл", "minul", "минул")
_NEXT = ("idu", "sljede", "slede", "naredn", "следе", "наредн", "sledeć", "sljedeć")
_MODS = (
    r"[Pp]ro[šs]l\w*|[Пп]рошл\w*|[Mm]inul\w*|[Ii]du[ćc]\w*|[Ss]lj?ede[ćc]\w*|[Nn]aredn\w*"
    r"|[Сс]ледећ\w*|[Нн]аредн\w*|[Oo]v\w{0,2}|[Оо]в\w{0,2}|[Tt]okom|[Тт]оком|[Pp]reko|[Пп]реко"
    r"|[Tt]ijekom|[Zz]a|[Зз]а"
)
_PATTERN = re.compile(rf"(?<!\w)(?P<mod>{_MODS})\s+(?P<w>vikend|викенд)(?:a|u|а|у)?(?!\w)")
_MK_PATTERN = re.compile(
    r"(?<!\w)(?P<mod>[Мм]инат\w*|[Сс]ледн\w*|[Ии]дн\w*|[Зз]а|[Оо]вој|[Вв]о\s+текот\s+на)\s+"
    r"(?P<w>викенд)(?:от)?(?!\w)"
)
_SATURDAY = 5
#: A plan the clause announces for the weekend: "najavili su pohod za vikend", "zakazan".
_PLAN = re.compile(r"(?i)(?<!\w)(?:najav|zakaz|planir|predvi|најав|закаж|заказ|планир)\w*")
#: A happening called off: "utakmica zakazana za vikend odložena je" names no weekend it was on.
_CALLED_OFF = re.compile(r"(?i)(?<!\w)(?:odlož|odgođ|odgod|otkaz|одлож|одгођ|откаж|откаж)\w*")
#: A Macedonian l-participle of the past ("биле", "беше"), or its auxiliary.
_MK_PAST = re.compile(r"(?<!\w)(?:беше|беа|бил|била|било|биле|\w\w+(?:ла|ле|ло))(?!\w)")


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    his = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[lo : min(his) if his else len(text)]


def _told_past(code: str, text: str, start: int, end: int) -> bool:
    """Whether the weekend's clause tells what was, and no plan."""
    clause = _sentence(text, start, end)
    if _PLAN.search(clause) is not None:
        return False
    if code == "mk":
        return _MK_PAST.search(clause) is not None
    return not in_present(code, text, start, end)


def _handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    mod = m["mod"].lower()
    code = "mk" if m.re is _MK_PATTERN else "sh"
    if mod in ("za", "за") and _CALLED_OFF.search(_sentence(text, m.start(), m.end())):
        return None
    ahead = (
        mod in ("za", "за")
        and not is_future_local(code, text, m.start(), m.end())
        and not _told_past(code, text, m.start(), m.end())
    )
    if mod.startswith(_LAST) or mod.startswith(("минат",)):
        saturday = pub - timedelta(days=(pub.weekday() - _SATURDAY) % 7 or 7)
    elif (
        ahead
        or mod.startswith(_NEXT + ("следн", "идн"))
        or is_future_local(code, text, m.start(), m.end())
    ):
        saturday = pub + timedelta(days=(_SATURDAY - pub.weekday()) % 7)
    else:
        saturday = pub - timedelta(days=(pub.weekday() - _SATURDAY) % 7)
    day, precision = span(saturday, saturday + timedelta(days=1))
    return day, precision, "relative"


#: Albanian's weekend: "fundjavën e kaluar", "që nga fundjava", "këtë fundjavë"; "çdo
#: fundjavë" (every weekend) is a habit.
_SQ_PATTERN = re.compile(
    r"(?<!\w)(?<!çdo )(?<!cdo )[Ff]undjav(?:a|ën|ës|ë|en|es|e)"
    r"(?:\s+e\s+(?P<after>kaluar|shkuar|ardhshme))?(?!\w)"
)


def _sq_handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    after = m["after"] or ""
    if after in ("kaluar", "shkuar"):
        saturday = pub - timedelta(days=(pub.weekday() - _SATURDAY) % 7 or 7)
    elif after == "ardhshme" or is_future_local("sq", text, m.start(), m.end()):
        saturday = pub + timedelta(days=(_SATURDAY - pub.weekday()) % 7)
    else:
        saturday = pub - timedelta(days=(pub.weekday() - _SATURDAY) % 7)
    day, precision = span(saturday, saturday + timedelta(days=1))
    return day, precision, "relative"


#: Slovenian's weekend with its modifier: "prejšnji konec tedna", "ta konec tedna",
#: "prihodnji konec tedna", "ob tem koncu tedna"; bare ("ob koncu tedna") it is mostly a habit.
_SL_PATTERN = re.compile(
    r"(?<!\w)(?P<mod>[Pp]rejšnj\w*|[Pp]retekl\w*|[Mm]inul\w*|[Nn]aslednj\w*|[Pp]rihodnj\w*"
    r"|[Tt]a|[Tt]em|[Tt]ega)\s+(?:konec|konca|koncu|koncem)\s+tedna(?!\w)"
)

_SL_EVERY = re.compile(r"(?i)(?<!\w)vsak")


def _sl_handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    if pub is None:
        return None
    mod = m["mod"].lower()
    if _SL_EVERY.search(_sentence(text, m.start(), m.end())):
        return None  # "vsako pomlad pridejo na ta konec tedna": a habit's weekend
    if mod.startswith(("prejšnj", "pretekl", "minul")):
        saturday = pub - timedelta(days=(pub.weekday() - _SATURDAY) % 7 or 7)
    elif mod.startswith(("naslednj", "prihodnj")) or is_future_local("sl", text, *m.span()):
        saturday = pub + timedelta(days=(_SATURDAY - pub.weekday()) % 7)
    else:
        saturday = pub - timedelta(days=(pub.weekday() - _SATURDAY) % 7)
    day, precision = span(saturday, saturday + timedelta(days=1))
    return day, precision, "relative"


def weekend_rules(code: str) -> tuple[Rule, ...]:
    """The weekend rule of each family (Slovenian's "konec tedna" only with its modifier)."""
    if code == "sl":
        return (Rule("sl weekend", _SL_PATTERN, _sl_handle, (), Anchor(("tedna",), back=3)),)
    if code == "sq":
        return (Rule("sq weekend", _SQ_PATTERN, _sq_handle, (), Anchor(("fundjav",), itself=True)),)
    if code == "mk":
        return (Rule("mk weekend", _MK_PATTERN, _handle, (), Anchor(("викенд",), back=3)),)
    if code != "sh":
        return ()
    return (Rule("sh weekend", _PATTERN, _handle, (), Anchor(("vikend", "викенд"), back=1)),)
