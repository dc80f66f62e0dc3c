"""`newsmap watch`: poll feeds and pages on a schedule into the store."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import FrameType

import click

from newsmap.cli.ingest import load_tagger
from newsmap.cli.options import db_option
from newsmap.cli.printing import printable
from newsmap.cli.store_checks import require_writable_store


def _log(line: str) -> None:
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    click.echo(f"{stamp} {printable(line)}")


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM (systemd, docker) and SIGINT (Ctrl+C) end the watch after the current poll."""

    def handler(signum: int, frame: FrameType | None) -> None:
        if not stop.is_set():
            _log(f"stopping after the current poll ({signal.Signals(signum).name})")
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach only the main thread; a caller on another one stops us itself
        return
    previous = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


@click.command("watch", short_help="Poll feeds and pages on a schedule into the store.")
@db_option
@click.option(
    "--interval",
    type=click.FloatRange(1, 7 * 86400),
    metavar="SECONDS",
    help="Poll every source this often (default: each source's own: the list's interval, "
    "else the feed's <ttl>, else 900 s).",
)
@click.option("--once", is_flag=True, help="Poll each source once and exit (for cron).")
@click.option(
    "--timeout",
    type=click.FloatRange(1, 600),
    default=15.0,
    show_default=True,
    metavar="SECONDS",
    help="Deadline for each request, redirects and body included.",
)
@click.option(
    "--max-mb",
    type=click.FloatRange(0.01, 256),
    default=10.0,
    show_default=True,
    metavar="MB",
    help="Largest response read; a bigger one fails that poll.",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Also fetch from loopback, private and link-local addresses (off, so that a "
    "shared server cannot be made to read its own network).",
)
@click.argument("sources", nargs=-1, metavar="[SOURCE]...")
def watch_command(
    db: str | None,
    interval: float | None,
    once: bool,
    timeout: float,
    max_mb: float,
    allow_private: bool,
    sources: tuple[str, ...],
) -> None:
    """Poll news feeds and pages on a schedule, storing new articles as they arrive.

    SOURCE is a feed or page URL, an OPML file (what feed readers export), or a text
    file with one URL a line; with none, the bundled list of the region's outlets
    (data/feeds/western-balkans.opml) is watched.  Requests are conditional (ETag,
    Last-Modified), so an unchanged feed costs one short answer.  A source that
    fails is retried after twice its interval, then four times, up to 6 hours.
    Each poll logs one line; the state of every source is kept in the store, so a
    restart goes on where the last run stopped.  A running dashboard shows new
    articles on its next rerun.  SIGTERM or Ctrl+C stops after the current poll.

    Exit status: 0 when stopped; with --once, 1 when a poll failed or an entry was
    rejected.

    \b
    Examples:
      newsmap watch                                  # the bundled feeds, each at its interval
      newsmap watch --interval 600 my-feeds.opml
      newsmap watch --once https://balkaninsight.com/feed/   # from cron
    """
    from newsmap.resources import feeds_file
    from newsmap.store import Store
    from newsmap.watch import WatchSettings, describe, read_sources, watch

    found = read_sources(list(sources) or [str(feeds_file())])
    settings = WatchSettings(interval, timeout, int(max_mb * 1024 * 1024), allow_private)
    require_writable_store(db)
    stop = threading.Event()
    with Store.open(db) as store:
        store.check_writable()
        tagger = load_tagger(sys.stderr)
        _log(f"{describe(found, settings)}; store {store.location}")
        with _stop_on_signals(stop):
            summary = watch(store, found, tagger, settings, once=once, log=_log, stop=stop)
    if once:
        _log(
            f"polled {summary.polls}: {summary.new} new articles, {summary.failed} failed, "
            f"{summary.rejected} entries rejected"
        )
        if summary.failed or summary.rejected:
            sys.exit(1)
