"""Cut an ingest's inputs into partitions, the unit of work a cluster worker reads and tags.

Why here and not in the workers: the client plans (it sees the file list and sizes, and reads
each big JSON Lines or CSV file through once to find where its records start), the workers
read. A partition is either a run of whole inputs (small files, URLs), read on the worker by
the same ``read_inputs`` the local engine runs, or a byte range of one big ``.jsonl``/``.csv``
file that starts where a record starts and carries its first line's number and the encoding
decided for the whole file, so a bad line is reported as "line 81234" and a file's text is
decoded exactly as the local engine decodes it.

Lines are counted as the readers split them (at ``\n``, ``\r\n`` or a lone ``\r``); a
piece only ever ends just after a ``\n``. A file whose pieces could not read like the whole
goes as one whole input: UTF-16 (a ``\n`` byte is half a character there), a file the
readers refuse outright, and a CSV file whose quotes broke so often that its reader gives up.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from newsmap.errors import IngestError
from newsmap.ingest import Notice, ReadItem, Rejection, expand_inputs, read_inputs
from newsmap.ingest.csvfmt import MAX_BROKEN_QUOTES, parse_csv
from newsmap.ingest.decode import Decoding, detect
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
    """A byte range of one big JSON Lines or CSV file, starting where a record starts."""

    path: str
    kind: str
    start: int
    end: int
    #: Line number (from 1) of the range's first line in the whole file.
    first_line: int
    #: How the whole file is decoded (decided once, over all of its bytes).
    encoding: str
    errors: str
    #: The decoding's notice (bytes replaced), given by the file's first piece only.
    notice: str | None = None
    #: A CSV file's header line, for a piece that does not start the file.
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
    if kind is None or _size(path) <= partition_bytes:
        return None
    try:
        with open(path, "rb") as fh:
            decoding = detect(lambda: _blocks(fh), name=path)
            if decoding.encoding.startswith("utf-16"):
                return None
            starts = None  # JSON Lines: a record starts on every line
            if kind == "csv":
                starts = _row_starts(path, decoding)
                if not starts:
                    return None
            fh.seek(0)
            spans = _spans(fh, partition_bytes, starts)
            fh.seek(0)
            header = _header_line(fh) if kind == "csv" else b""
    except (OSError, IngestError):
        return None  # the worker reads it whole and reports it, in the local engine's words
    return [
        Piece(
            path,
            kind,
            start,
            end,
            first,
            decoding.encoding,
            decoding.errors,
            notice=decoding.notice() if start == 0 else None,
            header=header if start else b"",
        )
        for start, end, first in spans
    ]


def _blocks(fh: BinaryIO) -> Iterator[bytes]:
    fh.seek(0)
    while block := fh.read(1 << 22):
        yield block


def _row_starts(path: str, decoding: Decoding) -> set[int] | None:
    """The lines where a CSV file's rows start, read with the reader the workers run.

    A quoted CSV field may hold line breaks, and a broken quote makes the reader read the
    lines after it again, so only the reader knows where rows start. None when the file
    cannot be cut: its header is refused (the whole file reports it), or its quotes broke so
    often that the reader stops early.
    """
    starts: set[int] = set()
    refused = 0
    try:
        with open(path, "rb") as raw:
            for entry in parse_csv(decoding.text_stream(raw), today=date.today()):
                refused += entry.error is not None  # a warning refuses nothing
                number = (entry.where or "").removeprefix("line ")
                if number.isdigit():
                    starts.add(int(number))
    except IngestError:
        return None
    return None if refused >= MAX_BROKEN_QUOTES else starts


def _breaks(raw: bytes) -> int:
    """Line breaks in ``raw`` as the readers count them: ``\n``, ``\r\n``, a lone ``\r``."""
    if b"\r" not in raw:
        return raw.count(b"\n")
    return raw.count(b"\n") + raw.count(b"\r") - raw.count(b"\r\n")


def _spans(
    fh: BinaryIO, partition_bytes: int, starts: set[int] | None
) -> list[tuple[int, int, int]]:
    """(start, end, first line) of each piece: cut after the first ``\n`` past every
    ``partition_bytes`` where a record starts (any line when ``starts`` is None)."""
    spans: list[tuple[int, int, int]] = []
    piece_start, piece_line = 0, 1
    pos, line = 0, 1  # the byte offset and number of the line about to be read
    for raw in fh:
        pos += len(raw)
        line += _breaks(raw)
        if (
            pos - piece_start >= partition_bytes
            and raw.endswith(b"\n")
            and (starts is None or line in starts)
        ):
            spans.append((piece_start, pos, piece_line))
            piece_start, piece_line = pos, line
    if pos > piece_start or not spans:
        spans.append((piece_start, pos, piece_line))
    return spans


def _header_line(fh: BinaryIO) -> bytes:
    """A CSV file's header: its first line that is not blank (the reader's rule)."""
    for raw in fh:
        if raw.strip():
            return raw if raw.endswith(b"\n") else raw + b"\n"
    return b""


def read_partition(part: Partition, *, today: date) -> Iterator[ReadItem | Rejection | Notice]:
    """What the local engine's reader yields for this share of the inputs, in order."""
    if part.piece is None:
        yield from read_inputs(list(part.inputs), today=today)
        return
    yield from _read_piece(part.piece, today=today)


def _read_piece(piece: Piece, *, today: date) -> Iterator[ReadItem | Rejection | Notice]:
    if piece.notice:
        yield Notice(piece.path, None, piece.notice)
    try:
        with open(piece.path, "rb") as fh:
            fh.seek(piece.start)
            data = fh.read(piece.end - piece.start)
    except OSError as exc:
        yield Rejection(piece.path, None, f"cannot read file: {exc.strerror or exc}")
        return
    shift = piece.first_line - 1
    if piece.header:
        shift -= 1
        data = piece.header + data
    lines = io.StringIO(data.decode(piece.encoding, piece.errors), newline="")
    if piece.kind == "jsonl":
        entries = parse_jsonl(lines, today=today)
    else:  # its messages name lines too ("holds lines 98-99"): the reader counts them itself
        entries, shift = parse_csv(lines, today=today, line_offset=shift), 0
    try:
        for entry in entries:
            where = _shifted(entry.where, shift)
            if entry.article is not None:
                yield ReadItem(piece.path, where, entry.article)
            elif entry.notice is not None:
                yield Notice(piece.path, where, entry.notice)
            else:
                yield Rejection(piece.path, where, entry.error or "unreadable")
    except IngestError:
        # A piece of blank lines only: the whole file has records elsewhere (the plan read
        # it through), so there is nothing here to report.
        return


def _shifted(where: str | None, shift: int) -> str | None:
    """``line N`` of a piece as the line of the whole file."""
    if where is None or not shift:
        return where
    number = where.removeprefix("line ")
    if number == where or not number.isdigit():
        return where
    return f"line {int(number) + shift}"
