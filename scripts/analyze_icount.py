r"""`newsmap analyze`'s loop over the first N documents of bench_tagger's real-length set, for
counting its instructions under callgrind (a count the neighbours' load does not move).

Run it for N=0 and N=1000 and divide the difference by 1000: the instructions per document,
start-up and warm-up excluded.

    for n in 0 1000; do valgrind --tool=callgrind --callgrind-out-file=cg.$n \
        .venv/bin/python scripts/analyze_icount.py $n; done
    callgrind_annotate --inclusive=yes cg.1000   # where the time goes (minus cg.0's lines)

Fix PYTHONHASHSEED (say 0) for counts that repeat to the instruction.
"""

from __future__ import annotations

import gc
import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import bench_tagger  # noqa: E402

from newsmap.cli.analyze import analyze_stream  # noqa: E402
from newsmap.geotag import Gazetteer  # noqa: E402
from newsmap.tokens import forget as forget_tokens  # noqa: E402


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 1000
    # the same documents built whatever N, so that only the analysis differs between two runs
    texts = bench_tagger._long_docs(bench_tagger._sample_docs(), max(n, 1000))
    lines = bench_tagger._analyze_lines(texts)
    gazetteer = Gazetteer.from_path()
    # warm-up: the memos of words and tokens fill on the first documents, as in a long run
    analyze_stream(lines[:200], io.StringIO(), io.StringIO(), gazetteer)
    # but not the tokens kept per document (``newsmap.tokens``): the run reads the same ones
    forget_tokens()
    gc.freeze()
    analyze_stream(lines[:n], io.StringIO(), io.StringIO(), gazetteer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
