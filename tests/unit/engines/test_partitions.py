"""Partitions read in order give exactly what the local engine's reader gives for the whole
inputs: the same articles, the same rejections with the same line numbers, in the same order."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from newsmap.engines.partitions import Partition, plan, read_partition
from newsmap.ingest import Notice, Rejection, read_inputs

TODAY = date(2024, 6, 1)
DATA = Path(__file__).resolve().parents[2] / "data" / "ingest"


def _read_all(parts: list[Partition], missing: list[Rejection]) -> list[object]:
    out: list[object] = list(missing)
    for part in parts:
        out.extend(read_partition(part, today=TODAY))
    return out


def _jsonl(path: Path, n: int, seed: int = 3) -> Path:
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.05:
            lines.append('{"title": "broken", "text": ')  # invalid JSON
        elif roll < 0.1:
            lines.append("")  # blank lines are skipped, but still counted
        elif roll < 0.13:
            lines.append(json.dumps({"title": f"no text {i}"}))
        else:
            words = " ".join(rng.choice(["Skopje", "talks", "Šabac", "Београд"]) for _ in range(40))
            lines.append(json.dumps({"title": f"t{i}", "text": words, "published": "2024-01-02"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _csv(path: Path, n: int) -> Path:
    rows = ["title;text;published"]
    for i in range(n):
        if i % 17 == 5:
            rows.append(f"extra {i};a;b;c;d")  # more cells than columns: rejected
        elif i % 11 == 3:
            rows.append(f'quoted {i};"first line\nsecond line of {i}\n\nthird";2024-02-03')
        else:
            rows.append(f"plain {i};Talks in Skopje and Tirana, row {i}.;2024-02-03")
    path.write_text("\ufeff" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [300, 1000, 7000])
def test_pieces_of_big_files_read_like_the_whole_files(tmp_path: Path, size: int) -> None:
    inputs = [
        str(_jsonl(tmp_path / "a.jsonl", 400)),
        str(DATA / "one.json"),
        str(tmp_path / "missing.txt"),
        str(_csv(tmp_path / "b.csv", 300)),
        str(DATA / "scraped-page.txt"),
    ]
    parts, missing = plan(inputs, partition_bytes=size)
    assert sum(p.piece is not None for p in parts) > 4  # the big files were cut
    assert [p.index for p in parts] == list(range(len(parts)))
    got = _read_all(parts, missing)
    assert got == list(read_inputs(inputs, today=TODAY))
    assert any(isinstance(r, Rejection) and r.where and int(r.where[5:]) > 200 for r in got)


def test_pieces_cover_each_file_once_without_gaps(tmp_path: Path) -> None:
    path = _csv(tmp_path / "b.csv", 500)
    parts, _ = plan([str(path)], partition_bytes=500)
    pieces = [p.piece for p in parts if p.piece]
    assert pieces[0].start == 0 and pieces[-1].end == path.stat().st_size
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert before.end == after.start
    assert sum(p.size for p in parts) == path.stat().st_size


def test_a_legacy_code_page_and_broken_quotes_are_cut_alike(tmp_path: Path) -> None:
    latin2 = tmp_path / "cp1250.jsonl"
    rows = [json.dumps({"text": f"Šabac i Niš {i}"}, ensure_ascii=False) for i in range(300)]
    latin2.write_bytes("\r\n".join(rows).encode("cp1250") + b"\xff\n")
    quotes = tmp_path / "quotes.csv"
    body = [f"t{i},Talks in Skopje {i},2024-01-02" for i in range(300)]
    body[40] = 't40,"Talks in Skopje that never close,2024-01-02'
    body[90] = "lone\rbreak,Talks in Tirana,2024-01-02"
    quotes.write_text("title,text,published\n" + "\n".join(body) + "\n", encoding="utf-8")
    for path in (latin2, quotes):
        parts, _ = plan([str(path)], partition_bytes=700)
        assert len(parts) > 3 and all(p.piece for p in parts), path.name
        assert _read_all(parts, []) == list(read_inputs([str(path)], today=TODAY))


def test_warned_cells_do_not_stop_a_csv_being_cut(tmp_path: Path) -> None:
    # Cells whose inner lines look like rows are kept and warned about, not refused: however
    # many there are, the file is still cut into pieces, read exactly as the whole file is.
    path = tmp_path / "bodies.csv"
    rows = ["title,text"]
    for i in range(120):
        rows.append(f'a{i},"Police in Skopje said\nb{i},talks went on in Tirana\nall day"')
        rows.append(f"c{i},Floods in Tetovo {i}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    whole = list(read_inputs([str(path)], today=TODAY))
    assert sum(isinstance(x, Notice) for x in whole) >= 100
    parts, _ = plan([str(path)], partition_bytes=2000)
    assert len(parts) > 3 and all(p.piece for p in parts)
    assert _read_all(parts, []) == whole


def test_files_that_cannot_be_cut_alike_are_read_whole(tmp_path: Path) -> None:
    wide = tmp_path / "utf16.jsonl"
    wide.write_text("\n".join(json.dumps({"text": f"Skopje {i}"}) for i in range(200)), "utf-16")
    no_header = tmp_path / "noheader.csv"
    no_header.write_text("a,b\n" * 300)
    for path in (wide, no_header):
        parts, _ = plan([str(path)], partition_bytes=200)
        assert [p.inputs for p in parts] == [(str(path),)]
        assert _read_all(parts, []) == list(read_inputs([str(path)], today=TODAY))


def test_small_inputs_are_packed_in_input_order(tmp_path: Path) -> None:
    names = []
    for i in range(10):
        path = tmp_path / f"{i:02d}.txt"
        path.write_text(f"Article {i} about Skopje.\n" * 20)
        names.append(str(path))
    parts, _ = plan([str(tmp_path)], partition_bytes=2000)
    assert 1 < len(parts) < 10
    assert [n for p in parts for n in p.inputs] == names
