"""More feast days of the region's languages, read beside ``local_feasts``'s table: saints' days
("na Nikoljdan", "на Петровден", "na dan svetog Vlaha", "na Svijećnicu"), Ascension in the
Orthodox calendar ("za Spasovdan", "на Спасовден"), Corpus Christi in the Catholic one
("na Tijelovo"), and the states' days ("në Ditën e Çlirimit", "на Денот на независноста").

Kosovo's and Albania's independence days share their name ("Dita e Pavarësisë"): 17 February
in a text that names Kosovo, 28 November otherwise (``independence_day``).
"""

from __future__ import annotations

import re

from newsmap.events.temporal.local_guards import croatian

#: The month code of a feast whose day depends on the state the text is about.
STATE_DAY = -7
#: The Orthodox and Catholic Easter codes of ``local_feasts`` (days from Easter Sunday).
_ORTHODOX_EASTER, _CATHOLIC_EASTER = -2, -3

#: Per family: (forms, month, day), as in ``local_feasts._FEASTS``.
MORE_FEASTS: dict[str, tuple[tuple[str, int, int], ...]] = {
    "sh": (
        (r"(?:Nikoljdan|Никољдан)(?:a|u|om|а|у|ом)?", 12, 19),
        (r"Svij?ećnic(?:a|e|i|u|om)", 2, 2),
        (r"[Ss]vet(?:i|og|oga|om)\s+Vlah(?:o|a|u|om)", 2, 3),
        # Saint Basil of Ostrog, Montenegro's great pilgrimage (12 May)
        (
            r"(?:[Ss]vet(?:i|og|oga|om)\s+Vasilij(?:e|a|u|em)|[Сс]вет(?:и|ог|ога|ом)\s+"
            r"Василиј(?:е|а|у|ем))(?:\s+(?:Ostrošk|Острошк)(?:i|og|oga|om|и|ог|ога|ом))?",
            5,
            12,
        ),
        (r"(?:Spasovdan|Спасовдан)(?:a|u|om|а|у|ом)?", _ORTHODOX_EASTER, 39),
        (r"Tijelov(?:o|a|u|om)", _CATHOLIC_EASTER, 60),
        (
            r"[Pp]epelnic(?:a|e|i|u|om)|[Čč]ist(?:a|e|u|oj)\s+srijed(?:a|e|u|i)",
            _CATHOLIC_EASTER,
            -46,
        ),
        (r"(?:Dan(?:a|u)?\s+državnosti|Дан(?:а|у)?\s+државности)", STATE_DAY, 1),
        # Montenegro's (21 May) or Bosnia and Herzegovina's (1 March) independence day
        (r"(?:Dan(?:a|u)?\s+nezavisnosti|Дан(?:а|у)?\s+независности)", STATE_DAY, 2),
        # Christmas Eve by the text's church ("na Badnjak": 24 December in Croatian news, 6
        # January in Serbian and Montenegrin), and its evening ("Badnje veče")
        (
            r"(?:Badnjak(?:a|u|om)?|Бадњак(?:а|у|ом)?|Badnj(?:e|eg)\s+več(?:e|er|eri)"
            r"|Бадње(?:г)?\s+вече(?:ри)?)",
            0,
            -1,
        ),
        # Saint Martin's day, the wine feast of Slavonia and Srijem ("na Martinje")
        (r"(?:Martinj(?:e|a|u|em)|Мартињ(?:е|а|у|ем))", 11, 11),
    ),
    # Serbia's Sretenje as Slovenian news writes it ("v soboto, na sretenje"); Slovenian
    # Candlemas is "svečnica"; Saint Stephen's day ("na štefanovo", 26 December)
    # Shrove Tuesday and Ash Wednesday, 47 and 46 days before the Catholic Easter ("na pustni
    # torek", "na pepelnično sredo", "do pepelnice")
    "sl": (
        (r"[Ss]retenj(?:e|a|u|em)", 2, 15),
        (r"[Šš]tefanov(?:o|a|em|ega)", 12, 26),
        (r"[Pp]ustn(?:i|ega|em)\s+tor(?:ek|ka|ku)", _CATHOLIC_EASTER, -47),
        (
            r"[Pp]epelnič(?:na|ne|ni|no)\s+sred(?:a|e|i|o)|[Pp]epelnic(?:a|e|i|o)",
            _CATHOLIC_EASTER,
            -46,
        ),
    ),
    "sq": (
        (r"Dit(?:a|ën|ës)\s+(?:e|s[ëe])\s+Çlirimit", 11, 29),
        (r"Dit(?:a|ën|ës)\s+(?:e|s[ëe])\s+Pavarësisë", STATE_DAY, 0),
    ),
    "mk": (
        (r"Петровден", 7, 12),
        (r"Спасовден", _ORTHODOX_EASTER, 39),
        (r"Ѓурѓовден", 5, 6),
        (r"Никољден", 12, 19),
        (r"Ден(?:от)?\s+на\s+независноста", 9, 8),
        # the Dormition ("за Голема Богородица", "на Успение на Пресвета Богородица")
        (r"(?:Голема(?:та)?|Успение(?:то)?\s+на\s+Пресвета)\s+Богородица", 8, 28),
    ),
}
#: How their names begin (lower case), and gate words one of which each holds.
MORE_STARTS: dict[str, tuple[str, ...]] = {
    "sh": ("nikoljdan", "никољдан", "svijećnic", "svećnic", "svet", "spasovdan", "спасовдан")
    + ("tijelov", "dan", "дан", "свет", "badnj", "бадњ", "martinj", "мартињ", "pepelnic", "čist"),
    "sl": ("sretenj", "štefanov", "pustn", "pepelnic", "pepelnič"),
    "sq": ("dit",),
    "mk": ("петровден", "спасовден", "ѓурѓовден", "никољден", "ден", "голема", "успение"),
}
MORE_GATES: dict[str, tuple[str, ...]] = {
    "sh": ("nikoljdan", "никољдан", "ećnic", "vlah", "spasovdan", "спасовдан", "tijelov")
    + ("državnosti", "државности", "vasilij", "василиј", "nezavisnosti", "независности")
    + ("badnj", "бадњ", "martinj", "мартињ", "epelnic", "srijed"),
    "sl": ("sretenj", "tefanov", "ustn", "epelni"),
    "sq": ("çlirimit", "pavarësisë"),
    "mk": ("петровден", "спасовден", "ѓурѓовден", "никољден", "независноста", "богородица"),
}
#: A day named between the preposition and a feast's name: "na dan svetog Vlaha".
DAY_NOUN = r"|(?<!\w)(?:dan|dana|danu|дан|дана|дану)\s+"

#: "After" before a feast: a vague span from it ("radovi počinju posle Uskrsa", "pas Bajramit",
#: tests/data/events/local/README.md, dev8), unless "until" stands before it ("do poslije
#: Bajrama", "deri pas Vitit të Ri", "дури по Илинден"), which sets the day.
AFTER = frozenset("posle poslije nakon после послије након pas по po".split())
UNTIL = frozenset("do до deri дури sve све".split())

_KOSOVO = re.compile(r"[KК](?:osov|осов)")


def independence_day(text: str) -> tuple[int, int]:
    """Kosovo's independence day (17 February) in a text that names Kosovo, else Albania's (28
    November)."""
    return (2, 17) if _KOSOVO.search(text) is not None else (11, 28)


#: The states whose statehood day a BCMS text names, by the first of their names, state
#: adjectives ("Crnogorska granična policija") or larger towns (a dateline's "HERCEG NOVI",
#: "NIKŠIĆ") it holds: Montenegro 13 July, Bosnia and Herzegovina 25 November, Serbia 15
#: February, Croatia 30 May.
_STATEHOOD = (
    (
        re.compile(
            r"[CЦPПNНHХ](?:rn\w*\s+Gor|рн\w*\s+Гор|rnogor|рногор|odgoric|одгориц"
            r"|ikši|икши|erceg\s*-?\s*Nov|ерцег\s*-?\s*Нов|ERCEG\s+NOV|ИКШИ|IKŠI)"
        ),
        (7, 13),
    ),
    (re.compile(r"[BБSСMМ](?:iH|иХ|osn|осн|arajev|арајев|ostar|остар)"), (11, 25)),
    (re.compile(r"[SСBБ](?:rbij|рбиј|eograd|еоград)"), (2, 15)),
    (re.compile(r"[HZ](?:rvatsk|agreb)"), (5, 30)),
)


def statehood_day(text: str) -> tuple[int, int] | None:
    """The statehood day ("Dan državnosti") of the state a BCMS text names first, or None."""
    found = [(m.start(), day) for pattern, day in _STATEHOOD if (m := pattern.search(text))]
    return min(found)[1] if found else None


def state_day(code: str, day: int, text: str) -> tuple[int, int] | None:
    """The day of a feast whose date depends on the state (``STATE_DAY``): ``day`` 0 the
    Albanian independence day, 1 the BCMS statehood day (Croatia's in a Croatian text that
    names no state), 2 the BCMS independence day (Montenegro's or Bosnia and Herzegovina's)."""
    if day == 0:
        return independence_day(text)
    if day == 2:
        return bcms_independence_day(text)
    found = statehood_day(text)
    return (5, 30) if found is None and croatian(text) else found


def bcms_independence_day(text: str) -> tuple[int, int] | None:
    """Montenegro's independence day (21 May) or Bosnia and Herzegovina's (1 March), by the
    first of the two states a text names; None when it names neither."""
    found = [
        (m.start(), day)
        for (pattern, _), day in zip(_STATEHOOD[:2], ((5, 21), (3, 1)), strict=True)
        if (m := pattern.search(text))
    ]
    return min(found)[1] if found else None
