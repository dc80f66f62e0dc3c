"""Border crossings named bare in English news: "trucks still cross at Deve Bair", "queues at
Kulla and Vërmica", "the new post at Qafë Thanë, known on the other side as Ćafasan".

A crossing is named after the village on its side of the border, and the press writes the
village alone once the story is about the border.  Such a village is often missing from the
gazetteer, known to local text only, or spelt like a town far inland ("Kulla", a form of
Vojvodina's Kula), so its reading is wrong or absent.  In an English text that speaks of a
border (a cue word below), a name of ``curated_crossings`` is that crossing (one spelt like a
town elsewhere only in a paragraph with a cue), a ``site`` in the state whose village names
it, over any other reading of the same words.  Local text is read alike, with the region's
words for a border, a crossing and customs as cues ("преку Блаце и Јажинце" in a paragraph
on "премините").  ``focus`` weighs it half: a story may pass a
crossing on the far side of its own border.  A longer name
that holds it stays ("the Kelebija border crossing"), and a name run on by a capitalised word
before or after it is someone's or something else's ("Fatmir Morina", "Kulla Hotel").

Cost: the matcher finds the names as side words, so a text that names no crossing costs a look
at its side words; only one that does is searched for the cues.
"""

from __future__ import annotations

from newsmap.geotag.choice import Choice
from newsmap.geotag.context import Doc
from newsmap.geotag.crossing_sides import BY_ITS_NOUN
from newsmap.geotag.curated_crossings import CrossingName
from newsmap.geotag.home import latin_language
from newsmap.geotag.matcher import Hit

REASON = "border crossing named in a text about the border"
_SCORE = 0.6
#: The crossing nouns after its name that a site of the same span may carry.
_HEADS = frozenset((" crossing", " border crossing", " border post", " checkpoint"))
#: Folded cue words: a paragraph holding one speaks of a border.
_CUES = ("border", "crossing", "cross at", "crossed at", "crosses at", "checkpoint", "frontier")
#: The same in the region's languages (folded: Cyrillic reads as Latin): border ("granica",
#: "граница", "kufiri", "meja"), crossing ("prelaz", "prijelaz", "prehod", "премин"), customs
#: ("carina", "dogana").
_LOCAL_CUES = ("granic", "prelaz", "prijelaz", "prehod", "premin", "kufi", " mej", "carin", "dogan")


def bare_crossings(doc: Doc, places: list[Choice], side: list[Hit]) -> list[Choice]:
    """``places`` with the crossings named bare in texts about the border put in (by start)."""
    folded = doc.folded
    text = doc.text
    if folded is None:
        return places
    named = [(h.start, h.end, h.value) for h in side if type(h.value) is CrossingName]
    if not named:
        return places
    if len(folded) == len(text) + 2:
        spans = _cue_paragraphs(text, folded, _LOCAL_CUES if doc.local else _CUES)
    elif doc.local:  # Cyrillic folds to more letters ("љ" -> "lj"): each paragraph folded
        spans = _folded_paragraphs(doc, _LOCAL_CUES)
    else:
        return places
    if not spans:
        return places
    found: list[Choice] = []
    for start, end, name in named:
        if (not name.near or any(lo <= start < hi for lo, hi in spans)) and _bare(doc, start, end):
            found.append(Choice(start, end, name.place, _SCORE, REASON, "site"))
    if not found:
        return places
    return _put_in(doc, places, found)


def _cue_paragraphs(text: str, folded: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """Text spans of the paragraphs (line runs) that hold a cue word."""
    spans: list[tuple[int, int]] = []
    for cue in cues:
        i = folded.find(cue)
        while i != -1:
            lo = text.rfind("\n", 0, i - 1) + 1
            hi = text.find("\n", i - 1)
            hi = len(text) if hi == -1 else hi
            if (lo, hi) not in spans:
                spans.append((lo, hi))
            i = folded.find(cue, hi + 1)
    return spans


def _folded_paragraphs(doc: Doc, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """Text spans of the paragraphs that hold a cue word, each paragraph folded apart (a text
    whose folded form is not letter for letter)."""
    spans: list[tuple[int, int]] = []
    lo = 0
    for line in doc.text.split("\n"):
        hi = lo + len(line)
        folded = " " + doc.fold(line).lower()
        if any(cue in folded for cue in cues):
            spans.append((lo, hi))
        lo = hi + 1
    return spans


def _bare(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start:end`` is a whole, capitalised name standing alone."""
    text = doc.text
    if not text[start : start + 1].isupper():
        return False
    if start > 0 and text[start - 1].isalnum() or text[end : end + 1].isalnum():
        return False
    if text[end : end + 1] == " ":
        between, nxt = doc.next_word(end)
        if between == " " and (nxt[:1].isupper() or nxt == "e" or nxt == "i" and not _and(doc)):
            return False  # "Kulla Hotel", "Kulla e Jasharajve": part of a longer name
    prev, gap = doc.prev_word(start)
    if gap == " " and prev[:1].isupper() and not doc.sentence_initial(start - len(prev) - 1):
        return False  # "Fatmir Morina": a surname
    return True


def _and(doc: Doc) -> bool:
    """Whether "i" is "and" in this text (a BCMS one), not Albanian's linking article."""
    return doc.local and latin_language(doc.text) == "sh"


def _put_in(doc: Doc, places: list[Choice], found: list[Choice]) -> list[Choice]:
    """Each crossing over the shorter or other readings it overlaps, unless a longer name
    holds it or the same span already names a place of its state."""
    gplaces = doc.gaz.places
    drop: set[int] = set()
    added: list[Choice] = []
    text = doc.text
    for x in found:
        country = gplaces[x.place].country
        over = [
            i for i, c in enumerate(places) if c.start < x.end and x.start < c.end and i not in drop
        ]
        holder = next((places[i] for i in over if _holds(places[i], x)), None)
        if holder is not None:
            if gplaces[holder.place].country == country or _placed_by_noun(holder):
                continue
            if holder.end != x.end or holder.start != x.start:
                if holder.start != x.start or text[x.end : holder.end] not in _HEADS:
                    continue  # a longer name of something else around it
                x = x._replace(end=holder.end)  # "the Kulla crossing": its span, its state
        drop.update(over)
        added.append(x)
    if not added:
        return places
    kept = [c for i, c in enumerate(places) if i not in drop]
    return sorted(kept + added, key=lambda c: c.start)


def _placed_by_noun(c: Choice) -> bool:
    """Whether ``c`` is a crossing its noun found and its sentence placed ("na srpskoj strani,
    na prelazu Jarinje"), which a curated crossing of another state does not move; one placed
    only by the language of the text ("на граничном прелазу Каракај" in Serbian) stands where
    the curated crossing says (Karakaj is Bosnia's)."""
    return c.reason.endswith(BY_ITS_NOUN) and "text's language" not in c.reason


def _holds(c: Choice, x: Choice) -> bool:
    """Whether ``c`` is the same span as ``x`` or a longer name around it."""
    return c.start <= x.start and c.end >= x.end
