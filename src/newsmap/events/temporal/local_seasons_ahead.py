"""A season named after "na" or "do" in the region's languages: "na proljeće", "na jesen",
"do ljeta", "на пролеће", "до лета", "spomladi", "këtë verë", "на есен".

A plan set for a season ("radovi počinju na proleće", "most će biti gotov do ljeta") dates the
year of that season: the next one of its kind in a future or present clause, the last one when
the clause tells the past ("na jesen su počeli radovi"); a deadline ("do ljeta") always the
next, as the Albanian "deri në pranverë" in a future clause.  A winter is the year it starts in.
"in" with "u" ("u proljeće rijeka nabuja") is left out: it mostly tells a habit of the season,
as "svake zime", "zimi" and "tokom zime" do; so is "za proleće" (a visit agreed for spring),
unless announced ("najavio je posetu za proleće", "zakon je najavljen za proleće") or told in
the future.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal import local_tense as T
from newsmap.events.temporal.local_seasons import season_year
from newsmap.events.temporal.local_weekday_cues import announced_before
from newsmap.events.temporal.record import Handler, Resolved, Rule
from newsmap.events.temporal.starts import Anchor

#: The month each season ends in (winter: February of the year after it starts).
_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "winter": 2}

#: Per family: the pattern (with the season word in ``s``) and the season each word's stem names.
_PATTERNS = {
    "sh": r"(?:[Nn]a|[Dd]o|[Нн]а|[Дд]о|[Zz]a|[Зз]а)\s+"
    r"(?P<s>prolje[ćc]e|prole[ćc]e|prolje[ćc]a|prole[ćc]a|ljeto|leto|ljeta|leta|jesen|jeseni|zimu|zime"
    r"|пролеће|прољеће|пролећа|прољећа|лето|љето|лета|љета|јесен|јесени|зиму|зиме)",
    "sl": r"(?P<s>[Ss]pomladi)",
    "sq": r"(?:[Kk]ëtë|[Dd]eri\s+n[ëe])\s+(?P<s>verë|pranverë|vjeshtë|dimër)",
    # and in one word: "наесен", "напролет", "налето"
    "mk": r"(?:[Нн]а|[Дд]о)\s+(?P<s>пролет|пролетта|лето|летото|есен|есента|зима|зимата)"
    r"|[Нн]а(?P<s1>есен|пролет|лето)",
}
_STEMS = {
    "prol": "spring",
    "прол": "spring",
    "spoml": "spring",
    "pranv": "spring",
    "ljet": "summer",
    "let": "summer",
    "љет": "summer",
    "лет": "summer",
    "ver": "summer",
    "jesen": "autumn",
    "јесен": "autumn",
    "есен": "autumn",
    "vjesht": "autumn",
    "zim": "winter",
    "зим": "winter",
    "dim": "winter",
}
#: The words every match holds, where its pattern is tried (one or two words back: the "na").
_WORDS = {
    "sh": (
        "prolje",
        "prole",
        "ljet",
        "leto",
        "leta",
        "jesen",
        "zimu",
        "zime",
        "пролећ",
        "прољећ",
        "лет",
        "љет",
        "јесен",
        "зиму",
        "зиме",
    ),
    "sl": ("spomladi",),
    "sq": ("verë", "pranverë", "vjeshtë", "dimër"),
    "mk": ("пролет", "лето", "есен", "зима", "наесен", "напролет", "налето"),
}


def next_season_year(season: str, pub: date) -> int:
    """The year of the next season of its kind, or the current one if it has not ended by the
    publication's month; a winter's year is the one it starts in."""
    if season == "winter":
        return pub.year - 1 if pub.month <= _ENDS[season] else pub.year
    return pub.year if pub.month <= _ENDS[season] else pub.year + 1


def _season(word: str) -> str:
    low = word.lower()
    return next(v for k, v in _STEMS.items() if low.startswith(k))


def _handler(code: str) -> Handler:
    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        season = _season(m["s"] or m.groupdict().get("s1") or "")
        start, end = m.span()
        head = m.group()[:2].lower()
        if code == "sq":
            if head == "de":  # "do të përfundojnë deri në pranverë": a deadline ahead
                if not T.is_future_local(code, text, start, end):
                    return None
                return f"{next_season_year(season, pub):04d}", "year", "relative"
            return f"{pub.year:04d}", "year", "relative"  # "këtë verë": this season
        if head in ("za", "за"):  # "poseta dogovorena je za proleće": no date; announced
            # ("najavio je posetu za proleće", "zakon je najavljen za proleće") or in a future
            # clause, one
            if not announced_before(text, start) and not T.is_future_local(code, text, start, end):
                return None
            return f"{next_season_year(season, pub):04d}", "year", "relative"
        if m.group()[:2].lower() in ("do", "до"):  # a deadline ("obećala je sanaciju do ljeta")
            return f"{next_season_year(season, pub):04d}", "year", "relative"
        if not T.is_future_local(code, text, start, end) and not T.in_present(
            code, text, start, end
        ):
            if code in ("sh", "sl"):  # a clause told in the perfect: the last such season
                return f"{season_year(season, pub):04d}", "year", "relative"
        return f"{next_season_year(season, pub):04d}", "year", "relative"

    return handle


def season_ahead_rules(code: str) -> tuple[Rule, ...]:
    """The season-after-a-preposition rule of one language family."""
    if code not in _PATTERNS:
        return ()
    pattern = re.compile(rf"(?<!\w)(?:{_PATTERNS[code]})(?!\w)(?!\s+\d)")
    back = 0 if code == "sl" else 2 if code == "sq" else 1  # "deri në pranverë"
    return (
        Rule(
            f"{code} season ahead",
            pattern,
            _handler(code),
            (),
            Anchor(_WORDS[code], back=back, itself=back == 0 or code == "mk"),
        ),
    )
