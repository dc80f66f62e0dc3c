"""Turn the marked-up corpus (corpus.txt) into corpus.jsonl with exact character offsets.

Offsets are computed, never typed by hand, so they cannot drift from the text.
Builds corpus.jsonl and heldout.jsonl.
Run: python tests/data/geotag/build_corpus.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]{2}|-)\|(\w+)\]|\{([^{}|]+)\|([A-Z]{2})\}")


def parse_block(lines: list[str]) -> dict:
    """One document: header lines ("@key value") then marked-up text."""
    doc: dict = {}
    body: list[str] = []
    for line in lines:
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            doc[key] = value.strip()
        else:
            body.append(line)
    marked = " ".join(" ".join(body).split())
    text_parts: list[str] = []
    mentions: list[dict] = []
    pos = 0
    out_len = 0
    for m in _MARK.finditer(marked):
        text_parts.append(marked[pos : m.start()])
        out_len += m.start() - pos
        if m.group(1) is not None:
            surface, cc, level = m.group(1), m.group(2), m.group(3)
            demonym = False
            level = "city" if level == "capital" else level
        else:
            surface, cc, level, demonym = m.group(4), m.group(5), "demonym", True
        mentions.append(
            {
                "start": out_len,
                "end": out_len + len(surface),
                "surface": surface,
                "country": None if cc == "-" else cc,
                "level": level,
                "demonym": demonym,
            }
        )
        text_parts.append(surface)
        out_len += len(surface)
        pos = m.end()
    text_parts.append(marked[pos:])
    text = "".join(text_parts)
    for g in mentions:
        assert text[g["start"] : g["end"]] == g["surface"]
    countries = doc.get("countries", "-")
    record = {"id": doc["id"], "text": text}
    if doc.get("title"):
        record["title"] = doc["title"]
    record["gold"] = {
        "mentions": mentions,
        "countries": [] if countries == "-" else countries.split(","),
    }
    for key in _LOCAL_KEYS:
        if key in doc:
            record[key] = doc[key]
    return record


#: Headers a local-language document carries beside its text (see ``build_local``).
_LOCAL_KEYS = ("language", "script", "shape", "published", "note")


def parse_corpus(source: str) -> list[dict]:
    docs, block = [], []
    for line in source.splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if block:
                docs.append(parse_block(block))
                block = []
            continue
        block.append(line)
    if block:
        docs.append(parse_block(block))
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


#: Marked-up sources and the JSON Lines each one builds.
SOURCES = (
    ("corpus.txt", "corpus.jsonl"),
    ("heldout.txt", "heldout.jsonl"),
    ("heldout_places.txt", "heldout_places.jsonl"),
    ("tuning16_places.txt", "tuning16_places.jsonl"),
    ("tuning16_sites.txt", "tuning16_sites.jsonl"),
    ("tuning16_abroad.txt", "tuning16_abroad.jsonl"),
    ("tuning16_lookalikes.txt", "tuning16_lookalikes.jsonl"),
    ("tuning16_spans.txt", "tuning16_spans.jsonl"),
    ("tuning17_oor.txt", "tuning17_oor.jsonl"),
)


#: Marked-up local-language sources: each builds a text set in the local event format and its
#: documents' gold lines in local_places.jsonl (the lines of other sources are kept).
LOCAL_SOURCES = (
    ("local_tuning6.txt", "local_tuning6.jsonl"),
    ("local_tuning7.txt", "local_tuning7.jsonl"),
    ("local_tuning8.txt", "local_tuning8.jsonl"),
    ("local_tuning10.txt", "local_tuning10.jsonl"),
    ("local_tuning11.txt", "local_tuning11.jsonl"),
)
LOCAL_GOLD = HERE / "local_places.jsonl"


def build_local(source: str, target: str) -> list[dict]:
    """Write ``target`` (id, language, script, shape, published, title, text, note) and replace
    its documents' lines in local_places.jsonl with their gold places and countries."""
    docs = parse_corpus((HERE / source).read_text(encoding="utf-8"))
    texts, golds = [], []
    for d in docs:
        text = {k: d[k] for k in ("id", "language", "script", "shape", "published")}
        if d.get("title"):
            text["title"] = d["title"]
        text["text"] = d["text"]
        if d.get("note"):
            text["note"] = d["note"]
        texts.append(text)
        golds.append(
            {
                "id": d["id"],
                "source": f"tests/data/geotag/{target}",
                "language": d["language"],
                "script": d["script"],
                "gold": d["gold"],
            }
        )
    (HERE / target).write_text(render(texts), encoding="utf-8")
    kept = [
        line
        for line in LOCAL_GOLD.read_text(encoding="utf-8").splitlines()
        if line and json.loads(line)["source"] != f"tests/data/geotag/{target}"
    ]
    LOCAL_GOLD.write_text("".join(f"{line}\n" for line in kept) + render(golds), encoding="utf-8")
    return docs


def main() -> int:
    for source, target in LOCAL_SOURCES:
        docs = build_local(source, target)
        n_mentions = sum(len(d["gold"]["mentions"]) for d in docs)
        print(f"{target}: {len(docs)} documents, {n_mentions} mentions")
    for source, target in SOURCES:
        docs = parse_corpus((HERE / source).read_text(encoding="utf-8"))
        (HERE / target).write_text(render(docs), encoding="utf-8")
        n_mentions = sum(len(d["gold"]["mentions"]) for d in docs)
        print(f"{target}: {len(docs)} documents, {n_mentions} mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
