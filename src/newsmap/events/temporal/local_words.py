"""The grammar words of the local date rules: prepositions, modifiers, tense marks, numbers.

These are the function words around a date that CLDR has no field for; month, weekday and
relative-day names come from the lexicon (``newsmap.lexicon.local``), never from here.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from newsmap.events.temporal.record import Resolved
from newsmap.events.temporal.spelling import alt

# Prepositions before a weekday ("u sredu", "v sredo", "të mërkurën", "во среда", "od petka",
# "nga e mërkura": from Wednesday, Albanian's definite nominative after "nga e");
# "v noči na torek", "u noći na subotu": the night into that day, dated by the day.
WEEKDAY_PREPS = {
    "sh": ["u", "у", "od", "од", "do", "до", "za", "за", "noći na", "ноћи на"],
    "sl": ["v", "od", "do", "za", "noči na"],
    "sq": ["të", "te", "së", "se", "nga e"],
    "mk": ["во", "в", "на", "од", "до", "за"],
}
# "za petak" is the Friday something is planned for, "do nedelje" the one a state lasts to:
# the future.
FUTURE_PREPS: Final = {
    "sh": {"za", "за", "do", "до"},
    "sl": {"za", "do"},
    "sq": set(),
    "mk": {"за", "до"},
}
# Stems of the words for last, this and next, followed by any ending ("prošlog", "prošle").
_PREV: Final = {
    "sh": ["prošl", "minul", "protekl", "прошл", "минул", "протекл"],
    "sl": ["prejšnj", "minul", "pretekl", "lansk"],
    "sq": ["kaluar", "shkuar"],
    "mk": ["минат", "изминат"],
}
_NEXT: Final = {
    "sh": ["sledeć", "sljedeć", "naredn", "iduć", "следећ", "сљедећ", "наредн", "идућ"],
    "sl": ["naslednj", "prihodnj"],
    "sq": ["ardhshme", "ardhshëm"],
    "mk": ["следн", "идн", "наредн"],
}
_THIS = {"sh": ["ov", "ов"], "sl": ["t", "letošnj"], "sq": ["këtë", "kete"], "mk": ["ов"]}
MODS = {code: _PREV[code] + _NEXT[code] for code in _PREV}
# Before a weekday also "this" ("za ovaj petak", "ove subote", "овој четврток"): that weekday of
# the week told, by the tense of its clause as a bare one.
# Slovenian "ta petek", "to soboto" (its "t" stem would take any word).
_WEEKDAY_THIS = {"sh": _THIS["sh"], "mk": _THIS["mk"], "sl": ["ta", "to"], "sq": []}
WEEKDAY_MODS = {code: MODS[code] + _WEEKDAY_THIS[code] for code in MODS}
# Words of the year the lexicon lacks: "lane" (sr), "dogodine" (hr), "letos" (sl, this year;
# Serbian "letos" is this summer), "годинава" (mk).
EXTRA_UNITS: Final = {
    "sh": {"lane": -1, "лане": -1, "dogodine": 1, "догодине": 1, "lani": -1, "лани": -1},
    "sl": {"letos": 0},
    "sq": {},
    "mk": {"годинава": 0},
}
# "N units ago" in the forms CLDR's patterns lack: Albanian "para" with the ablative plural
# ("para dy ditësh") or, after "një", the genitive singular ("para një jave"); Macedonian's
# counted form after a number ("пред два месеца") and its other word for the week ("недели").
EXTRA_AGO: dict[str, dict[str, tuple[str, int]]] = {
    "sh": {},
    "sl": {},
    "sq": {
        "para {0} ditësh": ("day", -1),
        "para {0} dite": ("day", -1),
        "para {0} javësh": ("week", -1),
        "para {0} jave": ("week", -1),
        "para {0} muajsh": ("month", -1),
        "para {0} muaji": ("month", -1),
        "para {0} vitesh": ("year", -1),
        "para {0} vjetësh": ("year", -1),
        "para {0} viti": ("year", -1),
    },
    "mk": {"пред {0} месеца": ("month", -1), "пред {0} недели": ("week", -1)},
}
# "za šest meseci" is "in six months" as often as "for six months": CLDR's "in N" patterns that
# open with these (and sq "pas", after) are left out, so a duration is never read as a date.
DURATION_PREPS = {"za", "за", "pas"}
# sr/bs/cnr "nedelja" and mk "недела" are also the week: Sunday only after a preposition.
WEEK_IS_SUNDAY = {"sh", "mk"}
# After these Albanian articles only a month's definite genitive is a date ("sulmi i korrikut").
GENITIVE_ARTICLES = {"i", "e", "të", "te"}
# Slovenian names the month of an event in the bare genitive: "julija" = in July.
BARE_GENITIVE_MONTH = {"sl"}
# Adjectives of yesterday and tomorrow ("na jučerašnjim izborima"); "današnji" is left out, as
# "današnja Srbija" means the present day, not the publication's.
DAY_ADJECTIVES = {
    "sh": {
        "prekjučeraš": -2,
        "jučeraš": -1,
        "јучераш": -1,
        "sutrašnj": 1,
        "сутрашњ": 1,
        "sinoćn": -1,
        "синоћн": -1,
    },
    "sl": {"včerajšnj": -1, "jutrišnj": 1},
    "sq": {"nesërm": 1, "neserm": 1, "djeshm": -1, "djeshëm": -1, "pardjeshm": -2},
    "mk": {"вчерашн": -1, "утрешн": 1, "завчерашн": -2},
}
# Day words CLDR lacks: "noćas" (the night just gone or to come: the publication's day),
# Montenegrin "sjutra" (tomorrow), Slovenian "ponoči" (in the night), Macedonian "денеска".
EXTRA_DAYS = {
    "sh": {"noćas": 0, "nocas": 0, "ноћас": 0, "sjutra": 1, "сјутра": 1, "prekosjutra": 2}
    | {"preksutra": 2, "прексутра": 2, "preksjutra": 2, "прексјутра": 2},
    "sl": {"ponoči": 0, "ponoci": 0},
    "sq": {"pasnesër": 2, "pasneser": 2},
    "mk": {"денеска": 0},
}
# The local words of the day that tell a happening of their own beside another date of their
# sentence ("jučer ... a danas"): today, this morning, tonight.
TODAY_WORDS = (
    "danas данас jutros јутрос večeras вечерас noćas ноћас danes davi nocoj ponoči sot sonte "
    "денес денеска утрово вечерва"
).split()
MONTH_PREPS = {
    "sh": "u у od од do до za за krajem крајем početkom почетком sredinom средином tokom "
    "током tijekom koncem".split()
    + ["do kraja", "до краја", "od kraja", "od početka", "do sredine", "до средине"]
    + ["za sredinu", "за средину", "za kraj", "за крај", "za početak", "за почетак"],
    "sl": "v od do za konec sredi".split() + ["v začetku", "do konca", "konec"],
    "sq": "në ne nga deri gjatë brenda të i e".split()
    + ["në fund të", "në fillim të", "në mes të", "në muajin", "ne muajin"],
    "mk": "во в од до за".split() + ["крајот на", "почетокот на", "средината на", "до крајот на"],
}
# The words a month or a day is due by or set for ("do kraja novembra", "за јануари", "brenda
# janarit", within January): the nearest of its name, whatever the tense.
DUE_PREPS = frozenset("do до za за deri brenda".split())
# The two ends of a range of years: "od 1941. do 1945.", "nga 1997 deri në 2001", "med ... in".
RANGE_FROM = {
    "sh": ["od", "од", "između", "између", "izmedju"],
    "sl": ["od", "med"],
    "sq": ["nga", "prej", "midis", "mes"],
    "mk": ["од", "меѓу"],
}
RANGE_TO = {
    "sh": ["do", "до", "i", "и"],
    "sl": ["do", "in"],
    "sq": ["deri", "deri në", "deri më", "dhe"],
    "mk": ["до", "и"],
}
# The word of the year between "from" and a range's first year: "od leta 2008 do 2016".
YEAR_WORDS = {"sh": ["godine", "године"], "sl": ["leta"], "sq": ["vitit", "viti"], "mk": ["година"]}
# "i danas", "и данас", "edhe sot", "še danes": still, in these days; not the publication's day.
STILL_TODAY = frozenset("danas данас danes sot денес денеска".split())
STILL = re.compile(r"(?<!\w)(?:i|и|še|edhe|ende|уште)\s+$", re.IGNORECASE)
# Small numbers as words, for "pre dve godine", "para dy vjetësh", "пред две години".
NUMBERS = {
    "sh": dict(
        zip(
            "jedan jedna jedno jednu dva dve dvije tri četiri pet šest sedam osam devet deset "
            "један једна једно једну два две три четири пет шест седам осам девет десет".split(),
            [1, 1, 1, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10]
            + [1, 1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            strict=True,
        )
    ),
    "sl": dict(
        zip(
            "en ena eno enim dva dve dvema tri tremi štiri štirimi pet petimi šest sedem osem "
            "devet deset".split(),
            [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10],
            strict=True,
        )
    ),
    "sq": dict(
        zip(
            "një dy tre tri katër pesë gjashtë shtatë tetë nëntë dhjetë".split(),
            [1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10],
            strict=True,
        )
    ),
    "mk": dict(
        zip(
            "еден една едно два две три четири пет шест седум осум девет десет".split(),
            [1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            strict=True,
        )
    ),
}
#: The tens spelt out ("pre dvadeset godina", "пред дваесет години", "njëzet vjet më parë").
_TENS_WORDS = {
    "sh": {
        "dvadeset": 20,
        "trideset": 30,
        "četrdeset": 40,
        "pedeset": 50,
        "двадесет": 20,
        "тридесет": 30,
        "четрдесет": 40,
        "педесет": 50,
    },
    "sl": {"dvajset": 20, "trideset": 30, "štirideset": 40, "petdeset": 50},
    "sq": {"njëzet": 20, "tridhjetë": 30, "dyzet": 40, "pesëdhjetë": 50},
    "mk": {"дваесет": 20, "триесет": 30, "четириесет": 40, "педесет": 50},
}
for _code, _tens in _TENS_WORDS.items():
    NUMBERS[_code].update(_tens)
#: Capital letters of the Serbo-Croatian alphabets, which open names.
_CAPITALS = "A-ZČĆŠŽĐА-ЯЂЈЉЊЋЏ"
FUTURE = {
    "sh": re.compile(
        r"(?<!\w)(?:ću|ćeš|će|ćemo|ćete|ћу|ћеш|ће|ћемо|ћете)(?!\w)"
        # a fused future ("održaće", "biraće"), not a capitalised name ending so ("Zablaće")
        rf"|(?<![{_CAPITALS}])(?<![{_CAPITALS}]\w)(?<![{_CAPITALS}]\w\w)\w\w[aiаи](?:će|ће)(?!\w)"
        r"|(?<!\w)(?:bi|би)(?:ću|će|ćemo|ćete|ћу|ће|ћемо|ћете)(?!\w)"
        r"|(?<!\w)(?:planir|планир|očekuj|очекуј)\w*"
        r"|(?<!\w)(?:[Nn]aredn|[Ss]ledeć|[Ss]ljedeć|[Ii]duć|[Нн]аредн|[Сс]ледећ)\w*"
        r"|(?<!\w)(?:bi|би)\s+(?:trebal|требал|mogl|могл)"
        r"|(?<!\w)(?:trebal\w*|требал\w*|trebao|требао)\s+(?:bi|би)(?!\w)"
        r"|(?<!\w)(?:očekuje|очекује)\s+se|zakazan|заказан|najavljen|најављен"
        r"|(?<!\w)(?:treba|треба)\s+(?:da|да)(?!\w)"  # "treba da izađu krajem marta": due
    ),
    "sl": re.compile(
        r"(?<!\w)(?:bo|bom|boš|bomo|boste|bodo|bosta|bova)(?!\w)"
        r"|(?<!\w)(?:načrtuj|[Nn]aslednj|[Pp]rihodnj|[Pp]ričakuj)\w*"
    ),
    "sq": re.compile(
        # "do të", and "do ta", "do t'i" with the object's clitic ("do ta paraqesin")
        r"(?<!\w)do\s+t[ëe](?!\s+thotë)(?!\w)|(?<!\w)do\s+t(?:a(?!\w)|['’])|(?<!\w)pritet(?!\w)|(?<!\w)planifik\w*"
        r"|(?<!\w)e\s+ardhshme|(?<!\w)i\s+ardhshëm|(?<!\w)mund\s+t[ëe](?!\w)"
    ),
    "mk": re.compile(
        r"(?<!\w)(?:ќе|би)(?!\w)|(?<!\w)(?:планир|закаж|[Сс]ледн|[Нн]аредн|предлага)\w*"
        r"|(?<!\w)очекува(?:ат|ме|те|м)?(?!\w)"  # "се очекува", is expected (not "очекуваше")
        r"|(?<=да се )одрж"  # "бара изборите да се одржат": a plan, to be held
        r"|(?<!\w)бара(?:ат)?\s+(?:[^\s.!?]+\s+){0,3}?да(?!\w)"  # demands that it be
    ),
}
#: Pieces of text one of which every match of ``FUTURE`` holds (the future auxiliaries, "trebal",
#: "očekuje", "zakazan"...): a clause with none of them is not searched, as the search tries
#: every alternative at every character (the Serbo-Croatian one cost 20 us on a clause).
FUTURE_PIECES = {
    "sh": tuple(
        "ću će ћу ће trebal требал trebao требао očekuj очекуј zakazan заказан najavljen најављен "
        "planir планир aredn ledeć ljedeć duć аредн ледећ mogl могл treba треба".split()
    ),
    "sl": ("bo", "načrtuj", "aslednj", "rihodnj", "ričakuj"),
    "sq": ("do", "pritet", "planifik", "ardhshm", "ardhshëm", "mund"),
    "mk": ("ќе", "би", "планир", "закаж", "ледн", "аредн", "предлага", "одрж", "бара", "очекува"),
}
#: Decades spelt out, in each language that spells them ("devedesetih", "деведесетих").
_DECADES = {
    60: "šezdeset шездесет šestdeset шеесет",
    70: "sedamdeset седамдесет sedemdeset седумдесет",
    80: "osamdeset осамдесет osemdeset осумдесет",
    90: "devedeset деведесет devetdeset",
}
DECADE_WORDS = {word: decade for decade, words in _DECADES.items() for word in words.split()}
_DECADE_WORD = "|".join(DECADE_WORDS)
_D = r"(?P<d>(?:19|20)?[1-9]0)"
DECADE_GATE = {
    "sh": ("ih", "их"),
    "sl": ("let", "desetih"),
    "sq": ("vite",),
    "mk": ("тите",),
}
DECADE = {
    "sh": rf"(?<!\w)(?:{_D}-(?:ih|tih|их|тих)|(?P<word>(?:{_DECADE_WORD})(?:ih|их)))(?!\w)",
    "sl": rf"(?<!\w)(?:{_D}\.\s+let\w*|(?P<word>(?:{_DECADE_WORD})ih))(?!\w)",
    "sq": rf"(?<!\w)vite(?:t|ve)\s+(?:e\s+)?['’]?{_D}(?:-ta|-at)?(?P<word>(?!))?(?!\w)",
    "mk": rf"(?<!\w)(?:{_D}-тите|(?P<word>(?:{_DECADE_WORD})тите))(?!\w)",
}
# Where a decade rule's matches start: at these words, and (if so) at a number ("1990-ih").
DECADE_STARTS = {
    "sh": (tuple(DECADE_WORDS), True),
    "sl": (tuple(DECADE_WORDS), True),
    "sq": (("vite",), False),
    "mk": (tuple(DECADE_WORDS), True),
}
_UNITS = {
    "sh": (
        r"nedelj|nedjelj|sedmic|tjed|недељ|недјељ|седмиц",
        r"mesec|mjesec|месец|мјесец",
        r"godin|годин",
    ),
    "sl": (r"ted", r"mesec", r"let"),
    "sq": (r"jav", r"muaj", r"vit"),
    "mk": (r"седмиц|недел", r"месец", r"годин"),
}


def _either(words: list[str]) -> str:
    """Words (or stems) that start a word of the text, in either case of their first letter."""
    cased = {w for x in words for w in (x, x[:1].upper() + x[1:])}
    return alt(cased) if cased else "(?!)"


def shift_of(code: str, word: str) -> int:
    """-1 for a word of "last", +1 for one of "next", 0 otherwise (lower-cased stems)."""
    if word in EXTRA_UNITS[code]:
        return EXTRA_UNITS[code][word]
    if code == "sq" and word == "vjen":
        return 1  # "të hënën që vjen": the coming Monday
    if any(word.startswith(s) for s in _PREV[code]):
        return -1
    if any(word.startswith(s) for s in _NEXT[code]):
        return 1
    return 0


def unit_pattern(code: str, one_words: list[str]) -> str:
    """A modifier and a unit ("prošle godine", "javën e kaluar"), or one word ("lani")."""
    week, month, year = _UNITS[code]
    if (
        code == "sq"
    ):  # its unit leads the phrase, capitalised at a sentence start ("Vitin e kaluar")
        week, month, year = (_either(stems.split("|")) for stems in _UNITS[code])
    units = rf"(?:(?P<week>{week})|(?P<month>{month})|(?P<year>{year}))\w*"
    prev, this, nxt = _either(_PREV[code]), _either(_THIS[code]), _either(_NEXT[code])
    one = rf"|(?P<one>{_either(one_words)})(?!\w)" if one_words else ""
    if code == "sq":
        units = units.replace("(?P<week>", "(?P<week>(?<!\\w)")
        return (
            rf"(?:(?P<this>{this})\s+)?{units}"
            rf"(?:\s+e\s+(?P<prev>{prev})|\s+(?P<next>e\s+(?:{nxt})|q[ëe]\s+vjen))?(?!\w){one}"
        )
    if code == "sl":  # "ta teden", "tega leta", "to leto": the whole word, not "trideset let"
        this = rf"[Tt](?:ega|em|ej|a|o|e)(?!\w)|{_either(_THIS[code][1:])}"
    mods = rf"(?:(?P<prev>{prev})\w*|(?P<this>{this})\w*|(?P<next>{nxt})\w*)"
    if code == "sh":  # a clitic inside the phrase: "prošlog je tjedna", "прошле су године"
        mods += r"(?:\s+(?:je|su|smo|ste|sam|se|će|је|су|смо|сте|сам|се|ће)(?=\s))?"
    return rf"(?<!\w){mods}\s+{units}(?!\w){one}"


def unit_anchors(code: str, one_words: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words ``unit_pattern``'s matches hold, lower-cased: those that start a word of the
    text, and those that may stand inside one (the one words, and Albanian "muaj", "vit" and the
    "këtë" before a unit, which the pattern takes at the end of a longer word too)."""
    stems = "|".join(_UNITS[code]).split("|")
    ones = tuple(w.lower() for w in one_words)
    if code == "sq":
        return (stems[0],), (*stems[1:], *ones, *_THIS[code])
    return tuple(stems), ones


def unit_gate(code: str, one_words: list[str]) -> tuple[str, ...]:
    """Words one of which a relative week, month or year holds: its unit, or the one word."""
    stems = "|".join(_UNITS[code]).split("|")
    return tuple(stems) + tuple(w.lower() for w in one_words)


def year_after_month(code: str) -> str:
    """A year named right after a month in the forms CLDR's relative words lack: a modifier and
    the year ("u martu protekle godine", "во март минатата година", "novembra lansko leto"), and
    Albanian's genitive or accusative ("në mars të vitit të kaluar", "të vitit 2023", "të këtij
    viti", "në nëntor vitin e kaluar").  ``year_after_shift`` reads what it matched."""
    prev, nxt = _either(_PREV[code]), _either(_NEXT[code])
    if code == "sq":
        return (
            rf"(?:t[ëe]\s+)?(?:vitit\s+(?:t[ëe]\s+(?:{prev}|{nxt})|q[ëe]\s+(?:shkoi|kaloi|vjen)"
            rf"|(?:1[89]\d\d|20\d\d)(?!\d))|k[ëe]tij\s+viti|vitin\s+e\s+(?:{prev}|{nxt}))(?!\w)"
        )
    return rf"(?:{prev}|{nxt})\w*\s+(?:{_UNITS[code][2]})\w*"


def year_after_shift(code: str, phrase: str) -> int:
    """What a ``year_after_month`` phrase (with no year in digits) does to the publication's
    year: -1 for last year, +1 for next, 0 for this one."""
    words = phrase.lower().split()
    if any(w.startswith(tuple(_PREV[code])) or w in ("shkoi", "kaloi") for w in words):
        return -1
    if any(w.startswith(tuple(_NEXT[code])) or w == "vjen" for w in words):
        return 1
    return 0


#: Words spelt like a passive participle that are none: adjectives told with the present
#: copula ("Prevoz je u nedjelju besplatan") and counts ("jedan", "deset").
NOT_PASSIVE = frozenset(
    "besplatan slobodan siguran spreman potreban važan dostupan opasan jasan jedan deset"
    " бесплатан слободан сигуран спреман потребан важан доступан опасан јасан један десет".split()
)


def h_decade(m: re.Match[str], text: str, pub: date | None) -> Resolved | None:
    """A decade in words ("devedesetih") or digits ("1990-ih", "90-тите")."""
    if m["word"]:
        tens = DECADE_WORDS[next(k for k in DECADE_WORDS if m["word"].lower().startswith(k))]
        return f"{1900 + tens:04d}", "decade", "explicit"
    digits = m["d"]
    year = int(digits) if len(digits) == 4 else 1900 + int(digits[-2:])
    return f"{year:04d}", "decade", "explicit"
