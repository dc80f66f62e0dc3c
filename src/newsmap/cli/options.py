"""Options several commands share, defined once so they read and behave the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])

#: The help every command gives for its store; the default is resolved by the store itself.
DB_HELP = (
    "The article store: a SQLite file (or sqlite:///PATH), or a PostgreSQL database "
    "(postgresql://USER@HOST:PORT/DB; the password belongs in $NEWSMAP_DB or $PGPASSWORD, "
    "not here). Default: $NEWSMAP_DB, else ./newsmap.db in the current folder."
)


def warn_if_password_in_argument(value: str | None) -> None:
    """Say so when a store URL typed on the command line carries a password: every user of
    the machine can read a command line (ps).  The password itself is never echoed."""
    from newsmap.store.postgres import masked_url

    if value and "://" in value and masked_url(value) != value:
        click.echo(
            f"Warning: the password of {masked_url(value)} is on the command line, where other "
            "users can see it; put the URL in $NEWSMAP_DB or the password in $PGPASSWORD",
            err=True,
        )


def _check_db(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if ctx.get_parameter_source(param.name or "db") == click.core.ParameterSource.COMMANDLINE:
        warn_if_password_in_argument(value)
    return value


def db_option(func: F) -> F:
    """``--db``: which store to read or write (``$NEWSMAP_DB`` when not given)."""
    return click.option(
        "--db",
        "db",
        envvar="NEWSMAP_DB",
        metavar="PATH|URL",
        default=None,
        callback=_check_db,
        help=DB_HELP,
    )(func)


def server_options(func: F) -> F:
    """``--port`` and ``--address`` of the dashboard server (``serve`` and ``demo``)."""
    func = click.option(
        "--address",
        default="localhost",
        show_default=True,
        help="Interface to listen on (0.0.0.0 to share the dashboard on the network).",
    )(func)
    return click.option("--port", default=8501, show_default=True, help="HTTP port.")(func)


def require_store(db: str | None) -> str:
    """The store's location, or a StoreError when that file does not exist.

    Commands that only read (export, serve) must not create an empty store at a mistyped
    path: the analyst would look at an empty map and wonder where the news went.
    """
    from newsmap.errors import StoreError
    from newsmap.store import resolve_location

    location = resolve_location(db)
    if "://" in location or location == ":memory:":
        return location
    if not Path(location).expanduser().is_file():
        raise StoreError(
            f"there is no article store at {location!r}; add articles with `newsmap ingest` "
            "first, or point --db (or $NEWSMAP_DB) at an existing store"
        )
    return location
