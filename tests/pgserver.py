"""A throwaway PostgreSQL server for the tests and the store benchmark.

``initdb`` in a temporary folder, the server on a free port of 127.0.0.1 (no Unix socket
anyone else could reach), password authentication over TCP, and everything removed at the
end.  PostgreSQL refuses to run as root, so under root the folder is handed to the package's
``postgres`` user and every server command runs as that user.

Debian's ``postgresql`` package puts its programs under /usr/lib/postgresql/VERSION/bin;
``make test`` installs it when it is missing.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg

USER = "newsmap"
#: A password with the characters a URL must escape, so tests see it masked in both forms.
PASSWORD = "s3cret:p@ss/w0rd"


def find_program(name: str) -> str:
    """The path of a PostgreSQL server program (initdb, pg_ctl), newest version first."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_version, reverse=True)
    if found:
        return found[0]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise RuntimeError(
        f"PostgreSQL's {name} is not installed: `make test` installs Debian's postgresql "
        "package (or run: apt-get install postgresql)"
    )


def _version(path: str) -> int:
    part = Path(path).parts[-3]
    return int(part) if part.isdigit() else 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One PostgreSQL server in a temporary folder: ``start``, ``stop``, ``remove``."""

    def __init__(self, *, durable: bool = False, shared_buffers: str = "128MB") -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="newsmap-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.durable = durable
        #: The server's own page cache (PostgreSQL's default is 128 MB).
        self.shared_buffers = shared_buffers
        self._as_postgres: dict[str, Any] = {}
        if os.geteuid() == 0:
            self._as_postgres = {"user": "postgres", "group": "postgres"}
            shutil.chown(self.folder, "postgres", "postgres")
        pwfile = self.folder / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self._as_postgres:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run(
            find_program("initdb"),
            "-D",
            str(self.data),
            "-U",
            USER,
            "--pwfile",
            str(pwfile),
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        pwfile.unlink()
        self._next = 0
        self._watch()

    def _watch(self) -> None:
        """Leave a watchdog that stops the server and removes its folder if this process dies
        without doing so (see pg_watchdog.py); a normal ``remove`` ends it."""
        self._watchdog = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("pg_watchdog.py")),
                str(os.getpid()),
                str(self.folder),
                find_program("pg_ctl"),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def _run(self, *args: str) -> None:
        done = subprocess.run(args, capture_output=True, text=True, **self._as_postgres)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {done.stderr or done.stdout}")

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        settings = [
            f"-p {self.port}",
            "-c listen_addresses=127.0.0.1",
            f"-c unix_socket_directories={self.folder}",
            "-c max_connections=40",
            f"-c shared_buffers={self.shared_buffers}",
        ]
        if not self.durable:  # tests: a lost server is simulated, never a lost machine
            settings += ["-c fsync=off", "-c full_page_writes=off"]
        self._run(
            find_program("pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            " ".join(settings),
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``fast`` ends every session; ``immediate`` is a crash)."""
        self._run(find_program("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        """Stop the server if it runs and delete its folder."""
        try:
            self.stop("immediate")
        except RuntimeError:
            pass  # already stopped
        shutil.rmtree(self.folder, ignore_errors=True)
        self._watchdog.kill()
        self._watchdog.wait()

    def url(self, *, schema: str | None = None, password: str | None = PASSWORD) -> str:
        """A store URL on this server; ``schema`` gives a test tables of its own; with no
        ``password`` the client finds it in $PGPASSWORD (or ~/.pgpass)."""
        login = USER if password is None else f"{USER}:{quote(password, safe='')}"
        url = f"postgresql://{login}@127.0.0.1:{self.port}/postgres"
        if schema:
            url += f"?options=-csearch_path%3D{schema}"
        return url

    def fresh_schema(self) -> str:
        """A new, empty schema: room for a store no other test has touched."""
        self._next += 1
        schema = f"t{os.getpid()}_{self._next}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")  # type: ignore[arg-type]
        return schema

    def fresh_url(self) -> str:
        """The URL of a new, empty store."""
        return self.url(schema=self.fresh_schema())
