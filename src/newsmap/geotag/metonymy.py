"""Step 3 of resolving: a capital that stands for its government ("Belgrade said").

"Talks between Belgrade and Pristina" are talks between governments: the mention keeps the
capital's name and is marked metonymic, so the map counts it for the country, not the city.
An ordered list of rules reads the words around the capital; the first that decides says
whether it is metonymic and why (``explain`` shows which one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from newsmap.geotag import words
from newsmap.geotag.context import Doc
from newsmap.geotag.entries import Candidate
from newsmap.geotag.matcher import Hit

#: Words before a capital that keep it a place ("in Belgrade", "visited Pristina").
LITERAL_BEFORE = frozenset("in at near to from outside around across into visited visit of".split())


class Around(NamedTuple):
    """The words either side of the capital, folded where the rules compare them."""

    prev: str
    fprev: str
    between: str  # the characters between the capital and the next word
    fnext: str


_new_tuple = tuple.__new__  # an Around without the named tuple's Python-level ``__new__``

#: A rule decides (metonymic or not, and why) or passes (None) to the next one.
Decision = tuple[bool, str]
MetonymyRule = Callable[[Doc, Hit, Around], "Decision | None"]


def _possessive(doc: Doc, hit: Hit, w: Around) -> Decision | None:
    """ "Moscow's favour" stands for the state; "Belgrade's mayor" is the city's."""
    if not doc.text.startswith(("'s", "’s"), hit.end):
        return None
    if w.fnext in words.CITY_NOUNS:
        return False, "possessive with a city noun"
    return True, "possessive"


def _literal_preposition(doc: Doc, hit: Hit, w: Around) -> Decision | None:
    return (False, "after a locative preposition") if w.fprev in LITERAL_BEFORE else None


def _listed_literally(doc: Doc, hit: Hit, w: Around) -> Decision | None:
    """ "Analysts in Zagreb and Belgrade": the locative before the list governs this item."""
    if (w.fprev in ("and", "or") or doc.text.startswith(",", hit.start - 2)) and (
        listed_after_locative(doc, hit.start)
    ):
        return False, "in a list after a locative preposition"
    return None


def _after_relation(doc: Doc, hit: Hit, w: Around) -> Decision | None:
    """ "talks with Belgrade", "pressure on Pristina"."""
    return (True, "after a word of relation") if w.fprev in words.METONYMY_BEFORE else None


def _second_of_pair(doc: Doc, hit: Hit, w: Around) -> Decision | None:
    """ "between Belgrade and Pristina": follow the pair back to its first capital."""
    if w.fprev != "and":
        return None
    for h in doc.by_end.get(hit.start - len(w.prev) - 2, ()):
        if _names_a_capital(doc, h):
            pp, _ = doc.prev_word(h.start)
            if doc.fold(pp).strip() in words.METONYMY_BEFORE:
                return True, "second of a pair after a word of relation"
    return None


def _subject_of_verb(doc: Doc, hit: Hit, w: Around) -> Decision | None:
    """ "Belgrade said", "Pristina insists"."""
    if w.between.strip() == "" and w.fnext in words.METONYMY_VERBS:
        return True, "subject of a verb of speech or will"
    return None


def _first_of_subject_pair(doc: Doc, hit: Hit, w: Around) -> Decision | None:
    """ "Belgrade and Pristina agreed": the pair is the subject, so both are governments."""
    if w.between.strip() != "" or w.fnext != "and":
        return None
    after = hit.end + len(w.between) + 4
    for h in doc.by_start.get(after, ()):
        if _names_a_capital(doc, h):
            _, n2 = doc.next_word(h.end)
            if doc.fold(n2) in words.METONYMY_VERBS or doc.text.startswith(("'s", "’s"), h.end):
                return True, "first of a pair that is the subject"
            return False, "first of a pair that is not the subject"
    return None


#: In the order they are tried; no decision means the capital is the city.
RULES: tuple[MetonymyRule, ...] = (
    _possessive,
    _literal_preposition,
    _listed_literally,
    _after_relation,
    _second_of_pair,
    _subject_of_verb,
    _first_of_subject_pair,
)


def decide(doc: Doc, hit: Hit) -> Decision:
    """Whether the capital named by ``hit`` stands for its government, and which rule said so."""
    prev, _ = doc.prev_word(hit.start)
    between, nxt = doc.next_word(hit.end)
    around = _new_tuple(Around, (prev, doc.fold(prev).strip(), between, doc.fold(nxt)))
    for rule in RULES:
        found = rule(doc, hit, around)
        if found is not None:
            return found
    return False, "no sign of a government"


def metonymic(doc: Doc, hit: Hit) -> bool:
    """ "Belgrade said", "between Belgrade and Pristina", "Moscow's favour"."""
    return decide(doc, hit)[0]


def _names_a_capital(doc: Doc, hit: Hit) -> bool:
    return any(isinstance(c, Candidate) and c.place in doc.gaz.capitals for c in hit.value)


def listed_after_locative(doc: Doc, start: int) -> bool:
    """ "Analysts in Zagreb and Belgrade said": a locative before a list governs every item.

    Walks back over the list ("A, B and C", "Novi Sad or Niš"): capitalised words, commas,
    "and" and "or"; the list is literal when the first lower-case word before it is a
    locative preposition.
    """
    for _ in range(10):
        prev, gap = doc.prev_word(start)
        if not prev or gap.strip() not in ("", ","):
            return False
        fprev = doc.fold(prev).strip()
        if not prev[:1].isupper() and fprev not in ("and", "or"):
            return fprev in LITERAL_BEFORE
        start -= len(gap) + len(prev)
    return False
