"""Feast days of the region's languages as dates: "za Božić", "na Sretenje", "za Veliku Gospu",
"Na Prešernov dan", "për Krishtlindje", "за Нова година".

A fixed feast names its day of the calendar; its year is the next one on or after publication
in a future clause, the nearest otherwise (a story told days from a feast looks at the nearest,
before or after).  The Orthodox Christmas and its Eve fall on 7 and 6 January, the Catholic
ones on 25 and 24 December: the church word before the name decides, else the text's language
(Croatian, read by its own month names and "tjedan", keeps the Catholic calendar; Serbian and
Montenegrin text the Orthodox one); so do the feasts that move with Easter (``feast_calendar``).
A feast is a date only after a preposition that puts a happening on it ("za", "na", "për",
"ob"; "do", until), or joined by "and" to such a feast ("za Badnji dan i Božić"): a surname
spelt like a feast ("Ivan Božić") and a feast as a subject name no day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmap.events.temporal.feast_calendar import bajram_day, easter_day
from newsmap.events.temporal.local_feast_clauses import feast_in_habit_or_when
from newsmap.events.temporal.local_feast_occasions import celebrated, occasion
from newsmap.events.temporal.local_feast_offsets import days_from_feast, year_told_before
from newsmap.events.temporal.local_feasts_more import (
    AFTER,
    DAY_NOUN,
    MORE_FEASTS,
    MORE_GATES,
    MORE_STARTS,
    STATE_DAY,
    UNTIL,
    state_day,
)
from newsmap.events.temporal.local_guards import croatian
from newsmap.events.temporal.local_tense import is_future_local
from newsmap.events.temporal.periods import year_for
from newsmap.events.temporal.record import Resolved, Rule
from newsmap.events.temporal.starts import Anchor, Trigger
from newsmap.lexicon.local import family

#: Per family: (forms, month, day); a day of 0 marks Christmas (25 December or 7 January) and
#: -1 its Eve (24 December or 6 January), whose calendar the text decides.  A month of
#: ``_EASTER`` marks a feast ``day`` days from Easter in the text's calendar, ``_ORTHODOX_EASTER``
#: one of the Orthodox calendar only (Palm Sunday, "Cveti"), ``_CATHOLIC_EASTER`` one of the
#: Catholic only (Shrove Tuesday, "Pokladni utorak").
#: A Bajram's month code: its day comes from the table (``feast_calendar.BAJRAMS``).
_BAJRAM = -5
_BAJRAM_SH = (
    r"(?:(?:Ramazansk|Kurbansk|Рамазанск|Курбанск)\w*\s+|(?:Kurban|Курбан)[\s-]*)?"
    r"(?:[Bb]ajram|Бајрам)(?:a|u|om|а|у|ом)?"
)
_FEASTS: dict[str, tuple[tuple[str, int, int], ...]] = {
    "sh": (
        (
            r"(?:Srpsk|Српск|[Pp]ravoslavn|[Пп]равославн)\w*\s+(?:[Nn]ov|[Нн]ов)\w*\s+"
            r"(?:godin|годин)\w*",
            1,
            14,
        ),
        (
            r"(?:Nov(?:a|e|oj|u|om)\s+godin(?:a|e|i|u|om)|Нов(?:а|е|ој|у|ом)\s+годин(?:а|е|и|у|ом))",
            1,
            1,
        ),
        (r"(?:Božić(?:a|u|em|om)?|Божић(?:а|у|ем|ом)?)", 0, 0),
        (r"(?:Badnj(?:i|eg|em)\s+dan(?:a|u)?|Бадњ(?:и|ег|ем)\s+дан(?:а|у)?)", 0, -1),
        (r"(?:Sretenj(?:e|a|u|em)|Сретењ(?:е|а|у|ем))", 2, 15),
        (r"(?:Vidovdan|Видовдан)(?:a|u|om|а|у|ом)?", 6, 28),
        (r"(?:Đurđevdan|Djurdjevdan|Ђурђевдан)(?:a|u|om|а|у|ом)?", 5, 6),
        (r"(?:Savindan|Савиндан)(?:a|u|om|а|у|ом)?", 1, 27),
        (r"(?:Svet(?:i|og|om)\s+Sav(?:a|e|i|u|om)|Свет(?:и|ог|ом)\s+Сав(?:а|е|и|у|ом))", 1, 27),
        (r"(?:Petrovdan|Петровдан)(?:a|u|om|а|у|ом)?", 7, 12),
        (r"(?:Velik(?:a|u|e|oj)\s+Gosp(?:a|u|e|i|om))", 8, 15),
        (r"(?:Sv(?:i|e|ih|ima)\s+svet(?:i|e|ih|ima)|Св(?:и|е|их|има)\s+свет(?:и|е|их|има))", 11, 1),
        (r"(?:Uskrs|Vaskrs|Ускрс|Васкрс)(?:a|u|om|а|у|ом)?", -1, 0),
        (
            r"(?:Uskrsn|Ускрсн|Vaskršnj|Васкршњ)(?:i|eg|om|и|ег|ом)\s+"
            r"(?:ponedjelj|ponedelj|понедељ|понедјељ)(?:ak|ka|ku|ак|ка|ку)",
            -1,
            1,
        ),
        (r"(?:Velik(?:i|og|om)\s+pet(?:ak|ka|ku)|Велик(?:и|ог|ом)\s+пет(?:ак|ка|ку))", -1, -2),
        (r"Pokladn(?:i|og|om)\s+utor(?:ak|ka|ku)", -3, -47),
        (r"(?:Cvijeti|Cveti|Цвијети|Цвети)(?:ma|ма)?", -2, -7),
        (r"(?:Štefanj(?:e|a|u)|Штефањ(?:е|а|у))", 12, 26),
        (r"Svet(?:a|ih|im)\s+(?:tri|triju)\s+kralj(?:a|eva|evima)", 1, 6),
        (
            r"(?:Star(?:a|e|oj|u|om)\s+godin(?:a|e|i|u|om)"
            r"|Стар(?:а|е|ој|у|ом)\s+годин(?:а|е|и|у|ом))",
            12,
            31,
        ),
        (r"(?:Ilindan|Илиндан)(?:a|u|om|а|у|ом)?", 8, 2),
        (r"(?:Mitrovdan|Митровдан)(?:a|u|om|а|у|ом)?", 11, 8),
        (_BAJRAM_SH, _BAJRAM, 0),
        (r"(?:Krstovdan|Крстовдан)(?:a|u|om|а|у|ом)?", 9, 27),
        (r"(?:Preobraženj|Преображењ)(?:e|a|u|em|е|а|у|ем)", 8, 19),
        (r"(?:Mal(?:a|u|e|oj)\s+Gospojin(?:a|u|e|i)|Мал(?:а|у|е|ој)\s+Госпојин(?:а|у|е|и))", 9, 21),
        (
            r"(?:Velik(?:a|u|e|oj)\s+Gospojin(?:a|u|e|i)"
            r"|Велик(?:а|у|е|ој)\s+Госпојин(?:а|у|е|и))",
            8,
            28,
        ),
    ),
    "sl": (
        (r"Prešern(?:ov|ovega|ovem|ovim)\s+(?:dan|dne|dnevu|dnem|dnevom)", 2, 8),
        (r"[Bb]ožič(?:a|u|em)?", 0, 0),
        (r"[Ss]ilvestrov(?:o|em)", 12, 31),
        (r"[Dd]an(?:u|e|a)?\s+državnosti", 6, 25),
        (r"[Dd]an(?:u|e|a)?\s+samostojnosti\s+in\s+enotnosti", 12, 26),
        (r"[Dd]an(?:u|e|a)?\s+reformacije", 10, 31),
        (r"[Dd]an(?:u|e|a)?\s+spomina\s+na\s+mrtve", 11, 1),
        (r"[Nn]ovega\s+leta\s+(?:dan|dne|dnevu)", 1, 1),
        (r"[Vv]elik(?:a|o|i)\s+no(?:č|či|čjo)", -1, 0),
        (r"[Kk]resn(?:a|e|i|o)\s+no(?:č|či|čjo)", 6, 23),
        (r"[Mm]artinov(?:o|a|em|ega)", 11, 11),
    ),
    "sq": (
        (r"Krishtlindje(?:t|ve|n)?", 12, 25),
        (r"Vit(?:i|in|it)\s+(?:i|e|t[ëe])\s+Ri", 1, 1),
        (r"Dit(?:a|ën|ës)\s+(?:e|s[ëe])\s+Ver[ëe]s", 3, 14),
        (r"Dit(?:a|ën|ës)\s+(?:e|s[ëe])\s+Flamurit", 11, 28),
        (r"(?:(?:Fit[ëe]r|Kurban)\s+)?Bajram(?:i|it|in)?", _BAJRAM, 0),
    ),
    "mk": (
        (r"Божиќ(?:от)?", 0, 0),
        (r"Бадник(?:от)?", 0, -1),
        (r"Нова(?:та)?\s+[Гг]одина", 1, 1),
        (r"Илинден", 8, 2),
        (r"Водици", 1, 19),
        (r"Велигден(?:от)?", -1, 0),
        (r"Св(?:ети|\.)\s+Кирил\s+и\s+Методиј", 5, 24),
        (r"Преображение(?:то)?", 8, 19),
        (r"Митровден", 11, 8),
        (r"(?:(?:Рамазан|Курбан)\s+)?Бајрам(?:от)?", _BAJRAM, 0),
        (r"Крстовден", 9, 27),
    ),
}
#: Prepositions that set a happening on the day ("for", "on", "at"), or just after it or
#: around it ("posle Petrovdana", "по Илинден", "pas Vitit të Ri", "oko Petrovdana"; "before"
#: is a vague span).
_ON = {
    "sh": frozenset(
        "za na o do oko posle poslije nakon pred за на о до око после послије након пред".split()
        + ["povodom", "поводом"]  # on the occasion of
        + ["od", "од"]  # since ("od Božića": its day, tests/data/events/local/README.md, dev10)
    ),
    "sl": frozenset("za na ob po od".split()),
    # and sq "presin Vitin e Ri" (they see the New Year in); "para" a deadline before it
    "sq": frozenset("për per në ne më me pas presin presim pritën para".split()),
    "mk": frozenset("за на во до по околу од".split()),
}
#: Next year right after the feast's name: "dan državnosti prihodnje leto", "Vidovdan
#: sledeće godine"; the feast of that year, and a date with no preposition before it.
_NEXT_YEAR = (
    r"(?:[Pp]rihodnj|[Nn]aslednj)\w*\s+leto|(?:sljedeć|sledeć|iduć|naredn|следећ|наредн)\w*\s+"
    r"(?:godine|године)|(?:следната|идната)\s+година|vitin\s+e\s+ardhshëm"
)
#: The noun "feast" or "celebration" between the preposition and the name: "za praznik Sveta
#: tri kralja", "за празникот Водици", "на прослави Мале Госпојине".
_FEAST_NOUN = re.compile(
    rf"(?:(?:praznik|празник|blagdan|proslav|прослав)\w*\s+{DAY_NOUN})$", re.IGNORECASE
)
_AND = frozenset("i in dhe и".split())
#: How each feast's name begins, in lower case: every match starts at a word that opens with
#: one of these (the rule is tried only there, ``starts.Anchor``; its pattern, opening with a
#: look behind, was tried at every character of a text its gate let through).
_STARTS = {
    "sh": ("srpsk", "српск", "pravoslavn", "православн", "nov", "нов", "božić", "божић")
    + ("badnj", "бадњ", "sretenj", "сретењ", "vidovdan", "видовдан", "đurđevdan")
    + ("djurdjevdan", "ђурђевдан", "savindan", "савиндан", "velik", "sv", "св")
    + ("uskrs", "ускрс", "vaskrs", "васкрс", "велик", "cve", "cvije", "цве", "цвије", "štefanj")
    + ("штефањ", "star", "стар", "ilindan", "илиндан", "preobražen", "преображењ", "mal", "мал")
    + ("svet", "свет", "petrovdan", "петровдан", "pokladn", "mitrovdan", "митровдан")
    + ("krstovdan", "крстовдан", "bajram", "бајрам", "ramazansk", "рамазанск", "kurban")
    + ("курбан",),
    "sl": ("prešern", "božič", "silvestrov", "dan", "novega", "velik", "kresn", "martinov"),
    "sq": ("krishtlindje", "vit", "dit", "bajram", "fitër", "fiter", "kurban"),
    "mk": ("божиќ", "бадник", "нова", "илинден", "водици", "велигден", "св", "преображение")
    + ("митровден", "крстовден", "бајрам", "рамазан", "курбан"),
}
#: Gate words (lower case), one of which every match holds.
_GATES = {
    "sh": (
        "godin",
        "годин",
        "božić",
        "божић",
        "badnj",
        "бадњ",
        "sretenj",
        "сретењ",
        "vidovdan",
        "видовдан",
        "đurđevdan",
        "djurdjevdan",
        "ђурђевдан",
        "savindan",
        "савиндан",
        "gosp",
        "svet",
        "свет",
        "uskrs",
        "ускрс",
        "vaskrs",
        "васкрс",
        "velik",
        "велик",
        "cveti",
        "cvijeti",
        "цвети",
        "цвијети",
        "štefanj",
        "штефањ",
        "kralj",
        "ilindan",
        "илиндан",
        "preobražen",
        "преображењ",
        "gospojin",
        "госпојин",
        "sav",
        "сав",
        "petrovdan",
        "петровдан",
        "pokladn",
        "mitrovdan",
        "митровдан",
        "krstovdan",
        "крстовдан",
        "bajram",
        "бајрам",
    ),
    "sl": (
        "prešern",
        "božič",
        "silvestrov",
        "državnosti",
        "samostojnosti",
        "reformacije",
        "mrtve",
        "leta d",
        "velik",
        "kresn",
        "martinov",
    ),
    "sq": ("krishtlindje", " ri", "verës", "veres", "flamurit", "bajram"),
    "mk": (
        "божиќ",
        "бадник",
        "година",
        "илинден",
        "водици",
        "велигден",
        "кирил",
        "преображение",
        "митровден",
        "крстовден",
        "бајрам",
    ),
}
#: Croatian months and week: a text of the Catholic calendar.
_ORTHODOX = ("pravoslav", "православ")
_EASTER, _ORTHODOX_EASTER, _CATHOLIC_EASTER = -1, -2, -3
#: How the names of the Bajram that ends the fast open (lower case).
_FITR = ("ram", "рам", "fit")
_CATHOLIC = ("katolič", "katolic")


def _calendar(code: str, text: str, start: int) -> bool:
    """Whether Christmas is the Orthodox one here (7 January)."""
    if code == "mk":
        return True
    before = text[max(0, start - 25) : start].lower()
    if code == "sl":  # "Za pravoslavni božič": the Orthodox one
        return any(w in before for w in _ORTHODOX)
    if code != "sh":
        return False
    if any(w in before for w in _ORTHODOX):
        return True
    if any(w in before for w in _CATHOLIC):
        return False
    return not croatian(text)


def _feast_rule(code: str, trigger: Trigger) -> Rule:
    feasts = _FEASTS[code] + MORE_FEASTS.get(code, ())
    names = "|".join(f"(?P<f{i}>{forms})" for i, (forms, _, _) in enumerate(feasts))
    pattern = re.compile(rf"(?<!\w)(?:{names})(?!\w)(?:\s+(?P<nextyear>{_NEXT_YEAR})(?!\w))?")
    anywhere = re.compile(rf"(?:{names})\s+$")

    def handle(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
        if pub is None:
            return None
        offset = days_from_feast(code, text, m.start())
        if offset is None and not m["nextyear"] and not _set_on(code, text, m.start(), anywhere):
            return None
        if occasion(code, text, m.start(), m.end()):
            return None
        if feast_in_habit_or_when(code, text, m.start()):
            return None  # "Svake godine dolazim za Bajram", "na Badnji dan, kada ... za Božić"
        found = _feast_day(m, text, pub)
        if found is None:
            return None
        if offset:
            return (
                (date.fromisoformat(found) + timedelta(days=offset)).isoformat(),
                "day",
                "relative",
            )
        return found, "day", "explicit"

    def _feast_day(m: re.Match[str], text: str, pub: date) -> str | None:
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None and k[0] == "f")
        _, mon, day = feasts[i]
        future = is_future_local(code, text, m.start(), m.end())
        told = year_told_before(code, text, m.start(), pub)
        if m["nextyear"]:  # "dan državnosti prihodnje leto": the feast of next year
            pub, future = date(pub.year + 1, 1, 1), True
        elif told is not None:  # "pre dve godine ... za Vidovdan": the feast of that year
            pub, future = told, False
        if mon == STATE_DAY:
            state = state_day(code, day, text)
            if state is None:
                return None
            mon, day = state
        if mon == _BAJRAM:
            low = m.group().lower()
            kind = 2 if "kurban" in low or "курбан" in low else 1 if low[:3] in _FITR else 0
            found = bajram_day(kind, pub, future)
            return None if found is None else found.isoformat()
        if mon < 0:
            orthodox = mon == _ORTHODOX_EASTER or (
                mon != _CATHOLIC_EASTER and _calendar(code, text, m.start())
            )
            return _movable(pub, orthodox, day, future)
        if mon == 0:
            orthodox = _calendar(code, text, m.start())
            mon, day = (1, 7 + day) if orthodox else (12, 25 + day)
        if future:
            y = year_for(mon, day, pub, True)
        else:
            y = min(
                (pub.year - 1, pub.year, pub.year + 1),
                key=lambda y: abs((date(y, mon, day) - pub).days),
            )
        return date(y, mon, day).isoformat()

    starts = Anchor(_STARTS[code] + MORE_STARTS.get(code, ()), back=0, itself=True, trigger=trigger)
    gates = _GATES[code] + MORE_GATES.get(code, ())
    return Rule(f"{code} feast day", pattern, handle, gates, starts)


def _movable(pub: date, orthodox: bool, offset: int, future: bool) -> str:
    """The day of an Easter feast: the next one on or after publication in a future clause, the
    nearest otherwise."""
    days = [easter_day(y, orthodox, offset) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if future:
        return next(d for d in days if d >= pub).isoformat()
    return min(days, key=lambda d: abs((d - pub).days)).isoformat()


def _set_on(code: str, text: str, start: int, feast_before: re.Pattern[str]) -> bool:
    """A preposition that sets a happening on the day stands right before it, or "and" after
    such a feast."""
    lo = max(0, start - 60)
    head = told = text[lo:start]
    noun = _FEAST_NOUN.search(head)
    if noun is not None:
        head = head[: noun.start()]
    words = head.split()
    if not words or not head.endswith((" ", "\n")):
        return False
    if len(words) > 1 and words[-1].lower().startswith(_ORTHODOX + _CATHOLIC):
        # "za Novu godinu i pravoslavni Božić": the church word before the name
        head = head[: len(head.rstrip()) - len(words[-1])]
        words = words[:-1]
    last = words[-1].lower()
    if last.endswith(",") and last[:-1].isalpha() and last[:-1] in family(code).months:
        return True  # "më 28 nëntor, Dita e Flamurit": the feast names the date told
    if last in AFTER and (len(words) < 2 or words[-2].lower() not in UNTIL):
        return False  # "radovi počinju posle Uskrsa": a vague span; "do poslije Bajrama" a day
    if last in _ON[code] or celebrated(code, told[told.rfind(".") + 1 :]):
        return True
    if last not in _AND:
        return False
    rest = head[: len(head.rstrip()) - len(words[-1])]
    found = feast_before.search(rest)
    return found is not None and _set_on(code, text, lo + found.start(), feast_before)


def feast_rules(code: str, trigger: Trigger) -> tuple[Rule, ...]:
    """The feast-day rule of one language family, its names found by the family's ``trigger``."""
    return (_feast_rule(code, trigger),) if code in _FEASTS else ()
