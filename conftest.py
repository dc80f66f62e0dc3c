"""Fixtures every test tier shares: a real PostgreSQL server for the session, and store
locations on each backend, so the store, ingest, query and fault tests run on SQLite and
PostgreSQL.  (At the top of the tree, not in tests/, so that it is no second module named
``conftest`` beside tests/browser's for the doctest collector; tests/ goes on the path here
for the helpers every tier imports: pgserver, storekit.)

The server is started once, on first use (``initdb`` in a temporary folder, a free port of
127.0.0.1; see ``pgserver.py``), and stopped at the end of the session.  Each test gets a
schema of its own on it: a store no other test has touched.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "tests"))

from pgserver import PgServer  # noqa: E402

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the whole session."""
    server = PgServer()
    try:
        server.start()
        yield server
    finally:
        server.remove()


def location_on(backend: str, request: pytest.FixtureRequest, folder: Path, name: str) -> str:
    """A new, empty store location on a backend: a file in ``folder``, or a fresh schema."""
    if backend == "sqlite":
        return str(folder / name)
    server: PgServer = request.getfixturevalue("pg_server")
    return server.fresh_url()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each backend in turn."""
    return str(request.param)


@pytest.fixture
def store_location(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store on each backend in turn (a SQLite file, or a PostgreSQL schema)."""
    return location_on(backend, request, tmp_path, "news.db")


@pytest.fixture
def new_location(backend: str, request: pytest.FixtureRequest, tmp_path: Path):  # noqa: ANN201
    """A maker of further new store locations on the same backend as ``store_location``."""
    made = iter(range(1, 1000))
    return lambda: location_on(backend, request, tmp_path, f"more{next(made)}.db")


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """``pytest -n 2 --dist loadscope`` (``make test``) sends whole modules to a worker, and the
    browser tier as one unit (see tests/worksplit.py); other modes are pytest-xdist's own."""
    if config.getvalue("dist") != "loadscope":
        return None
    from worksplit import make_scheduler

    return make_scheduler(config, log)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Skip the source of a module that runs compiled: Python imports its extension, which the
    doctest collector would reject as another file (and a compiled function keeps no
    docstring).  tests/unit/test_native.py runs those modules' examples against them."""
    from newsmap import native

    if collection_path.suffix != ".py" or native.is_interpreted() or native.read_manifest() is None:
        return None
    try:
        rel = collection_path.resolve().relative_to(native.PACKAGE_DIR).as_posix()
    except ValueError:
        return None
    return True if rel in native.COMPILED else None
