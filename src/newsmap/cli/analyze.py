"""`newsmap analyze`: JSON Lines in, one analysis per line out (DESIGN.md section 4, stable)."""

from __future__ import annotations

import gc
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, BinaryIO, TextIO, TypeVar

import click

from newsmap.cli.jsonline import record_line
from newsmap.cli.printing import printable
from newsmap.engines.gcpolicy import YOUNG_THRESHOLD
from newsmap.errors import NewsmapError
from newsmap.ingest.language import normalise_language
from newsmap.model import Article

T = TypeVar("T")


def _text_of(raw: str | bytes, lineno: int) -> str:
    """One input line as text: UTF-8 (a byte-order mark on line 1 is allowed)."""
    if isinstance(raw, str):
        return raw
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NewsmapError(
            f"line {lineno}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at byte "
            f"{exc.start + 1}); newsmap analyze reads UTF-8 JSON Lines"
        ) from None
    return text.removeprefix("\ufeff") if lineno == 1 else text


def _parse_line(raw: str, lineno: int) -> tuple[Article, Any]:
    """Validate one input document; every problem names the line it is on."""
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise NewsmapError(
            f"line {lineno}: not valid JSON ({exc.msg} at column {exc.colno})"
        ) from None
    except RecursionError:
        raise NewsmapError(f"line {lineno}: not valid JSON (nested too deeply)") from None
    if not isinstance(doc, dict):
        raise NewsmapError(f"line {lineno}: expected a JSON object, got {type(doc).__name__}")
    text = doc.get("text")
    if not isinstance(text, str):
        raise NewsmapError(f"line {lineno}: field 'text' is missing or not a string")
    title = doc.get("title")
    if title is not None and not isinstance(title, str):
        raise NewsmapError(f"line {lineno}: field 'title' must be a string")
    published = doc.get("published")
    pub: date | None = None
    if published not in (None, ""):
        try:
            pub = date.fromisoformat(str(published)[:10])
        except ValueError:
            raise NewsmapError(
                f"line {lineno}: field 'published' is {published!r}, expected YYYY-MM-DD"
            ) from None
    doc_id = doc.get("id")
    article = Article(
        text=text,
        title=title,
        published=pub,
        id=None if doc_id is None else str(doc_id),
        language=normalise_language(doc.get("language")),
    )
    return article, doc_id


#: Documents analysed together, step by step (see ``pipeline.analyze_many``), when the whole
#: input is at hand (a file, a list): 128 gave the most on real-length news; more gain nothing.
BATCH = 128


def analyze_stream(
    lines: Iterable[str | bytes],
    out: TextIO,
    err: TextIO,
    gazetteer: Any,
    first: int = 1,
    batch: int | None = None,
) -> int:
    """Analyse every line (bytes are read as UTF-8); return how many lines were rejected.

    A line that cannot be read or analysed is reported on ``err`` with its number (``first``
    is the number of the first line given: a slice of a larger input keeps the numbers the
    whole input has); the lines before and after it are still analysed and written.

    ``batch``: how many documents are analysed together, each step over all of them (faster,
    see ``pipeline.analyze_many``); the output is the same, but a line's answer waits for its
    batch.  By default a list or tuple of lines is read in batches of ``BATCH`` and anything
    else (a pipe, a terminal) line by line, so that each line is answered as soon as it is read.
    """
    if batch is None:
        batch = BATCH if isinstance(lines, (list, tuple)) else 1
    # The loaded tagger (the gazetteer's some 200,000 objects, the date rules' tables) is never
    # garbage, yet every full collection that a batch's allocations bring on walks all of it
    # again: a sixteenth of the loop's instructions on real-length news.  Frozen, it is out of
    # the collector's sight for the run; a caller that froze it already (the command, its
    # worker processes) keeps its own setting.  Young collections are made rarer as for
    # ingest (``engines.gcpolicy``): each walks the batch's results, alive until written, and
    # at CPython's default they came every few hundred allocations (about 1% of the loop's
    # time on real-length news).
    thaw = gc.get_freeze_count() == 0
    if thaw:
        gc.freeze()
    before = gc.get_threshold()
    if 0 < before[0] < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, *before[1:])
    try:
        return _analyze_lines(lines, out, err, gazetteer, first, batch)
    finally:
        gc.set_threshold(*before)
        if thaw:
            gc.unfreeze()


def _analyze_lines(
    lines: Iterable[str | bytes], out: TextIO, err: TextIO, gazetteer: Any, first: int, batch: int
) -> int:
    """``analyze_stream``'s loop, once the batch size is settled."""
    from newsmap.pipeline import analyze_many

    rejected = 0
    # each pending line: its number and id with its article, or the error it raised on reading
    pending: list[tuple[int, Any, Article | None, str]] = []

    def flush() -> None:
        nonlocal rejected
        results = iter(analyze_many(gazetteer, [a for _, _, a, _ in pending if a is not None]))
        for lineno, raw_id, article, error in pending:
            if article is None:
                err.write(error)
                rejected += 1
                continue
            result = next(results)
            if isinstance(result, NewsmapError):
                err.write(f"Error: {printable(str(result))}\n")
            elif isinstance(result, Exception):
                err.write(
                    f"Error: line {lineno}: could not be analysed ({type(result).__name__})\n"
                )
            else:
                out.write(
                    record_line(
                        raw_id, result.countries, result.mentions, result.events, result.language
                    )
                    + "\n"
                )
                continue
            rejected += 1
        pending.clear()

    for lineno, raw in enumerate(lines, start=first):
        try:
            text = _text_of(raw, lineno)
            if not text.strip():
                continue
            article, raw_id = _parse_line(text, lineno)
        except NewsmapError as exc:
            pending.append((lineno, None, None, f"Error: {printable(str(exc))}\n"))
        except Exception as exc:  # noqa: BLE001 - one document must not end the stream
            pending.append(
                (
                    lineno,
                    None,
                    None,
                    f"Error: line {lineno}: could not be analysed ({type(exc).__name__})\n",
                )
            )
        else:
            pending.append((lineno, raw_id, article, ""))
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    return rejected


def load_frozen(load: Callable[[], T]) -> T:
    """``load()`` (the gazetteer), its objects frozen out of the collector's sight at once.

    They live as long as the command and are never garbage: frozen, a full collection (which
    batches of documents bring on) costs microseconds instead of some 40 ms, and forked
    processes share their pages longer.  Frozen before the collector is back on: the loader
    pauses it, but every object made meanwhile still counts towards the next young collection,
    which would walk all of them once on the first allocation after the load (some 40 ms of
    start-up, an eighth of the load's own time).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        loaded = load()
        gc.freeze()
    finally:
        if enabled:
            gc.enable()
    return loaded


def _batch_for(source: BinaryIO) -> int:
    """``BATCH`` for a regular file, read whole anyway; 1 for a pipe or terminal, whose every
    line is answered as soon as it is read."""
    try:
        regular = stat.S_ISREG(os.fstat(source.fileno()).st_mode)
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        regular = False
    return BATCH if regular else 1


@click.command("analyze", short_help="Tag JSON Lines documents without storing them.")
@click.argument("source", type=click.File("rb"), default="-")
@click.option(
    "--jobs",
    default="auto",
    show_default=True,
    metavar="N|auto",
    help="Processes to analyse on. auto: for a file of 1 MiB or more, one per 512 KiB up to "
    "every processor; else one (a pipe is answered line by line).",
)
def analyze_command(source: BinaryIO, jobs: str) -> None:
    """Tag documents without storing them: JSON Lines in, JSON Lines out.

    SOURCE is a file, or - (the default) for standard input. Each input line is
    {"id", "text", "title"?, "published"?: "YYYY-MM-DD"}. Each output line, in the
    same order, holds the region countries the document is about, every place
    mention with exact character offsets, and the dated events (relative dates
    such as "on Monday" need "published"). The store is not touched.

    Input is UTF-8.  A malformed line (not JSON, not UTF-8, no "text") is reported
    on stderr with its line number and skipped; the other lines are still
    analysed and written, and the exit status is then 1.

    With several processes (--jobs) the output is the same, byte for byte, in the
    same order; it is written in chunks of lines rather than line by line.

    \b
    Example:
      echo '{"id": "1", "text": "Talks in Skopje on Monday.", "published": "2023-11-23"}' \\
        | newsmap analyze
      newsmap analyze --jobs 4 archive.jsonl > tagged.jsonl
    """
    from newsmap.regex_cache import kept
    from newsmap.resources import cache_dir

    # the rules' modules compile their patterns as they are imported: from code kept by the
    # last run, not by the regex compiler (``regex_cache``)
    with kept(cache_dir()):
        import newsmap.pipeline  # noqa: F401 - imported on the first document otherwise
        from newsmap.cli.analyze_jobs import analyze_parallel, resolve_jobs
        from newsmap.geotag import Gazetteer

    processes = resolve_jobs(jobs, source)
    gazetteer = load_frozen(Gazetteer.from_path)
    if processes > 1:
        rejected = analyze_parallel(source, sys.stdout, sys.stderr, gazetteer, processes)
    else:
        rejected = analyze_stream(
            source, sys.stdout, sys.stderr, gazetteer, batch=_batch_for(source)
        )
    # everything the run loaded is garbage now: the console entry point may end the process
    # without freeing it (``newsmap.cli.QUICK_EXIT``)
    import newsmap.cli

    newsmap.cli.QUICK_EXIT = True
    if rejected:
        sys.exit(1)
