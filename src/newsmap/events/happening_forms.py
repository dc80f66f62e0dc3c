"""Shapes of a happening that ``classify.is_happening``'s word tests miss: the perfect of a verb
whose participle is irregular ("had come first", "has already shown"), as sure as a past tense,
a result told as a noun with its opponent or contest ("a 2-1 win over Sutjeska last Sunday",
"after the defeat by England on Sunday"), "called" with its object ("called a rally") and a form
of "be" with a verb's -ing form ("were playing")."""

from __future__ import annotations

import re

__all__ = ["called_as_verb", "perfect_irregular", "told_result", "under_way"]


_HAVE = frozenset({"had", "has", "have", "having"})
_BETWEEN_HAVE = frozenset("already just also not never only since finally again".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "come become gone done seen shown given grown drawn fallen risen spoken sworn beaten "
    "broken chosen driven forgotten hidden ridden shaken woken eaten cut hit put shut spread "
    "quit run begun won lost left sent brought bought caught fought taught thought sold told "
    "held kept led met paid said set stood struck taken thrown torn written".split()
)


def perfect_irregular(words: list[str]) -> bool:
    """Whether a form of "have" is followed (an adverb between them aside) by an irregular
    participle: "had come", "has already shown"."""
    for i, word in enumerate(words):
        if word not in _HAVE:
            continue
        nxt = words[i + 1 : i + 3]
        if nxt and nxt[0] in _BETWEEN_HAVE:
            nxt = nxt[1:]
        if nxt and nxt[0] in _IRREGULAR_PARTICIPLES:
            return True
    return False


_RESULT_PIECES = frozenset({"win", "victory", "defeat", "draw"})
# "win", "victory", "defeat" or "draw" as a whole word (opened by a class, not a word boundary
# tried at every character), then the preposition of its opponent or its contest.
_RESULT = re.compile(
    r"[wvd](?<![a-z][wvd])(?:(?<=w)in|(?<=v)ictory|(?<=d)efeat|(?<=d)raw)"
    r"[ \t]+(?:over|against|by|in|at)\b"
)


def told_result(low: str, words: list[str]) -> bool:
    """Whether the lower-cased sentence ``low`` (its words ``words``) tells a result as a noun
    with its opponent or contest: "win over", "defeat by", "victory in", "draw against"."""
    return not _RESULT_PIECES.isdisjoint(words) and _RESULT.search(low) is not None


# What follows "called" as a verb (an object, a particle), not as a name ("a man called Marko").
_CALLED_WHAT = frozenset("a an the it for on off snap early them him her his their its".split())


def called_as_verb(words: list[str]) -> bool:
    """ "called a rally", "called it historic"; not "a town called Bar"."""
    return any(
        word == "called" and following in _CALLED_WHAT
        for word, following in zip(words, words[1:], strict=False)
    )


def under_way(words: list[str]) -> bool:
    """ "were playing", "are discussing": a form of "be" and a verb's -ing form tell a happening
    under way (not "was nothing", "is a building")."""
    return any(
        word in _BE_UNDER_WAY
        and len(following) >= 6
        and following.endswith("ing")
        and following not in _NOT_UNDER_WAY
        for word, following in zip(words, words[1:], strict=False)
    )


_BE_UNDER_WAY = frozenset({"was", "were", "is", "are"})
_NOT_UNDER_WAY = frozenset(
    "nothing something anything everything morning evening building ceiling during sibling "
    "spring string offspring wedding boring".split()
)
