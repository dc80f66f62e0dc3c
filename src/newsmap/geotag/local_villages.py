"""Villages the gazetteer lacks, told by the words around them in the region's languages.

"u Dubonu i Malom Orašju, selima kod Mladenovca": village names before a settlement noun in
apposition (", sela kod ...", ", selo uz ..."); "Mještani Bajica", "Banorët e Gjadrit",
"жителите на Пештани": the residents of a place named after a residents' noun.  A village the
text names so is named again in other cases ("u Bajicama", "u Duboni"): every capitalised word
of the text on the same stem with a case ending is that village too.  Each is a ``city`` at
the village score, placed as ``local_sites`` places the villages a settlement noun opens.
"""

from __future__ import annotations

import re

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.literal_starts import word_matches
from newsmap.geotag.morphology import inflections
from newsmap.geotag.sites import VILLAGE_SCORE, anchored
from newsmap.geotag.words import LOCAL_FUNCTION_WORDS
from newsmap.model import REGION_COUNTRIES
from newsmap.tokens import lower_of

_REGION = frozenset(REGION_COUNTRIES) | {"HR", "SI"}

#: The reason the villages of this module carry (``resolve`` treats them as the settlement
#: noun's villages).
REASON = "village named by the text, by its residents or in apposition"
#: Settlement nouns that stand in apposition after village names (folded): "sela", "selo",
#: "selima", "naselja", Slovenian "vasi", Albanian "fshatra", Macedonian "села".
_APPOSITION = frozenset("selo sela selima naselja naselje vasi fshatra fshatrat fshatin".split())
#: Residents' nouns before a village's genitive (folded): BCMS, Slovenian "krajani" (with
#: "iz"), Albanian "banorët e", Macedonian "жителите на", "мештаните на".
_RESIDENTS = frozenset(
    "mestani mjestani mestana mjestana mestanima mjestanima mestanin mjestanin mestanka "
    "mjestanka mestanke mjestanke vascani "
    "seljani banoret banoreve ziteli zitelite mestanite".split()
)
_LINKS = frozenset(("e", "te", "na"))
#: What a text holds where these rules can read anything (a quick test before the word scan).
VILLAGE_CUES = re.compile(
    r"(?i), (?:sel|nasel|vasi|fshatr|fshatin)|me[sš]tan|mje[sš]tan|va[sš][cč]an|seljan|banor"
    r"|жител|мештан|мјештан"
)
#: Lower-case pieces one of which every match of ``VILLAGE_CUES`` holds, lower-cased.
_CUE_PIECES: tuple[str, ...] = (", sel", ", nasel", ", vasi", ", fshatr", ", fshatin", "mestan")
_CUE_PIECES += ("meštan", "mjestan", "mještan", "vascan", "vasčan", "vašcan", "vaščan")
_CUE_PIECES += ("seljan", "banor")
_CUE_PIECES += ("жител", "мештан", "мјештан")
#: Letters a case-blind pattern reads as one of the pieces' letters though lower-casing does
#: not make them that letter: dotless i, long s, the old Cyrillic te's, and İ (lower-cased to
#: two characters).  A text with one is searched by the pattern itself.
_CASE_ODD = ("ı", "ſ", "ᲄ", "ᲅ", "İ")
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")  # one character of a _WORD (``word_matches``)
_JOIN = re.compile(r"(?: i | in | dhe | и |, )\Z")
#: Case endings a village's other mentions may take on its stem.
_ENDINGS = (
    "a",
    "e",
    "i",
    "u",
    "o",
    "om",
    "oj",
    "ama",
    "ima",
    "ah",
    "am",
    "ami",
    "it",
    "in",
    "ës",
    "ën",
    "ë",
    "",
    # the same endings in Cyrillic ("селата Калишта и Радожда ... од Радожда")
    "а",
    "е",
    "и",
    "у",
    "о",
    "ом",
    "ој",
    "ама",
    "има",
)
#: A stem's last consonant as it stands before the locative's -i ("Jasika" -> "u Jasici").
_PALATAL = {"k": "c", "g": "z", "h": "s", "к": "ц", "г": "з", "х": "с"}
_MIN_STEM = 4


def told_villages(doc: Doc, places: list[Choice], known: list[Choice]) -> list[Choice]:
    """The villages and official names of this module in a local text (``known``: the
    villages a settlement noun opened)."""
    if village_cue(doc.text):
        more = local_villages(doc, places, known)
    elif known:  # "u selu Vina ... mještani Vina": a settlement noun's village named again
        more = _repeated(doc, places, known, [(c.start, c.end) for c in places])
    else:
        more = []
    return more + qualified_towns(doc, places, more) + official_names(doc, places)


def village_cue(text: str) -> bool:
    """``VILLAGE_CUES.search(text) is not None``: a case-blind pattern that opens with a
    choice gives the regex engine nothing to skip ahead with, so the lower-cased text is asked
    for the pieces first (none there, and no letter read otherwise case-blind: no match)."""
    low = lower_of(text)
    if any(piece in low for piece in _CUE_PIECES) or any(c in text for c in _CASE_ODD):
        return VILLAGE_CUES.search(text) is not None
    return False


def local_villages(doc: Doc, places: list[Choice], known: list[Choice]) -> list[Choice]:
    """Villages in apposition or after a residents' noun, and their other mentions; ``known``
    are the villages other rules found, whose other mentions are looked for too."""
    text = doc.text
    found: list[Choice] = []
    taken = [(c.start, c.end) for c in places]
    for m in _WORD.finditer(text):
        word = doc.fold(m.group()).lower()
        if word in _APPOSITION and text[m.start() - 2 : m.start()] == ", ":
            found += _before(doc, places, m.start() - 2, taken)
        elif word in _RESIDENTS:
            village = _after(doc, places, m.end(), taken)
            if village is not None:
                found.append(village)
    if found:
        villages = _follow_first(text, sorted(found + known))
        spans = {(v.start, v.end) for v in known}
        found = [v for v in villages if (v.start, v.end) not in spans]
    else:
        villages = known
    return found + _repeated(doc, places, villages, taken)


def _follow_first(text: str, villages: list[Choice]) -> list[Choice]:
    """Each village (by start) placed where the first mention on its stem is: "sela Umoljani
    na Bjelašnici ... Mještani Umoljana" is one village, whatever stands near the second."""
    out: list[Choice] = []
    for v in villages:
        word = text[v.start : v.end]
        first = next((f for f in out if _same_stem(text[f.start : f.end], word)), None)
        if first is not None and first.place != v.place:
            v = Choice(v.start, v.end, first.place, v.score, v.reason, v.level, v.metonymic)
        out.append(v)
    return out


def _same_stem(a: str, b: str) -> bool:
    """Whether two single words are case forms of one name (a shared stem, case endings)."""
    if " " in a or " " in b or a == b:
        return a == b
    for cut in (1, 2, 3):
        stem = a[:-cut]
        if len(stem) >= _MIN_STEM and a[-cut:] in _ENDINGS:
            rest = b[len(stem) :]
            if b.startswith(stem) and (rest in _ENDINGS):
                return True
    return False


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """No name overlaps the span but one inside it ("Orašju" inside "Malom Orašju")."""
    return not any(
        s < end and start < e and (s < start or e > end or (s, e) == (start, end)) for s, e in taken
    )


def _village(doc: Doc, places: list[Choice], start: int, end: int) -> Choice | None:
    others = [c for c in places if c.end <= start or c.start >= end]
    return anchored(doc, others, start, end, "city", VILLAGE_SCORE, REASON)


def _before(doc: Doc, places: list[Choice], pos: int, taken: list) -> list[Choice]:
    """The village names of a list that ends at ``pos`` ("Dubonu i Malom Orašju"), each of
    one or two capitalised words."""
    text = doc.text
    found = []
    for _ in range(3):
        word, gap = doc.prev_word(pos)
        if gap or not _name_word(word):
            break
        start = pos - len(word)
        first, gap2 = doc.prev_word(start)
        if gap2 == " " and _name_word(first) and not doc.sentence_initial(start - 1 - len(first)):
            start -= 1 + len(first)
        if doc.sentence_initial(start):
            break
        if _free(taken, start, pos):
            village = _village(doc, places, start, pos)
            if village is not None:
                found.append(village)
        join = _JOIN.search(text, max(0, start - 6), start)
        if join is None:
            break
        pos = join.start()
    return found


def _name_word(word: str) -> bool:
    return len(word) > 2 and word[:1].isupper() and word[1:].islower()


def _after(doc: Doc, places: list[Choice], pos: int, taken: list) -> Choice | None:
    """The village named after a residents' noun (its genitive, after a link in Albanian and
    Macedonian)."""
    text = doc.text
    between, nxt = doc.next_word(pos)
    if between == " " and doc.fold(nxt).lower() in _LINKS:
        pos += 1 + len(nxt)
        between, nxt = doc.next_word(pos)
    if between != " " or not nxt[:1].isupper() or not nxt[1:].islower() or len(nxt) < 4:
        return None
    start = pos + 1
    end = start + len(nxt)
    if doc.fold(nxt).lower() in LOCAL_FUNCTION_WORDS or not _free(taken, start, end):
        return None
    if text[end : end + 1] not in (" ", ",", ".", ":", ";", "“", '"'):
        return None
    return _village(doc, places, start, end)


def _repeated(doc: Doc, places: list[Choice], villages: list[Choice], taken: list) -> list[Choice]:
    """Other mentions of single-word villages: a capitalised word on a village's stem with a
    case ending, not part of another name.  A town of another state read at that very word
    gives way ("selo Drenovići ... od Drenovića" is the village, not a namesake abroad)."""
    text = doc.text
    countries = {doc.gaz.places[v.place].country for v in villages}
    gplaces = doc.gaz.places
    elsewhere = {
        (c.start, c.end)
        for c in places
        if gplaces[c.place].level == "city" and gplaces[c.place].country not in countries
    }
    taken = [s for s in taken if s not in elsewhere]
    stems: dict[str, Choice] = {}
    softened: dict[str, Choice] = {}  # "Jasic" of "Jasika", which only the -i ends
    for v in villages:
        word = text[v.start : v.end]
        if " " in word:
            continue
        for cut in (1, 2, 3):
            stem = word[:-cut]
            if len(stem) >= _MIN_STEM and word[-cut:] in _ENDINGS:
                stems.setdefault(stem, v)
                soft = _PALATAL.get(stem[-1])
                if soft is not None:
                    softened.setdefault(stem[:-1] + soft, v)
    if not stems and all(" " not in text[v.start : v.end] for v in villages):
        return []
    spans = taken + [(v.start, v.end) for v in villages]
    found = _repeated_names(doc, villages, spans)
    pairs = (*stems.items(), *softened.items())
    for m in word_matches(_WORD, _LETTER, text, [stem for stem, _ in pairs]):
        word = m.group()
        if not word[:1].isupper():
            continue
        for stem, v in pairs:
            rest = word[len(stem) :]
            if word.startswith(stem) and (rest in _ENDINGS if stem in stems else rest in "iи"):
                if _free(spans, m.start(), m.end()):
                    why = f"{REASON}, named again"
                    found.append(Choice(m.start(), m.end(), v.place, VILLAGE_SCORE, why, "city"))
                    spans.append((m.start(), m.end()))
                break
    return found


def _repeated_names(doc: Doc, villages: list[Choice], spans: list) -> list[Choice]:
    """Other mentions of two-word villages told in their first case ("Malo Orašje" ->
    "u Malom Orašju"), by the morphology's forms of the name."""
    text = doc.text
    found = []
    for v in villages:
        name = text[v.start : v.end]
        if " " not in name:
            continue
        for form in inflections(name):
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                if not text[end : end + 1].isalpha() and _free(spans, at, end):
                    why = f"{REASON}, named again"
                    found.append(Choice(at, end, v.place, VILLAGE_SCORE, why, "city"))
                    spans.append((at, end))
                at = text.find(form, end)
    return found


#: Qualifiers that make a village of a town's name ("Donja Jablanica", "Gornja Tuzla"), folded.
#: ("Stara", "Nova", "Mali" name towns of their own, often across a border from the bare name:
#: Stara Gradiška and Gradiška, Mali Zvornik and Zvornik.)
_QUALIFIERS = ("gornj", "donj", "sredn")
#: The adjective endings a qualifier takes (folded): "Donje", "Gornjoj", "Malom", "Velikog".
_ADJECTIVE_ENDINGS = frozenset("a e i o u om oj og oga em ega ih im ima".split())


def qualified_towns(doc: Doc, places: list[Choice], taken: list[Choice]) -> list[Choice]:
    """ "dio Donje Jablanice", "u Gornjoj Tuzli": a qualifier right before a town's name makes
    the name of a village by it, one mention from the qualifier on, in the town's place (the
    town the name was read as, or the region's biggest town of that name when the capitalised
    word before it kept it from being read)."""
    found = []
    spans = [(c.start, c.end) for c in taken]
    read = {(c.start, c.end): c for c in places}
    gplaces = doc.gaz.places
    for hit in doc.hits:
        c = read.get((hit.start, hit.end))
        if c is not None and c.level is not None:
            continue
        prev, gap = doc.prev_word(hit.start)
        if gap != " " or not prev[:1].isupper() or not prev[1:].islower():
            continue
        folded = doc.fold(prev).lower()
        kind = next((i for i, q in enumerate(_QUALIFIERS) if folded.startswith(q)), None)
        if kind is None or folded[len(_QUALIFIERS[kind]) :] not in _ADJECTIVE_ENDINGS:
            continue
        if c is None and any(x.start <= hit.start < x.end for x in places):
            continue  # "Nova Varoš", "Mali Zvornik": a name the gazetteer knows whole
        start = hit.start - 1 - len(prev)
        if any(s <= start < e or s < hit.end <= e for s, e in spans):
            continue
        if c is not None:
            place, score, why = c.place, c.score, f"{c.reason}; qualified name"
        else:
            towns = [
                x.place
                for x in hit.value
                if isinstance(x, Candidate)
                and gplaces[x.place].level == "city"
                and gplaces[x.place].country in _REGION
            ]
            if not towns:
                continue
            place = max(towns, key=lambda i: gplaces[i].population)
            if not _agrees(doc, places, hit.start, gplaces[place].country):
                continue  # "kod Metkovića ili Nove Sele": not the Slovenian Sela
            score, why = VILLAGE_SCORE, "village named after a town, qualified"
        found.append(Choice(start, hit.end, place, score, why, None))
        spans.append((start, hit.end))
    return found


def _agrees(doc: Doc, places: list[Choice], pos: int, country: str | None) -> bool:
    """Whether the place the text names nearest ``pos`` lies in ``country``."""
    gplaces = doc.gaz.places
    near = [c for c in places if c.start != pos]
    if not near:
        return False
    nearest = min(near, key=lambda c: abs(c.start - pos))
    return gplaces[nearest.place].country == country


#: A town's office in its official name, folded: municipality ("Opština", "Općina", "Občina",
#: "Bashkia", "Општина") and the Old Royal Capital ("Prijestonica"); Slovenian's city
#: municipality ("Mestna občina") with its adjective.
_OFFICES = ("opstin", "opcin", "obcin", "bashkia", "bashkis", "bashkin", "prijestonic", "prestonic")
_CITY_ADJECTIVE = "mestn"
#: Plural endings of an office noun (folded): "Општините", "Opštinama".
_PLURAL = ("ite", "ama", "ima")
_LIST_AFTER = re.compile(r"(?:,| i| и| in| dhe) ")


def official_names(doc: Doc, places: list[Choice]) -> list[Choice]:
    """ "Prijestonice Cetinje", "Bashkisë Lezhë", "Mestne občine Koper": an office noun
    capitalised inside a sentence right before a town's name is the town's official name, one
    mention of the town from the noun on."""
    found = []
    for c in places:
        if c.level is not None or doc.gaz.places[c.place].level not in ("city", "admin1"):
            continue
        prev, gap = doc.prev_word(c.start)
        office = doc.fold(prev).lower()
        if gap != " " or not office.startswith(_OFFICES) or office.endswith(_PLURAL):
            continue
        start = c.start - 1 - len(prev)
        adj, gap2 = doc.prev_word(start)
        if gap2 == " " and adj[:1].isupper() and doc.fold(adj).lower().startswith(_CITY_ADJECTIVE):
            start -= 1 + len(adj)  # "Mestne občine Koper"
        elif not prev[:1].isupper():
            continue
        joined = _LIST_AFTER.match(doc.text, c.end)
        if doc.sentence_initial(start) or (joined and doc.text[joined.end() :][:1].isupper()):
            continue  # "Општините Охрид, Струга и Поградец": the towns of a list
        found.append(Choice(start, c.end, c.place, c.score, f"{c.reason}; official name", None))
    return found
