"""The cheap tests in front of some date checks change no answer: each holds wherever the
check it spares could succeed (``habits``: a habit's words before and after a date;
``local_state_dates``: the period word before a comparison's base)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events.temporal import habits as H
from newsmap.events.temporal import local_state_dates as S
from newsmap.events.temporal.context import words_before
from newsmap.events.temporal.words import FUTURE_MARKERS


def _custom_before_plain(text: str, start: int, end: int) -> bool:
    """``custom_before`` as it was."""
    if text.endswith(H._FALLS, start - 9 if start > 9 else 0, start):
        verb = start - (9 if text.endswith("falls on ", 0, start) else 8)
        if verb == 0 or not text[verb - 1].isalpha():
            if H._THIS_TIME.search(text, max(0, verb - 30), min(len(text), end + 60)):
                return False
            return not any(map(str.isdigit, text[start:end].split()[-1]))
    window = text[start - H._REACH if start > H._REACH else 0 : start]
    if "ly " not in window or not any([ending in window for ending in H._ENDINGS]):
        return False
    if H._CUSTOM.search(window) is None:
        return False
    return FUTURE_MARKERS.isdisjoint(words_before(text, start, H._SENTENCE_WORDS))


def _marked_yearly_plain(text: str, end: int) -> bool:
    """``_marked_yearly`` as it was."""
    chunk = text[end : end + H._YEARLY_REACH]
    for mark in (". ", ".\n", "\n"):
        cut = chunk.find(mark)
        if cut >= 0:
            chunk = chunk[:cut]
    if "year" not in chunk and "annually" not in chunk and "l day" not in chunk:
        return False
    return H._YEARLY.search(chunk) is not None


def _is_habitual_plain(text: str, start: int, end: int) -> bool:
    """``is_habitual`` as it was before the tests in front of its method calls."""
    if (
        start >= 6
        and text[start - 2] in "yh"
        and text[max(0, start - 10) : start].endswith(H._EVERY_BEFORE)
    ):
        return True
    if text.endswith(H._PLURAL_DAYS, start - 12 if start > 12 else 0, start):
        return True
    near = text[start - 24 if start > 24 else 0 : start]
    if "days " in near and H._WEEKDAYS_FROM.search(near) is not None:
        return True
    if end + 1 < len(text) and (text[end + 1] in "ebmaond" or text[end] == ","):
        if H._EVERY_AFTER.match(text, end) is not None:
            return True
    window = text[start - 48 if start > 48 else 0 : start]
    if ("very " in window or "ach " in window) and H._EVERY_FAR.search(window) is not None:
        return True
    if text.endswith("day", start, end) and H._ORDINAL_BEFORE.search(window) is not None:
        return True
    if _custom_before_plain(text, start, end):
        return True
    return text[end - 1 : end].isalpha() and _marked_yearly_plain(text, end)


DATES = ["14 January", "Sunday", "Monday", "May 2021", "7"]
WORDS = ["every ", "Every ", "each ", "each day ", "weekdays ", "weekends ", "daily ", "falls on "]
WORDS += ["fall on ", "on ", "Sundays from ", "usually ", "normally opens ", " ", ", ", ". "]
WORDS += [" every year", ", every week", " each month", "\tevery day", " mornings", " daily"]
WORDS += [" marked every year", " held annually", " and it is", "\n", "the first ", "ly "]
WORDS += [" will", "s", "y", "n", "x", "the last ", "rockfall on ", " this year"]
WORDS += [" as an international day", " as an annual day", " on the first of every month"]


@settings(max_examples=400, deadline=None)
@given(
    before=st.lists(st.sampled_from(WORDS), max_size=5),
    date=st.sampled_from(DATES),
    after=st.lists(st.sampled_from(WORDS), max_size=4),
)
def test_is_habitual_as_plain(before: list[str], date: str, after: list[str]) -> None:
    head = "".join(before)
    text = head + date + "".join(after)
    start, end = len(head), len(head) + len(date)
    assert H.is_habitual(text, start, end) == _is_habitual_plain(text, start, end)


PERIOD_WORDS = ["nego ", "u ", "istom ", "periodu ", "PERİOD ", "perıod ", "periudhës ", "kot "]
PERIOD_WORDS += ["Period", "отколку ", "во ", "истиот ", "период ", "obdobju", "\u00a0", "\n", "x"]
PERIOD_WORDS += ["razdoblju ", "sesa ", "periodot ", "OBDOBJU ", "  ", "prošle godine"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PERIOD_WORDS), max_size=8))
def test_period_before_never_misses(parts: list[str]) -> None:
    text = "".join(parts)
    for start in range(len(text) + 1):
        if S._THAN_PERIOD.search(text, max(0, start - 60), start) is not None:
            assert S._period_before(text, start)


def test_made_up_comparison() -> None:
    text = "Prodano je više nego u istom periodu prošle godine."
    start = text.index("prošle")
    assert S._period_before(text, start)
    assert S.local_no_event(text, start, start + len("prošle godine"))
