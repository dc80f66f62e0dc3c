"""`newsmap serve` and `newsmap demo`: start the Streamlit dashboard on a store."""

from __future__ import annotations

import os
import subprocess
import sys

import click

from newsmap.cli.options import db_option, server_options
from newsmap.cli.store_checks import require_store, require_writable_store
from newsmap.resources import app_script, samples_dir
from newsmap.store import resolve_location

APP = app_script()
SAMPLES = samples_dir()


def streamlit_command(port: int, address: str) -> list[str]:
    """The Streamlit command line; static serving carries the offline Leaflet assets."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.port",
        str(port),
        "--server.address",
        address,
        "--server.headless",
        "true",
        "--server.enableStaticServing",
        "true",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
    ]


def _serve(db: str | None, port: int, address: str) -> None:
    if not APP.exists():
        raise click.ClickException(f"cannot find the dashboard entry script at {APP}")
    env = dict(os.environ)
    # The dashboard runs in another process: name the store absolutely, as this one sees it.
    location = resolve_location(db)
    env["NEWSMAP_DB"] = location if "://" in location else os.path.abspath(location)
    click.echo(f"newsmap dashboard: http://localhost:{port}  (Ctrl+C stops it)", err=True)
    try:
        completed = subprocess.run(streamlit_command(port, address), env=env)
    except KeyboardInterrupt:
        return
    if completed.returncode not in (0, -2, 130):
        sys.exit(completed.returncode)


def load_samples(db: str | None) -> str:
    """Ingest the bundled samples (duplicates are skipped), return the summary line."""
    from newsmap.engines.local import ingest_paths
    from newsmap.pipeline import make_tagger
    from newsmap.store import Store

    if not SAMPLES.is_dir():
        raise click.ClickException(f"the sample corpus is missing: {SAMPLES}")
    store = Store.open(db)
    try:
        tagger = make_tagger()
        report = ingest_paths(store, [str(SAMPLES)], tagger)
        if report.duplicate:
            # The samples were loaded before, perhaps by an older tagger: re-tag the stored
            # text so the demo always shows what this version of newsmap finds.
            store.retag(tagger)
    finally:
        store.close()
    return f"{report.new} new, {report.duplicate} duplicate, {len(report.rejected)} rejected"


@click.command("serve", short_help="Start the dashboard on the store.")
@db_option
@server_options
def serve_command(db: str | None, port: int, address: str) -> None:
    """Start the dashboard on the store, at http://localhost:PORT.

    The dashboard reads the store; it shows new articles (from `newsmap ingest`
    or `newsmap watch`) on its next rerun, without a restart.  The store must
    exist: a mistyped --db is an error, not a new empty store.  Ctrl+C stops it.

    \b
    Example:
      newsmap serve --db ~/briefing.db --port 8600
    """
    require_store(db)
    _serve(db, port, address)


@click.command("demo", short_help="Load the sample articles, then start the dashboard.")
@db_option
@server_options
def demo_command(db: str | None, port: int, address: str) -> None:
    """Load the bundled sample articles into the store, then start the dashboard.

    Running it again does not duplicate anything: articles already stored are
    reported as duplicates (and re-tagged, so the demo shows what this version
    finds).

    \b
    Example:
      newsmap demo            # then open http://localhost:8501
    """
    require_writable_store(db)
    click.echo(f"Loading the sample articles: {load_samples(db)}", err=True)
    _serve(db, port, address)
