"""The right reason, once: odd store paths, odd names, a bad byte in analyze's input."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsmap.cli.ingest as ingest_cli
from newsmap.cli import cli


@pytest.fixture(autouse=True)
def no_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_cli, "load_tagger", lambda err: lambda article: ([], []))


def _run(*args: str, **kwargs: object):
    return CliRunner().invoke(cli, list(args), **kwargs)


def test_serve_on_a_mistyped_store_says_so_and_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "newsmpa.db"
    result = _run("serve", "--db", str(typo))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: there is no article store at '{typo}'")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["ingest", "export", "serve", "demo"])
def test_a_fifo_is_not_a_store(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "news.db"
    os.mkfifo(fifo)
    extra = {"ingest": ["--retag"], "export": ["-o", str(tmp_path / "m.html")]}.get(command, [])
    result = _run(command, "--db", str(fifo), *extra)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: cannot use '{fifo}' as the store: it is a FIFO (named pipe), not a store file; "
        "point --db (or $NEWSMAP_DB) at a file\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]  # no -wal, no -shm
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node (mknod) needs root")
def test_a_device_is_not_a_store(tmp_path: Path) -> None:
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    result = _run("ingest", "--db", str(node), "--retag")
    assert result.exit_code == 1
    assert "it is a character device, not a store file" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_control_characters_in_names_are_escaped(tmp_path: Path) -> None:
    evil = tmp_path / "clear\x1b[2J\u202etxt.md"
    evil.write_text("")
    result = _run("ingest", "--db", str(tmp_path / "s.db"), str(evil))
    assert result.exit_code == 1
    assert result.stderr == f"rejected: {tmp_path}/clear\\x1b[2J\\u202etxt.md: empty file\n"


def test_analyze_reports_a_bad_byte_and_goes_on() -> None:
    lines = [
        json.dumps({"id": "a", "text": "Talks in Skopje."}).encode(),
        b'{"id": "b", "text": "Bad \xff byte in Ni\xb9"}',
        json.dumps({"id": "c", "text": "Rally in Tirana."}).encode(),
    ]
    result = _run("analyze", "-", input=b"\n".join(lines) + b"\n")
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "c"]
    assert result.stderr == (
        "Error: line 2: not valid UTF-8 (byte 0xff at byte 26); newsmap analyze reads UTF-8 "
        "JSON Lines\n"
    )


def test_analyze_accepts_a_byte_order_mark() -> None:
    line = b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "Talks in Skopje."}).encode()
    result = _run("analyze", "-", input=line + b"\n")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "a"


def test_damaged_store_is_found_before_any_tagging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsmap.engines.local import ingest_paths
    from newsmap.store import Store

    def corpus(name: str, n: int) -> Path:
        lines = (json.dumps({"text": f"Report {name}{i}: talks in Skopje " * 20}) for i in range(n))
        (tmp_path / name).write_text("\n".join(lines))
        return tmp_path / name

    db = tmp_path / "s.db"
    with Store.open(str(db)) as store:
        ingest_paths(store, [str(corpus("a.jsonl", 400))], lambda article: ([], []))
        store.query_frame("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(db, "r+b") as fh:  # overwrite pages 2 to 40 with a fixed pattern
        fh.seek(4096)
        fh.write(b"\xde\xad\xbe\xef" * (39 * 1024))
    tagged: list[str] = []
    monkeypatch.setattr(ingest_cli, "load_tagger", lambda err: tagged.append)
    result = _run("ingest", "--db", str(db), str(corpus("b.jsonl", 50)))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: the store '{db}' is damaged (database disk image is malformed); restore it "
        "from a back-up, or move it away and ingest again\n"
    )
    assert tagged == []
