"""`newsmap db migrate` and `newsmap db copy`: the store itself, on SQLite or PostgreSQL."""

from __future__ import annotations

import click

from newsmap.cli.options import db_option, warn_if_password_in_argument
from newsmap.store import Store, resolve_location


@click.group("db")
def db_command() -> None:
    """The article store itself: create or upgrade its schema, copy it between backends.

    \b
    A store is a SQLite file (the default, ./newsmap.db) or a PostgreSQL database:
      export NEWSMAP_DB=postgresql://USER:PASSWORD@HOST:5432/DATABASE
    Keep the password in the environment ($NEWSMAP_DB, $PGPASSWORD or ~/.pgpass),
    never on a command line, where other users of the machine can read it.
    """


@db_command.command("migrate")
@db_option
def migrate_command(db: str | None) -> None:
    """Create the store, or upgrade an older one to this newsmap's schema.

    \b
    Runs in one transaction: an interrupted upgrade leaves the store as it was.
    Other commands refuse a store of an older schema and say to run this.
    Exit status: 0 when the store is current, 1 when it could not be made so.
    """
    found, now = Store.migrate(db)
    with Store.open(db) as store:
        where = store.location
    if found is None:
        click.echo(f"created store {where} at schema version {now}")
    elif found == now:
        click.echo(f"store {where} is already at schema version {now}")
    else:
        click.echo(f"upgraded store {where} from schema version {found} to {now}")


@db_command.command("copy")
@click.argument("src", metavar="SRC")
@click.argument("dst", metavar="DST")
def copy_command(src: str, dst: str) -> None:
    """Copy the whole store SRC into DST, a new or empty store.

    \b
    SRC and DST are SQLite paths or postgresql:// URLs; "-" stands for $NEWSMAP_DB.
    Give a server's password through $PGPASSWORD or ~/.pgpass, not in the URL.
    One transaction: DST gets SRC as it was at one moment, or nothing.
    \b
      newsmap db copy ./newsmap.db postgresql://newsmap@db.example:5432/news
      NEWSMAP_DB=postgresql://... newsmap db copy - ./backup.db
    """
    for value in (src, dst):
        warn_if_password_in_argument(value)
    source, target = (resolve_location(None if v == "-" else v) for v in (src, dst))
    with Store.open(source) as reading, Store.open(target) as writing:
        copied = reading.copy_to(writing)
        click.echo(f"copied {reading.location} into {writing.location}:")
    for table, rows in copied.items():
        click.echo(f"  {table:<14} {rows:>12,} rows")
