"""Where runs of digits start in a scanned text: the starts of the rules that read numbers.

Each is a ``starts.Starts`` function of a ``starts.Scan``, found once per text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsmap.events.temporal.starts import Scan

_NOT_DIGITS = re.compile(r"\D+")


def digit_runs(scan: Scan) -> list[int]:
    """Where each run of digits starts in the lower-cased text (lower-casing keeps digits).

    A regex for the digits, or for the runs between them, tests a character class at every
    character (the Unicode database's digit test, as news is seldom plain ASCII: its quotes and
    dashes are not), and was a sixth of the date matcher's time.  So the text is read as bytes
    instead, one per character, each digit a "1" and anything else a "0": each run is found by
    a byte search for its first "1" and another for the "0" after it.  Only a text with a digit
    of another script (Arabic, Devanagari...) is read by the regex.  Which text that is, its few
    other characters tell one by one (an English text's quotes and dashes); many (a local text's
    letters, asked one by one, cost three times the search) are told by one search of the text
    for such a digit, its class a single test per character.
    """
    low = scan.low
    if low.isascii():
        raw = low.encode("ascii")
    else:
        raw = low.encode("ascii", "replace")  # one "?" per other character: positions kept
        if raw.count(b"?") <= _FEW_OTHERS:
            at = raw.find(b"?")
            while at >= 0:
                if low[at].isdecimal():
                    return _digit_runs_by_regex(low)
                at = raw.find(b"?", at + 1)
        elif _OTHER_DIGIT.search(low) is not None:
            return _digit_runs_by_regex(low)
    flags = raw.translate(_DIGIT_FLAGS)
    runs: list[int] = []
    at = flags.find(b"1")
    while at >= 0:
        runs.append(at)
        end = flags.find(b"0", at)
        if end < 0:
            break
        at = flags.find(b"1", end)
    return runs


#: Up to how many characters beyond ASCII (and question marks) are asked one by one.
_FEW_OTHERS = 100
#: A decimal digit outside ASCII: not a character of the first 128, nor a non-digit.
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f\D]")
#: Bytes to b"1" for an ASCII digit and b"0" for any other byte.
_DIGIT_FLAGS = bytes(0x31 if 0x30 <= b <= 0x39 else 0x30 for b in range(256))


def _digit_runs_by_regex(low: str) -> list[int]:
    """``digit_runs`` for a text of any digits: each run of digits starts where a run of other
    characters ends."""
    runs = [m.end() for m in _NOT_DIGITS.finditer(low)]
    if runs and runs[-1] == len(low):
        runs.pop()
    if low[:1].isdecimal():
        runs.insert(0, 0)
    return runs


def year_runs(scan: Scan) -> list[int]:
    """Runs of digits that open with 1 or 2: where a year (1000-2099) can start."""
    low = scan.low
    return [at for at in scan.starts(digit_runs) if low[at] in "12"]


def century_runs(scan: Scan) -> list[int]:
    """Runs of digits that open with 18, 19 or 20: where a year of 1800-2099 written on its own
    (after a blank, as "od 2012." and "që nga viti 2015" write it) can start."""
    low = scan.low
    return [at for at in scan.starts(year_runs) if low.startswith(_CENTURIES, at)]


_CENTURIES = ("18", "19", "20")


@dataclass(frozen=True)
class RunsBefore:
    """Starts: the runs of digits that ``mark`` follows right after their last digit, where a
    decade with its ending ("1990-ih", "90-тите") or its full stop ("90. let") starts."""

    mark: str

    def __call__(self, scan: Scan) -> list[int]:
        low, mark = scan.low, self.mark
        size = len(low)
        found = []
        for at in scan.starts(digit_runs):
            end = at + 1
            while end < size and low[end].isdecimal():
                end += 1
            if low.startswith(mark, end):
                found.append(at)
        return found


def day_runs(scan: Scan) -> list[int]:
    """Runs of one digit, or of two whose first is 0-3, that a full stop, a blank or an
    ordinal's ending follows ("5. maja", "24 September", "1st of May", "29. III"): where a day
    written before its month starts.  Longer runs and runs glued to a letter, a comma or a
    dash are numbers of other kinds, most of a text's runs."""
    low = scan.low
    size = len(low)
    found = []
    for at in scan.starts(digit_runs):
        end = at + 1
        if end < size and low[end].isdecimal():
            if low[at] not in "0123":
                continue
            end += 1
            if end < size and low[end].isdecimal():
                continue
        if end < size and (
            low[end] == "." or low[end].isspace() or low.startswith(_ORDINAL_ENDINGS, end)
        ):
            found.append(at)
    return found


_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
