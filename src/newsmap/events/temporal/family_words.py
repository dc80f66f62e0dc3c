"""The date rules of a text's language families, and the words their gates and anchors ask.

A family's rules (``local.rules_for``) look for some two hundred words that no ``Trigger``
finds (units, feasts, the words of a year's end), each by a search of the whole text: a
Serbo-Croatian article was searched some thirty times, most of the searches for words it does
not hold.  A ``Words`` set per family finds them all by one pass over the text's tokens
instead, as ``rules.ENGLISH_WORDS`` does the English rules' words.  Only the scan of a text in
that family's language reads it (``starts.Scan.owners``): a word two families share is found
by the pass of a family the text is in, never by another's.  A phrase with a blank keeps its
search (its key word, often one letter, would stand at too many places).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsmap.events.temporal.gates import DigitAfter
from newsmap.events.temporal.local import rules_for
from newsmap.events.temporal.record import Rule
from newsmap.events.temporal.rules import RULES
from newsmap.events.temporal.shared_words import OWNER, Words
from newsmap.events.temporal.starts import words_of_rules
from newsmap.lexicon.local import family_code

#: The rules and the words' sets of each tuple of families, built once.
_KNOWN: dict[tuple[str, ...], tuple[tuple[Rule, ...], dict[str, Words]]] = {}
#: Each family's set.
_SETS: dict[str, Words] = {}
#: What the English rules alone read: no family's words.
NO_OWNERS: dict[str, Words] = {}


def rules_of(languages: Iterable[str | None] = ()) -> tuple[Rule, ...]:
    """The English and language-neutral rules, and those of each language's family."""
    return family_rules(families_of(languages))[0]


def families_of(languages: Iterable[str | None]) -> tuple[str, ...]:
    """The language families of ``languages``, in their order, each once."""
    return tuple(dict.fromkeys(f for f in map(family_code, languages) if f is not None))


def family_rules(families: tuple[str, ...]) -> tuple[tuple[Rule, ...], dict[str, Words]]:
    """The English rules and those of each family, in order, and each word the families' rules
    ask with the set that finds it (a family's set before a later family's)."""
    if not families:
        return RULES, NO_OWNERS
    known = _KNOWN.get(families)
    if known is None:
        owners: dict[str, Words] = {}
        for code in families:
            words = family_words(code)
            for word in words.words:
                owners.setdefault(word, words)
        rules = RULES + tuple(rule for code in families for rule in rules_for(code))
        known = _KNOWN[families] = (rules, owners)
    return known


def family_words(code: str) -> Words:
    """The set of the words a family's rules ask (their gates' and their anchors', see
    ``words_of_rules``, and the words a ``digit_after`` gate reads), but those an English set
    finds already and phrases with a blank."""
    found = _SETS.get(code)
    if found is None:
        rules = rules_for(code)
        words = words_of_rules(rules)
        words.update(w for r in rules if isinstance(r.gate, DigitAfter) for w in r.gate.words)
        own = [word for word in words if word not in OWNER and word.split() == [word]]
        found = _SETS[code] = Words(own, register=False)
    return found
