"""The dates side's shortcuts (speed_dates) answer as the plain formulations they replace.

Each test holds a shortcut to the plain code it stands for, written out here, on made-up text
built from the pieces where the two could differ: the sentence-end pattern with its look-behind
moved after the mark, the strong-future gate of ``_far_future``, the character test before a
phrase's ``startswith`` in ``Words``, the one scan of a clause's l-participles, and the
weekday handlers that no longer read a tense where the day does not depend on it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events.temporal import context as X
from newsmap.events.temporal import english_tense as E
from newsmap.events.temporal import local_tense as T
from newsmap.events.temporal import local_words as W
from newsmap.events.temporal.find import find_dates
from newsmap.events.temporal.rules import ENGLISH_WORDS
from newsmap.events.temporal.shared_words import Words

_PLAIN_END = re.compile(T.SENTENCE_END_PLAIN)
_END_PIECES = ["5", ".", "!", "?", " ", "\n", "  ", "Ana", "će", "Č", "„", "x", "20.30", "ı"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_END_PIECES), max_size=30).map("".join),
    st.integers(0, 40),
    st.integers(0, 80),
)
def test_sentence_end_matches_its_plain_spelling(text: str, lo: int, hi: int) -> None:
    hi = min(hi, len(text))
    lo = min(lo, hi)
    fast = [m.span() for m in T._SENTENCE_END.finditer(text, lo, hi)]
    assert fast == [m.span() for m in _PLAIN_END.finditer(text, lo, hi)]


def _far_future_plain(text: str, start: int) -> bool:
    """``context._far_future`` as it read before its gate."""
    lo = max(0, start - 400)
    for m in E._SENTENCE_START.finditer(text, lo, start):
        lo = m.end()
    words = [w.lower() for w in X.words_of(text, lo, start)]
    if E._STRONG_FUTURE.isdisjoint(words):
        return False
    return E.tense_of(list(reversed(words))) is True


_FUTURE_PIECES = ["will", "Will", "WILL", "shall", "SHALL", "they'll", "swill", "wil", "l"]
_FUTURE_PIECES += [" ", ". ", "\n", "the", "vote", "held", "said", "meet", "on", "ı", "’"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FUTURE_PIECES), max_size=40).map("".join))
def test_far_future_gate_answers_as_the_plain_reading(text: str) -> None:
    for start in (len(text), len(text) // 2):
        assert E._far_future(text, start) == _far_future_plain(text, start)


def _phrases_plain(words: Words, low: str, found: dict[str, list[int]]) -> dict[str, list[int]]:
    """``Words._with_phrases`` as it read before its character test."""
    for phrase, (key, offset) in words._pieces.items():
        keyed = found.get(key)
        if keyed is not None:
            places = [
                p - offset for p in keyed if p >= offset and low.startswith(phrase, p - offset)
            ]
            if places:
                found[phrase] = places
    return found


_PHRASE_PIECES = ["that day", "the day", "same day", "monday", "days", "the end of the", "end"]
_PHRASE_PIECES += ["weekend", "in the morning", "new year", "years", " ", "  ", "night before"]
_PHRASE_PIECES += ["that", "year", "day", "in the", "of the", "this week", "-", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_PIECES), max_size=30).map("".join))
def test_phrase_places_as_the_plain_reading(low: str) -> None:
    fast = ENGLISH_WORDS.find(low)
    singles = {w: p for w, p in fast.items() if w in ENGLISH_WORDS._singles}
    assert fast == _phrases_plain(ENGLISH_WORDS, low, {w: list(p) for w, p in singles.items()})


def _copula_clause_plain(clause: str, own: str | None = None) -> bool:
    """``local_tense.copula_clause`` as it read with a search before its scan."""
    raw = [w.strip(",;:„“”\"'") for w in clause.split()]
    if raw and T._PASSIVE.fullmatch(raw[0].lower()):
        return False
    words = [w.lower() for w in raw]
    reflexive = words if own is None else own.lower().split()
    if not any(w in T._COPULAS for w in words) or "se" in reflexive or "се" in reflexive:
        return False
    if any(
        w in ("bio", "bila", "bilo", "bili", "bile", "био", "била", "било", "били") for w in words
    ):
        return False
    if T._PARTICIPLE.search(clause) is not None and T._has_past(
        T._PAST["sh"], clause, 0, len(clause)
    ):
        lower = [m.group() for m in T._PARTICIPLE.finditer(clause) if m.group()[:1].islower()]
        if any(w.lower() not in T._LOOK_LIKE_PARTICIPLES for w in lower):
            return False
    return all(m.group().lower() in W.NOT_PASSIVE for m in T._PASSIVE.finditer(clause))


_CLAUSE_WORDS = "je su је су utakmica Prvo gostovanje u subotu malo Bela otvorio održala".split()
_CLAUSE_WORDS += "otvoren škola posle se bio stadion novi отворио је Мила".split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_WORDS), max_size=12).map(" ".join))
def test_copula_clause_as_the_plain_reading(clause: str) -> None:
    assert T.copula_clause(clause) == _copula_clause_plain(clause)
    own = clause[len(clause) // 2 :]
    assert T.copula_clause(clause, own) == _copula_clause_plain(clause, own)


# Thursday 23 November 2023: the publication's own weekday is Thursday.
_PUB = date(2023, 11, 23)


def _days(text: str) -> list[str]:
    return [e.date for e in find_dates(text, _PUB)]


def test_the_publications_weekday_is_its_day_whatever_the_tense() -> None:
    day = _PUB.isoformat()
    assert _days("The council will meet on Thursday to vote.") == [day]
    assert _days("The council met on Thursday and voted.") == [day]
    assert _days("Talks resume on Thursday.") == [day]


def test_last_and_next_move_the_publications_weekday_a_week() -> None:
    assert _days("The council met last Thursday.") == [(_PUB - timedelta(days=7)).isoformat()]
    assert _days("The council meets next Thursday.") == [(_PUB + timedelta(days=7)).isoformat()]


def test_a_local_weekday_of_a_week_told_reads_no_tense() -> None:
    langs = ["hr"]
    last = [e.date for e in find_dates("Vijeće je zasjedalo prošle srijede.", _PUB, langs)]
    assert last == ["2023-11-15"]  # the Wednesday of the calendar week before the publication's
    ahead = [e.date for e in find_dates("Vijeće će zasjedati iduće srijede.", _PUB, langs)]
    assert ahead == ["2023-11-29"]
