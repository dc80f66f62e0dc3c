"""CSV exports with a header row (title, text|body|content, published|date, url, source).

Spreadsheet exports from the region often use ``;`` (a comma is the decimal separator there)
or tabs, so the delimiter is read from the header line rather than assumed.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from datetime import date

from newsmap.errors import IngestError
from newsmap.ingest.fields import TEXT_KEYS, Entry, entry_from_record

_DELIMITERS = (",", ";", "\t", "|")


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_csv(text: str, *, today: date) -> Iterator[Entry]:
    """Entries of a ``.csv`` file, one per data row (``where`` is the row's line number).

    Raises
    ------
    IngestError
        The file is empty, has no text column, or is not CSV at all.
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise IngestError("empty file (no CSV header)")
    header_line = text.split("\n", 1)[0]
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article bodies exceed the 128 KiB default
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header_line))
    try:
        header = next(reader)
    except csv.Error as exc:
        raise IngestError(f"line 1: not a CSV header ({exc})") from exc
    names = [h.strip().lower() for h in header]
    if not any(k in names for k in TEXT_KEYS):
        raise IngestError(
            f"no text column in the header (expected one of text, body, content); "
            f"header is: {', '.join(header)[:120]}"
        )
    any_row = False
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Entry(f"line {reader.line_num}", error=f"unreadable CSV row ({exc})")
            break
        if not any(cell.strip() for cell in row):
            continue
        any_row = True
        where = f"line {reader.line_num}"
        if len(row) > len(names):
            yield Entry(where, error=f"{len(row)} cells but the header has {len(names)} columns")
            continue
        record = {name: cell for name, cell in zip(names, row, strict=False) if name}
        yield entry_from_record(record, where, today=today)
    if not any_row:
        raise IngestError("CSV has a header but no rows")
