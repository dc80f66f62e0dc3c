"""`newsmap serve` and `newsmap demo`: start the Streamlit dashboard on a store."""

from __future__ import annotations

import os
import subprocess
import sys

import click

from newsmap.errors import NewsmapError
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


def register(group: click.Group) -> None:
    db_option = click.option(
        "--db",
        envvar="NEWSMAP_DB",
        default=None,
        help="SQLite file of the store (default: $NEWSMAP_DB, else ./newsmap.db).",
    )
    port_option = click.option("--port", default=8501, show_default=True, help="HTTP port.")
    address_option = click.option(
        "--address",
        default="localhost",
        show_default=True,
        help="Interface to listen on (0.0.0.0 to share on the network).",
    )

    @group.command("serve")
    @db_option
    @port_option
    @address_option
    def serve_cmd(db: str | None, port: int, address: str) -> None:
        """Start the dashboard on the store.

        \b
        Example:
          newsmap serve --db ~/briefing.db --port 8600
        """
        _serve(db, port, address)

    @group.command("demo")
    @db_option
    @port_option
    @address_option
    def demo_cmd(db: str | None, port: int, address: str) -> None:
        """Load the bundled sample articles into the store, then start the dashboard.

        Running it again does not duplicate anything: articles already stored are
        reported as duplicates.

        \b
        Example:
          newsmap demo            # then open http://localhost:8501
        """
        try:
            click.echo(f"Loading the sample articles: {load_samples(db)}", err=True)
        except NewsmapError as exc:
            raise click.ClickException(str(exc)) from exc
        _serve(db, port, address)
