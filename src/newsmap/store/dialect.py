"""Where the store's SQL differs between SQLite and PostgreSQL: the one place that knows.

Everything else (the schema, the roll-ups, the timeline cells, every query in
``newsmap.query``) is written once, in the SQL both engines accept: ``?`` parameters (the
PostgreSQL backend turns them into psycopg's), ``INSERT ... ON CONFLICT``, row values,
``CROSS JOIN ... WHERE`` for a join order SQLite must keep, correlated scalar subqueries
rather than SQLite's correlated ``IN (... LIMIT n)`` (which PostgreSQL would run once per
pair of rows).  What cannot be written once is a field here: column types, SQLite's
``WITHOUT ROWID``, and the column that orders mentions as they were written.

Where one engine needs a differently shaped statement to be fast, the caller hands over a
``Forms``: the statement as SQLite takes it, carrying the PostgreSQL form beside it; the store
runs the form of its own engine (``form_for``).  A query never asks which database runs it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    """The SQL one backend needs where the two differ."""

    name: str
    #: Floating-point columns (coordinates, scores); PostgreSQL's ``real`` is single precision.
    real: str
    #: Integers past 2^31 (a report's first_key packs an article id and an offset).
    bigint: str
    #: Appended to tables keyed by their primary key, most of them updated in place: SQLite
    #: stores them in the key's own b-tree; PostgreSQL leaves room on each page for an
    #: updated row to stay there without touching the index (a HOT update).
    keyed_table: str
    #: The column that orders mentions as they were written (the last tagging of a place
    #: wins in ``place_info``), and its declaration where it is not implicit.
    write_order: str
    write_order_column: str


SQLITE = Dialect(
    name="sqlite",
    real="REAL",
    bigint="INTEGER",
    keyed_table=" WITHOUT ROWID",
    write_order="rowid",
    write_order_column="",
)

POSTGRES = Dialect(
    name="postgresql",
    real="DOUBLE PRECISION",
    bigint="BIGINT",
    keyed_table=" WITH (fillfactor = 80)",
    write_order="seq",
    write_order_column=",\n    seq BIGINT GENERATED ALWAYS AS IDENTITY",
)


class Forms(str):
    """A statement (its SQLite form, as plain text) with other engines' forms of it, by
    dialect name.  Anything that passes SQL along as a string passes these along too."""

    forms: dict[str, str]

    def __new__(cls, sqlite: str, *, postgresql: str) -> Forms:
        made = super().__new__(cls, sqlite)
        made.forms = {"postgresql": postgresql}
        return made


def form_for(sql: str, dialect: Dialect) -> str:
    """The form of a statement a dialect runs (the text itself unless it is a ``Forms``)."""
    forms = getattr(sql, "forms", None)
    return forms.get(dialect.name, str(sql)) if forms else sql
