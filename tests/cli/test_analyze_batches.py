"""`newsmap analyze` in batches: each step over many documents, the line-by-line output exactly."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from test_cli_analyze_jobs import BROKEN, _input_lines  # tests/cli is on sys.path (rootdir-style)

from newsmap import pipeline
from newsmap.cli.analyze import BATCH, _batch_for, analyze_stream
from newsmap.geotag import Gazetteer
from newsmap.model import Article


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_path()


def _run(lines: list[bytes], gazetteer: Gazetteer, batch: int | None) -> tuple[str, str, int]:
    out, err = io.StringIO(), io.StringIO()
    rejected = analyze_stream(lines, out, err, gazetteer, batch=batch)
    return out.getvalue(), err.getvalue(), rejected


def test_every_batch_size_writes_the_line_by_line_output(gazetteer):
    lines = _input_lines()
    one = _run(lines, gazetteer, 1)
    assert one[2] == 3
    assert [json.loads(x)["id"] for x in one[0].splitlines()] == [f"doc-{n}" for n in range(40)]
    for _, _, message in BROKEN:
        if message is not None:
            assert message.decode() in one[1]
    for batch in (2, 7, BATCH, None):
        assert _run(lines, gazetteer, batch) == one


def test_a_document_that_fails_in_a_batch_is_reported_on_its_own_line(gazetteer, monkeypatch):
    lines = _input_lines()[:12]  # doc-0..doc-8, a broken line (4: JSON, 11: no text), a blank
    real_tag = pipeline.tag_text

    def tag(gaz: Gazetteer, text: str, title: str | None = None):
        if "doc-5" in failing and text == failing["doc-5"]:
            raise ValueError("a tagger fault")
        return real_tag(gaz, text, title=title)

    failing = {"doc-5": json.loads(lines[6])["text"]}  # line 7 holds doc-5 (line 4 is broken)
    monkeypatch.setattr(pipeline, "tag_text", tag)
    out, err, rejected = _run(lines, gazetteer, BATCH)
    assert rejected == 3
    ids = [json.loads(x)["id"] for x in out.splitlines()]
    assert ids == [f"doc-{n}" for n in range(9) if n != 5]
    assert err.splitlines() == [
        "Error: line 4: not valid JSON (Expecting property name enclosed in double quotes at "
        "column 2)",
        "Error: line 7: could not be analysed (ValueError)",
        "Error: line 11: field 'text' is missing or not a string",
    ]


def test_a_stream_of_lines_is_answered_line_by_line(gazetteer):
    """A pipe's next line is not read before the last one's answer is written."""
    lines = _input_lines()[:3]
    out = io.StringIO()

    def feed() -> Iterator[bytes]:
        for n, raw in enumerate(lines):
            assert len(out.getvalue().splitlines()) == n
            yield raw

    analyze_stream(feed(), out, io.StringIO(), gazetteer)
    assert len(out.getvalue().splitlines()) == 3


def test_analyze_many_gives_each_article_what_analyze_gives_it(gazetteer):
    articles = [
        Article(text="Talks in Skopje on Monday ended without a deal.", title="Skopje"),
        Article(text="Protesters blocked the bridge in Mitrovica on 3 March 2024."),
        Article(text="Vlada Srbije je u ponedeljak u Beogradu usvojila budžet.", language="sr"),
    ]
    assert pipeline.analyze_many(gazetteer, articles) == [
        pipeline.analyze(gazetteer, a) for a in articles
    ]


def test_a_file_is_read_in_batches_and_a_pipe_line_by_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(b"".join(_input_lines()[:2]))
    with open(path, "rb") as fh:
        assert _batch_for(fh) == BATCH
    read, write = os.pipe()
    with open(read, "rb") as r, open(write, "wb"):
        assert _batch_for(r) == 1
    assert _batch_for(io.BytesIO(b"")) == 1


@pytest.mark.slow
def test_the_command_on_a_file_matches_the_command_on_a_pipe(tmp_path):
    source = tmp_path / "docs.jsonl"
    data = b"".join(_input_lines())
    source.write_bytes(data)
    cmd = [sys.executable, "-m", "newsmap", "analyze", "--jobs", "1"]
    from_file = subprocess.run([*cmd, str(source)], capture_output=True, check=False)
    from_pipe = subprocess.run(cmd, input=data, capture_output=True, check=False)
    assert from_file.returncode == from_pipe.returncode == 1
    assert from_file.stdout == from_pipe.stdout
    assert from_file.stderr == from_pipe.stderr
    assert from_file.stdout.count(b"\n") == 40


def test_the_loop_freezes_the_loaded_tagger_only_for_its_run(gazetteer):
    """The loop freezes what is alive (the tagger) while it runs and thaws it after; a caller
    that froze it already (the command, a worker) finds its own setting untouched."""
    import gc

    seen: list[int] = []
    lines = _input_lines()[:3]

    class Probe(io.StringIO):
        def write(self, s: str) -> int:
            seen.append(gc.get_freeze_count())
            return super().write(s)

    gc.unfreeze()  # an in-process run of the command earlier in the session froze its heap
    analyze_stream(lines, Probe(), io.StringIO(), gazetteer)
    assert seen and min(seen) > 0  # frozen while it wrote its answers
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        out = _run(lines, gazetteer, None)
        # untouched: not thawed (that empties the permanent generation); the run may still free
        # a few frozen objects it drops (a per-run value rebound), so the count need not be equal
        assert gc.get_freeze_count() > before - 100
    finally:
        gc.unfreeze()
    assert out == _run(lines, gazetteer, None)
