"""`newsmap analyze --jobs N`: forked processes, the one-process output byte for byte."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date

import pytest
from click.testing import CliRunner

from newsmap import pipeline
from newsmap.cli import analyze_jobs, cli
from newsmap.cli.analyze import analyze_stream
from newsmap.cli.analyze_jobs import analyze_parallel, cpus, resolve_jobs
from newsmap.geotag import Gazetteer
from newsmap.ingest import ReadItem, read_inputs
from newsmap.resources import samples_dir

#: Broken lines placed among the articles: (position, line, what stderr must say).
BROKEN = [
    (3, b"{not json", b"line 4: not valid JSON"),
    (10, b'{"id": "no text"}', b"line 11: field 'text' is missing"),
    (11, b"", None),  # blank: skipped silently, but it still counts as a line
    (25, b'{"id": "x", "text": "bad \xff byte"}', b"line 26: not valid UTF-8"),
]


def _input_lines() -> list[bytes]:
    """The shipped sample articles (English and the region's languages) as analyze input,
    with broken lines among them."""
    items = read_inputs([str(samples_dir())], today=date(2100, 1, 1))
    docs = [i.article for i in items if isinstance(i, ReadItem)]
    lines = [
        json.dumps(
            {
                "id": f"doc-{n}",
                "text": a.text,
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
            },
            ensure_ascii=False,
        ).encode()
        for n, a in enumerate(docs[:40])
    ]
    for pos, raw, _ in BROKEN:
        lines.insert(pos, raw)
    return [raw + b"\n" for raw in lines]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_path()


def test_forked_processes_write_the_single_process_output(gazetteer, monkeypatch):
    lines = _input_lines()
    one_out, one_err = io.StringIO(), io.StringIO()
    one_rejected = analyze_stream(lines, one_out, one_err, gazetteer)
    # Small chunks, so that the lines are spread over many chunks and both processes.
    monkeypatch.setattr(analyze_jobs, "CHUNK_LINES", 3)
    out, err, pids = io.StringIO(), io.StringIO(), set[int]()
    rejected = analyze_parallel(lines, out, err, gazetteer, jobs=2, worker_pids=pids)

    assert out.getvalue() == one_out.getvalue()
    assert err.getvalue() == one_err.getvalue()
    assert rejected == one_rejected == 3
    ids = [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    assert ids == [f"doc-{n}" for n in range(40)]
    assert any(r["mentions"] for r in map(json.loads, out.getvalue().splitlines()))
    # The work was done in the forked processes, not in this one.
    assert pids and os.getpid() not in pids


def test_a_document_that_fails_in_a_worker_is_reported_and_the_others_kept(gazetteer, monkeypatch):
    lines = _input_lines()
    doomed_doc = json.loads(lines[19])  # line 20: an article, past the lines the parent reads
    doomed = doomed_doc["text"]
    real_tag_text = pipeline.tag_text

    def tag_text(gaz, text, title=None):
        if text == doomed:
            raise RuntimeError("the analysis of this one document fails")
        return real_tag_text(gaz, text, title=title)

    # patched before the fork: the workers inherit it
    monkeypatch.setattr(pipeline, "tag_text", tag_text)
    one_out, one_err = io.StringIO(), io.StringIO()
    one_rejected = analyze_stream(lines, one_out, one_err, gazetteer)
    monkeypatch.setattr(analyze_jobs, "CHUNK_LINES", 4)
    out, err = io.StringIO(), io.StringIO()
    rejected = analyze_parallel(lines, out, err, gazetteer, jobs=2)

    assert "line 20: could not be analysed (RuntimeError)" in err.getvalue()
    assert err.getvalue() == one_err.getvalue()
    assert out.getvalue() == one_out.getvalue()
    assert rejected == one_rejected == 4
    ids = [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    assert len(ids) == 39 and doomed_doc["id"] not in ids
    assert ids == [f"doc-{n}" for n in range(40) if f"doc-{n}" != doomed_doc["id"]]


def test_a_utf8_stream_gets_the_workers_bytes_as_one_process_writes_them(gazetteer):
    lines = _input_lines()[:12]
    lines.append(json.dumps({"id": "\ud800 lone", "text": "Talks in Ohrid."}).encode() + b"\n")
    one_out = io.StringIO()
    analyze_stream(lines, one_out, io.StringIO(), gazetteer)
    expected = one_out.getvalue()
    assert "\ud800 lone" in expected  # a lone surrogate, which UTF-8 cannot encode
    # text: the chunk holding the lone surrogate comes back as text, the others as bytes
    out = io.StringIO()
    analyze_parallel(lines, out, io.StringIO(), gazetteer, jobs=2)
    assert out.getvalue() == expected
    # a UTF-8 stream: text written before the workers' bytes stays before them
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape")
    stream.write("before\n")
    analyze_parallel(lines[:12], stream, io.StringIO(), gazetteer, jobs=2)
    stream.flush()
    one = io.StringIO()
    analyze_stream(lines[:12], one, io.StringIO(), gazetteer)
    assert raw.getvalue() == ("before\n" + one.getvalue()).encode("utf-8")
    # another encoding: written as text, encoded by the stream
    raw16 = io.BytesIO()
    stream16 = io.TextIOWrapper(raw16, encoding="utf-16-le")
    analyze_parallel(lines[:12], stream16, io.StringIO(), gazetteer, jobs=2)
    stream16.flush()
    assert raw16.getvalue() == one.getvalue().encode("utf-16-le")


def test_an_input_shorter_than_the_parents_first_lines_starts_no_process(gazetteer, monkeypatch):
    monkeypatch.setattr(analyze_jobs, "FIRST_LINES", 8)
    lines = _input_lines()[: analyze_jobs.FIRST_LINES - 2]
    one_out, one_err = io.StringIO(), io.StringIO()
    one_rejected = analyze_stream(lines, one_out, one_err, gazetteer)
    out, err, pids = io.StringIO(), io.StringIO(), set[int]()
    rejected = analyze_parallel(lines, out, err, gazetteer, jobs=2, worker_pids=pids)
    assert (out.getvalue(), err.getvalue(), rejected) == (
        one_out.getvalue(),
        one_err.getvalue(),
        one_rejected,
    )
    assert one_rejected == 1 and len(out.getvalue().splitlines()) == len(lines) - 1
    assert not pids


def test_chunks_keep_the_order_and_shrink_as_the_input_runs_out(monkeypatch):
    monkeypatch.setattr(analyze_jobs, "MIN_CHUNK_BYTES", 1000)
    monkeypatch.setattr(analyze_jobs, "CHUNK_BYTES", 20_000)
    lines = [b"x" * 99 + b"\n"] * 1000  # 100,000 bytes
    chunks = list(analyze_jobs._chunks(lines, 2, analyze_jobs._size_of(lines)))
    assert [line for _, chunk in chunks for line in chunk] == lines
    firsts = [first for first, _ in chunks]
    assert firsts == [1 + sum(len(c) for _, c in chunks[:i]) for i in range(len(chunks))]
    # numbered on from the lines read before
    assert [f for f, _ in analyze_jobs._chunks(lines[8:], 2, 99_200, first=9)][:2] == [9, 133]
    sizes = [len(chunk) for _, chunk in chunks]
    # largest while much is left (an eighth of it: four chunks for each of the two
    # processes; 12,500 bytes)...
    assert sizes[0] == 125 and sizes == sorted(sizes, reverse=True)
    # ...and down to the least at the end, so that no process is left with a large last one
    assert sizes[-2] == 10
    # a pipe (size unknown): every chunk as large as allowed
    read_end, write_end = os.pipe()
    os.write(write_end, b"".join(lines[:500]))
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        assert analyze_jobs._size_of(pipe) is None
        assert [len(c) for _, c in analyze_jobs._chunks(pipe, 2, None)] == [128] * 3 + [116]


@pytest.mark.slow
def test_the_command_with_two_jobs_matches_one_job(tmp_path):
    source = tmp_path / "docs.jsonl"
    source.write_bytes(b"".join(_input_lines()))
    runs = [
        subprocess.run(
            [sys.executable, "-m", "newsmap", "analyze", "--jobs", jobs, str(source)],
            capture_output=True,
            timeout=300,
        )
        for jobs in ("1", "2")
    ]
    one, two = runs
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    assert len(two.stdout.splitlines()) == 40
    assert two.stderr == one.stderr
    for _, _, said in BROKEN:
        if said:
            assert said in two.stderr


def test_auto_uses_processors_for_a_large_file_only(tmp_path):
    big, huge, small = tmp_path / "big.jsonl", tmp_path / "huge.jsonl", tmp_path / "small.jsonl"
    big.write_bytes(b"x" * analyze_jobs.AUTO_MIN_BYTES)
    with huge.open("wb") as fh:  # sparse: the size is all that counts
        fh.truncate(analyze_jobs.AUTO_BYTES_PER_JOB * 1024)
    small.write_bytes(b'{"text": "Skopje"}\n')
    with big.open("rb") as fh:  # one process per AUTO_BYTES_PER_JOB, up to the processors
        expected = analyze_jobs.AUTO_MIN_BYTES // analyze_jobs.AUTO_BYTES_PER_JOB
        assert resolve_jobs("auto", fh) == min(cpus(), expected)
    with huge.open("rb") as fh:
        assert resolve_jobs("auto", fh) == cpus()
    with small.open("rb") as fh:
        assert resolve_jobs("auto", fh) == 1
    read_end, write_end = os.pipe()
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:  # a pipe is streamed: one process
        assert resolve_jobs("auto", pipe) == 1
        assert resolve_jobs("3", pipe) == 3
    assert resolve_jobs("auto", io.BytesIO(b"x" * analyze_jobs.AUTO_MIN_BYTES)) == 1


@pytest.mark.parametrize("bad", ["0", "-2", "two", ""])
def test_a_bad_jobs_value_is_refused(bad):
    result = CliRunner().invoke(cli, ["analyze", "--jobs", bad, "-"], input="")
    assert result.exit_code == 2
    assert "Invalid value for '--jobs'" in result.output
    assert "is not a positive number or 'auto'" in result.output
