"""The local-language fast paths give exactly what the plain formulations they replace give.

``is_future_local`` skips the tense search of a clause that holds none of ``FUTURE_PIECES``,
``local_nonevent`` each pattern whose words the window lacks, and ``local_type_scores`` keeps
what each word gave; each must answer as the plain searches and the plain per-word lookup do,
on the local corpora and on text made of the words where they could differ.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events import classify as C
from newsmap.events import classify_local as CL
from newsmap.events.temporal import local_nonevents as N
from newsmap.events.temporal import local_tense as T
from newsmap.events.temporal import local_words as W
from newsmap.events.temporal.local import is_future_local
from newsmap.events.temporal.local_day_spans import lasting
from newsmap.lexicon.local import family

LOCAL = Path(__file__).resolve().parents[2] / "data" / "events" / "local"
TEXTS = [
    json.loads(line)["text"]
    for path in sorted(LOCAL.glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
FAMILIES = sorted(W.FUTURE)

# One clause per alternative of each family's future pattern.
FUTURE_CLAUSES = {
    "sh": [
        "Ministar ću posetiti",
        "oni ćeš",
        "on će doći",
        "mi ćemo",
        "vi ćete",
        "ја ћу",
        "ти ћеш",
        "он ће",
        "ми ћемо",
        "ви ћете",
        "posetiće Beograd",
        "bi trebalo da",
        "би требало да",
        "trebalo bi da",
        "требало би да",
        "očekuje se dolazak",
        "очекује se",
        "sastanak je zakazan",
        "заказан",
        "najavljen je dolazak",
        "најављен",
        "biće održan",
        "биће одржан",
        "planiramo koncert",
        "планира се",
        "rektor očekuje nastavu",
        "очекујемо",
        "trebao bi se konstituisati",
    ],
    "sl": ["bo prišel", "bom", "boš", "bomo", "boste", "bodo", "bosta", "bova", "načrtujejo"]
    + ["pričakujejo"],
    "sq": [
        "do të vijë",
        "do te vije",
        "pritet të mbërrijë",
        "pritet te",
        "planifikon",
        "do ta shohin",
    ],
    "mk": ["ќе дојде", "планираат", "закажа", "се очекува"],
}


def _plain_future(code: str, text: str, start: int, end: int) -> bool:
    """``is_future_local`` without its shortcut: the family's pattern searched in the date's
    own clause (cut at a complementiser or a joined clause, opened at a verb of saying, a
    relative pronoun or "because") of every
    text, a Serbo-Croatian
    "next" left out of a clause in the perfect before the date."""
    if text[end - 1 : end] == ".":
        end -= 1
    lo, hi = max(0, start - 90), min(len(text), end + 90)
    window = text[lo:hi]
    a, b = start - lo, end - lo
    left = max(window.rfind(c, 0, a) for c in ".!?;\n") + 1
    saids = list(T.SAID.finditer(window, left, a))  # "..., tha të enjten": a clause of its own
    if saids:
        left = saids[-1].start()
    relatives = list(T._RELATIVE.finditer(window, left, a)) if code == "sh" else []
    if relatives:  # "napad kakav se dogodio u četvrtak": a relative clause of its own
        left = relatives[-1].start()
    because = list(T._BECAUSE.finditer(window, left, a)) if code == "sh" else []
    if because:  # "biće bolje jer su od 1. decembra otvorena": a clause of its own
        left = because[-1].start()
    right = [i for i in (window.find(c, b) for c in ".!?;\n") if i >= 0]
    stop = min(right) if right else len(window)
    cut = T._AFTER_END[code].search(window, b, stop)
    if cut is not None:
        stop = cut.start()
    clause = window[left:stop]
    if W.FUTURE[code].search(clause) is None:
        return False
    if T.past_own_clause(code, window, left, a, b, stop):  # ", odlučio je ... u petak"
        return False
    perfect = T._PERFECT.search(clause) if code == "sh" else None
    if perfect is not None and perfect.start() < a - left:
        return W.FUTURE[code].search(T._NEXT_WORD.sub(" ", clause)) is not None
    return True


@pytest.mark.parametrize("code", FAMILIES)
def test_every_future_mark_holds_a_piece(code):
    for clause in FUTURE_CLAUSES[code]:
        assert W.FUTURE[code].search(clause), clause
        assert any(piece in clause for piece in W.FUTURE_PIECES[code]), clause
        assert is_future_local(family(code), clause, 0, 1), clause


@pytest.mark.parametrize("code", FAMILIES)
def test_future_tense_equals_the_plain_search_on_the_corpora(code):
    fam = family(code)
    futures = 0
    for text in TEXTS:
        for start in range(0, len(text), 7):
            end = min(len(text), start + 5)
            found = is_future_local(fam, text, start, end)
            assert found == _plain_future(code, text, start, end)
            futures += found
    assert futures  # the corpora hold future clauses in every family's reading


_TOKENS = [
    *(c for clauses in FUTURE_CLAUSES.values() for c in clauses),
    *"ć ће će bo do të pritet ќе trebal bi se x . ; \n ! ? , u subotu".split(),
    " ",
    "  ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=30).map(" ".join), st.sampled_from(FAMILIES))
def test_future_tense_equals_the_plain_search_on_generated_text(text, code):
    fam = family(code)
    for start in range(0, len(text), 3):
        end = min(len(text), start + 2)
        assert is_future_local(fam, text, start, end) == _plain_future(code, text, start, end)


@pytest.mark.parametrize("code", FAMILIES)
def test_future_marks_are_found_where_the_plain_search_finds_them_on_the_corpora(code):
    """``future_in`` tries the pattern near the pieces only; the search tried everywhere."""
    for text in TEXTS:
        for start in range(0, len(text), 40):
            clause = text[start : start + 180]
            assert T.future_in(code, clause) == (W.FUTURE[code].search(clause) is not None)


_GLUED = [
    *_TOKENS,
    *"\t \u00a0 \n x a i e bi би ardhshme ardhshëm Naredn naredn iduć Sljedeć ledeć pravi".split(
        " "
    ),
    "   ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GLUED), max_size=16).map("".join), st.sampled_from(FAMILIES))
def test_future_marks_are_found_where_the_plain_search_finds_them(clause, code):
    """Marks glued to letters and to each other, blanks of every kind and length before a piece
    ("bi\t\ttrebalo", "e  ardhshme"), at the clause's ends."""
    assert T.future_in(code, clause) == (W.FUTURE[code].search(clause) is not None)


def _plain_scores(sentence: str) -> dict[str, float]:
    scores: dict[str, float] = {}
    for word in CL._TOKEN.findall(sentence.lower()):
        for etype, weight in CL._hits(word):
            scores[etype] = scores.get(etype, 0.0) + weight
    return scores


def test_local_scores_equal_the_plain_lookup_on_the_corpora():
    sentences = [s for text in TEXTS for s in text.split(". ")]
    scored = 0
    for _ in range(2):  # the second pass reads every word from what the first kept
        for sentence in sentences:
            found = CL.local_type_scores(sentence)
            assert found == _plain_scores(sentence)
            scored += bool(found)
    assert scored


def test_local_scores_stay_right_when_the_kept_words_are_dropped(monkeypatch):
    monkeypatch.setattr(CL, "_MOST_WORDS", 3)
    monkeypatch.setattr(CL, "_MISSES", set())
    monkeypatch.setattr(CL, "_FOUND", {})
    sentence = "Policija je uhapsila dvojicu, a protest je nastavljen uz nove proteste."
    for _ in range(3):
        assert CL.local_type_scores(sentence) == _plain_scores(sentence)
        assert len(CL._MISSES) + len(CL._FOUND) <= 3
    assert CL.local_type_scores(sentence)["protest"] == 6.0


def _plain_type_scores(sentence: str, anchor: int | None) -> dict[str, float]:
    """``type_scores`` as it was: the background clause looked for in every sentence."""
    low = sentence.lower()
    scores: dict[str, float] = {}
    for word, factor in C._trigger_words(low, C._background(low, anchor)):
        for etype, weight in C._INDEX[word]:
            scores[etype] = scores.get(etype, 0.0) + weight * factor
    if any(map(low.__contains__, C._PHRASE_PIECES)) and C._ANY_PHRASE.search(low):
        for pattern, etype, weight, cancels in C._PHRASES:
            hits = len(pattern.findall(low))
            if hits:
                scores[etype] = scores.get(etype, 0.0) + weight * hits
                for other, minus in cancels:
                    scores[other] = scores.get(other, 0.0) - minus * hits
    return {k: v for k, v in scores.items() if v > 0}


ENGLISH = [
    json.loads(line)["text"]
    for path in sorted(LOCAL.parent.glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_type_scores_equal_the_plain_ones_on_the_corpora():
    discounted = 0
    for text in TEXTS + ENGLISH:
        for sentence in text.split(". "):
            for anchor in (None, 0, len(sentence) // 2, len(sentence) - 1):
                found = C.type_scores(sentence, anchor)
                assert found == _plain_type_scores(sentence, anchor)
            discounted += C.type_scores(sentence, 0) != C.type_scores(sentence, None)
    assert discounted  # background clauses that change a score are among them


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "police killed protest after since who which amid clashes, x-after o'after "
            "fire strike said . , - ' protesters arrested in the wake of".split()
            + [" "]
        ),
        max_size=25,
    ).map(" ".join),
    st.integers(min_value=0, max_value=200),
)
def test_type_scores_equal_the_plain_ones_on_generated_text(sentence, anchor):
    assert C.type_scores(sentence, anchor) == _plain_type_scores(sentence, anchor)


def plain_local_nonevent(text: str, start: int, end: int) -> bool:
    """``local_nonevents.local_nonevent`` as it was written before its gates: every pattern
    searched as it is."""
    window = text[start - N._REACH if start > N._REACH else 0 : start]
    if N._EVERY.search(window) and not N._SINCE.search(window + text[start:end]):
        return True
    surface = text[start:end]
    opened = N._RANGE_END.search(window)
    if opened and lasting(text, start - len(window) + opened.start()):
        return True
    if (
        N._THAN.search(window)
        and not any(map(str.isdigit, surface))
        and N._WHEN_AFTER.match(text, end) is None
    ):
        return True
    if window[-1:].isspace() and N._ever_since(window, surface) and not N._told_done(text, start):
        return True
    if surface.lower().startswith(N._PAST_RELATIVE) and N._SINCE_BARE.search(window):
        return True
    if surface.isdigit() and len(surface) == 4 and N._named_year(text, window, end):
        return True
    if surface.isdigit() and len(surface) == 4 and N._budget_year(text, window, end):
        return True
    if surface.lower() in N._NEXT_DAY_NOUN and window.rstrip().lower().endswith(("të", "te")):
        return True
    if N._PLURAL_YEARS.search(surface):
        return True
    if surface.lower().startswith(N._THIS_YEAR) and N._counted_so_far(text, start, end):
        return True
    if (
        surface.lower().startswith(N._PERIOD_END)
        and not surface.lower().split()[-1].startswith(N._UNIT_WORDS)
        and N._lasting(text, start, end)
    ):
        return True
    return surface.endswith(N._WEEK_WORDS) and N._DAYS_AFTER.match(text, end) is not None


def _spans(text: str) -> list[tuple[int, int]]:
    """A date's possible spans: from each token's start to the end of it and of the next two."""
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    return [(s, e) for i, s in enumerate(starts) for e in ends[i : i + 3]]


@pytest.mark.parametrize("text", TEXTS)
def test_local_nonevent_equals_the_plain_searches_on_the_corpora(text):
    for start, end in _spans(text):
        assert N.local_nonevent(text, start, end) is plain_local_nonevent(text, start, end)


_NONEVENT_TOKENS = (
    "svake Svake SVAKOG svakog сваке Сваког vsako VSAKO çdo Çdo ÇDO cdo секоја Секој sva "
    "od Od OD од nga prej do DO до deri më me në ne kot KOT nego NEGO negoli него Него "
    "naslednjih narednih NAREDNIH sljedećih следећих наредните let letih godina Godina годин "
    "години nedelju dana дана 5 5. 15. 2024 2024. soboto srijede maja lani prošle godine "
    "отколку ОТКОЛКУ lani Lani лани Vukovara Istra 1991 zbog ı ſ İ ᲀ ᲁ ᲂ ᲃ ᲄ ᲅ K".split()
) + [" ", "  ", "\n", "\u00a0", "\t", ".", ",", "x", "_"]
_nonevent_texts = st.lists(st.sampled_from(_NONEVENT_TOKENS), max_size=24).map("".join)


@settings(max_examples=150, deadline=None)
@given(_nonevent_texts)
def test_local_nonevent_equals_the_plain_searches_on_generated_text(text):
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 12) + 1):
            assert N.local_nonevent(text, start, end) is plain_local_nonevent(text, start, end)


def test_odd_letters_are_every_case_blind_reading_lowering_misses():
    """Every character that case-blind matching reads as a letter of the patterns, but whose
    lower case is not that letter, is in ``_CASE_ODD``."""
    letters = set("".join(N._EVERY_PIECES + N._RANGE_ENDS + N._THAN_WORDS + N._YEAR_PIECES))
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    read = re.findall("[" + re.escape("".join(sorted(letters))) + "]", every, re.IGNORECASE)
    odd = sorted(c for c in read if c.lower() not in letters)
    assert odd and set(odd) <= set(N._CASE_ODD), odd
