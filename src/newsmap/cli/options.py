"""Options several commands share, defined once so they read and behave the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
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


def db_option(func: F) -> F:
    """``--db``: which store to read or write (``$NEWSMAP_DB`` when not given)."""
    return click.option(
        "--db",
        "db",
        envvar="NEWSMAP_DB",
        metavar="PATH|URL",
        default=None,
        help=DB_HELP,
        callback=_checked_db,
    )(func)


def _checked_db(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse a store location that is a device, a FIFO or a folder before any work, and
    warn about a password typed on the command line."""
    from newsmap.cli.store_checks import check_store_path

    if ctx.get_parameter_source(param.name or "db") == click.core.ParameterSource.COMMANDLINE:
        warn_if_password_in_argument(value)
    check_store_path(value)
    return value


def server_options(func: F) -> F:
    """``--port`` and ``--address`` of the dashboard server (``serve`` and ``demo``)."""
    func = click.option(
        "--address",
        default="localhost",
        show_default=True,
        help="Interface to listen on (0.0.0.0 to share the dashboard on the network).",
    )(func)
    return click.option("--port", default=8501, show_default=True, help="HTTP port.")(func)
