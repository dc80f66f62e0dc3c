"""Run `newsmap analyze` over every document the repo ships and print a fingerprint.

An optimisation of the tagger must not change what it finds: run this before and after and
compare (``--out`` keeps the whole output for a diff).  The documents are every JSON Lines
set under tests/data (each line's text, title and publication date) and every article of
data/samples, read as ``newsmap ingest`` reads them; they go through ``analyze_stream``, the
command's own loop, and each mention's reason is listed after the output.

Run: .venv/bin/python scripts/analyze_snapshot.py [--out FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
from datetime import date
from pathlib import Path

from newsmap.cli.analyze import analyze_stream
from newsmap.geotag import Gazetteer
from newsmap.ingest import ReadItem, read_inputs

REPO = Path(__file__).resolve().parents[1]


def snapshot_lines() -> list[str]:
    """One `newsmap analyze` input line per shipped document, in a fixed order."""
    lines: list[str] = []
    for path in sorted((REPO / "tests" / "data").rglob("*.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            try:
                doc = json.loads(raw)
            except ValueError:
                continue  # the ingest fixtures hold broken lines on purpose
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                continue
            keep = {k: doc[k] for k in ("id", "text", "title", "published") if k in doc}
            keep["id"] = f"{path.relative_to(REPO)}:{doc.get('id')}"
            lines.append(json.dumps(keep, ensure_ascii=False))
    samples = sorted(str(p) for p in (REPO / "data" / "samples").iterdir())
    samples += sorted(str(p) for p in (REPO / "tests" / "data" / "ingest").iterdir())
    samples.append(str(REPO / "tests" / "data" / "events" / "seed.txt"))
    for item in read_inputs(samples, today=date(2100, 1, 1)):
        if isinstance(item, ReadItem):
            a = item.article
            doc = {"id": f"{Path(item.input).name}:{item.where}", "text": a.text, "title": a.title}
            if a.published is not None:
                doc["published"] = a.published.isoformat()
            if a.language:
                doc["language"] = a.language
            lines.append(json.dumps(doc, ensure_ascii=False))
    return lines


def _reasons(lines: list[str]) -> str:
    """Every mention's reason (not part of the command's output, but a decision all the same)."""
    from newsmap.geotag import tag_text

    gaz = Gazetteer.from_path()
    out = []
    for line in lines:
        doc = json.loads(line)
        tagged = tag_text(gaz, doc["text"], doc.get("title"))
        out.append(json.dumps([[m.start, m.place_id, m.reason] for m in tagged.mentions]))
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the whole output here")
    args = ap.parse_args(argv)
    lines = snapshot_lines()
    out, err = io.StringIO(), io.StringIO()
    analyze_stream(lines, out, err, Gazetteer.from_path())
    text = out.getvalue() + err.getvalue() + _reasons(lines)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    print(f"{len(lines)} documents, {text.count(chr(10))} output lines, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
