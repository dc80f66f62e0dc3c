"""Event typing and the "did something happen here?" test, from weighted keyword rules.

The vocabulary follows ACLED's broad classes (violence, protest, riot, political and legal,
diplomacy, military and security, disaster, other) because analysts already think in them.
Rules are word families with weights: a strong trigger ("killed", "protesters", "earthquake")
outweighs context words that appear in almost every Balkan security story ("NATO", "police",
"border").  Ties go to the more severe class, since missing violence costs an analyst more than
over-reporting it.  A sentence with a date but no happening ("Today, three of the six countries
are in NATO.") is stative and yields no event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from newsmap.events.classify_local import local_type_scores
from newsmap.events.classify_words import ENGLISH as _ENGLISH
from newsmap.events.classify_words import EXACT as _EXACT
from newsmap.events.classify_words import NOT_PAST as _NOT_PAST
from newsmap.events.classify_words import PAST_VERBS as _PAST_VERBS
from newsmap.events.classify_words import RULES as _RULES
from newsmap.events.happening_forms import (
    called_as_verb,
    perfect_irregular,
    told_result,
    under_way,
)

__all__ = ["classify_event", "is_happening", "type_scores"]

# Severity order for ties.
_ORDER = (
    "violence",
    "riot",
    "protest",
    "disaster",
    "military_security",
    "political_legal",
    "diplomacy",
)

_RANK: Final = {etype: rank for rank, etype in enumerate(_ORDER)}


# Multi-word rules: (pattern, type, weight, and the single-word hits the phrase cancels).
_PHRASES: Final[list[tuple[re.Pattern[str], str, float, tuple[tuple[str, float], ...]]]] = [
    (re.compile(r"\bcold war\b"), "military_security", 1.0, (("violence", 1.5),)),
    (re.compile(r"\bopen(?:ed|s)? fire\b"), "violence", 3.0, ()),
    (re.compile(r"\bset (?:on )?fire\b|\bset ablaze\b"), "riot", 3.0, ()),
    (re.compile(r"\bair ?strikes?\b"), "military_security", 3.0, (("protest", 1.0),)),
    (re.compile(r"\b(?:general|hunger) strike|\b(?:on|went on) strike\b"), "protest", 3.0, ()),
    (re.compile(r"\btear ?gas\b|\bwater cannon"), "riot", 3.0, ()),
    (re.compile(r"\btook to the streets\b"), "protest", 3.0, ()),
    (re.compile(r"\bpress conference\b"), "diplomacy", 0.5, (("diplomacy", 1.0),)),
    (re.compile(r"\btook over\b"), "military_security", 1.0, ()),
    (re.compile(r"\bforest fires?\b|\bwild ?fires?\b"), "disaster", 3.0, ()),
    (re.compile(r"\bstate of emergency\b"), "disaster", 2.0, ()),
    (re.compile(r"\btraffic accident|\bcar crash|\bbus crash"), "disaster", 1.0, ()),
]

# Any phrase: twelve scans of a sentence cost several times the rest of the typing, and each
# opens with ``\b``, so the engine tries it at every character.
_ANY_PHRASE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, *_ in _PHRASES))
# Every phrase above contains one of these literal pieces, so a sentence with none of them
# (plain substring tests, far cheaper) cannot hold a phrase; most sentences hold none.  Keep
# this list, and each phrase's own pieces below, in step with _PHRASES.
_PHRASE_PIECES: Final = (
    "cold war",
    "fire",
    "set ablaze",
    "strike",
    "gas",
    "water cannon",
    "took to the streets",
    "press conference",
    "took over",
    "state of emergency",
    "traffic accident",
    " crash",
)
#: The pieces of each phrase of _PHRASES, in its order: a phrase's scan (which, opening with
#: ``\b``, tries a match at every character) runs only on a sentence holding one of its own.
_PIECES_OF: Final[tuple[tuple[str, ...], ...]] = (
    ("cold war",),
    ("fire",),
    ("fire", "set ablaze"),
    ("strike",),
    ("strike",),
    ("gas", "water cannon"),
    ("took to the streets",),
    ("press conference",),
    ("took over",),
    ("fire",),
    ("state of emergency",),
    ("traffic accident", " crash"),
)


_SUFFIXES = (
    "",
    "s",
    "es",
    "ed",
    "d",
    "ing",
    "er",
    "ers",
    "ings",
    "ion",
    "ions",
    "e",
    "ated",
    "ation",
    "ations",
    "ly",
)


def _forms(stem: str) -> Iterable[str]:
    if stem in _EXACT:
        yield stem
        if stem in {
            "tour",
            "law",
            "mission",
            "drone",
            "crash",
            "quake",
            "strike",
            "base",
            "camp",
            "member",
            "army",
        }:
            yield stem + "s"
        return
    for suf in _SUFFIXES:
        yield stem + suf


def _build_index() -> dict[str, list[tuple[str, float]]]:
    """Expand stems into word forms once, so typing a sentence is one dict lookup per word."""
    index: dict[str, dict[str, float]] = {}
    for etype, stems in _RULES.items():
        for stem, weight in stems.items():
            for form in _forms(stem):
                slot = index.setdefault(form, {})
                slot[etype] = max(slot.get(etype, 0.0), weight)
    return {w: sorted(d.items()) for w, d in index.items()}


_INDEX: Final = _build_index()
_WORDS: Final = re.compile(r"[a-z][a-z'\-]*")
#: Bytes to themselves for a-z, the apostrophe and the hyphen, to a blank for any other byte.
_WORD_BYTES: Final = bytes(b if 97 <= b <= 122 or b in (39, 45) else 32 for b in range(256))


def _words(low: str) -> list[str]:
    """``_WORDS.findall(low)``, read from the blank-separated tokens of the text's word bytes.

    The pattern's characters are all ASCII, so every other character parts words as a blank
    does: the text encoded with "?" for each of them and every byte but a word's turned into a
    blank, a token is a run of a-z, apostrophes and hyphens, and its word is the token from its
    first letter on (none if it has no letter).  The regex's scan found each word at several
    times the cost.
    """
    spaced = low.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")
    if "'" not in spaced and "-" not in spaced:
        return spaced.split()
    found = []
    for token in spaced.split():
        # only a token that opens with an apostrophe or a hyphen has any to strip: the others
        # are spared the call (a token is never empty)
        first = token[0]
        if first == "'" or first == "-":
            token = token.lstrip("'-")
            if not token:
                continue
        found.append(token)
    return found


# English function words less those that are also common words of the region's languages ("a",
# "to" and "on" in Serbian and Croatian, "in" in Slovenian): a local sentence is never English.
_ENGLISH_ONLY: Final = _ENGLISH - {"a", "in", "on", "to"}
_STATIVE_ONLY: Final = {"was", "were", "had", "did"}
# A verb of the timetable in the present: "the hard part begins this week", "talks resume on
# Monday", "the window closes on 3 May" tell a happening set for the date.
_TIMETABLE: Final = frozenset(
    "begins starts opens closes ends resumes meets convenes reconvenes expires kicks takes "
    "holds flies names".split()
)
# Words before a verb of the timetable that make it a noun ("the names", "their holds").
_NOUN_AFTER: Final = frozenset("a an the their his her its our your this these those".split())
# "did" standing for the verb before it ("as Banja Luka did on Friday", the date blanked): a
# happening of that day, where "did not" and "did you" leave the verb to come.
_DID_SO: Final = re.compile(r"\bdid\s*(?:[,.;:]|\Z)")
# Whole words in any alphabet, with their hyphenated endings: the ASCII word reader cuts
# "održan" into "odr" and "an", and a case ending makes "KFOR-it" seem to hold "it".
_LETTERS: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_FUTURE: Final = re.compile(
    r"\b(?:will|shall|must|is to|are to|plans? to|is set to|are set to|is expected to|"
    r"are expected to|is scheduled to"
    # a plan, kept or since moved ("were originally due to open on 20 May"), or put off ("is
    # now due to start in 2025", "is now expected in 2025")
    r"|(?:is|are|was|were|originally|initially)(?: now| still)? due to|(?:is|are) now expected)\b"
)


# Words that open a clause about what came before or caused the reported happening ("blocked
# the bridges, three months after the canopy collapsed"); such a clause tells the background.
_BACKGROUND: Final = re.compile(
    r"\b(?:after|since|following|amid|because of|in the wake of|in response to|in protest at|"
    r"in protest against|which|who)\b"
)
_BACKGROUND_WEIGHT: Final = 0.4
# Literal pieces, one of which every _BACKGROUND match contains: without any of them in a
# sentence its regex scan (tried at every character, it opens with ``\b``) is skipped.
_BACKGROUND_PIECES: Final = (
    "after",
    "since",
    "following",
    "amid",
    "because of",
    "in the wake of",
    "in response to",
    "in protest a",
    "which",
    "who",
)


def _holds_any(low: str, pieces: tuple[str, ...]) -> bool:
    """``any(map(low.__contains__, pieces))`` as a loop: compiled, the loop tests each piece
    directly, where ``any`` over a ``map`` paid a generic call per piece (twice the cost)."""
    for piece in pieces:
        if piece in low:
            return True
    return False


def _first_piece(low: str, pieces: tuple[str, ...]) -> int:
    """Where the first of ``pieces`` stands in ``low``, -1 if none does."""
    first = -1
    for piece in pieces:
        at = low.find(piece, 0, first + len(piece) - 1 if first >= 0 else len(low))
        if at >= 0:
            first = at
    return first


def _background(low: str, anchor: int | None) -> tuple[int, int] | None:
    """The span of ``low`` that is background to the happening dated at ``anchor``, if any.

    A leading clause ("After clashes on Monday, NATO sent troops") runs to its comma; one that
    starts later runs to the end of the sentence.  When the date itself sits in that clause,
    the clause is the news and nothing is discounted.
    """
    if anchor is None:
        return None
    first = _first_piece(low, _BACKGROUND_PIECES)
    if first < 0:
        return None
    # every match opens with one of the pieces: none starts before the first of them, and the
    # scan (a match tried at every character, the pattern opening with ``\b``) starts there
    for m in _BACKGROUND.finditer(low, first):
        start = m.start()
        if not low[:start].strip(" \"'“‘("):
            end = low.find(",", start)
            if end < 0:
                continue
        else:
            end = len(low)
        if start <= anchor < end:
            return None  # the dated clause is the news
        return start, end
    return None


def _trigger_words(low: str, back: tuple[int, int] | None) -> list[tuple[str, float]]:
    """The trigger words of a lower-cased sentence in order, each with its weight factor.

    Most words are no trigger, so the plain word list is filtered in C; word positions (a
    slower scan) would only tell which words lie in the background clause, and the clause's
    edges can be cut instead: it starts at a word boundary and ends at a comma or the end.
    """
    # the index read once into a local: compiled, a module's global is a dictionary lookup
    # at every read, which the comprehension made once per word
    index = _INDEX
    if back is None:
        return [(word, 1.0) for word in _words(low) if word in index]
    b0, b1 = back
    if b0 and low[b0 - 1] in "'-":  # a word may run into the clause across ' or -: use positions
        return [
            (m.group(), _BACKGROUND_WEIGHT if b0 <= m.start() < b1 else 1.0)
            for m in _WORDS.finditer(low)
            if m.group() in index
        ]
    found: list[tuple[str, float]] = []
    for lo, hi, factor in ((0, b0, 1.0), (b0, b1, _BACKGROUND_WEIGHT), (b1, len(low), 1.0)):
        words = _words(low[lo:hi])
        found.extend([(word, factor) for word in words if word in index])
    return found


def type_scores(sentence: str, anchor: int | None = None) -> dict[str, float]:
    """Summed rule weights per event type for one sentence (types without a hit are absent).

    With ``anchor`` (where the event's date phrase starts in the sentence), trigger words in a
    background clause that does not hold the date count for less: "Students blocked the
    bridges on Saturday, months after the collapse killed 15 people" is a protest.
    """
    low = sentence.lower()
    scores: dict[str, float] = {}
    # the background clause only weighs trigger words: a sentence with none (most sentences of
    # local text) is spared the look for one; the words are the same with it, their weights not
    found = _trigger_words(low, None)
    if found and anchor is not None:
        back = _background(low, anchor)
        if back is not None:
            found = _trigger_words(low, back)
    index = _INDEX
    for word, factor in found:
        for etype, weight in index[word]:
            scores[etype] = scores.get(etype, 0.0) + weight * factor
    if _holds_any(low, _PHRASE_PIECES):
        for (pattern, etype, weight, cancels), pieces in zip(_PHRASES, _PIECES_OF, strict=True):
            if not _holds_any(low, pieces):
                continue  # no match can be there: the phrase adds nothing
            hits = len(pattern.findall(low))
            if hits:
                scores[etype] = scores.get(etype, 0.0) + weight * hits
                for other, minus in cancels:
                    scores[other] = scores.get(other, 0.0) - minus * hits
    return {k: v for k, v in scores.items() if v > 0}


def classify_event(sentence: str, anchor: int | None = None, families: Sequence[str] = ()) -> str:
    """The event type of one sentence: the highest-scoring class, or ``other`` below one point.

    ``anchor``: where the date phrase starts within ``sentence`` (see ``type_scores``).
    ``families``: the region's language families the text is in; their words count too.
    """
    scores = type_scores(sentence, anchor)
    if families:
        for etype, weight in local_type_scores(sentence).items():
            scores[etype] = scores.get(etype, 0.0) + weight
    if not scores:
        return "other"
    # Only scored types can win (every score kept is positive), so only they are compared.
    best = max(scores, key=lambda t: (scores[t], -_RANK[t]))
    return best if scores[best] >= 1.0 else "other"


def is_happening(sentence: str) -> bool:
    """Whether a sentence reports something that happened or will happen, not just a state.

    Evidence is any event trigger of two or more points, an action verb in the past tense
    (irregular, or an -ed form that is not an adjective such as "located"), or a future
    construction ("will", "is to", "is expected to").  Forms of "be" and "have" alone are stative.
    A sentence that is not English (no English function word at all) counts as a happening.
    """
    low = sentence.lower()
    words = _words(low)
    if _ENGLISH_ONLY.isdisjoint(words):
        return True
    # Any one piece of evidence suffices, so the cheapest test goes first: news sentences
    # nearly always carry a past-tense verb, and the trigger scores are then never needed.
    for word in words:
        if word in _PAST_VERBS and word not in _STATIVE_ONLY:
            return True
        if len(word) >= 5 and word.endswith("ed") and word not in _NOT_PAST:
            return True
    if ("called" in low and called_as_verb(words)) or perfect_irregular(words):
        return True
    if told_result(low, words):
        return True
    if _FUTURE.search(low) or ("did" in words and _DID_SO.search(low)):
        return True
    if any(
        i and word in _TIMETABLE and words[i - 1] not in _NOUN_AFTER for i, word in enumerate(words)
    ):
        return True  # but the date's own verb ("November ends as the mildest on record")
    if "ing" in low and under_way(words):
        return True
    if not low.isascii() and _ENGLISH_ONLY.isdisjoint(_LETTERS.findall(low)):
        return True  # "održan", "përmbytjet": the English words were pieces of local ones
    scores = type_scores(sentence)
    return any(v >= 2.0 for v in scores.values())
