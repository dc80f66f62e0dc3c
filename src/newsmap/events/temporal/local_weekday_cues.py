"""Cues that a bare local weekday ("u petak", "во сабота", "të martën") is the one to come,
beyond a future verb (``local_tense``).

- A plan announced for the day: an announcing verb, its object, then the weekday ("najavila je
  protest ispred suda u petak", "најавија протест во сабота"); the weekday right after the
  verb ("najavio je u ponedjeljak") is the day the announcement was made.
- A plan that was due: "su u četvrtak trebali raspravljati", "trebali su početi u srijedu".
- The weekday's own clause, joined on with "a", "ali", "dok" or "pa", told in the present
  ("izgubila je u subotu, a u sredu dočekuje Real"): a timetable, as a whole clause in the
  present is (``in_present``), even when the clause before it is in the past.
- A yearless date told beside its weekday ("të hënën, 20 mars") is of the year in which it
  falls on that weekday (``year_of_weekday``).
- Macedonian's present of a timetable's verb right after the weekday ("во среда почнува").
- Albanian's present ("Ndeshja luhet të martën"), the tense of a timetable (``held_in_present``),
  unless the weekday's own clause is in the past ("... dhe këtë herë u hap të mërkurën").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal import local_tense as T
from newsmap.events.temporal.periods import valid_day
from newsmap.lexicon.local import family

#: An announcing or scheduling verb, any person and tense: "najavio", "najavljuje", "најавија",
#: "napovedali", "paralajmëroi", "zakazalo je zbor u subotu", "закажаа", "ka caktuar".
_ANNOUNCED = re.compile(
    r"(?i)(?<!\w)(?:najav|најав|napoved|paralajmër|zakaz|заказ|закаж|caktu|cakto|cakti)\w*"
)
#: Auxiliaries between the verb and its object ("najavila je protest").
_AUXILIARIES = frozenset("je su sam smo ste је су сам смо сте so sta е се".split())
#: What reports a clause rather than naming the plan: "najavio je da će", "рече дека".
_REPORTS = frozenset("da да дека оти se që".split())
#: A plan that was due: "trebalo", "trebali su", "требало".
_DUE = re.compile(r"(?i)(?<!\w)(?:trebal|требал|trebao|требао)\w*")
#: Albanian's joins of clauses, and the mark of its past passive ("u hap", "u mbajt").
_SQ_JOINED = re.compile(r"(?<!\w)(?:dhe|ndërsa|por|edhe)(?!\w)")
_SQ_PAST = re.compile(r"(?<!\w)u\s+\w")
#: Albanian's aorist of the verbs in -oj and -ej ("filloi", "njoftoi", "deklaroi", "filluan"):
#: the past.
_SQ_AORIST = re.compile(r"(?<!\w)\w{3,}(?:oi|uan)(?!\w)")
#: A timetable's words before the weekday: "je na rasporedu u četvrtak", "predviđena je za".
_SCHEDULED = re.compile(
    r"(?i)(?<!\w)(?:na\s+rasporedu|на\s+распореду|na\s+programu|на\s+програму|predviđen\w*"
    r"|predviden\w*|предвиђен\w*)"
)
#: Macedonian's present of a timetable's verbs right after the weekday ("во среда почнува",
#: "во петок се одржува", "од понеделник продолжува"): the coming day, as Serbo-Croatian's
#: present is (``local_tense.in_present``; Macedonian has no perfect to tell it by).
_MK_VERBS = (
    r"(?:почнува|започнува|продолжува|стартува|завршува|се\s+одржува|се\s+отвора|се\s+затвора"
    r"|почнуваат|започнуваат|продолжуваат|завршуваат|одржува|отвора|затвора)(?!\w)"
)
_MK_TIMETABLE = re.compile(rf"\s+(?:(?:ќе|се)\s+)?{_MK_VERBS}", re.IGNORECASE)
#: The same verbs right before the weekday ("Фестивалот започнува во петокот").
_MK_TIMETABLE_BEFORE = re.compile(rf"(?<!\w){_MK_VERBS}\s+\Z", re.IGNORECASE)
#: How far back the cues are read (characters).
_REACH = 90


def _sentence_head(text: str, start: int) -> str:
    """The text of the weekday's sentence before it, at most ``_REACH`` characters."""
    lo = max(0, start - _REACH)
    left = max(text.rfind(c, lo, start) for c in ".!?;\n") + 1
    return text[max(lo, left) : start]


def _announced(head: str) -> bool:
    """Whether an announcing verb, then an object, lead up to the weekday."""
    matches = list(_ANNOUNCED.finditer(head))
    if not matches:
        return False
    found = matches[-1]
    words = [w.lower() for w in head[found.end() :].split()]
    words = [w for w in words if w not in _AUXILIARIES]
    return bool(words) and not any(w.strip(",") in _REPORTS for w in words)


def announced_before(text: str, start: int) -> bool:
    """Whether an announcing verb and its object lead up to the date in its sentence
    ("najavio je izmjene zakona do kraja mjeseca")."""
    return _announced(_sentence_head(text, start))


#: A verb of expecting in the present ("lozarite očekuju da cene budu objavljene do kraja
#: nedelje", "очекуваат", "pričakujejo", "pritet"): what is expected by a deadline is to come.
_EXPECTED = re.compile(r"(?i)(?<!\w)(?:očekuj|ocekuj|очекуј|очекува|pričakuj|pricakuj|pritet)\w*")


def expected_before(text: str, start: int) -> bool:
    """Whether a verb of expecting stands earlier in the date's sentence."""
    return _EXPECTED.search(_sentence_head(text, start)) is not None


def mk_timetable(text: str, start: int, end: int) -> bool:
    """Whether a Macedonian timetable verb in the present stands right after or right before
    the date ("во среда почнува", "започнува во петокот", "за три дена почнува")."""
    return (
        _MK_TIMETABLE.match(text, end) is not None
        or _MK_TIMETABLE_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def looks_ahead(code: str, text: str, start: int, end: int) -> bool:
    """Whether the bare weekday at text[start:end] is the coming one by a cue of its clause."""
    head = _sentence_head(text, start)
    if _announced(head):
        return True
    if _DUE.search(head) or _DUE.search(text, end, min(len(text), end + 30)):
        return True
    if _SCHEDULED.search(head) is not None:
        return True
    if code == "mk" and mk_timetable(text, start, end):
        return True  # "најави дека во среда почнува чистење", "започнува во петокот"
    if code == "sq":
        if head.rstrip().lower().endswith(("deri", "deri më", "deri me", "për")):
            # "mbeten të mbyllura deri të hënën": until the coming Monday; "shpalli ditë zie
            # për të mërkurën": the Wednesday a plan is for
            return True
        own = _SQ_JOINED.split(head)[-1]
        if _SQ_PAST.search(own) is not None or _SQ_AORIST.search(own) is not None:
            return False  # "mbahet çdo vit në gusht dhe këtë herë u hap të mërkurën"
        return T.held_in_present(text, start, albanian=True)
    return T.own_clause_present(code, text, start, end)


#: A passive participle that qualifies a noun, right before the weekday's preposition
#: ("povrede zadobijene u subotu", "pošiljkom zaplijenjenom u utorak"), with the word before it.
_PASSIVE_BEFORE = re.compile(
    r"(?P<prev>\S+)\s+[a-zčćšžđа-шђјљњћџ]{3,}(?:jen|ven|en|an|nut|ut|јен|вен|ен|ан|нут|ут)"
    r"(?:a|e|i|o|u|og|om|oj|а|е|и|о|у|ог|ом|ој)?\s+\Z"
)
#: The future's auxiliaries that make such a participle a passive to come ("biće održan u
#: petak", "bit će zatvorena od četvrtka", "ће бити отворен").
_FUTURE_AUX = frozenset(
    "biti biće bit će ce bude budu бити биће бит ће буде буду биде бидат ќе bo bodo".split()
)


def passive_past_before(text: str, start: int) -> bool:
    """Whether the weekday's preposition at ``start`` follows a passive participle that
    qualifies a noun ("propustiće okupljanje zbog povrede zadobijene u subotu"): the day the
    noun's happening took place, a past one, though the sentence speaks of the future."""
    found = _PASSIVE_BEFORE.search(text, max(0, start - 60), start)
    return found is not None and found["prev"].lower() not in _FUTURE_AUX


#: A weekday and a comma right before a date: "të hënën, 20 mars", "u petak, 8. avgusta".
_APPOSED = re.compile(r"(?P<wd>\w+)\s*,\s*(?:më\s+|me\s+|на\s+)?$")


def _weekday_forms() -> dict[str, int]:
    forms: dict[str, int] = {}
    for code in ("sh", "sl", "sq", "mk"):
        for form, wd in family(code).weekdays.items():
            forms.setdefault(form.lower(), wd)
    return forms


_FORMS: dict[str, int] = {}


def year_of_weekday(text: str, start: int, month: int, day: int, pub: date) -> int | None:
    """The year of a yearless date told beside its weekday ("të hënën, 20 mars"): the nearest
    to publication in which the date falls on that weekday; None when no weekday stands there
    or no year near it fits."""
    found = _APPOSED.search(text, max(0, start - 24), start)
    if found is None:
        return None
    if not _FORMS:
        _FORMS.update(_weekday_forms())
    wd = _FORMS.get(found["wd"].lower())
    if wd is None:
        return None
    fits = [
        y
        for y in (pub.year - 1, pub.year, pub.year + 1)
        if valid_day(y, month, day) and date(y, month, day).weekday() == wd
    ]
    return min(fits, key=lambda y: abs((date(y, month, day) - pub).days), default=None)


def weekday_date(pub: date, wd: int, shift: int, future: bool) -> date:
    """The day of weekday ``wd``: in the calendar week before the publication's ("prošle") or
    the coming one ("e ardhshme") by ``shift``, else the nearest before publication, or after
    it in a future clause (the publication's own weekday told in the future is next week's:
    "do të shpallë rezultatet të hënën" on a Monday)."""
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if shift < 0:
        # the day of its name in the calendar week before the publication's (weeks open on
        # Monday): "prošlog četvrtka" told on a Friday is eight days back, not yesterday, as
        # every "last" weekday of the local sets is told (dev2-dev10)
        return pub - timedelta(days=pub.weekday() + 7 - wd)
    if shift > 0:
        return pub + timedelta(days=ahead or 7)
    return pub + timedelta(days=ahead or 7) if future else pub - timedelta(days=back)


#: "From" before a weekday.
_FROM = frozenset(("od", "од"))


def starts_today(prep: str, wd: int, pub: date) -> bool:
    """Whether "from" and the publication's own weekday, told in the present, start a measure
    today ("karte se prodaju od petka" on a Friday), not a week on."""
    return prep in _FROM and wd == pub.weekday()


#: A verb of a state that holds, right after "od" and a weekday ("od subote stoje na prelazu",
#: "од суботе чекају", "od petka ne radi"): the state began on the last such day.
_STATE_AFTER = re.compile(
    r"\s+(?:\S+\s+){0,1}?(?:(?:ne|не)\s+(?:izlaz|излаз|rad|рад)|stoj|стој|čekaj|чекај|čeka|чека"
    r"|lež|леж|zatvoren|затворен|blokir|блокир|štrajk|штрајк)\w*",
    re.IGNORECASE,
)
#: The same verbs of a state a few words before "od": "Studenti blokiraju fakultet od petka".
_STATE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:stoj|стој|čekaj|чекај|čeka|чека|blokir|блокир|štrajk|штрајк)\w*"
    r"(?:\s+\S+){0,2}\s+(?:od|од)\s+\S+\s*\Z"
)


#: Albanian "që nga" (since) before "nga e hënës": "që nga e hëna", "qe nga e marta".
_SQ_SINCE = re.compile(r"(?i)(?<!\w)(?:që|qe)\s+\Z")


def held_since(prep: str, text: str, start: int, end: int) -> bool:
    """Whether "od" and the weekday at text[start:end] open a state told in the present
    ("Kolone od subote stoje na prelazu", "Studenti blokiraju fakultet od petka", "Od petka
    djeca ne izlaze iz kuća"): it holds since the last such day, not from the next one.
    Albanian "që nga e hëna" says "since" itself, whatever its verb ("patrullon ... që nga e
    hëna"): the last Monday."""
    if prep == "nga e":
        return _SQ_SINCE.search(text, max(0, start - 6), start) is not None
    if prep not in _FROM:
        return False
    if _STATE_AFTER.match(text, end) is not None:
        return True
    return _STATE_BEFORE.search(text, max(0, start - 60), end) is not None


#: The present of "begin" beside a month ("Berba počinje u junu", "u maju kreću radovi",
#: "sezona fillon në qershor", "во јуни почнува", "se začne junija"): what begins is to come.
_BEGINS = re.compile(
    r"(?i)(?<!\w)(?:počinje|počinju|почиње|почињу|kreće|kreću|креће|крећу|fillon|fillojnë"
    r"|почнува|почнуваат|започнува|začne|začnejo)(?!\w)"
)
#: Where a clause ends around the month.
_CLAUSE_MARKS = re.compile(r"[,.;:!?\n]")


def begins(text: str, start: int, end: int) -> bool:
    """Whether a present "begin" stands in the month's clause, next to it (within three words
    on either side): the month is the next of its name, not the nearest."""
    lo = max(0, start - 30)
    stops = [m.end() for m in _CLAUSE_MARKS.finditer(text, lo, start)]
    head = text[stops[-1] if stops else lo : start]
    stop = _CLAUSE_MARKS.search(text, end, end + 30)
    tail = text[end : stop.start() if stop else end + 30]
    near = " ".join(head.split()[-3:] + tail.split()[:3])
    return _BEGINS.search(near) is not None


def names_a_weekday(surface: str) -> bool:
    """Whether a date's surface names a weekday of the region's languages ("u petak", "во
    саботата", "të hënën")."""
    if not _FORMS:
        _FORMS.update(_weekday_forms())
    return any(w in _FORMS for w in surface.lower().split())
