"""The `newsmap` command line: a thin layer over the library.

Each command lives in its own module as a module-level ``click`` command; this module puts
them in one group. Errors newsmap raises on purpose (``NewsmapError``) are turned into one
``Error: ...`` line and exit status 1 here, in `NewsmapGroup.invoke`, and nowhere else; usage
mistakes (a bad option value) stay click's ``UsageError`` with exit status 2.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from newsmap import __version__
from newsmap.cli.printing import printable
from newsmap.errors import NewsmapError

#: Each command's module and attribute.  A command's module is imported only when that command
#: runs (or when help lists it): ``newsmap analyze`` never needs the store, and importing it
#: (pandas, SQLAlchemy, the PostgreSQL driver) cost more CPU than loading the gazetteer.
COMMANDS: dict[str, tuple[str, str]] = {
    "analyze": ("newsmap.cli.analyze", "analyze_command"),
    "db": ("newsmap.cli.db", "db_command"),
    "demo": ("newsmap.cli.serve", "demo_command"),
    "export": ("newsmap.cli.export", "export_command"),
    "ingest": ("newsmap.cli.ingest", "ingest_command"),
    "serve": ("newsmap.cli.serve", "serve_command"),
    "watch": ("newsmap.cli.watch", "watch_command"),
}


class NewsmapGroup(click.Group):
    """The command group, and the one place that turns library errors into messages."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands or cmd_name not in COMMANDS:
            return self.commands.get(cmd_name)
        module, attr = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module), attr)
        self.add_command(command, cmd_name)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsmapError as exc:
            raise click.ClickException(printable(str(exc))) from exc


@click.group(cls=NewsmapGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsmap")
def cli() -> None:
    """newsmap: geotag Western Balkan news, extract dated events, map them.

    \b
    Typical session:
      newsmap demo                      load the sample articles, open the dashboard
      newsmap ingest ~/news/ feed.xml   add your own articles to the store
      newsmap analyze docs.jsonl        tag documents without storing them (JSON Lines out)
      newsmap serve                     the dashboard on your store
      newsmap watch                     poll the region's news feeds into the store
      newsmap export --format png -o map.png

    \b
    The store is the SQLite file or postgresql:// URL in $NEWSMAP_DB, or
    ./newsmap.db when unset (every command also takes --db; `newsmap db --help`).
    Exit status: 0 when everything went in or out; 1 when an input was rejected
    or the work could not be done (one "Error:" line says why); 2 for a mistyped
    command or option. `newsmap COMMAND --help` explains each command.
    """


#: Set by a command whose state is all garbage once it has written its output (``analyze``:
#: the gazetteer's hundreds of thousands of objects, the rules' tables): ``main`` then ends
#: the process as soon as its output is flushed, without freeing them one by one (a tenth of
#: the CPU of a short ``newsmap analyze``).  Only ``main`` reads it: a command invoked in
#: process (tests, ``CliRunner``) returns as usual.
QUICK_EXIT = False


def main() -> None:
    """Console-script entry point."""
    try:
        cli(prog_name="newsmap")
    except SystemExit as exc:
        if QUICK_EXIT and (exc.code is None or isinstance(exc.code, int)):
            _exit_now(exc.code or 0)
        raise


def _exit_now(status: int) -> None:
    """Flush the standard streams and end the process with ``status`` at once: no module
    teardown, no freeing of objects.  If a stream cannot be flushed (a closed pipe), return
    and let the interpreter's own exit report it as it always does."""
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 - the ordinary exit path handles and reports it
        return
    os._exit(status)
