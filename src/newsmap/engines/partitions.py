"""Cut an ingest's inputs into partitions, the unit of work a cluster worker reads and tags.

Why here and not in the workers: the client plans (it sees the file list and sizes, and reads
each big JSON Lines or CSV file once to find where its records end), the workers read. A
partition is either a run of whole inputs (small files, URLs), read on the worker by the same
``read_inputs`` the local engine runs, or a byte range of one big ``.jsonl``/``.csv`` file cut
at a record boundary and carrying the line number it starts at, so a bad line is reported as
"line 81234" exactly as the local engine reports it.

A big file is only cut when its pieces read exactly like the whole: it must be UTF-8 (the
8-bit code pages are guessed over the whole text, which a piece cannot do), its start must
pass the checks the whole would (binary, control characters, a CSV header with a text
column), and it must be within the local engine's size limit. Anything else goes as one whole
input, so its errors are the local engine's to the letter.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsmap.errors import IngestError
from newsmap.ingest import (
    MAX_CONTAINER_BYTES,
    ReadItem,
    Rejection,
    expand_inputs,
    read_inputs,
)
from newsmap.ingest.csvfmt import parse_csv
from newsmap.ingest.decode import decode_bytes
from newsmap.ingest.fetch import is_url
from newsmap.ingest.jsonfmt import parse_jsonl

#: Bytes of input per partition: about 350 articles of 400 words, one to two seconds of
#: tagging, so the scheduler's few milliseconds per task stay under one percent of the work.
PARTITION_BYTES = 1 << 20
#: Whole inputs per partition at most (a folder of short saved pages).
PARTITION_FILES = 256
#: What a URL counts for when packing (its size is unknown until it is fetched).
URL_BYTES = PARTITION_BYTES // 16
#: Suffixes whose records can be cut apart (the readers' own extensions for these formats).
CUTTABLE = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv"}


@dataclass(frozen=True)
class Piece:
    """A byte range of one big JSON Lines or CSV file, cut at record boundaries."""

    path: str
    kind: str
    start: int
    end: int
    #: Line number (from 1) of the range's first line in the whole file.
    first_line: int
    #: A CSV file's header (its first record, as bytes) for a piece that does not start at 0.
    header: bytes = b""


@dataclass(frozen=True)
class Partition:
    """One task's input: whole inputs (files, URLs) or one piece of a big file."""

    index: int
    inputs: tuple[str, ...] = ()
    piece: Piece | None = None
    #: Bytes of input it covers, for the progress estimate.
    size: int = 0


def plan(
    inputs: list[str], *, partition_bytes: int = PARTITION_BYTES
) -> tuple[list[Partition], list[Rejection]]:
    """Partitions of the inputs in input order, and the inputs that do not exist.

    Reading the partitions in order yields what ``read_inputs(inputs)`` yields, in the same
    order, with the same rejections.
    """
    paths, missing = expand_inputs(inputs)
    parts: list[Partition] = []
    run: list[str] = []
    run_bytes = 0

    def close_run() -> None:
        nonlocal run, run_bytes
        if run:
            parts.append(Partition(len(parts), inputs=tuple(run), size=run_bytes))
        run, run_bytes = [], 0

    for path in paths:
        pieces = None if is_url(path) else cut(path, partition_bytes)
        if pieces:
            close_run()
            for piece in pieces:
                parts.append(Partition(len(parts), piece=piece, size=piece.end - piece.start))
            continue
        size = URL_BYTES if is_url(path) else _size(path)
        if run and (run_bytes + size > partition_bytes or len(run) >= PARTITION_FILES):
            close_run()
        run.append(path)
        run_bytes += size
    close_run()
    return parts, missing


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def cut(path: str, partition_bytes: int) -> list[Piece] | None:
    """The pieces of a big JSON Lines or CSV file, or None to read it whole."""
    kind = CUTTABLE.get(Path(path).suffix.lower())
    size = _size(path)
    if kind is None or not partition_bytes < size <= MAX_CONTAINER_BYTES:
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_CONTAINER_BYTES + 1)
        text = _utf8_as_read(data, path)
    except (OSError, IngestError):
        return None  # the worker reads it whole and reports it, in the local engine's words
    ends = None if kind == "jsonl" else _record_ends(text)
    if ends == []:
        return None
    return _pieces(path, kind, data, ends, partition_bytes)


def _utf8_as_read(data: bytes, path: str) -> str:
    """The file's text, when the reader decodes it as UTF-8 (so any piece decodes alike)."""
    text = decode_bytes(data, name=path)  # the local engine's checks, on the whole file
    try:
        utf8 = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IngestError("not UTF-8") from None
    if utf8 != text:
        raise IngestError("not UTF-8")
    return text


def _record_ends(text: str) -> list[int] | None:
    """The lines on which a CSV file's rows end, read with the reader the workers run.

    A quoted CSV field may hold line breaks, so a row may end several lines after it began.
    None when the file cannot be cut: its header is refused (the whole file reports it) or
    is more than one line. The last row's end is dropped when that row was rejected: an
    unreadable row ends the reading of a CSV file, so nothing may be cut after it.
    """
    if text.split("\n", 1)[0].count('"') % 2:
        return None
    ends: list[int] = []
    try:
        entries = list(parse_csv(text, today=date.today()))
    except IngestError:
        return None
    for entry in entries:
        number = (entry.where or "").removeprefix("line ")
        if number.isdigit():
            ends.append(int(number))
    if entries and entries[-1].article is None and ends:
        ends.pop()
    return ends


def _pieces(
    path: str, kind: str, data: bytes, ends: list[int] | None, partition_bytes: int
) -> list[Piece]:
    """Cut at the first record end past every ``partition_bytes``; a CSV piece after the
    first carries the header line, so it is read with the same columns."""
    header = data[: data.find(b"\n") + 1] if kind == "csv" else b""
    pieces: list[Piece] = []
    start, first_line = 0, 1
    while True:
        end, last_line = _cut_after(data, start, first_line, start + partition_bytes, ends)
        pieces.append(Piece(path, kind, start, end, first_line, header if start else b""))
        if end >= len(data):
            return pieces
        start, first_line = end, last_line + 1


def _cut_after(
    data: bytes, start: int, first_line: int, target: int, ends: list[int] | None
) -> tuple[int, int]:
    """Where the first record ending at or past byte ``target`` ends (the offset after its
    newline) and the line it ends on; ``len(data)`` when no record ends there.

    ``first_line`` is the line number at ``start``; ``ends`` the lines that may end a
    record (None: every line)."""
    nl = data.find(b"\n", target) if target < len(data) else -1
    if nl < 0:
        return len(data), 0
    line = first_line + data.count(b"\n", start, nl)
    if ends is not None:
        i = bisect_left(ends, line)
        if i == len(ends):
            return len(data), 0
        while line < ends[i]:
            nl = data.find(b"\n", nl + 1)
            if nl < 0:
                return len(data), 0
            line += 1
    return nl + 1, line


def read_partition(part: Partition, *, today: date) -> Iterator[ReadItem | Rejection]:
    """What the local engine's reader yields for this share of the inputs, in order."""
    if part.piece is None:
        yield from read_inputs(list(part.inputs), today=today)
        return
    yield from _read_piece(part.piece, today=today)


def _read_piece(piece: Piece, *, today: date) -> Iterator[ReadItem | Rejection]:
    with open(piece.path, "rb") as fh:
        fh.seek(piece.start)
        data = fh.read(piece.end - piece.start)
    shift = piece.first_line - 1
    if piece.header:
        shift -= piece.header.count(b"\n")
        data = piece.header + data
    text = data.decode("utf-8-sig")
    parse = parse_jsonl if piece.kind == "jsonl" else parse_csv
    try:
        for entry in parse(text, today=today):
            where = _shifted(entry.where, shift)
            if entry.article is not None:
                yield ReadItem(piece.path, where, entry.article)
            else:
                yield Rejection(piece.path, where, entry.error or "unreadable")
    except IngestError:
        # A piece of blank lines only: the whole file had records elsewhere (the plan
        # checked its start), so there is nothing here to report.
        return


def _shifted(where: str | None, shift: int) -> str | None:
    """``line N`` of a piece as the line of the whole file."""
    if where is None or not shift:
        return where
    number = where.removeprefix("line ")
    if number == where or not number.isdigit():
        return where
    return f"line {int(number) + shift}"
