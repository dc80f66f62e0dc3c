"""CSV exports with a header row (title, text|body|content, published|date, url, source).

Spreadsheet exports from the region often use ``;`` (a comma is the decimal separator there)
or tabs, so the delimiter is read from the header line rather than assumed.

A stray quote is the classic way a CSV loses data without a word: an opening ``"`` that is
never closed makes every following row part of one cell, and one closed a few rows later
swallows the rows in between. Rows are therefore read with the csv module's strict rules
(a closing quote must end its cell), and a cell that runs over several lines is checked for
lines shaped like rows of their own (the header's number of cells, a date or a URL where
the header has them). Either way the line where the quote opened is reported, and reading
starts again on the next line, so the rows after it go in on their own. A file with neither
a date nor a URL column has only the number of cells to go by, which a body line with a
comma in it can match too: there the cell is kept whole, with a warning naming its lines.

The file is read line by line (any iterable of lines, such as an open text file), so its
size does not bound the memory.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date

from newsmap.errors import IngestError
from newsmap.ingest.fields import DATE_KEYS, TEXT_KEYS, URL_KEYS, Entry, entry_from_record

_DELIMITERS = (",", ";", "\t", "|")
#: After this many broken quotes in one file the rest of it is refused in one line: each
#: broken quote costs a re-read of the lines it swallowed.
MAX_BROKEN_QUOTES = 50
_DATE_LIKE = re.compile(r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})")


class _Lines:
    """Physical lines with push-back, remembering those the current row took."""

    def __init__(self, source: Iterable[str]) -> None:
        self._source = iter(source)
        self._back: deque[str] = deque()
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._back.popleft() if self._back else next(self._source)
        self.taken.append(line)
        return line

    def push_back(self, lines: list[str]) -> None:
        self._back.extendleft(reversed(lines))


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class _RowShape:
    """What a row of this file looks like, to spot rows swallowed by a runaway quote."""

    def __init__(self, names: list[str], delimiter: str) -> None:
        self.delimiter = delimiter
        self.width = len(names)
        self.date_col = next((names.index(k) for k in DATE_KEYS if k in names), None)
        self.url_col = next((names.index(k) for k in URL_KEYS if k in names), None)

    def matches(self, line: str) -> bool:
        if self.date_col is None and self.url_col is None:
            return False
        cells = next(csv.reader([line], delimiter=self.delimiter), [])
        if len(cells) != self.width:
            return False
        if self.date_col is not None and not _DATE_LIKE.match(cells[self.date_col]):
            return False
        return self.url_col is None or cells[self.url_col].strip().startswith(("http", "www."))

    def swallowed(self, lines: list[str]) -> list[int]:
        """Offsets of the lines inside one multi-line cell that look like rows."""
        return [i for i, line in enumerate(lines[1:-1], start=1) if self.matches(line)]

    def shaped(self, lines: list[str]) -> list[int]:
        """Offsets of the lines inside one multi-line cell that have a row's number of
        cells, in a file with no date or URL column to tell rows by."""
        if self.date_col is not None or self.url_col is not None or self.width < 2:
            return []
        return [
            i
            for i, line in enumerate(lines[1:-1], start=1)
            if len(next(csv.reader([line], delimiter=self.delimiter), [])) == self.width
        ]


def _span(start: int, offsets: list[int]) -> str:
    first, last = start + offsets[0], start + offsets[-1]
    return f"line {first}" if first == last else f"lines {first}-{last}"


def _header(lines: _Lines) -> tuple[list[str], str]:
    try:
        first = next(lines).lstrip("\ufeff")
    except StopIteration:
        raise IngestError("empty file (no CSV header)") from None
    while not first.strip():
        try:
            first = next(lines)
        except StopIteration:
            raise IngestError("empty file (no CSV header)") from None
    delimiter = _delimiter(first)
    try:
        header = next(csv.reader([first], delimiter=delimiter, strict=True))
    except (csv.Error, StopIteration) as exc:
        raise IngestError(f"line 1: not a CSV header ({exc})") from exc
    names = [h.strip().lower() for h in header]
    if not any(k in names for k in TEXT_KEYS):
        raise IngestError(
            f"no text column in the header (expected one of text, body, content); "
            f"header is: {', '.join(header)[:120]}"
        )
    return names, delimiter


def _read_row(
    reader: Iterator[list[str]], lines: _Lines, shape: _RowShape, start: int
) -> tuple[list[str] | None, str | None, str | None]:
    """The next row and, when its quoting is broken, why (the row is then None); and a
    warning when its quoting may be broken.

    Raises StopIteration at the end of the file.
    """
    try:
        row = next(reader)
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            return None, "is never closed, so every line after it would be one cell", None
        return None, f"is closed in the middle of a cell ({exc})", None
    if len(lines.taken) <= 2:
        return row, None, None
    swallowed = shape.swallowed(lines.taken)
    if len(swallowed) == 1:
        return None, f"swallows {_span(start, swallowed)}, which looks like a row of its own", None
    if swallowed:
        return None, f"swallows {_span(start, swallowed)}, which look like rows of their own", None
    shaped = shape.shaped(lines.taken)
    if not shaped:
        return row, None, None
    like = "a row" if len(shaped) == 1 else "rows"
    warning = (
        f"a quoted cell opened on this line holds {_span(start, shaped)}, shaped like {like} "
        f"({shape.width} cells); it was read as one cell, so if a quote is missing, fix it "
        "and ingest the file again"
    )
    return row, None, warning


def parse_csv(source: str | Iterable[str], *, today: date) -> Iterator[Entry]:
    """Entries of a CSV file, one per data row (``where`` is the row's first line).

    Parameters
    ----------
    source : str or iterable of str
        The whole text, or its lines with their line endings (an open text file).

    Raises
    ------
    IngestError
        The file is empty, has no text column, or is not CSV at all.
    """
    if isinstance(source, str):
        source = io.StringIO(source, newline="")
    lines = _Lines(source)
    names, delimiter = _header(lines)
    shape = _RowShape(names, delimiter)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies exceed the 128 KiB default
    lineno, any_row, broken = len(lines.taken), False, 0
    lines.taken.clear()
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    while True:
        start = lineno + 1
        try:
            row, problem, warning = _read_row(reader, lines, shape, start)
        except StopIteration:
            break
        if warning:
            yield Entry(f"line {start}", notice=warning)
        if row is None:
            any_row, broken = True, broken + 1
            yield Entry(
                f"line {start}",
                error=f"a quote opened on this line {problem}; the line was skipped and the "
                "lines after it were read on their own (fix the quote and ingest it again)",
            )
            if broken >= MAX_BROKEN_QUOTES:
                rest = f"{broken} broken quotes; the rest of the file was not read"
                yield Entry(f"line {start + 1}", error=rest)
                return
            lines.push_back(lines.taken[1:])  # read again from the line after the quote
            lines.taken.clear()
            lineno = start
            reader = csv.reader(lines, delimiter=delimiter, strict=True)
            continue
        lineno += len(lines.taken)
        lines.taken.clear()
        if any(cell.strip() for cell in row):
            any_row = True
            yield _row_entry(row, names, f"line {start}", today)
    if not any_row:
        raise IngestError("CSV has a header but no rows")


def _row_entry(row: list[str], names: list[str], where: str, today: date) -> Entry:
    if len(row) > len(names):
        return Entry(where, error=f"{len(row)} cells but the header has {len(names)} columns")
    record = {name: cell for name, cell in zip(names, row, strict=False) if name}
    return entry_from_record(record, where, today=today)
