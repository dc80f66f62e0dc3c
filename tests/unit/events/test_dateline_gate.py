"""``is_dateline`` searches a head that ends with a comma for a fixture only when the head is
short enough for either of the branches behind that search: its answer stays the plain one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmap.events.temporal import find as F


def _is_dateline_plain(text: str, start: int, end: int, precision: str = "day") -> bool:
    """``is_dateline`` as it was, the fixture searched in every head that ends with a comma."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start].rstrip()
    if head.endswith((" -", " –", " —")) and start - line <= 80 and precision in F._STAMPED:
        if "." not in head and "!" not in head and "?" not in head and F._ends_line(text, end):
            return True
    elif head.endswith(",") and F.FIXTURE.search(head) is None:
        if F._AGENCY.match(text, end):
            place = head[:-1].split(",")[0].strip()
            if place and len(head) <= 48 and F._is_place_name(place):
                return True
        if (
            len(head) <= F._PLACE_HEAD
            and "." not in head
            and "!" not in head
            and "?" not in head
            and F._ends_line(text, end)
        ):
            return True
    elif head[-9:].lower().endswith(F._STAMP_WORDS):
        if F._last_word(text, max(line, start - 20), start).lower() in F._STAMP_WORDS:
            if F._ends_line(text, end):
                return True
    return (
        precision in F._STAMPED and F._header_line(text, line, end) and not F._diary_head(text, end)
    )


HEADS = ["BELGRADE", "Skopje", "Partizan v. Zvezda", "Partizan vs Zvezda", "Kosovo", "Press"]
HEADS += ["release", "Butmir", "updated", "Published:", "In Belgrade", "the minister said that"]
HEADS += ["Friday", "and", "x" * 30, "Novi Sad", "СКОПЈЕ", "İSTANBUL", "."]
JOINS = [", ", " ", " - ", "\n", ",  ", ": "]
TAILS = ["", " -", " (Reuters) - text", " /MINA/ - text", "\n", "\nUnions will march", ", 14:20"]
TAILS += [" at noon.", " 2024", ")\n"]


@settings(max_examples=600, deadline=None)
@given(
    parts=st.lists(st.tuples(st.sampled_from(HEADS), st.sampled_from(JOINS)), max_size=8),
    date=st.sampled_from(["3 March", "March 3", "13 May 2024", "2024", "6 јули"]),
    tail=st.sampled_from(TAILS),
    precision=st.sampled_from(["day", "month", "year"]),
)
def test_same_as_plain(parts: list[tuple[str, str]], date: str, tail: str, precision: str) -> None:
    head = "".join(word + join for word, join in parts)
    text = head + date + tail
    start, end = len(head), len(head) + len(date)
    assert F.is_dateline(text, start, end, precision) == _is_dateline_plain(
        text, start, end, precision
    )


def test_made_up_datelines() -> None:
    text = "BELGRADE, 3 March (Reuters) - The talks went on."
    assert F.is_dateline(text, 10, 17)
    long_head = "The minister, who spoke at length about the talks in Brussels and in Skopje, "
    text = long_head + "3 March\n"
    assert not F.is_dateline(text, len(long_head), len(long_head) + 7)
    assert not _is_dateline_plain(text, len(long_head), len(long_head) + 7)
