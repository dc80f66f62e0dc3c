"""Shared by the engine tests: a seeded corpus of several inputs, the CLI in its own process
group (so nothing it starts outlives a test), and a store's tables as comparable rows."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

NEWSMAP = [sys.executable, "-m", "newsmap"]
DASK = [sys.executable, "-m", "dask"]

_TOWNS = "Skopje Tetovo Pristina Prizren Mitrovica Belgrade Novi Sad Niš Sarajevo Mostar".split()
_TOWNS += "Tuzla Podgorica Kotor Tirana Shkodër Durrës Ohrid Bitola Zvečan Gračanica".split()
_CLAUSES = (
    "police and protesters clashed near {p} on {d}",
    "the foreign minister met envoys in {p} on {d}",
    "floods cut the main road to {p} in {m}",
    "officials in {p} said the talks would go on",
    "a new bridge over the river at {p} was opened",
    "the court in {p} sentenced a former commander last month",
)
_MONTHS = "January March May July September November".split()


def _article(rng: random.Random, i: int, words: int) -> dict[str, str]:
    sentences: list[str] = []
    while sum(len(s.split()) for s in sentences) < words:
        day, month = rng.randint(1, 28), rng.choice(_MONTHS)
        clause = rng.choice(_CLAUSES).format(
            p=rng.choice(_TOWNS), d=f"{day} {month} 2023", m=f"{month} 2023"
        )
        sentences.append(clause[0].upper() + clause[1:] + ".")
    return {
        "title": f"Report {i} from {rng.choice(_TOWNS)}",
        "text": " ".join(sentences),
        "published": f"2023-{rng.randint(10, 12)}-{rng.randint(1, 28):02d}",
        "source": rng.choice(["Wire A", "Wire B"]),
    }


def write_corpus(root: Path, *, files: int = 5, per_file: int = 150, words: int = 200) -> list[str]:
    """JSON Lines files (one broken line, one story carried twice), a CSV with a bad row, and
    a folder of text files: the inputs of one ingest, in order."""
    rng = random.Random(11)
    root.mkdir(parents=True, exist_ok=True)
    inputs: list[str] = []
    n = 0
    for f in range(files):
        path = root / f"part-{f}.jsonl"
        lines = []
        for _ in range(per_file):
            lines.append(json.dumps(_article(rng, n, words), ensure_ascii=False))
            n += 1
        if f == 1:
            lines.insert(7, '{"title": "cut off", "text": "Skopje')
            lines.append(lines[3])  # the same story again, later in the same input
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        inputs.append(str(path))
    csv_rows = ["title,text,published"]
    for i in range(20):
        a = _article(rng, n + i, 60)
        csv_rows.append(f'"{a["title"]}","{a["text"]}",{a["published"]}')
    csv_rows.insert(5, "only a title")
    (root / "monitor.csv").write_text("\n".join(csv_rows) + "\n", encoding="utf-8")
    pages = root / "pages"
    pages.mkdir(exist_ok=True)
    for i in range(12):
        a = _article(rng, n + 100 + i, 120)
        (pages / f"{i:02d}.md").write_text(
            f"---\ntitle: {a['title']}\npublished: {a['published']}\n---\n{a['text']}\n",
            encoding="utf-8",
        )
    (pages / "empty.txt").write_text("")
    return [*inputs, str(root / "monitor.csv"), str(pages), str(root / "missing.jsonl")]


class Processes:
    """Processes started for one test, each leading its own process group; ``close`` kills
    every group (workers a cluster forked included) and reaps the leaders."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen[str]] = []

    def start(self, args: list[str], **kwargs: object) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            args,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            **kwargs,  # type: ignore[call-overload]  # cwd and the like, passed through
        )
        self.started.append(proc)
        return proc

    def close(self) -> None:
        for proc in self.started:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.communicate()


def run_cli(procs: Processes, *args: str, timeout: float = 300) -> tuple[int, str, str]:
    """``newsmap ARGS`` to the end: exit status, stdout, stderr."""
    proc = procs.start([*NEWSMAP, *args])
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def wait_until(check: Callable[[], bool], what: str, timeout: float = 240) -> None:
    """Poll ``check`` until it holds (a point in another process's run, not a timing)."""
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.1)


def stored_articles(db: Path) -> int:
    """Articles committed so far, read the way a dashboard would (0 before the store exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0


def tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted, without the one column that records when (ingested_at)."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(db) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for name in names:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
            cols = [f'"{c}"' for c in cols if c != "ingested_at"]
            rows = conn.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()
            out[name] = sorted(rows, key=repr)
    return out


def rejection_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("rejected: ")]
