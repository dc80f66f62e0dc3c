"""No date or place pattern tries a match at every character of a document unless it must.

Python's regex engine searches a text fast only when the pattern tells it where a match can
begin: a literal prefix (a fast scan for those characters) or a first character from a set (a
tight scan testing each character against it).  A pattern that opens with an assertion
(``\\b``, a lookbehind), an optional part or a case-blind choice gives it nothing: it runs a full
match attempt at every character, and over a whole article that costs microseconds per pattern
and document.  Such scans crept in with new rules several times, each found only by a profile.

Two checks read the code's shape; neither runs a document, so they are quick and give the same
answer on every run:

- every date rule (the English ones and each language family's) that has no ``starts`` is
  searched over the whole text behind its gate: it needs a gate or a literal prefix;
- every module-level pattern of the date and event modules (``newsmap/events``) and the place
  rules (``newsmap/geotag``) that a per-document module searches over a whole document text
  (``search``, ``finditer``, ``findall``, ``split`` or ``sub`` of ``text``, ``low``, ``doc.text``
  ... without a ``pos``/``endpos`` window), with no cheap test in front of it, must open with
  something the engine can skip to or fail on at once (a literal or a character class).

A pattern that must stay as it is goes on ``ALLOWED`` with the reason; an entry that no longer
offends fails too, so that the list stays the list of today's exceptions.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

import pytest

from newsmap import native
from newsmap.events.temporal.local import rules_for
from newsmap.events.temporal.record import Rule
from newsmap.events.temporal.rules import RULES
from newsmap.lexicon.local import FAMILY_LOCALES, family_code

SRC = Path(native.__file__).resolve().parent

#: The patterns allowed to be tried at every character, each with why (``module:NAME`` for a
#: module-level pattern, ``rule:NAME`` for a date rule).  Before adding one, try: ``starts`` for a
#: date rule (see ``events/temporal/starts.py``), a first character spelled as a class
#: (``spelling.caseless_at_word_start``, ``NO_WORD_BEFORE_1``), or a substring test in front of
#: the search (``"ince" in window and _SINCE.search(...)``).
ALLOWED: dict[str, str] = {
    # searched in one dated sentence, lower-cased, after the past-tense words failed; a sentence
    # is a small part of the text, and the phrase list has no common first letter
    "newsmap.events.classify:_FUTURE": "one dated sentence at a time",
    # asked only of a BCMS-family text that names a feast day, a few documents in a hundred, and
    # only when one of its stems stands in the lower-cased text (local_guards.croatian)
    "newsmap.events.temporal.local_guards:_CROATIAN": "only a BCMS text with a feast day",
    # asked only of a local text whose party names stand near a score
    "newsmap.geotag.parties:_SPORT": "only a local text with a party name and a score",
}

#: The names a per-document module gives a whole document's text (or its lower case).
DOCUMENT_TEXTS = frozenset(
    {"text", "low", "self.text", "self.low", "doc.text", "scan.text", "scan.low"}
)
#: The same text folded or lower-cased on the way ("fold(text).lower()").
_DOCUMENT_TEXT = re.compile(r"(?:fold\()?(?P<text>[\w.]+)\)?(?:\.lower\(\))?")


def _document_text(argument: ast.expr) -> bool:
    """Whether a searched string is a whole document's text (maybe folded or lower-cased)."""
    m = _DOCUMENT_TEXT.fullmatch(ast.unparse(argument))
    return m is not None and m["text"] in DOCUMENT_TEXTS


#: Pattern methods that search a string from its start, and where that string is passed.
_SEARCHES = {"search": 0, "finditer": 0, "findall": 0, "split": 0, "sub": 1, "subn": 1}
_FAST_OPENERS = {_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
_AT_STARTS = {
    _constants.AT_BEGINNING,
    _constants.AT_BEGINNING_STRING,
    _constants.AT_BEGINNING_LINE,
}


def literal_prefix(pattern: re.Pattern[str]) -> bool:
    """Whether the engine's search skips ahead to a literal prefix (its compiled INFO block)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    code = _compiler._code(parsed, pattern.flags)
    return code[0] == _constants.INFO and bool(code[2] & _constants.SRE_INFO_PREFIX)


def skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether the search skips to a literal prefix or a first character from a set."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    code = _compiler._code(parsed, pattern.flags)
    mask = _constants.SRE_INFO_PREFIX | _constants.SRE_INFO_CHARSET
    return code[0] == _constants.INFO and bool(code[2] & mask)


def _fails_at_once(sub: _parser.SubPattern) -> bool:
    """Whether a try of ``sub`` where it cannot match fails on the first character: it opens
    with a literal or a class (maybe repeated, in a group, or in every branch), or with ``^``."""
    if not sub.data:
        return False  # an empty opening matches anywhere
    op, av = sub.data[0]
    if op in _FAST_OPENERS:
        return True
    if op in _REPEATS:
        low, _high, item = av
        return low >= 1 and _fails_at_once(item)
    if op is _constants.SUBPATTERN:
        return _fails_at_once(av[3])
    if op is _constants.ATOMIC_GROUP:
        return _fails_at_once(av)
    if op is _constants.BRANCH:
        return all(_fails_at_once(branch) for branch in av[1])
    if op is _constants.AT:
        return av in _AT_STARTS
    return False  # an assertion (\b, a lookaround) or anything else: a full try everywhere


def cheap_search(pattern: re.Pattern[str]) -> bool:
    """Whether a search of a whole text is cheap: skips ahead, or fails at once where it fails."""
    return skips_ahead(pattern) or _fails_at_once(_parser.parse(pattern.pattern, pattern.flags))


def every_date_rule() -> list[Rule]:
    """The English rules and every language family's, each once."""
    rules = list(RULES)
    for code in sorted({family_code(locale) for locale in FAMILY_LOCALES} - {None}):
        assert code is not None
        rules += rules_for(code)
    return list({id(rule): rule for rule in rules}.values())


def date_rule_offenders() -> set[str]:
    """Date rules searched over the whole text (no ``starts``) with no gate nor literal prefix."""
    return {
        f"rule:{rule.name}"
        for rule in every_date_rule()
        if rule.starts is None and not rule.gate and not literal_prefix(rule.pattern)
    }


def _is_cheap_test(node: ast.AST) -> bool:
    """A substring or membership test (``"x" in text``, ``any(map(low.__contains__, ...))``,
    ``text.isascii()``): what a search may sit behind."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Compare) and any(
            isinstance(op, (ast.In, ast.NotIn)) for op in sub.ops
        ):
            return True
        if isinstance(sub, ast.Attribute) and sub.attr in ("__contains__", "isascii"):
            return True
    return False


def _negated(node: ast.expr) -> bool:
    """Whether a guard's test is true when a cue is missing (``not ...``, ``x not in y``)."""
    if isinstance(node, ast.BoolOp):
        return any(_negated(value) for value in node.values)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return True
    return isinstance(node, ast.Compare) and any(isinstance(op, ast.NotIn) for op in node.ops)


def _gated(call: ast.Call, parents: dict[ast.AST, ast.AST]) -> bool:
    """Whether the call runs only after a cheap test: an earlier operand of its ``and``/``or``,
    the test of an ``if`` it is in, or a guard (``if <cue missing>: return``) before it."""
    child: ast.AST = call
    node = parents.get(call)
    while node is not None:
        if isinstance(node, ast.BoolOp):
            index = node.values.index(child)  # type: ignore[arg-type]
            if any(_is_cheap_test(v) for v in node.values[:index]):
                return True
        elif isinstance(node, (ast.If, ast.IfExp)) and child is not node.test:
            if _is_cheap_test(node.test):
                return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for statement in node.body:
                if statement.lineno >= call.lineno:
                    break
                if (
                    isinstance(statement, ast.If)
                    and isinstance(statement.body[-1], ast.Return)
                    and _is_cheap_test(statement.test)
                    and _negated(statement.test)
                ):
                    return True
            return False
        child, node = node, parents.get(node)
    return False


def _pattern_named(module: object, target: ast.expr) -> tuple[str, re.Pattern[str]] | None:
    """The module-level pattern a call's receiver names (``_WORD``, ``W.STILL``), if it is one."""
    dotted: list[str] = []
    while isinstance(target, ast.Attribute):
        dotted.append(target.attr)
        target = target.value
    if not isinstance(target, ast.Name):
        return None
    dotted.append(target.id)
    found: object = module
    for part in reversed(dotted):
        found = getattr(found, part, None)
    if not isinstance(found, re.Pattern):
        return None
    return ".".join(reversed(dotted)), found


def document_searches() -> list[tuple[str, str, re.Pattern[str], bool]]:
    """Each whole-document search in the per-document modules of events and geotag: where it
    is (``file:line``), the pattern's ``module:NAME``, the pattern, whether it is gated."""
    found = []
    for rel in native.COMPILED:
        if not rel.startswith(("events/", "geotag/")):
            continue
        module_name = native.module_name(rel)
        module = importlib.import_module(module_name)
        tree = ast.parse((SRC / rel).read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _SEARCHES
            ):
                continue
            at = _SEARCHES[node.func.attr]
            if len(node.args) != at + 1 or node.keywords:
                continue  # a window (pos, endpos) or a count: not the whole text
            if not _document_text(node.args[at]):
                continue
            named = _pattern_named(module, node.func.value)
            if named is None:
                continue
            owner = module_name
            name = named[0]
            if "." in name:  # a pattern of another module, read through its module's name
                head, name = name.rsplit(".", 1)
                owner = getattr(module, head.split(".")[0]).__name__
            found.append(
                (f"{rel}:{node.lineno}", f"{owner}:{name}", named[1], _gated(node, parents))
            )
    return found


def search_offenders() -> dict[str, str]:
    """The patterns of ungated whole-document searches that try a match at every character."""
    return {
        key: where
        for where, key, pattern, gated in document_searches()
        if not gated and not cheap_search(pattern)
    }


_HOW_TO_FIX = (
    "These patterns are tried at every character of a document (see this module's docstring). "
    "Give a date rule `starts` (events/temporal/starts.py) or a gate; open a pattern with a "
    "literal or a class (spelling.caseless_at_word_start, NO_WORD_BEFORE_1: the word boundary "
    "after the first character); or put a substring test in front of the search. If it must "
    "stay, add it to ALLOWED with the reason."
)


def test_every_date_rule_has_starts_a_gate_or_a_literal_prefix() -> None:
    offenders = sorted(date_rule_offenders() - set(ALLOWED))
    assert not offenders, f"{_HOW_TO_FIX}\nDate rules: {offenders}"


def test_whole_document_searches_skip_ahead_or_sit_behind_a_gate() -> None:
    offenders = {k: w for k, w in search_offenders().items() if k not in ALLOWED}
    listed = [f"{key} (searched at {where})" for key, where in sorted(offenders.items())]
    assert not offenders, f"{_HOW_TO_FIX}\nSearches: {listed}"


def test_allowed_patterns_still_need_their_place() -> None:
    stale = set(ALLOWED) - date_rule_offenders() - set(search_offenders())
    assert not stale, (
        f"No longer tried at every character of a document, or gone: {sorted(stale)}. "
        "Remove them from ALLOWED."
    )


@pytest.mark.parametrize(
    ("spelling", "cheap"),
    [
        (r"\bweek\b", False),  # a word boundary first: a full try at every character
        (r"(?<!\w)ago", False),
        (r"(?i)(?:this|next) week", True),  # a case-blind letter: one test per character
        (r"(?:\s+\w+)?\s+ago", False),  # an optional part first
        (r"[Ww](?<!\w\w)eek", True),  # a class, the boundary behind it
        (r"ago\b", True),  # a literal prefix
        (r"[^\W\d_]+", True),  # a run of a class: fails on one character where it fails
        (r"^[A-Z]+ - ", True),  # a line's start
        (r"\d+|\bweek", False),  # one branch opens with an assertion
    ],
)
def test_what_counts_as_a_cheap_search(spelling: str, cheap: bool) -> None:
    assert cheap_search(re.compile(spelling, re.MULTILINE)) is cheap


def test_gates_are_read_from_the_code() -> None:
    source = (
        "def f(text):\n"
        "    if 'x' not in text:\n"
        "        return None\n"
        "    return P.search(text)\n"
        "def g(text):\n"
        "    return ':' in text and P.search(text)\n"
        "def h(text):\n"
        "    return P.search(text)\n"
    )
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    calls = [
        n for n in ast.walk(tree) if isinstance(n, ast.Call) and ast.unparse(n.func) == "P.search"
    ]
    assert [_gated(c, parents) for c in sorted(calls, key=lambda c: c.lineno)] == [
        True,
        True,
        False,
    ]
