"""The server backend: one PostgreSQL database shared by several dashboards and ingests.

``NEWSMAP_DB=postgresql://user:password@host:port/dbname`` (or ``--db``) opens it through
psycopg 3.  The store's promises hold as on SQLite: writers take one advisory lock per
transaction, so two ingests on two machines queue as two SQLite writers do (and the UNIQUE
content hash keeps the same article once either way); readers never wait and see only
committed articles; a snapshot is a REPEATABLE READ transaction.

The password never appears in a message: the store is named by ``masked_url`` and every
database error's text has the password taken out before it is shown.  Put it in the
environment (``NEWSMAP_DB`` or libpq's ``PGPASSWORD``/``~/.pgpass``), not on a command line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any
from urllib.parse import quote, quote_plus, unquote, urlsplit, urlunsplit

import psycopg

from newsmap.errors import StoreError
from newsmap.store.db import Cursor, Db
from newsmap.store.dialect import POSTGRES
from newsmap.store.sendahead import SendAhead
from newsmap.store.sqlite import BUSY_TIMEOUT_S

URL_PREFIXES = ("postgresql://", "postgres://")
#: An INSERT of one row of ``?`` values: (table, its column list, what follows the row).
_ONE_ROW_INSERT = re.compile(
    r"(?s)^\s*INSERT INTO (\w+)\s*\(([^)]*)\)\s*VALUES\s*\((?:\?,\s*)*\?\)(.*)$"
)
#: Seconds to wait for a server that does not answer before saying so.
CONNECT_TIMEOUT_S = 10
#: The advisory lock every write transaction takes: one writer at a time per database.
_WRITE_LOCK = 0x6E65_7773  # "news"
#: A ``password`` parameter of a URL's query, up to its value.
_QUERY_PASSWORD = re.compile(r"((?:^|&)password=)[^&]*")


def is_postgres_url(location: str) -> bool:
    """Whether a store location names a PostgreSQL database."""
    return location.startswith(URL_PREFIXES)


def masked_url(url: str) -> str:
    """The URL with its password replaced by ``***``: how messages name the store.  libpq
    takes the password after the user name or as a ``password`` parameter of the query.

    >>> masked_url("postgresql://desk:hunter2@db.example.org/news")
    'postgresql://desk:***@db.example.org/news'
    >>> masked_url("postgresql://desk@db.example.org/news?sslmode=require&password=hunter2")
    'postgresql://desk@db.example.org/news?sslmode=require&password=***'
    """
    parts = urlsplit(url)
    query = _QUERY_PASSWORD.sub(r"\1***", parts.query)
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        user = quote(unquote(parts.username or ""), safe="")
        parts = parts._replace(netloc=f"{user}:***@{host}")
    elif query == parts.query:
        return url
    return urlunsplit(parts._replace(query=query))


def url_passwords(url: str) -> list[str]:
    """Every password a URL carries (after the user name, in the query), as the server sees
    it: what a message must never show."""
    parts = urlsplit(url)
    found = [unquote(parts.password)] if parts.password else []
    for pair in parts.query.split("&"):  # percent-escapes only: libpq reads no "+" as a space
        name, _, value = pair.partition("=")
        if name == "password":
            found.append(unquote(value))
    return [p for p in found if p]


def hide_passwords(text: str, passwords: Iterable[str]) -> str:
    """``text`` on one line with each password, as typed or URL-escaped, replaced by ``***``."""
    for secret in passwords:
        for form in {secret, quote(secret, safe=""), quote_plus(secret, safe="")}:
            text = text.replace(form, "***")
    return re.sub(r"\s+", " ", text).strip()


@cache
def translate(sql: str) -> str:
    """A statement written with ``?`` parameters in psycopg's form (``%s``, and ``%%`` for a
    literal percent sign); ``?`` inside a quoted literal stays."""
    out: list[str] = []
    quoted = False
    for ch in sql:
        if ch == "'":
            quoted = not quoted
        if ch == "%":
            out.append("%%")
        elif ch == "?" and not quoted:
            out.append("%s")
        else:
            out.append(ch)
    return "".join(out)


class PostgresDb(Db):
    """A PostgreSQL database opened for the store."""

    dialect = POSTGRES
    errors = (psycopg.Error,)

    def __init__(
        self,
        conn: psycopg.Connection[Any],
        location: str,
        secrets: Sequence[str],
        url: str | None = None,
    ) -> None:
        super().__init__(location, url)
        self.conn = conn
        self._secrets = tuple(secrets)
        #: (table, columns) -> the name of this session's staging table for them.
        self._stages: dict[tuple[str, tuple[str, ...]], str] = {}
        #: Bulk writes on their way (inside ``sending``); every other use of the connection
        #: waits for them first.
        self._ahead = SendAhead()
        self._sending = False

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        self._ahead.wait()
        return self.conn.execute(translate(sql), params)

    @contextmanager
    def sending(self) -> Iterator[None]:
        # Inside the block, copies and staged inserts go to the server from a thread of
        # their own (``newsmap.store.sendahead``) while the caller builds the next rows.
        self._sending = True
        try:
            yield
            self._ahead.wait()
        finally:
            self._sending = False

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        # A statement per row costs the server a statement each, however well the client
        # pipelines them: the rows of an INSERT of one row of values are copied into a
        # staging table and inserted from there in one statement.  Its rows must not repeat
        # a key of its ON CONFLICT DO UPDATE; the store's never do.
        single = _ONE_ROW_INSERT.match(sql)
        batch = list(rows)
        if single is None or not batch:
            self._ahead.wait()
            with self.conn.cursor() as cur:
                cur.executemany(translate(sql), batch)
            return
        table, columns, tail = single.groups()
        self._write(self._insert_staged, table, columns, tail, batch)

    def _write(self, write: Any, *args: Any) -> None:
        """Run a bulk write now, or send it ahead inside ``sending``."""
        if self._sending:
            self._ahead.send(write, *args)
        else:
            self._ahead.wait()
            write(*args)

    def _insert_staged(self, table: str, columns: str, tail: str, rows: list[Any]) -> None:
        names = [c.strip() for c in columns.split(",")]
        stage = self._staged(table, names, rows)
        self.conn.execute(f"INSERT INTO {table}({columns}) SELECT * FROM {stage}{tail}")

    def _staged(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
        """The name of this session's staging table for ``columns`` of ``table``, holding
        ``rows`` alone (COPY: psycopg writes its rows in C, where arrays of every value
        were built in Python, a millisecond an article of an ingest)."""
        stage = self._stages.setdefault((table, tuple(columns)), f"stage_{len(self._stages)}")
        self.conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS "
            f"SELECT {', '.join(columns)} FROM {table} WITH NO DATA; TRUNCATE {stage}"
        )
        self._copy(stage, [c.strip('"') for c in columns], rows)
        return stage

    def rows_by_keys(
        self, table: str, key: Sequence[str], keys: Iterable[tuple[Any, ...]]
    ) -> list[Any]:
        # The keys are staged (see ``_staged``) and joined in one statement.
        wanted = set(keys)
        if not wanted:
            return []
        self._ahead.wait()
        stage = self._staged(table, key, wanted)
        on = " AND ".join(f"t.{c} = k.{c}" for c in key)
        return self.rows(f"SELECT t.* FROM {stage} k JOIN {table} t ON {on}")

    def insert_rows(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        self._write(self._copy, table, columns, list(rows) if self._sending else rows)

    def _copy(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
            with cur.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)

    def stream(self, sql: str, batch: int) -> Iterator[list[Any]]:
        # A server-side cursor: the client holds one batch at a time, not the table.
        self._ahead.wait()
        with self.conn.cursor(name="newsmap_stream") as cur:
            cur.itersize = batch
            cur.execute(translate(sql))
            while rows := cur.fetchmany(batch):
                yield rows

    @contextmanager
    def write(self) -> Iterator[Db]:
        with self.lock:
            try:
                self.conn.execute("BEGIN")
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
            except psycopg.Error as exc:
                self._rollback()
                raise self.failure(exc, "cannot write to") from exc
            try:
                yield self
            except BaseException:
                self._rollback()
                raise
            else:
                try:
                    self._ahead.wait()
                    self.conn.execute("COMMIT")
                except psycopg.Error as exc:
                    self._rollback()
                    raise self.failure(exc, "cannot commit to") from exc

    def _rollback(self) -> None:
        """End a failed transaction; on a lost connection there is nothing left to end."""
        self._ahead.settle()
        if not self.conn.closed:
            try:
                self.conn.execute("ROLLBACK")
            except psycopg.Error:
                pass

    @contextmanager
    def snapshot(self) -> Iterator[Db]:
        with self.lock:
            self._ahead.wait()
            if self.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                yield self  # nested: the outer snapshot already holds one
                return
            self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield self
            finally:
                self._rollback()

    def columns(self, table: str) -> set[str]:
        self._ahead.wait()
        rows = self.conn.execute(
            "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(%s) "
            "AND attnum > 0 AND NOT attisdropped",
            (table,),
        ).fetchall()
        return {row[0] for row in rows}

    def has_table(self, name: str) -> bool:
        self._ahead.wait()
        row = self.conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()
        return row is not None and row[0] is not None

    def analyze(self) -> None:
        # Fresh statistics after a bulk load, so the planner sees a million rows as such; and
        # the pages marked all-visible, so the roll-ups' covering indexes answer alone
        # (index-only scans) from the first query rather than after autovacuum's next round.
        # Run with the session's commits waiting for the disk: with synchronous_commit off,
        # right after the load, VACUUM marked none or half of the pages (measured).
        self.execute("SET synchronous_commit = on")
        try:
            self.execute("VACUUM (ANALYZE)")
        finally:
            self.execute("SET synchronous_commit = off")

    def integrity_check(self) -> str:
        # The server checks its own pages; what the store can check is that each table is
        # readable to the end.
        with self.lock:
            for table in ("articles", "mentions", "events"):
                self.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        return "ok"

    def fatal(self, exc: Exception) -> bool:
        return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) or bool(
            self.conn.closed
        )

    def clean(self, text: str) -> str:
        """A database message on one line, without the password."""
        return hide_passwords(text, self._secrets)

    def failure(self, exc: Exception, doing: str) -> StoreError:
        return StoreError(f"{doing} store {self.location!r}: {self.clean(str(exc))}")

    def not_a_store(self, exc: Exception) -> StoreError:
        return self.failure(exc, "cannot set up")

    def close(self) -> None:
        with self.lock:
            self._ahead.close()
            self.conn.close()


def connect_postgres(url: str) -> PostgresDb:
    """Connect to the PostgreSQL database a URL names.

    Raises
    ------
    StoreError
        The server cannot be reached, refuses the user or password, or has no such database;
        the message names the store without its password.
    """
    location = masked_url(url)
    secrets = url_passwords(url)
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        text = hide_passwords(str(exc), secrets)
        raise StoreError(f"cannot connect to store {location!r}: {text}") from exc
    # A writer waits for another writer's transaction as long as a SQLite writer would; and
    # a commit returns before its log reaches the disk, as SQLite's synchronous=NORMAL does:
    # a power cut may lose the last moments' commits, never make the store inconsistent.
    conn.execute(f"SET lock_timeout = '{int(BUSY_TIMEOUT_S * 1000)}ms'")
    conn.execute("SET synchronous_commit = off")
    # psycopg prepares a statement run five times, and PostgreSQL then may plan it once for
    # any values: the dashboard's statements are the same text for every date range and
    # country, and a plan made without them read the popups of a country view in 3.4 s
    # instead of 0.17 s.  Every run is planned for its own values.
    conn.execute("SET plan_cache_mode = force_custom_plan")
    return PostgresDb(conn, location, secrets, url)
