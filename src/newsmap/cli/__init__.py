"""The `newsmap` command line: a thin layer over the library.

Each command family lives in its own module and registers itself on the
group below; errors raised on purpose (``NewsmapError``) become one
``Error: ...`` line and exit status 1.
"""

from __future__ import annotations

import importlib

import click

from newsmap import __version__

#: Modules that each define ``register(group)``; a missing one is skipped so the
#: CLI keeps working while a command family is being built.
_COMMAND_MODULES = ("analyze", "ingest", "export", "serve")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsmap")
def cli() -> None:
    """newsmap: geotag Western Balkan news, extract dated events, map them.

    \b
    Typical session:
      newsmap demo                      load the sample articles, open the dashboard
      newsmap ingest ~/news/ feed.xml   add your own articles to the store
      newsmap analyze docs.jsonl        tag documents without storing them (JSON Lines out)
      newsmap export --format png -o map.png

    The store is the SQLite file at $NEWSMAP_DB, or ./newsmap.db when unset.
    """


for _name in _COMMAND_MODULES:
    try:
        _mod = importlib.import_module(f"newsmap.cli.{_name}")
    except ModuleNotFoundError as exc:  # pragma: no cover - only while a family is missing
        if exc.name != f"newsmap.cli.{_name}":
            raise
        continue
    _mod.register(cli)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newsmap")
