"""Reading a big JSON Lines or CSV file keeps the memory flat: it is streamed, not loaded.

The reader runs in its own process, which reports how much its peak resident memory grew
while it read every article of a 40 MB file. Loading the file whole (bytes, then text, then
a list of lines) grew it by 129 MB; streaming grows it by about 7 MB. The end-to-end figure
for a 210 MB file, store included, is in benchmarks/bench_ingest_memory.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
SIZE = 40 * 1024 * 1024

READER = """
import resource, sys
from datetime import date
from newsmap.ingest import ReadItem, read_inputs
list(read_inputs(["__warm__.jsonl"], today=date(2026, 1, 1)))  # imports and first-use caches
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
n = sum(isinstance(i, ReadItem) for i in read_inputs([sys.argv[1]], today=date(2026, 1, 1)))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, (after - before) * 1024)
"""


def _write(path: Path, kind: str) -> int:
    """About SIZE bytes of distinct articles; returns how many."""
    body = "Police in Skopje and officials in Priština met on Monday near the border. " * 12
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        if kind == "csv":
            fh.write("title,text,published\n")
        while fh.tell() < SIZE:
            if kind == "csv":
                fh.write(f'Brief {n},"{n}: {body}",2024-01-02\n')
            else:
                fh.write(json.dumps({"title": f"Brief {n}", "text": f"{n}: {body}"}) + "\n")
            n += 1
    return n


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_reading_a_big_file_grows_memory_by_a_fraction_of_it(tmp_path: Path, kind: str) -> None:
    big = tmp_path / f"big.{kind}"
    n = _write(big, kind)
    (tmp_path / "__warm__.jsonl").write_text('{"text": "Rain in Bar."}\n')
    done = subprocess.run(
        [sys.executable, "-c", READER, str(big)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    read, grew = (int(v) for v in done.stdout.split())
    assert read == n
    assert grew < 0.5 * big.stat().st_size, f"peak memory grew by {grew / 1e6:.0f} MB"
