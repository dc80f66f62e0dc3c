"""Where a rule's matches can begin, so that its pattern is tried there instead of everywhere.

A pattern scanned over a whole article costs a match attempt (or a character-class test) at
every character, a few microseconds per rule and article; with some forty rules that was most
of the date matcher's time.  But every date a rule reads holds something rare: a run of digits,
or a word such as "ago", "week" or a season's name.  Those are found once per text, with a fast
scan, and the pattern is tried only at the places a match can start from them.

The places must include the start of every match that reads as a date (a handler's rejects may
be missed: they never reach the output, see ``find.find_dates``); more places cost only a
failed attempt.  Each rule's ``starts`` states why its places are enough, and
tests/unit/events/test_fast_paths.py holds every rule's matches to its full scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Final

from newsmap.events.temporal.record import Rule
from newsmap.events.temporal.runs import (  # noqa: F401 - the starts of rules, found here
    RunsBefore,
    century_runs,
    day_runs,
    digit_runs,
    year_runs,
)
from newsmap.events.temporal.shared_words import NOWHERE, OWNER, Words, find_all, token_at
from newsmap.events.temporal.spelling import alt
from newsmap.tokens import lower_of, tokens_of

#: The positions where a rule's matches can begin in a scanned text, in increasing order.
Starts = Callable[["Scan"], list[int]]

# Characters a case-insensitive pattern reads as "i" and "s" though they lower-case to themselves.
_CASELESS_LOOKALIKES: Final = ("ı", "ſ")


@dataclass
class Scan:
    """A text as the rules read it: lower-cased once, each shared set of starts found once.

    ``exact``: whether a word found in ``low`` stands at the same offset in ``text`` and reads
    the same to every pattern (lower-casing kept the length, and no character a case-insensitive
    pattern takes for a letter it does not lower-case to).  Otherwise every rule scans the whole
    text behind its gate, as a rule without ``starts`` always does.
    """

    text: str
    #: The words of the text's language families' rules, each with the set that finds it
    #: (``family_words``); the English rules' words are found by their own sets (``OWNER``).
    owners: dict[str, Words] = field(default_factory=dict)
    low: str = ""
    exact: bool = False
    _reversed: str = ""
    _found: dict[int, list[int]] = field(default_factory=dict)
    _hits: dict[Trigger, list[tuple[int, str]]] = field(default_factory=dict)
    _passed: dict[int, bool] = field(default_factory=dict)
    _shared: dict[int, dict[str, list[int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.low = lower_of(self.text)
        self.exact = len(self.low) == len(self.text) and not self.has_any(_CASELESS_LOOKALIKES)

    def places(self, word: str) -> list[int]:
        """Every place ``word`` stands in ``low``, overlapping ones too, in order: what a loop of
        ``low.find(word, at + 1)`` finds.  A word of a ``Words`` set is read from that set's one
        pass over the text (the caller must not change the list)."""
        owner = OWNER.get(word)
        if owner is None:
            owner = self.owners.get(word)
            if owner is None:
                return find_all(self.low, word)
        found = self._shared.get(id(owner))
        if found is None:
            found = self._shared[id(owner)] = owner.find(self.low, tokens_of(self.text))
        return found.get(word, NOWHERE)

    def has(self, word: str) -> bool:
        """``word in low``, read from its ``Words`` set's pass if it has one."""
        owner = OWNER.get(word)
        if owner is None:
            owner = self.owners.get(word)
            if owner is None:
                return word in self.low
        found = self._shared.get(id(owner))
        if found is None:
            found = self._shared[id(owner)] = owner.find(self.low, tokens_of(self.text))
        return word in found

    def has_any(self, words: Iterable[str]) -> bool:
        """``any(map(self.has, words))`` as a loop: compiled, each ``has`` is a direct call,
        where ``any`` over a ``map`` of the bound method paid a generic call per word."""
        for word in words:
            if self.has(word):
                return True
        return False

    def shares(self, word: str) -> bool:
        """Whether ``word`` is found by the pass of a ``Words`` set, for this text."""
        return word in OWNER or word in self.owners

    @property
    def reversed(self) -> str:
        """The text backwards, where the words before a place are read forwards by a regex."""
        if not self._reversed:
            self._reversed = self.text[::-1]
        return self._reversed

    def starts(self, where: Starts) -> list[int]:
        """The positions ``where`` finds, found once per text (several rules share them).

        Kept by the finder's identity: an ``Anchor`` is a frozen dataclass, whose hash walks all
        its words (a family's two hundred) on every lookup.
        """
        found = self._found.get(id(where))
        if found is None:
            found = self._found[id(where)] = where(self)
        return found

    def hits(self, trigger: Trigger) -> list[tuple[int, str]]:
        """The trigger's words in the text (see ``Trigger``), found once per text."""
        found = self._hits.get(trigger)
        if found is None:
            found = self._hits[trigger] = trigger.find(self.low, tokens_of(self.text))
        return found

    def passes(self, rule: Rule) -> bool:
        """Whether the rule's gate lets it scan (gate results are shared, as rules share gates)."""
        gate = rule.gate
        if not gate:
            return True
        ok = self._passed.get(id(gate))
        if ok is None:
            ok = self._passed[id(gate)] = gate(self) if callable(gate) else self.has_any(gate)
        return ok

    def matches(self, rule: Rule) -> Iterable[re.Match[str]]:
        """``rule.pattern.finditer(text)`` if the rule's gate passes (else none).

        On an exact text a rule with ``starts`` is tried only there.  A gate is asked first, as
        it is cheaper than the starts, unless the starts are words that each hold one of the
        gate's: then the gate passes wherever there are starts, and none means no match.
        """
        where = rule.starts
        if where is None or not self.exact:
            return rule.pattern.finditer(self.text) if self.passes(rule) else ()
        # ``_gate_implied`` and ``starts`` written out: this runs for every rule of every text
        known = _IMPLIED.get(id(rule))
        if not (known[1] if known is not None else _gate_implied(rule)) and not self.passes(rule):
            return ()
        found = self._found.get(id(where))
        if found is None:
            found = self._found[id(where)] = where(self)
        return matches_at(rule.pattern, found, self.text)


_IMPLIED: Final[dict[int, tuple[Rule, bool]]] = {}


def words_of_rules(rules: Iterable[Rule]) -> set[str]:
    """The words the rules' gates and their anchors without a trigger look for in a text, but
    those of one character (a dash: too common to be worth a place each)."""
    found: set[str] = set()
    for rule in rules:
        if isinstance(rule.gate, tuple):
            found.update(rule.gate)
        parts = rule.starts.parts if isinstance(rule.starts, Either) else (rule.starts,)
        for part in parts:
            if isinstance(part, Anchor) and part.trigger is None:
                found.update(part.words)
    return {word for word in found if len(word) > 1}


def _gate_implied(rule: Rule) -> bool:
    """Whether a rule's starts, when there are any, mean that its gate passes."""
    known = _IMPLIED.get(id(rule))
    if known is None:
        starts, gate = rule.starts, rule.gate
        implied = isinstance(starts, Anchor) and starts.implies(gate)
        known = _IMPLIED[id(rule)] = (rule, implied)
    return known[1]


def matches_at(pattern: re.Pattern[str], starts: list[int], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match begins at one of ``starts``.

    ``finditer`` takes the leftmost match, then the leftmost one from its end on; trying the
    starts in order, and none inside the last match, gives the same matches (the pattern never
    matches an empty string, and a match tried at a position reads the text before it, as a
    scan's does).
    """
    found = []
    end = 0
    for at in starts:
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


#: Characters a case-insensitive pattern reads as "i" and "s", looked for in every text.
CASELESS_LOOKALIKES = _CASELESS_LOOKALIKES


# Up to six words before a place, read in the reversed text: blanks, a full stop or comma
# maybe, then the word; each group ends where a word starts (counted from the text's end).
_WORDS_BACK: Final = [
    re.compile("".join(r"(?:\s+[.,]*\w+()" for _ in range(n)) + ")?" * n) for n in range(7)
]


def _words_before(scan: Scan, pos: int, back: int, found: set[int]) -> None:
    """Add the starts of up to ``back`` words before ``pos``, each followed by blanks (and maybe
    a full stop or comma before them: "maja. 2023", "May, 2023")."""
    if back == 0 or pos == 0 or not scan.text[pos - 1].isspace():
        return
    size = len(scan.text)
    m = _WORDS_BACK[back].match(scan.reversed, size - pos)
    if m is not None:
        for group in range(1, back + 1):
            end = m.end(group)
            if end < 0:
                break
            found.add(size - end)


class Trigger:
    """The anchor words of several rules (a language family's), found in one pass over the text.

    A search per word costs a pass over the text each, and a family's rules anchor on some two
    hundred words (every form of its months and weekdays); so the anchors that start a word are
    found together, each place with the longest of them standing there (the others there are
    its prefixes): what ``finditer`` of a trie of them after ``(?<!\\w)`` finds (``pattern``).
    Every anchor word is made of word characters (``add`` checks), so one never spans
    whitespace: the text is read token by token (whitespace-separated), each different token's
    anchors found once and kept, and only a token holding one is looked for in the text.  An
    Aho-Corasick scan, reading every character, cost three times as much on the benchmark's
    articles; the regex, trying the trie at every character, five times.
    Its words are those of the anchors made with it, collected before its first use.
    """

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._used = False
        self._lengths: list[int] = []
        self._tokens: dict[str, tuple[tuple[int, str], ...]] = {}
        self._cased: dict[str, tuple[tuple[int, str], ...]] = {}  # by the token as written

    def add(self, words: Iterable[str]) -> None:
        if self._used:
            raise ValueError("a trigger takes no words once it has been used")
        words = list(words)
        if not all(map(_WHOLE_WORD.fullmatch, words)):
            raise ValueError("a trigger's words are made of word characters")
        self._words.update(words)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The regex whose ``finditer`` finds what ``find`` finds."""
        return re.compile(r"(?<!\w)" + alt(sorted(self._words)))

    def find(self, low: str, cased: list[str] | None = None) -> list[tuple[int, str]]:
        """Each anchor word's place in ``low``; ``cased``: the tokens of the text ``low`` is the
        lower case of (``newsmap.tokens``), read instead of splitting ``low``."""
        if not self._used:
            self._used = True
            self._lengths = sorted({len(w) for w in self._words}, reverse=True)
        found: list[tuple[int, str]] = []
        if not self._words:
            return found
        lower = cased is not None
        tokens, memo = (cased, self._cased) if cased is not None else (low.split(), self._tokens)
        at = 0  # where the last token holding an anchor ended
        for token in tokens:
            hits = memo.get(token)
            if hits is None:
                if len(memo) >= _TOKENS_MAX:
                    memo.clear()
                hits = memo[token] = self._in_token(token.lower() if lower else token)
            if hits:
                if lower:
                    token = token.lower()
                at = token_at(low, token, at)
                for offset, word in hits:
                    found.append((at + offset, word))
                at += len(token)
        return found

    def _in_token(self, token: str) -> tuple[tuple[int, str], ...]:
        """Each word start in the token with the longest anchor word standing there."""
        hits: list[tuple[int, str]] = []
        words, size = self._words, len(token)
        for i in range(size):
            c = token[i]
            if not (c.isalnum() or c == "_"):
                continue
            if i and (token[i - 1].isalnum() or token[i - 1] == "_"):
                continue  # inside a word: what ``(?<!\\w)`` rejects
            for n in self._lengths:
                if n <= size - i and token[i : i + n] in words:
                    hits.append((i, token[i : i + n]))
                    break
        return tuple(hits)


#: How many different tokens a trigger keeps the anchors of (a bound on memory).
_TOKENS_MAX: Final = 50_000


_WHOLE_WORD: Final = re.compile(r"\w+")


@dataclass(frozen=True)
class Anchor:
    """Starts of a pattern whose matches hold one of ``words`` (lower case) at a place found in
    the lower-cased text: at that word itself (if ``itself``), or at one of the ``back`` words
    before it, which blanks separate (see ``_words_before``).

    With ``digits`` the runs of digits are such places too: a date that a month name leads and
    a day or year follows ("maja 2023", "September 24"), or a number with its ending ("1990-ih");
    with ``runs`` the runs that starts function finds (a year's, see ``century_runs``).
    With a ``trigger`` the words are found in its scan, where they start a word of the text;
    otherwise anywhere, each by a search of its own (best for a few rare words).
    """

    words: tuple[str, ...] = ()
    back: int = 1
    itself: bool = False
    digits: bool = False
    trigger: Trigger | None = None
    runs: Starts | None = None
    _holds: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        if self.trigger is not None:
            self.trigger.add(self.words)

    def __call__(self, scan: Scan) -> list[int]:
        found: set[int] = set()
        places = self._places(scan)
        if self.digits:
            places += scan.starts(digit_runs)
        if self.runs is not None:
            places += scan.starts(self.runs)
        for at in places:
            if self.itself:
                found.add(at)
            _words_before(scan, at, self.back, found)
        return sorted(found)

    def implies(self, gate: object) -> bool:
        """Whether a gate passes wherever this finds a place: each word holds one of its words."""
        return (
            not self.digits
            and self.runs is None
            and isinstance(gate, tuple)
            and all(any(g in word for g in gate) for word in self.words)
        )

    def _places(self, scan: Scan) -> list[int]:
        if self.trigger is not None:
            return [at for at, word in scan.hits(self.trigger) if self._starts_with_one(word)]
        places: list[int] = []
        for word in self.words:
            places.extend(scan.places(word))
        return places

    def _starts_with_one(self, word: str) -> bool:
        known = self._holds.get(word)
        if known is None:
            known = self._holds[word] = word.startswith(self.words)
        return known


@dataclass(frozen=True)
class Either:
    """The starts of each of ``parts`` together: a rule whose matches hold one of two things."""

    parts: tuple[Starts, ...]

    def __call__(self, scan: Scan) -> list[int]:
        return sorted({at for part in self.parts for at in scan.starts(part)})
