"""Peak memory of ingesting one big JSON Lines file, against the size of the file.

`newsmap ingest` reads JSON Lines and CSV a line at a time, so its peak resident memory is
the interpreter, the store's page cache and one batch of articles, whatever the file's size.
The peer, measured in the same run on the same file, reads it the way a plain script does
(and newsmap did before): the whole file as bytes, then as text, then split into lines,
each line parsed in turn. Each runs in its own process; the figure is that process's peak
resident set size (``ru_maxrss``). Target: newsmap's peak under twice the file's size.

Tagging is a stand-in (one mention per capitalised word): the tagger's own memory does not
depend on the file's size and would hide what this measures.

    python benchmarks/bench_ingest_memory.py [--mb 210]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_RATIO = 2.0

NEWSMAP = """
import re, resource, sys
from newsmap.engines.local import ingest_paths
from newsmap.model import Mention
from newsmap.store import Store
word = re.compile(r"\\b[A-Z][a-z]+\\b")
def tagger(a):
    return [Mention(m.start(), m.end(), m[0], "p:" + m[0], m[0], "RS", None, "city", 44.0,
                    20.0, 1.0) for m in word.finditer(a.text)], []
with Store.open(sys.argv[2]) as store:
    report = ingest_paths(store, [sys.argv[1]], tagger)
print(report.new, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""

PEER = """
import json, resource, sys
data = open(sys.argv[1], "rb").read()
text = data.decode("utf-8")
n = 0
for line in text.split("\\n"):
    if line.strip():
        json.loads(line)
        n += 1
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""

_WORDS = (
    "Police officials in Skopje Tirana Pristina Podgorica Sarajevo Belgrade said the talks on "
    "the border would go on next week while the minister met protesters near the court"
).split()


def write_corpus(path: Path, megabytes: int, seed: int = 7) -> int:
    """Distinct articles of about 2.5 KB each until the file holds ``megabytes`` MB."""
    rng = random.Random(seed)
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        while fh.tell() < megabytes * 1_000_000:
            text = " ".join(rng.choice(_WORDS) for _ in range(400))
            fh.write(json.dumps({"title": f"Brief {n}", "text": f"{n}: {text}."}) + "\n")
            n += 1
    return n


def _peak(script: str, *args: str) -> tuple[int, int]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    )
    count, peak = done.stdout.split()
    return int(count), int(peak)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=210, help="size of the JSON Lines file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsmap-mem-") as tmp:
        corpus = Path(tmp) / "big.jsonl"
        n = write_corpus(corpus, args.mb)
        size = corpus.stat().st_size
        stored, ours = _peak(NEWSMAP, str(corpus), str(Path(tmp) / "s.db"))
        parsed, peer = _peak(PEER, str(corpus))
    assert stored == parsed == n, (stored, parsed, n)
    print(f"file: {size / 1e6:,.0f} MB, {n:,} articles")
    print(f"newsmap ingest peak RSS: {ours / 1e6:,.0f} MB = {ours / size:.2f}x the file")
    print(f"peer (read whole, split, parse) peak RSS: {peer / 1e6:,.0f} MB = {peer / size:.2f}x")
    print(f"newsmap / peer: {ours / peer:.2f}")
    ok = ours < TARGET_RATIO * size
    print(f"target < {TARGET_RATIO:g}x the file: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
