"""`newsmap ingest --engine dask` against the local engine, on real processes: a local
cluster, a scheduler and workers over TCP with one killed mid-run, and Ctrl-C mid-run.

One corpus of several inputs (JSON Lines files cut into pieces, a CSV, a folder of pages, bad
lines, a story carried twice, a missing input) is ingested once by the local engine; every
cluster run must leave a store whose tables hold exactly the same rows, and report the same
rejections.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from enginekit import (
    DASK,
    NEWSMAP,
    Processes,
    rejection_lines,
    run_cli,
    stored_articles,
    tables,
    wait_until,
    write_corpus,
)
from pgserver import PASSWORD, PgServer

pytestmark = pytest.mark.slow


@pytest.fixture
def procs() -> Iterator[Processes]:
    running = Processes()
    try:
        yield running
    finally:
        running.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The corpus, and what the local engine makes of it."""
    root = tmp_path_factory.mktemp("engines")
    inputs = write_corpus(root / "corpus")
    db = root / "local.db"
    running = Processes()
    try:
        code, out, err = run_cli(running, "ingest", "--db", str(db), *inputs)
    finally:
        running.close()
    # Rejected: the broken line, the CSV row without text, the empty page, the missing file.
    assert (code, out) == (1, "782 new, 1 duplicate, 4 rejected\n"), err
    return {"inputs": inputs, "db": db, "out": out, "err": err, "tables": tables(db)}


def test_a_local_cluster_stores_what_the_local_engine_stores(
    reference: dict[str, object], tmp_path: Path, procs: Processes
) -> None:
    db = tmp_path / "dask.db"
    inputs = reference["inputs"]
    assert isinstance(inputs, list)
    code, out, err = run_cli(
        procs, "ingest", "--engine", "dask", "--workers", "2", "--db", str(db), *inputs
    )
    assert code == 1, err
    assert out == reference["out"]
    assert rejection_lines(err) == rejection_lines(str(reference["err"]))
    assert len(rejection_lines(err)) == 4
    assert "dashboard http://" in err
    assert tables(db) == reference["tables"]

    # A retag on the cluster recomputes tags from the stored text: drop some articles'
    # mentions behind the store's back (the roll-ups still count them), and the retag brings
    # back exactly the local engine's rows.
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM mentions WHERE article_id <= 40")
    code, out, err = run_cli(
        procs, "ingest", "--retag", "--engine", "dask", "--workers", "2", "--db", str(db)
    )
    assert code == 0, err
    assert out.startswith("retagged ")
    assert tables(db) == reference["tables"]


def _by_content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """``tables(db)`` with each article named by its content hash instead of its id, since
    workers that write their own partitions into PostgreSQL commit them in the order they
    finish: the ids differ from a local run's, the rows they number must not."""
    found = tables(db)
    with sqlite3.connect(db) as conn:
        cols = {name: [r[1] for r in conn.execute(f"PRAGMA table_info({name})")] for name in found}
        hashes = dict(conn.execute("SELECT id, content_hash FROM articles").fetchall())
    out: dict[str, list[tuple[object, ...]]] = {}
    for name, rows in found.items():
        names = [c for c in cols[name] if c != "ingested_at"]
        keep = [
            i for i, c in enumerate(names) if c != "first_key" and (name, c) != ("articles", "id")
        ]
        ids = [i for i, c in enumerate(names) if c == "article_id"]
        out[name] = sorted(
            (tuple(hashes[row[i]] if i in ids else row[i] for i in keep) for row in rows), key=repr
        )
    return out


def test_workers_write_into_postgresql_what_the_local_engine_stores(
    reference: dict[str, object], tmp_path: Path, procs: Processes, pg_server: PgServer
) -> None:
    # The password is in the URL only (no PGPASSWORD): the workers open the store with it.
    url = pg_server.fresh_url()
    inputs = reference["inputs"]
    assert isinstance(inputs, list)
    code, out, err = run_cli(
        procs, "ingest", "--engine", "dask", "--workers", "2", "--db", url, *inputs
    )
    assert code == 1, err
    assert out == reference["out"]
    assert rejection_lines(err) == rejection_lines(str(reference["err"]))
    assert PASSWORD not in err
    copy = tmp_path / "copied.db"
    code, _, err = run_cli(procs, "db", "copy", url, str(copy))
    assert code == 0, err
    local = reference["db"]
    assert isinstance(local, Path)
    assert _by_content(copy) == _by_content(local)


def _start_cluster(procs: Processes, folder: Path) -> str:
    """A `dask scheduler` and two `dask worker` processes on 127.0.0.1; the scheduler's
    address."""
    info = folder / "scheduler.json"
    procs.start(
        [
            *DASK,
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(info),
        ]
    )
    wait_until(info.exists, "the scheduler to write its address")
    wait_until(lambda: info.stat().st_size > 0, "the scheduler to write its address")
    address = str(json.loads(info.read_text())["address"])
    for _ in range(2):
        procs.start(
            [
                *DASK,
                "worker",
                address,
                "--nworkers",
                "1",
                "--nthreads",
                "1",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
            ]
        )
    return address


def test_a_worker_killed_mid_run_loses_nothing(
    reference: dict[str, object], tmp_path: Path, procs: Processes
) -> None:
    address = _start_cluster(procs, tmp_path)
    workers = procs.started[1:]
    db = tmp_path / "dask.db"
    inputs = reference["inputs"]
    assert isinstance(inputs, list)
    run = procs.start(
        [
            *NEWSMAP,
            "ingest",
            "--engine",
            "dask",
            "--scheduler",
            address,
            "--db",
            str(db),
            *inputs,
        ]
    )
    # Once the first partition is stored, the workers are busy with the next ones.
    wait_until(lambda: stored_articles(db) > 0 or run.poll() is not None, "a first commit")
    os.killpg(workers[0].pid, signal.SIGKILL)  # the worker and its nanny, at once
    out, err = run.communicate(timeout=300)
    assert run.returncode == 1, err
    assert out == reference["out"]
    assert rejection_lines(err) == rejection_lines(str(reference["err"]))
    assert tables(db) == reference["tables"]


def test_ctrl_c_mid_run_keeps_whole_articles_and_a_rerun_completes(
    reference: dict[str, object], tmp_path: Path, procs: Processes
) -> None:
    db = tmp_path / "dask.db"
    inputs = reference["inputs"]
    assert isinstance(inputs, list)
    args = ["ingest", "--engine", "dask", "--workers", "2", "--db", str(db), *inputs]
    run = procs.start([*NEWSMAP, *args])
    wait_until(lambda: stored_articles(db) > 0 or run.poll() is not None, "a first commit")
    os.killpg(run.pid, signal.SIGINT)  # what a terminal's Ctrl-C sends: the whole group
    out, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert "interrupted; stored so far: " in err
    assert "Traceback" not in err

    # What is there is whole: each stored article with exactly the local engine's rows.
    expected = reference["tables"]
    assert isinstance(expected, dict)
    partial = tables(db)
    kept = {row[0] for row in partial["articles"]}
    assert 0 < len(kept) < len(expected["articles"])
    for name in ("articles", "mentions", "events"):
        assert partial[name] == [r for r in expected[name] if r[0] in kept], name
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    code, out, err = run_cli(procs, *args)
    assert code == 1, err
    new, duplicate = (int(w) for w in out.split()[0:4:2])
    assert duplicate == len(kept) + 1 and new == len(expected["articles"]) - len(kept)
    assert tables(db) == expected
