"""The perfect of a verb whose participle is irregular ("had come first", "has already shown"):
a happening as sure as a past tense, which the -ed test of ``classify.is_happening`` misses."""

from __future__ import annotations

__all__ = ["perfect_irregular"]


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
