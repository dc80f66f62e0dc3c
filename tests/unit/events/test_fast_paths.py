"""The extractor's fast paths give exactly what the plain formulations they replace give.

Each speed-up in ``temporal``, ``classify`` and ``sentences`` swaps a regex scan or a loop for a
cheaper one that must find the same things; every test here pins one of them to the plain
formulation, on the event corpora and on generated text made of the tokens where they could
differ (word boundaries, blanks, dashes, case folding, non-ASCII letters and digits).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap import lexicon as L
from newsmap.events import classify as C
from newsmap.events import classify_local as CL
from newsmap.events import sentences as S
from newsmap.events.temporal import absolute as A
from newsmap.events.temporal import context as CX
from newsmap.events.temporal import find as F
from newsmap.events.temporal import gates as G
from newsmap.events.temporal import runs as RUNS
from newsmap.events.temporal import spelling as SP
from newsmap.events.temporal import starts as ST
from newsmap.events.temporal.record import Rule
from newsmap.events.temporal.rules import RULES
from newsmap.events.temporal.starts import Scan

DATA = Path(__file__).resolve().parents[2] / "data" / "events"
CORPUS = [(DATA / "seed.txt").read_text(encoding="utf-8")] + [
    json.loads(line)["text"]
    for name in ("corpus.jsonl", "heldout.jsonl")
    for line in (DATA / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]

_MONTHS = [*L.EN_MONTHS, *L.EN_MONTH_ABBR, *L.LOCAL_MONTHS]
_TOKENS = (
    _MONTHS
    + [m.capitalize() for m in _MONTHS]
    + [m.upper() for m in L.EN_MONTHS]
    + "on in of the end mid early last this next past previous week weekend month year "
    "Monday sunday after which who since amid fire strike gas crash took over war cold "
    "killed said Mr Sept St 1 5 12 24 31 1995 2004 2019 2023 1st 24th 0s 1990s 95 09 "
    "Tuesday morning night today Today TONIGHT tomorrow yesterday Yesterday evening between "
    "from to until till and".split()
    + [
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        ",",
        ".",
        ". ",
        "-",
        "–",
        "/",
        "'",
        "$",
        "%",
        "x",
        "d",
        "İ",
        "ı",
        "ſ",
        "\u212a",
        "½",
        "٣",
        "_",
    ]
)
texts = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)
PUB = date(2023, 11, 23)
# Hand-picked neighbourhoods where a fast path would go wrong first.
EDGES = [
    "x-2019 d-2019 a–2019 $2019 2019% 2019.5 1,2019 5/2019 x2019 _2019 ½2019 ٣2019 2019",
    "mid-2020, Mid-\n2020, the end of\n May 2020, In\n2020, on   2020, _on 2020, xon 2020",
    "On\u00a02020, early-2020, late -2020, since the beginning of 2020, 5. maja 2023. godine",
    "x5 May, _5 May, 5May, ½5 May, 24th of September 2023, 31. 12. 2020, 3 April, 3 april",
    "maja 2023 smart 2023 april 5, 2023 Maj 5 jun 2020 xmart 2020 mart\n\n5 marta, of 2020",
    "_this year, x_last week, ½this week, İstanbul last year, thisyear, this\u00a0\u00a0month",
    "students held a sit-in protest at the rectorate, killed and x-after the war",
    "It was Sept. 5 and approx. Ten; Prof. Ivanov met U.S. Dept. Heads.  J. Doe left. A. B.",
    "2023-09-24 x2023-09-24 .2023-09-24 -1999-01-01 1990s x1990s the 2010s 1992-95 x1992–1995",
    "12.3.2021 x12.3.2021 .12.3.2021 3/4/2022 31. 12. 2020 123.4.2020 1.5.2020. +1.5.2020",
    "Monday, xMonday, _Sunday Tuesday morning Thursday Night Saturdays Fridayx Wednesday",
    "Today, xtoday, _today ToDaY this  Morning thisevening THIS EVENING last\nnight lastnight",
    "from 1992 to 1995, between 2001 and 2004, xfrom 1992 to 1995, FROM 1992 TILL 2000, ½from",
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _pattern_of(*names: str) -> list[re.Pattern[str]]:
    return [rule.pattern for rule in RULES if rule.name in names]


# The formulations the fast patterns replace, as they were written.
PLAIN_DAY_MONTH = re.compile(rf"\b{SP.DAY}\.?\s+(?:of\s+)?{SP.MON}(?:,?\s+{SP.YEAR})?")
PLAIN_MONTH_LED = re.compile(rf"\b{SP.MON}{SP.MONTH_TAIL}?")
PLAIN_BARE_YEAR = re.compile(
    r"(?<![\w.,/+$€£#])(?<![^d]-)(?<!–)(?P<year>1\d{3}|20\d\d)(?![\w%°]|[.,]\d)"
)
PLAIN_BY_RULE = {
    "iso": r"(?<![\d.\-/])(?P<y>1[89]\d\d|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d\-])",
    "numeric": r"(?<![\d.,/+\-])(?P<a>[0-3]?\d)(?P<sep>[./])\s?(?P<b>[01]?\d)(?P=sep)\s?"
    r"(?P<year>1[89]\d\d|20\d\d)(?![\d]|\.\d)",
    "decade": r"\b(?P<y>1\d\d0|20\d0)s\b",
    "year range": r"\b(?P<y1>1[89]\d\d|20\d\d)\s?[-–]\s?(?P<y2>(?:1[89]|20)?\d\d)(?![\d\-])",
    "weekday": r"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"(?:\s+(?i:morning|afternoon|evening|night))?\b"
    r"(?:[ \t]+(?:of[ \t]+)?(?P<rel_week>last|next)[ \t]+week\b)?"
    r"(?:,?[ \t]+(?P<day>[0-3]?\d)[ \t]+(?P<mon>January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b(?:,?[ \t]+(?P<year>1[89]\d\d|20\d\d)\b)?"
    r"|,?[ \t]+the[ \t]+(?P<nth>[123]?\d)(?:st|nd|rd|th)\b)?",
}
# Case-insensitive ones, found by a piece of their fast spelling.
PLAIN_CASELESS = {
    "(?i:etween": r"\b(?:between\s+(?P<y1>1[89]\d\d|20\d\d)\s+and\s+(?P<y2>1[89]\d\d|20\d\d)"
    r"|from\s+(?P<y1b>1[89]\d\d|20\d\d)\s+(?:to|until|till)\s+(?P<y2b>1[89]\d\d|20\d\d))(?!\d)",
    "(?i:esterday\\b)|": r"\byesterday\b|\blast\s+night\b",
    "(?i:omorrow": r"\btomorrow\b",
    "(?i:oday": r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b"
    r"|\bovernight\s+from\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:to|into)\s+"
    r"(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\bovernight\b|\bearlier\s+(?:in\s+the\s+day|today)\b|\blater\s+(?:in\s+the\s+day|today)\b",
}
PLAIN_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
PLAIN_NUMERIC_HINT = re.compile(r"[./] ?\d\d?[./]")


def check_patterns(text: str) -> None:
    (day_month,) = _pattern_of("day month")
    assert _found(day_month, text) == _found(PLAIN_DAY_MONTH, text)
    (bare_year,) = _pattern_of("bare year")
    assert _found(bare_year, text) == _found(PLAIN_BARE_YEAR, text)
    for name, plain_pattern in PLAIN_BY_RULE.items():
        (fast,) = _pattern_of(name)
        assert _found(fast, text) == _found(re.compile(plain_pattern), text), name
    for piece, plain_pattern in PLAIN_CASELESS.items():
        (fast,) = [rule.pattern for rule in RULES if piece in rule.pattern.pattern]
        assert _found(fast, text) == _found(re.compile(plain_pattern, re.I), text), piece
    # Month-led: the fast patterns find a subset of the plain matches, missing only ones that
    # can never resolve (a lower-case name with no day or year, or an English word like "april").
    fast = sorted(
        (m.span(), m.groupdict(), m)
        for p in _pattern_of("month led", "lower month led")
        for m in p.finditer(text)
    )
    plain = {(m.span(), tuple(m.groupdict().items())): m for m in PLAIN_MONTH_LED.finditer(text)}
    assert all((span, tuple(g.items())) in plain for span, g, _ in fast)
    fast_keys = {(span, tuple(g.items())) for span, g, _ in fast}
    for key, m in plain.items():
        if key not in fast_keys:
            assert all(A.h_month_led(m, text, pub) is None for pub in (PUB, None))
    assert _found(S._END, text) == _found(PLAIN_END, text)
    assert S._marks(text) == [m.span() for m in S._END.finditer(text)]
    low = Scan(text).low
    assert ST.digit_runs(Scan(text)) == [m.start() for m in re.finditer(r"\d+", low)]
    assert (
        G.NUMERIC_DATE_HINTS[0].search(text)
        or G.NUMERIC_DATE_HINTS[1].search(text)
        or (not PLAIN_NUMERIC_HINT.search(text))
    )


@pytest.mark.parametrize("text", CORPUS + EDGES)
def test_fast_patterns_on_the_corpora(text):
    check_patterns(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fast_patterns_on_generated_text(text):
    check_patterns(text)


def check_prep_start(text: str) -> None:
    for start in range(len(text) + 1):
        for lo in {0, max(0, start - 40), max(0, start - 3), start}:
            prep = F._PREP_BEFORE.search(text, lo, start)
            plain = prep.start() if prep is not None and prep.start() < start else start
            assert F.prep_start(text, lo, start) == plain, (text, lo, start)


@pytest.mark.parametrize("text", EDGES)
def test_prep_start_on_edges(text):
    check_prep_start(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_prep_start_equals_the_window_search(text):
    check_prep_start(text)


def test_first_letters_of_caseless_patterns_have_two_cases_only():
    """_caseless_at_word_start spells these letters as a class of their two cases."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in "bfltyoe":
        assert set(re.findall("(?i)" + letter, everything)) == {letter, letter.upper()}


def _plain_modifier_gate(units: tuple[str, ...], mods: frozenset[str], low: str) -> bool:
    for unit in units:
        i = low.find(unit)
        while i >= 0:
            before = low[max(0, i - 30) : i]
            if before[-1:].isspace():
                word = before.rstrip()
                j = len(word)
                while j > 0 and word[j - 1].isalpha():
                    j -= 1
                if word[j:] in mods:
                    return True
            i = low.find(unit, i + 1)
    return False


# The gates as they were first written: each fast one must give the same answer on every text.
PLAIN_LOWER_MONTH_HINT = re.compile(
    r"\d(?:\s+fo)?\s+,?\.?" + SP.alt(name[::-1] for name in SP.LOWER_MONTHS)
)
PLAIN_DAYS_LATER_HINT = re.compile(
    r"(?:day|week)s? +(?:later|after|earlier|before)|(?:month|year)s? +(?:later|earlier)"
    r"|(?:next|following|previous) day"
)
PLAIN_CLOCK_HINT = re.compile(r"\d:[0-5]\d")


def check_gates(text: str) -> None:
    scan = Scan(text)
    low = scan.low
    for unit in ("week", "month", "year"):
        plain = _plain_modifier_gate((unit,), G.MODS, low)
        assert G.modifier_before((unit,), G.MODS)(scan) == plain
    assert G.weekday_hint(scan) == any(w in low for w in L.EN_WEEKDAYS)
    assert G.lower_month_hint(scan) == bool(PLAIN_LOWER_MONTH_HINT.search(low[::-1]))
    assert G.days_later_hint(scan) == bool(PLAIN_DAYS_LATER_HINT.search(" ".join(low.split())))
    assert G.clock_hint(scan) == (
        bool(PLAIN_CLOCK_HINT.search(low)) or any(word in low for word in G.NOON)
    )
    (upper, lower) = _pattern_of("month led", "lower month led")
    if lower.search(text):
        assert G.lower_month_hint(scan)


GATE_EDGES = [
    "maja 2023, marta\n\n5, septembra. 2023, jula., 2020, of 2023 maja of  2023 xmaja 5 maja 5",
    "two days  later, a week\tbefore, the next\u00a0day, nextday, days-later, weeks\nafter",
    "at 14:20, 9:5, 23:59x, :30, 1:60",
    "at noon, by midnight, afternoon, two years later, a month earlier, years after, year-later",
]


@pytest.mark.parametrize("text", CORPUS + EDGES + GATE_EDGES)
def test_gates_equal_their_plain_forms_on_the_corpora(text):
    check_gates(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_gates_equal_their_plain_forms(text):
    check_gates(text)


@pytest.mark.parametrize(
    "phrase",
    [
        "cold war",
        "opened fire",
        "opens fire",
        "open fire",
        "set on fire",
        "set fire",
        "set ablaze",
        "airstrike",
        "air strikes",
        "general strike",
        "hunger strike",
        "on strike",
        "went on strike",
        "teargas",
        "tear gas",
        "water cannon",
        "took to the streets",
        "press conference",
        "took over",
        "forest fire",
        "forest fires",
        "wildfire",
        "wild fires",
        "state of emergency",
        "traffic accident",
        "car crash",
        "bus crash",
    ],
)
def test_every_phrase_holds_a_piece(phrase):
    low = f"they said {phrase} today"
    assert C._ANY_PHRASE.search(low)
    assert any(piece in low for piece in C._PHRASE_PIECES)
    # each phrase's scan runs only where one of its own pieces stands
    for (pattern, *_), pieces in zip(C._PHRASES, C._PIECES_OF, strict=True):
        if pattern.search(low):
            assert any(piece in low for piece in pieces), pattern.pattern


@pytest.mark.parametrize(
    "clause",
    [
        "after",
        "since",
        "following",
        "amid",
        "because of",
        "in the wake of",
        "in response to",
        "in protest at",
        "in protest against",
        "which",
        "who",
    ],
)
def test_every_background_clause_holds_a_piece(clause):
    low = f"police came on monday, {clause} the clashes"
    assert C._BACKGROUND.search(low)
    assert any(piece in low for piece in C._BACKGROUND_PIECES)


def check_trigger_words(low: str, anchor: int) -> None:
    back = C._background(low, anchor)
    plain = [
        (m.group(), C._BACKGROUND_WEIGHT if back and back[0] <= m.start() < back[1] else 1.0)
        for m in C._WORDS.finditer(low)
        if m.group() in C._INDEX
    ]
    assert C._trigger_words(low, back) == plain


@pytest.mark.parametrize(
    "low",
    [
        "students held a sit-in protest at the rectorate",  # "sit-in" runs into the clause
        "they killed two, after the war, then rallied",
        "after the war, they killed two",
        "protesters rallied which killed",
    ],
)
def test_trigger_words_on_edges(low):
    for anchor in range(len(low)):
        check_trigger_words(low, anchor)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=0, max_value=200))
def test_trigger_words_equal_the_positional_scan(text, anchor):
    low = text.lower() + " killed protesters after the war, x-after clashes which set fire"
    check_trigger_words(low, anchor % len(low))


def _plain_ends_sentence(line: str, stop: int, after: int) -> bool:
    rest = line[after:].lstrip()
    if not rest:
        return False
    first = rest[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«(["):
        return False
    if line[stop] != ".":
        return True
    begin = stop
    while begin > 0 and (line[begin - 1].isalnum() or line[begin - 1] in "._"):
        begin -= 1
    if begin == stop:
        return True
    word = line[begin:stop].lower()
    if word in S._ABBREVIATIONS:
        return False
    return not (len(word) == 1 and word.isalpha() and line[begin].isupper())


def check_sentence_ends(text: str) -> None:
    for m in S._END.finditer(text):
        assert S._ends_sentence(text, m.start(), m.end()) == _plain_ends_sentence(
            text, m.start(), m.end()
        )


@pytest.mark.parametrize("text", CORPUS + EDGES)
def test_sentence_ends_on_the_corpora(text):
    check_sentence_ends(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_sentence_ends_equal_the_plain_test(text):
    check_sentence_ends(text)


def test_rules_are_named_once():
    names = [rule.name for rule in F.rules_of(["sh", "sl", "sq", "mk"])]
    assert len(set(names)) == len(names)


LOCAL = Path(__file__).resolve().parents[2] / "data" / "events" / "local"
LOCAL_TEXTS = [
    (json.loads(line)["text"], json.loads(line)["language"])
    for name in ("dev.jsonl", "heldout.jsonl")
    for line in (LOCAL / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _gate_passes(rule: Rule, text: str) -> bool:
    gate = rule.gate
    low = text.lower()
    return not gate or (gate(Scan(text)) if callable(gate) else any(g in low for g in gate))


def _resolves(rule: Rule, text: str) -> bool:
    """Whether some match of the rule reads as a date (a match its handler rejects, such as a
    bare number for "pre {0} dana", may lie outside the gate)."""
    return any(rule.handler(m, text, PUB) is not None for m in rule.pattern.finditer(text))


@pytest.mark.parametrize(("text", "language"), [(t, None) for t in CORPUS + EDGES] + LOCAL_TEXTS)
def test_every_gate_is_a_necessary_condition(text, language):
    """A rule that finds a date in a text never has its gate shut on that text."""
    for rule in F.rules_of([language]):
        if _resolves(rule, text):
            assert _gate_passes(rule, text), rule.name


@settings(max_examples=300, deadline=None)
@given(texts)
def test_gates_are_necessary_on_generated_text(text):
    for rule in F.rules_of(["sr", "sq", "mk", "sl"]):
        if _resolves(rule, text):
            assert _gate_passes(rule, text), (rule.name, text)


_MARK_PIECES = [".", "!", "?", "…", '"', "'", "”", "’", "»", ")", "]", " ", "\n", "\u00a0"]
_MARK_PIECES += ["\u2028", "a", "St", "Mr", "1", "U.S", "“", "(", "\t"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=30).map("".join))
def test_sentence_marks_are_the_pattern_matches(text):
    assert S._marks(text) == [m.span() for m in S._END.finditer(text)]


_DIGIT_PIECES = ["1", "2", "09", "٣", "²", "\u0966", "\uff11", "?", " ", "a", "’", "č", "İ", "x1"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_DIGIT_PIECES), max_size=30).map("".join))
def test_digit_runs_are_the_runs_of_digits(text):
    # as written, and past the count of other characters asked one by one (then searched for)
    for written in (text, "ž" * (RUNS._FEW_OTHERS + 1) + text, text + "?" * RUNS._FEW_OTHERS + "é"):
        scan = Scan(written)
        assert ST.digit_runs(scan) == [m.start() for m in re.finditer(r"\d+", scan.low)]


def test_other_digit_class_is_every_decimal_digit_outside_ascii():
    """The class ``digit_runs`` asks before its byte image, tried on every code point: it
    matches exactly the characters that are decimal digits and not ASCII."""
    pattern = RUNS._OTHER_DIGIT
    for code in range(0x110000):
        c = chr(code)
        assert (pattern.match(c) is not None) == (c.isdecimal() and not c.isascii()), hex(code)


_WORD_PIECES = ["a", "z", "B", "Xy", "'", "-", "'-", " ", "\t", ".", "1", "_", "é", "’", "İ"]
_WORD_PIECES += ["n't", "O'N", "x-y", "?", "\u1680", "\x1c"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=30).map("".join))
def test_words_read_from_bytes_are_the_pattern_words(text):
    low = text.lower()
    assert C._words(low) == C._WORDS.findall(low)
    assert CX.words_of(text) == CX.WORD.findall(text)
    assert CX.words_of(text, 2, 9) == CX.WORD.findall(text, 2, 9)


@pytest.mark.parametrize("text", CORPUS + EDGES)
def test_words_read_from_bytes_on_the_corpora(text):
    assert C._words(text.lower()) == C._WORDS.findall(text.lower())
    assert CX.words_of(text) == CX.WORD.findall(text)
    assert CL._tokens(text.lower()) == CL._TOKEN.findall(text.lower())


_LOCAL_PIECES = _WORD_PIECES + ["ž", "Ћ", "ё", "²", "½", "٣", "-", "--", "\u2028", "\xa0", "ë-"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_LOCAL_PIECES), max_size=30).map("".join))
def test_words_read_token_by_token_are_the_pattern_words(text):
    """Beyond ASCII the words are read per whitespace-separated token (context.words_of,
    classify_local._tokens), each token once: the same words as the patterns' scan."""
    for _ in range(2):  # the second time from the tokens' memo
        assert CX.words_of(text) == CX.WORD.findall(text)
        assert CX.words_of(text, 3, 11) == CX.WORD.findall(text, 3, 11)
        assert CL._tokens(text.lower()) == CL._TOKEN.findall(text.lower())
