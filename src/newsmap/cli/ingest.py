"""`newsmap ingest`: read files, folders, feeds and URLs into the store, tagging each article."""

from __future__ import annotations

import sys
import time
from typing import TextIO

import click

from newsmap.cli.options import db_option
from newsmap.cli.printing import printable
from newsmap.cli.store_checks import require_writable_store
from newsmap.engines.gcpolicy import long_run_gc
from newsmap.engines.local import IngestReport, Progress, ingest_paths
from newsmap.errors import EngineError, GazetteerError
from newsmap.ingest import Tagger
from newsmap.model import Article, Event, Mention
from newsmap.store import Store


def _no_tags(article: Article) -> tuple[list[Mention], list[Event]]:
    """Stand-in when the geotagger is not installed: store text now, ``--retag`` later."""
    return [], []


def load_tagger(err: TextIO) -> Tagger:
    """The real tagger from ``newsmap.pipeline``, or a no-op one with a warning.

    Imported here, not at module top, so ``newsmap --help`` stays fast and the command
    still stores articles where the geodata is not built yet.
    """
    try:
        from newsmap.pipeline import make_tagger

        return make_tagger()
    except (ImportError, GazetteerError) as exc:
        if isinstance(exc, ModuleNotFoundError) and not (exc.name or "").startswith("newsmap"):
            raise  # a missing third-party package is an installation problem: say so loudly
        err.write(
            f"warning: the geotagger is not available ({exc}); articles are stored without "
            "places or events (run `newsmap ingest --retag` once it is)\n"
        )
        return _no_tags


class _ProgressLine:
    """A one-line counter on a terminal's stderr; silent when stderr is a file or a pipe."""

    #: Seconds between redraws: often enough to look alive, rarely enough to cost nothing.
    INTERVAL = 0.2

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.shown = False
        self._last = 0.0

    def _draw(self, line: str, force: bool = False) -> None:
        now = time.monotonic()
        if not self.live or (not force and now - self._last < self.INTERVAL):
            return
        self._last = now
        self.stream.write(f"\r{line} \x1b[K")
        self.stream.flush()
        self.shown = True

    def __call__(self, p: Progress) -> None:
        self._draw(f"ingesting: {p.inputs_done}/{p.inputs_total} inputs, {p.articles} articles")

    def show(self, line: str) -> None:
        """Any one-line status (the cluster engine's, with rate and time left)."""
        self._draw(line)

    def retag(self, done: int, total: int) -> None:
        self._draw(f"retagging: {done}/{total} articles", force=done == total)

    def end(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def report_rejections(report: IngestReport, err: TextIO) -> None:
    """One line per notice and per rejected input or entry: what, where in it, and why."""
    for n in report.notices:
        err.write(f"warning: {printable(str(n))}\n")
    for r in report.rejected:
        err.write(f"rejected: {printable(str(r))}\n")


@click.command("ingest", short_help="Read files, folders, feeds and URLs into the store.")
@db_option
@click.option(
    "--retag",
    is_flag=True,
    help="Recompute places and events of every stored article (after a gazetteer or "
    "tagger update), before ingesting any INPUT.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: tag in this process. dask: tag on a Dask cluster (a backfill): a local one "
    "of --workers processes, or the running one at --scheduler.",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="With --engine dask: the scheduler of a running cluster; its workers must read "
    "every INPUT at the same path.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="With --engine dask and no --scheduler: worker processes to start (default: one "
    "per core).",
)
@click.argument("inputs", nargs=-1, metavar="INPUT...")
def ingest_command(
    db: str | None,
    retag: bool,
    engine: str,
    scheduler: str | None,
    workers: int | None,
    inputs: tuple[str, ...],
) -> None:
    """Read news into the store, tagging places and dated events on the way in.

    INPUT is a file, a folder (read recursively) or an http(s) URL of a page or an
    RSS/Atom feed.  Formats: .txt/.md (optional front matter), .json, .jsonl, .csv,
    .xml/.rss/.atom feeds, .html.  The same article ingested twice is stored once.
    A bad input (or a bad line or entry inside one) is reported on stderr on its
    own line, naming it and the reason, and the others still go in.  The last line
    on stdout counts what happened: "N new, N duplicate, N rejected".  The exit
    status is 1 when anything was rejected, 0 otherwise.  An interrupted ingest
    keeps every article already stored whole; run it again for the rest.

    \b
    Examples:
      newsmap ingest ~/news/saved-pages/
      newsmap ingest export.jsonl monitor.csv --db analysis.db
      newsmap ingest https://example.org/balkans/rss.xml
      newsmap ingest --retag
      newsmap ingest --engine dask --workers 2 archive-2015.jsonl archive-2016.jsonl
      newsmap ingest --engine dask --scheduler tcp://10.0.0.5:8786 /shared/archive/
    """
    if not inputs and not retag:
        raise click.UsageError("give at least one INPUT (file, folder or URL), or --retag")
    if engine == "local" and (scheduler or workers):
        raise click.UsageError("--scheduler and --workers go with --engine dask")
    if scheduler and workers:
        raise click.UsageError(
            "--workers starts a local cluster; with --scheduler, start "
            "workers on the cluster (`dask worker`)"
        )
    err = sys.stderr
    progress = _ProgressLine(err)
    cluster = (scheduler or "", workers) if engine == "dask" else None
    try:
        report = _run(db, retag, inputs, progress, err, cluster)
    finally:
        progress.end()
    if report is None:
        return
    report_rejections(report, err)
    click.echo(report.summary())
    if report.rejected:
        sys.exit(1)


def _run(
    db: str | None,
    retag: bool,
    inputs: tuple[str, ...],
    progress: _ProgressLine,
    err: TextIO,
    cluster: tuple[str, int | None] | None = None,
) -> IngestReport | None:
    """Retag and/or ingest; the report of the ingest, None when only retagging."""
    require_writable_store(db)
    with Store.open(db) as store:
        store.check_writable()  # before the tagger loads and any article is read
        if cluster is not None:
            return _run_on_cluster(store, retag, inputs, progress, err, cluster)
        tagger = load_tagger(err)
        if retag:
            with long_run_gc():
                done = store.retag(tagger, progress=progress.retag)
            progress.end()
            click.echo(
                f"retagged {done.articles} articles: {done.mentions} mentions, {done.events} events"
            )
        if not inputs:
            return None
        return ingest_paths(store, list(inputs), tagger, on_progress=progress)


def _run_on_cluster(
    store: Store,
    retag: bool,
    inputs: tuple[str, ...],
    progress: _ProgressLine,
    err: TextIO,
    cluster: tuple[str, int | None],
) -> IngestReport | None:
    """``_run`` with the Dask engine (imported only here: Dask is an optional install)."""
    try:
        from newsmap.engines import dask as engine
    except ImportError as exc:
        raise EngineError(
            f"--engine dask needs Dask ({exc}); install it with: pip install 'newsmap[scale]'"
        ) from exc
    spec = engine.ClusterSpec(scheduler=cluster[0] or None, workers=cluster[1])

    def started(line: str) -> None:
        progress.end()
        err.write(line + "\n")

    if retag:
        done = engine.retag(store, spec, on_line=progress.show, say=started)
        progress.end()
        click.echo(
            f"retagged {done.articles} articles: {done.mentions} mentions, {done.events} events"
        )
    if not inputs:
        return None
    return engine.ingest(store, list(inputs), spec, on_line=progress.show, say=started)
