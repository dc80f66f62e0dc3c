"""`newsmap analyze --jobs N`: one large input analysed on N processes, written in its order.

The processes are forked once the gazetteer (and the language models) are loaded, so each
starts with them in shared memory instead of loading its own copy.  The input goes out in
chunks of consecutive lines; each chunk is analysed by the same loop as a single process
(``analyze_stream``, with the input's own line numbers) and the chunks are written back in
the input's order, so the output is byte for byte what one process writes, errors included.
At most a few chunks per process are in flight: memory stays bounded on any input size.
"""

from __future__ import annotations

import gc
import io
import multiprocessing
import os
import signal
import stat
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any, TextIO

import click

from newsmap.cli.analyze import analyze_stream
from newsmap.errors import NewsmapError

#: Below this size a file is analysed in one process: forking would cost more than it saves.
AUTO_MIN_BYTES = 1 << 20
#: ``auto`` starts a process per this much input (up to the processors), so that a file of a
#: few megabytes does not fork a process per core on a large machine for a second's work.
AUTO_BYTES_PER_JOB = 512 * 1024
#: Lines per chunk, and a size that ends a chunk early (few long documents are still spread).
CHUNK_LINES = 32
CHUNK_BYTES = 256 * 1024
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


def _chunks(lines: Iterable[str | bytes]) -> Iterator[tuple[int, list[str | bytes]]]:
    """Consecutive lines in chunks, each with the number of its first line."""
    chunk: list[str | bytes] = []
    first, size = 1, 0
    for lineno, raw in enumerate(lines, start=1):
        if not chunk:
            first = lineno
        chunk.append(raw)
        size += len(raw)
        if len(chunk) >= CHUNK_LINES or size >= CHUNK_BYTES:
            yield first, chunk
            chunk, size = [], 0
    if chunk:
        yield first, chunk


def _run_chunk(first: int, lines: list[str | bytes]) -> tuple[str, str, int, int]:
    """One chunk analysed in a worker: its output, its error lines, rejections, and the pid."""
    out, err = io.StringIO(), io.StringIO()
    rejected = analyze_stream(lines, out, err, _GAZETTEER, first=first)
    return out.getvalue(), err.getvalue(), rejected, os.getpid()


def _leave_interrupts_to_the_parent() -> None:
    """Ctrl-C reaches the whole process group: the parent stops the run (no new chunks, and
    click's "Aborted!"); a worker finishing its chunk must not print a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up() -> None:
    """Load what every process would otherwise load for itself after the fork."""
    from newsmap.ingest.language import _detector

    _detector()
    gc.freeze()  # the loaded objects are never collected: their pages stay shared


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
    global _GAZETTEER
    _GAZETTEER = gazetteer
    _warm_up()
    rejected = 0
    pending: deque[tuple[int, Future[tuple[str, str, int, int]]]] = deque()
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_leave_interrupts_to_the_parent,
    )
    try:
        for first, chunk in _chunks(lines):
            pending.append((first, pool.submit(_run_chunk, first, chunk)))
            while len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                rejected += _write(pending[0][1], out, err, worker_pids)
                pending.popleft()
        while pending:
            rejected += _write(pending[0][1], out, err, worker_pids)
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


def _write(
    future: Future[tuple[str, str, int, int]], out: TextIO, err: TextIO, pids: set[int] | None
) -> int:
    text, errors, rejected, pid = future.result()
    if errors:
        err.write(errors)
    out.write(text)
    if pids is not None:
        pids.add(pid)
    return rejected
