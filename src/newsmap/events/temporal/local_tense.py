"""The tense of a clause in the region's languages, read from its future marks.

A bare weekday or a yearless date looks forward when its clause speaks of the future, back
otherwise (news mostly reports the past).  The clause is the date's own: a reported future after
it ("je u petak najavio da će", "во април се зборуваше дека ќе") or a clause joined on after a
comma ("potpisali smo u utorak, pa će") belongs to another verb.  A clause joined before the
date stays in: its verb is often the date's own, left out after "a" ("Vlada će se sastati
sutra, a Vijeće u nedjelju").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from newsmap.events.temporal import local_words as W
from newsmap.events.temporal.local_sq_present import held_in_present
from newsmap.lexicon.local import family

# Where the date's clause ends after it: a complementiser opens a reported clause ("najavio da
# će", "рече дека ќе", "tha se do të"), and a comma with a conjunction or a relative pronoun a
# clause of its own ("je v petek predstavila program, ki bo jutri", "e cila do të zgjasë"), or
# with "if" a condition's ("je v sredo napovedal stavko, če uprava ne bo podpisala").
# "d(?<!\wd)a" is "(?<!\w)da" tried only at a "d" (so in _RELATIVE, _BECAUSE, _PAST): a leading
# look-behind is tried at every character (test_local_tense_speed: the plain spellings).
_AFTER_END: Final = {
    "sh": re.compile(
        r"d(?<!\wd)a(?!\w)|д(?<!\wд)[aа](?!\w)"
        r"|,\s*(?:a|pa|ali|dok|i|ako|а|па|али|док|и|ако)(?!\w)|,\s*(?:koj|кој)\w*"
    ),
    # and "pa" after the joined clause's first words (", prihodnji teden pa bo obiskal")
    "sl": re.compile(
        r"d(?<!\wd)a(?!\w)|,\s*(?:a|pa|ampak|in|ko|ki|kjer|če)(?!\w)|,\s*(?:\w+\s+){1,2}pa(?!\w)"
    ),
    "sq": re.compile(
        r"s(?<!\ws)e(?!\w)|q(?<!\wq)ë(?!\w)|,?\s+(?:dhe|ndërsa|por)(?!\w)"
        r"|,\s*(?:[ie]\s+cil|(?:ku|nëse)(?!\w))"
    ),
    "mk": re.compile(
        r"д(?<!\wд)ека(?!\w)|о(?<!\wо)ти(?!\w)"
        r"|,\s*(?:а|па|но|и|ако|додека|кој|која|кое|кои)(?!\w)"
    ),
}


#: A verb of saying after a comma, which opens the clause of the day something was said on
#: ("će biti besplatna, rekao je u utorak ministar", "do të jetë pa pagesë, tha të enjten").
SAID: Final = re.compile(
    r",\s*(?:tha|deklaroi|njoftoi|rekao|rekla|rekli|kazao|kazala|izjavio|izjavila|izjavili"
    r"|naveo|navela|dodao|dodala|рекао|рекла|изјавио|изјавила|изјави|изјавија|рече|рекоа"
    r"|додаде|je\s+dejal|je\s+dejala|je\s+povedal|je\s+povedala)(?!\w)"
)


def _holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """``any(map(text.__contains__, pieces))`` as a loop, which compiled tests each piece
    directly (``any`` over a ``map`` paid a generic call per piece)."""
    for piece in pieces:
        if piece in text:
            return True
    return False


def is_future_local(code: str, text: str, start: int, end: int) -> bool:
    """Whether the clause of text[start:end] is in the future tense, by the marks of the
    language family ``code`` (``sh``, ``sl``, ``sq``, ``mk``)."""
    if text[end - 1 : end] == ".":
        end -= 1  # "9 shkurt." or "2022.": the dot that ends the date may end its sentence
    lo = max(0, start - 90)
    hi = min(len(text), end + 90)
    window = text[lo:hi]
    pieces = W.FUTURE_PIECES[code]
    if not _holds_any(window, pieces):
        return False  # nor has the clause, which lies inside the window
    a, b = start - lo, end - lo
    left = max(window.rfind(c, 0, a) for c in ".!?;\n") + 1
    saids = list(SAID.finditer(window, left, a))
    if saids:
        left = saids[-1].start()  # "..., tha të enjten qeveria": the day it was said on
    if code == "sh":
        relatives = list(_RELATIVE.finditer(window, left, a))
        if relatives:  # "prijetio je da će ponoviti napad kakav se dogodio u četvrtak"
            left = relatives[-1].start()
        because = list(_BECAUSE.finditer(window, left, a))
        if because:  # "biće bolje jer su od 1. decembra otvorena dva kioska": its own clause
            left = because[-1].start()
    right = [i for i in (window.find(c, b) for c in ".!?;\n") if i >= 0]
    stop = min(right) if right else len(window)
    if not _holds_any(window[left:stop], pieces):
        # the clause is window[left:stop] or shorter (a cut below only moves its end back):
        # with no piece in this stretch it has none, and the cut's search is spared
        return False
    cut = _AFTER_END[code].search(window, b, stop)
    if cut is not None:
        stop = cut.start()
    clause = window[left:stop]
    if not _holds_any(clause, pieces):
        return False
    if not future_in(code, clause):
        return False
    if past_own_clause(code, window, left, a, b, stop):
        return False
    perfect = _PERFECT.search(clause) if code == "sh" else None
    if perfect is not None and perfect.start() < a - left:
        # "kupci su u četvrtak potpisali ugovore za narednu sezonu": "next" qualifies a noun
        # in a clause told in the perfect before the date, which is the clause's tense
        return future_in(code, _NEXT_WORD.sub(" ", clause))
    return True


def past_own_clause(code: str, window: str, left: int, a: int, b: int, stop: int) -> bool:
    """Whether the date stands in a clause of its own after a comma that is told in the past
    with no future of its own, while the sentence's future lies before that comma ("sednica će
    trajati do četvrtka, odlučio je kolegijum u petak"; "študenti bodo spali v dvorani,
    meščani pa so že v ponedeljek začeli"): the date is that clause's, a day gone by."""
    perfect = _OWN_PERFECT.get(code)
    comma = window.rfind(",", left, a)
    if perfect is None or comma < 0:
        return False
    if future_in(code, window[comma:stop]):
        return False
    # an auxiliary with its participle marks the past (a bare "je" may be a copula), opening
    # before the date ("a u srijedu je na rasporedu zaostala utakmica" is a timetable); the
    # date's own words are no participle ("je 1. jula")
    return any(
        m.start() < a and not a < m.end() <= b for m in perfect.finditer(window, comma, stop)
    )


#: A relative pronoun opening a clause of its own between a future verb and the date: the
#: clause of the date ("napad kakav se dogodio u četvrtak", "kuća koju su kupili u maju").
_RELATIVE: Final = re.compile(
    r"k(?<!\wk)(?:oj[aiue]\w*|akav|akva|akvo|akvi)(?!\w)"
    r"|к(?<!\wк)(?:оји|оја|оје|ојег|ојој|оје\w*|оју|акав|аква|акво|акви)(?!\w)"
)
#: "Because" opening the date's own clause after a future one.
_BECAUSE: Final = re.compile(
    r"j(?<!\wj)er(?!\w)|ј(?<!\wј)ер(?!\w)|p(?<!\wp)ošto(?!\w)|п(?<!\wп)ошто(?!\w)"
)
#: A Serbo-Croatian "next" ("narednu", "sljedeći", "iduće", "следећег"), a word of the
#: ``W.FUTURE`` pattern that says nothing of the clause's tense.
_NEXT_WORD: Final = re.compile(
    r"(?<!\w)(?:[Nn]aredn|[Ss]ledeć|[Ss]ljedeć|[Ii]duć|[Нн]аредн|[Сс]ледећ)\w*"
)
#: A perfect: its auxiliary, then an l-participle within three words ("su u četvrtak
#: potpisali", "је јуче отворио"), or the participle right before it ("почели су").
_PERFECT: Final = re.compile(
    r"(?<!\w)(?:je|su|sam|smo|ste|је|су|сам|смо|сте)\s+(?:\w+\s+){0,3}?"
    r"\w{2,}(?:la|li|le|lo|ao|eo|io|uo|ла|ли|ле|ло|ао|ео|ио|уо)(?!\w)"
    r"|(?<!\w)\w{2,}(?:la|li|le|lo|ao|eo|io|uo|ла|ли|ле|ло|ао|ео|ио|уо)\s+"
    r"(?:je|su|sam|smo|ste|је|су|сам|смо|сте)(?!\w)"
)


#: A perfect in Slovenian: its auxiliary, then an l-participle within three words ("so že v
#: ponedeljek začeli"), or the participle first ("začeli so").
_SL_PERFECT: Final = re.compile(
    r"(?<!\w)(?:je|so|sem|smo|ste|sta)\s+(?:\w+\s+){0,3}?\w{2,}(?:l|la|li|lo|le)(?!\w)"
    r"|(?<!\w)\w{2,}(?:la|li|lo)\s+(?:je|so|sem|smo|ste|sta)(?!\w)"
)
_OWN_PERFECT: Final = {"sh": _PERFECT, "sl": _SL_PERFECT}


def future_in(code: str, clause: str) -> bool:
    """``W.FUTURE[code].search(clause) is not None``, the pattern tried only where a match can
    start: the search tried every alternative at every character (60 us a clause for the
    Slovenian one, asked of every local yearless date).

    Every match holds one of ``W.FUTURE_PIECES`` (the prefilter above rests on it), at most
    three characters after its start ("\\w\\w[ai]će", "biće", "[Nn]aredn") or after one or two
    characters and blanks ("bi trebalo", "e ardhshme"): so a match starts at one of the three
    characters before a piece, at the piece, or one or two before the blanks that end at it.
    """
    pattern = W.FUTURE[code]
    tried: set[int] = set()
    for piece in W.FUTURE_PIECES[code]:
        at = clause.find(piece)
        while at >= 0:
            blanks = at
            while blanks > 0 and clause[blanks - 1].isspace():
                blanks -= 1
            for pos in (at - 3, at - 2, at - 1, at, blanks - 2, blanks - 1):
                if pos >= 0 and pos not in tried:
                    tried.add(pos)
                    if pattern.match(clause, pos) is not None:
                        return True
            at = clause.find(piece, at + 1)
    return False


# The words a date is due by or set for: "do 15. aprila", "za 2. januar", "deri më 5 maj".
LOCAL_DUE: Final = frozenset("do до za за deri naj për per".split())


def local_year_tense(
    text: str, start: int, end: int, before: list[str], month: str | None = None
) -> bool | None:
    """The direction a local yearless date looks from the publication: None (the nearest of
    its name) for a date something is due by or set for, True in a future clause of any of the
    region's languages, None again in a clause told in the present (a timetable: "revanš se
    igra 6. novembra", "povratak počinje posle 10. januara"; ``month`` is the month's name,
    whose families' past marks are read), else False (the past)."""
    if before and before[0] in LOCAL_DUE:
        return None
    if told_future(text, start, end):
        return True
    if held_in_present(text, start, month is not None and month in family("sq").months):
        return None
    codes = perfect_families(month) if month is not None else ()
    if codes and all(in_present(c, text, start, end) for c in codes):
        return None
    if codes and any(own_clause_present(c, text, start, end) for c in codes):
        return None  # "... izgubio je u Kielu, a uzvrat se igra 14. prosinca"
    return False


def told_future(text: str, start: int, end: int) -> bool:
    """Whether the clause of text[start:end] is in the future tense by the marks of any of the
    region's families (what makes ``local_year_tense`` True, past a due date's "do", "za")."""
    for code in W.FUTURE:
        if is_future_local(code, text, start, end):
            return True
    return False


@cache
def perfect_families(month: str) -> tuple[str, ...]:
    """The families with a perfect tense (``_PAST``) whose month names hold ``month`` (lower
    case): "novembra" is Serbian and Slovenian, "studenoga" Croatian only, "nëntor" neither, nor
    "март", a Macedonian name too (its aorist, "избувна", is no perfect)."""
    if month in family("mk").months:
        return ()
    return tuple(c for c in _PAST if month in family(c).months)


# The marks of a past clause in the Slavic languages with a perfect tense: its auxiliary ("je",
# "su", "so") or an l-participle ("održala", "rekli", "pobedio").  A clause with none
# speaks in the present, which tells a weekday to come ("linije počinju saobraćati u
# ponedjeljak"); word endings alone over-find the past ("škole"), which keeps the default.
_PAST: Final = {
    "sh": re.compile(
        r"(?<!\w)(?:je|su|sam|si|smo|ste|bio|bila|bilo|bili|bile|је|су|сам|си|смо|сте|био|била"
        r"|било|били|биле)(?!\w)|\w\w(?:la|lo|li|ao|eo|io|uo|ла|ло|ли|ао|ео|ио|уо)(?!\w)"
        r"|\w\w(?<![Pp]os)(?<![Пп]ос)(?:le|ле)(?!\w)"  # "posle" (after) is no participle
    ),
    # Slovenian keeps its auxiliary even beside "se" ("se je začel"): the auxiliary alone
    "sl": re.compile(r"j(?<!\wj)e(?!\w)|s(?<!\ws)(?:o|em|mo|te|ta|va|i)(?!\w)"),
}


_AUX_OR_SE: Final = re.compile(
    r"(?<!\w)(?:je|su|sam|si|smo|ste|bio|bila|bilo|bili|bile|је|су|сам|си|смо|сте|био|била"
    r"|било|били|биле|se|се|nije|nisu|није|нису)(?!\w)",
    re.IGNORECASE,
)


#: Frequent words spelt like an l-participle: "cijeli rit", "malo selo", "škola", and the
#: genitives of nouns in -al, which no verb's participle shares ("osmina finala", "kanala",
#: "festivala").
_LOOK_LIKE_PARTICIPLES: Final = frozenset(
    "cijeli cijela cijelo cijele bijeli bijela bijelo bijele mali mala malo male selo sela"
    " škola škole tijelo tijela djelo djela pola posao vrlo цели цела цело мали мала мало"
    " село села школа школе finala polufinala kanala festivala signala materijala terminala"
    " tribunala kapitala skandala generala rituala финала полуфинала канала фестивала"
    " сигнала материјала терминала трибунала капитала скандала генерала".split()
)


def _has_past(past: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a mark of the past, words spelt like participles aside."""
    for m in past.finditer(text, lo, hi):
        head = m.start()
        while head > lo and text[head - 1].isalpha():
            head -= 1
        if text[head].isupper() and text[lo:head].strip(" \t\"„“”'"):
            continue  # a capitalised word inside the clause is a name ("Bela Voda", "Mila")
        if text[head : m.end()].lower() not in _LOOK_LIKE_PARTICIPLES:
            return True
    return False


def in_present(code: str, text: str, start: int, end: int) -> bool:
    """Whether the date's clause (to the marks around it, from a "da" that reports it) holds no
    mark of the past, in a family with a perfect tense (``_PAST``); False for the others."""
    past = _PAST.get(code)
    if past is None:
        return False
    lo = max(0, start - 90)
    hi = min(len(text), end + 90)
    left = max(text.rfind(c, lo, start) for c in ".!?;\n") + 1 or lo
    rights = [i for i in (text.find(c, end, hi) for c in ".!?;\n") if i >= 0]
    left = max(left, lo)
    said = text.rfind(" da ", left, start)  # "saopćila je da linije počinju": the reported clause
    if said < 0:
        said = text.rfind(" да ", left, start)
    if said >= 0:
        left = said + 3
    right = min(rights) if rights else hi
    cut = _AFTER_END[code].search(text, end, right)
    if cut is not None:
        right = cut.start()  # "ulaze u prodaju u sredu, a klubovi nisu saopštili": its own verb
    # the date's own words are no verb ("jula" ends like a participle)
    if not _has_past(past, text, left, start) and not _has_past(past, text, end, right):
        return True
    if code != "sh":
        return False
    # a word spelt like an l-participle is the past only beside an auxiliary or "se" ("vratio
    # se", "je organizovao"): "organizuje akciju čišćenja kanala" is told in the present
    clause = text[left:start] + " " + text[end:right]
    if _AUX_OR_SE.search(clause) is None:
        return True
    # a bare "je" with no participle of either kind in the whole sentence is a copula: "Prvo
    # gostovanje je u subotu" (the clause's marks stop at "20.30" or at ", a")
    return copula_clause(_whole_sentence(text, start, end), clause)


#: Where a sentence ends: a full stop, "!" or "?" not inside a number ("20.30", "5. maja"),
#: then a blank and a capital or a line's end.  The mark is matched before the look back at
#: the digit (``(?<!\d[.!?])`` after it is ``(?<!\d)`` before it): a pattern that opens with a
#: character set is scanned for by that set, one that opens with a look-behind is tried at
#: every character (three times the cost; tests/unit/events/test_dates_speed.py holds the two
#: spellings to the same matches).
_SENTENCE_END: Final = re.compile(r"[.!?](?<!\d[.!?])(?=\s+[A-ZČĆŠŽĐА-ЯЂЈЉЊЋЏ„\"]|\s*\n|\s*\Z)|\n")
#: The spelling above with its look-behind first, as it was written (the test's reference).
SENTENCE_END_PLAIN = r"(?<!\d)[.!?](?=\s+[A-ZČĆŠŽĐА-ЯЂЈЉЊЋЏ„\"]|\s*\n|\s*\Z)|\n"


def _whole_sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], with its date left out."""
    lo = max(0, start - 240)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    left = ends[-1] if ends else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + 240))
    right = after.start() if after else min(len(text), end + 240)
    return text[left:start] + " " + text[end:right]


#: The bare auxiliaries that are also the present copula ("je", "su").
_COPULAS: Final = frozenset("je su је су".split())
#: A passive participle ("odigrana", "otvoren", "uhapšeni", "preuzet"): a past with "je".
_PASSIVE: Final = re.compile(
    r"(?<!\w)[a-zčćšžđа-шђјљњћџ]{3,}(?:an|en|jen|ven|nut|ut|et|at|ет|ат|ан|ен|јен|вен|нут)"
    r"(?:a|e|i|o|u|om|og|oj|а|е|и|о|у|ом|ог|ој)?(?!\w)"
)


def copula_clause(clause: str, own: str | None = None) -> bool:
    """Whether the clause's only marks of the past are a bare "je"/"su" with no participle
    (an l-participle or a passive one, lower case or opening the clause: "Uhićen je") and no
    "se" in the date's ``own`` clause (the whole one when not given; "..., a pekare se
    otvaraju" is a clause of its own): the present copula."""
    raw = [w.strip(",;:„“”\"'") for w in clause.split()]
    if raw and _PASSIVE.fullmatch(raw[0].lower()):
        return False
    words = [w.lower() for w in raw]
    reflexive = words if own is None else own.lower().split()
    if not any(w in _COPULAS for w in words) or "se" in reflexive or "се" in reflexive:
        return False
    if any(
        w in ("bio", "bila", "bilo", "bili", "bile", "био", "била", "било", "били") for w in words
    ):
        return False
    # the l-participles found once: a search for the first, then a scan for all of them, read
    # the clause twice (a regex of two word characters tried at every character)
    participles = [m.group() for m in _PARTICIPLE.finditer(clause)]
    if participles and _has_past(_PAST["sh"], clause, 0, len(clause)):
        # an l-participle that is no name ("Bela") and no look-alike ("malo")
        lower = [w for w in participles if w[:1].islower()]
        if any(w.lower() not in _LOOK_LIKE_PARTICIPLES for w in lower):
            return False
    return all(m.group().lower() in W.NOT_PASSIVE for m in _PASSIVE.finditer(clause))


#: Where a date's own clause opens: a comma and a conjunction.
_JOINED: Final = re.compile(
    # and the Slovenian "pa" after its clause's first word: ", odgovor pa pričakuje januarja"
    r",\s*(?:a|ali|dok|pa|zato|ker|jer|а|али|док|па|зато|јер)\s|,\s*(?=\w+\s+pa\s)"
)


def own_clause_present(code: str, text: str, start: int, end: int) -> bool:
    """Whether the date's own clause, joined on with "a", "ali", "dok" or "pa" after a comma,
    holds words of its own and no mark of the past ("izgubila je u subotu, a u sredu dočekuje
    Real", "a uzvrat se igra 14. prosinca"), in a family with a perfect tense."""
    past = _PAST.get(code)
    if past is None:
        return False
    if text[end - 1 : end] == ".":
        end -= 1  # "14. prosinca.": the dot that ends the date may end its sentence
    lo = max(0, start - 90)
    left = max(text.rfind(c, lo, start) for c in ".!?;\n") + 1
    head = text[max(lo, left) : start]
    joins = list(_JOINED.finditer(head))
    if not joins:
        return False
    lo = start - len(head) + joins[-1].end()
    stops = [i for i in (text.find(c, end) for c in ".!?;\n") if i >= 0]
    hi = min(stops) if stops else len(text)
    after = _JOINED.search(text, end, hi)
    stop = after.start() if after else hi
    words = len(text[lo:stop].split()) - len(text[start:end].split())
    return (
        words >= 3 and not _has_past(past, text, lo, start) and not _has_past(past, text, end, stop)
    )


#: An l-participle of the Serbo-Croatian perfect ("otvoren" is none, "održala", "počeo" are).
_PARTICIPLE: Final = re.compile(
    r"\w\w(?:la|lo|li|ao|eo|io|uo|ла|ло|ли|ао|ео|ио|уо)(?!\w)|\w\w(?<![Pp]os)(?<![Пп]ос)(?:le|ле)(?!\w)"
)


def copula_only(text: str, start: int, end: int) -> bool:
    """Whether the date's sentence reads as past only by a bare "je"/"su" ("Dan kasnije, 29.
    juna, je sabor u selu"): a copula, which tells no tense of a happening."""
    lo = max(0, start - 90)
    left = max(text.rfind(c, lo, start) for c in ".!?;\n") + 1 or lo
    rights = [i for i in (text.find(c, end, end + 90) for c in ".!?;\n") if i >= 0]
    clause = text[max(lo, left) : min(rights) if rights else end + 90]
    return _PAST["sh"].search(clause) is not None and _PARTICIPLE.search(clause) is None
