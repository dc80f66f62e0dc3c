"""`newsmap analyze --jobs N`: one large input analysed on N processes, written in its order.

The processes are forked once the gazetteer, the language models and the analysis' own modules
are loaded, so each starts with them in shared memory instead of loading (or importing) its own
copy.  The input goes out in chunks of consecutive lines; each chunk is analysed by the same
loop as a single process (``analyze_stream``, with the input's own line numbers, in batches of
``BATCH``) and the chunks are written back in the input's order, so the output is byte for byte
what one process writes, errors included.  A worker sends its chunk's output back encoded, and
the parent writes those bytes as they are: it only reads, sends and writes, so that it takes
as little as it can of the processors the workers run on.

Chunks shrink as the input runs out (when its size is known): large ones while there is much
left, so that a worker analyses whole batches, and small ones at the end, so that no worker is
still busy with a large last chunk while the others have nothing left to do.  At most a few
chunks per process are in flight: memory stays bounded on any input size.
"""

from __future__ import annotations

import codecs
import gc
import io
import itertools
import os
import signal
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, TextIO

import click

from newsmap.cli.analyze import BATCH, analyze_stream
from newsmap.errors import NewsmapError

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Below this size a file is analysed in one process: forking would cost more than it saves.
AUTO_MIN_BYTES = 1 << 20
#: ``auto`` starts a process per this much input (up to the processors), so that a file of a
#: few megabytes does not fork a process per core on a large machine for a second's work.
AUTO_BYTES_PER_JOB = 512 * 1024
#: Lines per chunk: one batch of ``analyze_stream``.
CHUNK_LINES = BATCH
#: The most bytes in a chunk (few long documents are still spread), and the least: an input of
#: known size is cut into chunks of about what is left divided by ``jobs * CHUNKS_PER_JOB``.
CHUNK_BYTES = 512 * 1024
MIN_CHUNK_BYTES = 24 * 1024
CHUNKS_PER_JOB = 4
#: Lines analysed in the parent before the processes start (see ``_warm_up``).  None by
#: default: with 8, the workers spent fewer instructions in all, but on two processors the
#: parent's time alone before the fork cost more wall-clock time than it saved them (1,000
#: real-length documents, alternating runs); a knob for machines with more processors.
FIRST_LINES = 0
#: Chunks waiting or being analysed, per process: enough to keep every process busy.
IN_FLIGHT_PER_JOB = 3

# The gazetteer the forked processes inherit: set in the parent just before they start.
_GAZETTEER: Any = None


def cpus() -> int:
    """The processors this process may run on (a container's or taskset's limit included)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_jobs(value: str, source: IO[bytes]) -> int:
    """How many processes ``--jobs VALUE`` means for this input.

    ``auto`` uses up to every processor (one per ``AUTO_BYTES_PER_JOB``) for a file of at
    least ``AUTO_MIN_BYTES`` and one process otherwise: a small file gains nothing, and on a
    pipe or terminal each line should come out as soon as it is analysed, which one process
    does and chunks of lines do not.
    """
    if value != "auto":
        try:
            jobs = int(value)
        except ValueError:
            jobs = 0
        if jobs < 1:
            raise click.BadParameter(
                f"{value!r} is not a positive number or 'auto'", param_hint="'--jobs'"
            )
        return jobs
    try:
        info = os.fstat(source.fileno())
    except (AttributeError, OSError, io.UnsupportedOperation):
        return 1
    if stat.S_ISREG(info.st_mode) and info.st_size >= AUTO_MIN_BYTES:
        return max(1, min(cpus(), info.st_size // AUTO_BYTES_PER_JOB))
    return 1


def _size_of(lines: Iterable[str | bytes]) -> int | None:
    """How much is left to read of the input (bytes of a file, characters of a list), or None
    when that is not known (a pipe, a generator)."""
    if isinstance(lines, (list, tuple)):
        return sum(map(len, lines))
    try:
        info = os.fstat(lines.fileno())  # type: ignore[attr-defined]
        if stat.S_ISREG(info.st_mode):
            return max(0, info.st_size - lines.tell())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        pass
    return None


def _chunk_bytes(left: int | None, jobs: int) -> int:
    """How large the next chunk may grow: what is left shared out ``CHUNKS_PER_JOB`` times
    over the processes, between ``MIN_CHUNK_BYTES`` and ``CHUNK_BYTES``."""
    if left is None:
        return CHUNK_BYTES
    return max(MIN_CHUNK_BYTES, min(CHUNK_BYTES, left // (jobs * CHUNKS_PER_JOB)))


def _chunks(
    lines: Iterable[str | bytes], jobs: int, left: int | None, first: int = 1
) -> Iterator[tuple[int, list[str | bytes]]]:
    """Consecutive lines in chunks, each with the number of its first line (the lines are
    numbered from ``first``); the chunks shrink as the input runs out, when the size ``left``
    of it is known."""
    chunk: list[str | bytes] = []
    size, most = 0, CHUNK_BYTES
    for lineno, raw in enumerate(lines, start=first):
        if not chunk:
            first, most = lineno, _chunk_bytes(left, jobs)
        chunk.append(raw)
        size += len(raw)
        if len(chunk) >= CHUNK_LINES or size >= most:
            yield first, chunk
            if left is not None:
                left -= size
            chunk, size = [], 0
    if chunk:
        yield first, chunk


def _run_chunk(first: int, lines: list[str | bytes]) -> tuple[bytes | str, str, int, int]:
    """One chunk analysed in a worker: its output (UTF-8, or text when it holds what UTF-8
    cannot encode, a lone surrogate from a JSON escape, left to the parent's stream to take
    or refuse as one process's would), its error lines, rejections, and the pid."""
    out, err = io.StringIO(), io.StringIO()
    rejected = analyze_stream(lines, out, err, _GAZETTEER, first=first, batch=BATCH)
    text = out.getvalue()
    try:
        data: bytes | str = text.encode("utf-8")
    except UnicodeEncodeError:
        data = text
    return data, err.getvalue(), rejected, os.getpid()


def _leave_interrupts_to_the_parent() -> None:
    """Ctrl-C reaches the whole process group: the parent stops the run (no new chunks, and
    click's "Aborted!"); a worker finishing its chunk must not print a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up(head: list[str | bytes], out: TextIO, err: TextIO, gazetteer: Any) -> int:
    """Load what every process would otherwise load for itself after the fork, and analyse
    the input's first lines (``FIRST_LINES``, none by default) here: what the first documents
    build (the tables made on first use, the memos of common words) is then built once and
    shared, where each process would build its own.  Returns how many of those lines were
    rejected."""
    import newsmap.pipeline  # noqa: F401 - imported on the first document otherwise
    from newsmap.ingest.language import _detector

    _detector()
    rejected = analyze_stream(head, out, err, gazetteer, batch=BATCH)
    gc.freeze()  # the loaded objects are never collected: their pages stay shared
    return rejected


def analyze_parallel(
    lines: Iterable[str | bytes],
    out: TextIO,
    err: TextIO,
    gazetteer: Any,
    jobs: int,
    worker_pids: set[int] | None = None,
) -> int:
    """``analyze_stream`` on ``jobs`` forked processes; the same output, in the same order.

    Returns how many lines were rejected.  ``worker_pids``, when given, collects the ids of
    the processes that analysed a chunk.
    """
    # the pool's modules (``multiprocessing``, ``concurrent.futures``: a few ms) only when
    # forking; ``resolve_jobs`` is imported by every run
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _GAZETTEER
    _GAZETTEER = gazetteer
    left = _size_of(lines)
    rest = iter(lines)
    head = list(itertools.islice(rest, FIRST_LINES))
    rejected = _warm_up(head, out, err, gazetteer)
    if left is not None:
        left -= sum(map(len, head))
    write = _writer(out)
    pending: deque[tuple[int, Future[tuple[bytes | str, str, int, int]]]] = deque()
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_leave_interrupts_to_the_parent,
    )
    try:
        for first, chunk in _chunks(rest, jobs, left, first=len(head) + 1):
            pending.append((first, pool.submit(_run_chunk, first, chunk)))
            while len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                rejected += _write(pending[0][1], write, err, worker_pids)
                pending.popleft()
        while pending:
            rejected += _write(pending[0][1], write, err, worker_pids)
            pending.popleft()
    except BrokenProcessPool:
        lost = pending[0][0] if pending else first
        raise NewsmapError(
            f"line {lost}: an analysing process ended abruptly (out of memory, or "
            "killed); the lines before it are written, it and the rest were not analysed"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _GAZETTEER = None
        gc.unfreeze()
    return rejected


def _writer(out: TextIO) -> Callable[[bytes | str], object]:
    """How a worker's output is written to ``out``: UTF-8 as it is to a UTF-8 stream's bytes
    (no decoding and encoding again in the parent), else as text."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None) or ""
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        utf8 = False

    def write(data: bytes | str) -> None:
        if isinstance(data, str):
            out.write(data)
        elif buffer is None or not utf8:
            out.write(data.decode("utf-8"))
        else:
            out.flush()  # whatever was written as text before goes first
            buffer.write(data)

    return write


def _write(
    future: Future[tuple[bytes | str, str, int, int]],
    write: Callable[[bytes | str], object],
    err: TextIO,
    pids: set[int] | None,
) -> int:
    data, errors, rejected, pid = future.result()
    if errors:
        err.write(errors)
    write(data)
    if pids is not None:
        pids.add(pid)
    return rejected
