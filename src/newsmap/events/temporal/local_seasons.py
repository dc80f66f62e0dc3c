"""Last season in the region's languages: "prošle zime", "prošlog ljeta", "прошле јесени",
"prejšnjo pomlad", "dimrin e kaluar", "минатата есен", "минатото лето".

A season gone by that the text tells a happening in is dated by its year ("the road was closed
last winter"), a winter by the year it starts in (December).  Only the season before the
current one is read: a season ahead ("na jesen", "do ljeta") or the present one ("ove zime") is
a vague plan or span, and a habit ("svake zime", "zimi") no date at all.
"""

from __future__ import annotations

import re
from datetime import date

from newsmap.events.temporal.record import Handler, Resolved, Rule
from newsmap.events.temporal.starts import Anchor

#: The month each season ends in (winter: February of the year after it starts).
_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "winter": 2}

#: Per family: the words for "last" (lower case, any ending), the season stems and which
#: season each names, and whether "last" follows the season (Albanian "dimrin e kaluar").
_LAST = {
    "sh": ("prošl", "prosl", "minul", "прошл", "минул"),
    "sl": ("prejšnj", "lansk", "minul"),
    "sq": ("kaluar", "shkuar"),
    "mk": ("минат", "изминат"),
}
_SEASONS = {
    "sh": {
        "zim": "winter",
        "зим": "winter",
        "ljet": "summer",
        "let": "summer",
        "љет": "summer",
        "лет": "summer",
        "jesen": "autumn",
        "јесен": "autumn",
        "prolj": "spring",
        "prol": "spring",
        "пролећ": "spring",
        "прољећ": "spring",
    },
    "sl": {"zim": "winter", "polet": "summer", "jesen": "autumn", "pomlad": "spring"},
    "sq": {"dim": "winter", "ver": "summer", "vjesht": "autumn", "pranver": "spring"},
    "mk": {"зим": "winter", "лет": "summer", "есен": "autumn", "пролет": "spring"},
}
#: The season words in the cases "last" takes ("prošle zime", "prošlog ljeta", "prejšnjo
#: zimo", "lansko poletje", "dimrin", "verën", "минатата зима", "минатото лето").
_FORMS = {
    "sh": (
        r"zim[eu]|ljet[ao]|let[ao]|jesen[i]?|prolje[ćc][ea]|prole[ćc][ea]"
        r"|зим[еу]|љет[ао]|лет[ао]|јесен[и]?|пролећ[еа]|прољећ[еа]"
    ),
    "sl": r"zim[eo]|poletj[ae]|poletje|jesen[i]?|pomlad[i]?",
    "sq": r"dimrin|dimrit|verën|verës|vjeshtën|vjeshtës|pranverën|pranverës",
    "mk": r"зима(?:та)?|лето(?:то)?|есен(?:та)?|пролет(?:та)?",
}


def _cased(stems: tuple[str, ...]) -> str:
    """The stems as written, lower case or capitalised, longest first."""
    return "|".join(sorted({s for w in stems for s in (w, w[:1].upper() + w[1:])}, key=len)[::-1])


def _pattern(code: str) -> re.Pattern[str]:
    """ "last" and a season word, in the family's order."""
    forms = _FORMS[code]
    capitalised = "|".join(w[:1].upper() + w[1:] for w in forms.split("|"))
    seasons = rf"(?P<s>{forms}|{capitalised})"
    if code == "sq":
        return re.compile(rf"(?<!\w){seasons}\s+(?:e|të|te)\s+(?:{_cased(_LAST[code])})(?!\w)")
    return re.compile(rf"(?<!\w)(?:{_cased(_LAST[code])})\w*\s+{seasons}(?!\w)")


def season_year(season: str, pub: date) -> int:
    """The year of the last season of its kind to end before the publication's month; a
    winter's year is the one it starts in."""
    if season == "winter":  # from March the winter that began last December is over
        return pub.year - 1 if pub.month > _ENDS[season] else pub.year - 2
    return pub.year if pub.month > _ENDS[season] else pub.year - 1


def _handler(code: str) -> Handler:
    stems = sorted(_SEASONS[code], key=len, reverse=True)

    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        word = m["s"].lower()
        season = next(_SEASONS[code][s] for s in stems if word.startswith(s))
        return f"{season_year(season, pub):04d}", "year", "relative"

    return handle


def season_rules(code: str) -> tuple[Rule, ...]:
    """The last-season rule of one language family."""
    if code not in _LAST:
        return ()
    words = _LAST[code] if code != "sq" else ("dimr", "verë", "vjesht", "pranver")
    return (
        Rule(
            f"{code} last season",
            _pattern(code),
            _handler(code),
            (),
            Anchor(words, back=0, itself=True),
        ),
    )
