"""read_inputs: folders, explicit files, sniffing, size limits; every rejection names its input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsmap.ingest import ReadItem, Rejection, expand_inputs, read_inputs


def _split(items: list[ReadItem | Rejection]) -> tuple[list[ReadItem], list[Rejection]]:
    return (
        [i for i in items if isinstance(i, ReadItem)],
        [i for i in items if isinstance(i, Rejection)],
    )


def test_fixture_folder_outcome(data_dir: Path, today: date) -> None:
    read, rejected = _split(list(read_inputs([str(data_dir)], today=today)))
    assert len(read) == 19
    by_file = {(Path(r.input).name, r.where) for r in rejected}
    assert by_file == {
        ("bad-date.md", None),
        ("binary.txt", None),
        ("blank.txt", None),
        ("chrome-only.txt", None),
        ("empty.txt", None),
        ("export.csv", "line 3"),
        ("feed.rss", "entry 2"),
        ("feed.rss", "entry 3"),
        ("future.md", None),
        ("lines.jsonl", "line 4"),
        ("lines.jsonl", "line 5"),
        ("lines.jsonl", "line 6"),
        ("lines.jsonl", "line 7"),
        ("many.json", "entry 2"),
        ("many.json", "entry 3"),
        ("notext.csv", None),
        ("scripts-only.html", None),
        ("unclosed.md", None),
    }
    titles = {r.article.title for r in read}
    assert {"Šabac i Čačak", "Шабац и Чачак", "Protesta në Tiranë"} <= titles


def test_rejection_message_format(data_dir: Path, today: date) -> None:
    items = list(read_inputs([str(data_dir / "lines.jsonl")], today=today))
    bad = [str(i) for i in items if isinstance(i, Rejection)]
    assert bad[-1] == (
        f"{data_dir / 'lines.jsonl'} (line 7): invalid JSON: Expecting ',' delimiter at column 25"
    )


def test_folders_skip_hidden_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "sub" / ".git").mkdir(parents=True)
    (tmp_path / "sub" / "a.txt").write_text("x")
    (tmp_path / "sub" / ".git" / "b.txt").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "B.MD").write_text("x")
    found, missing = expand_inputs([str(tmp_path), str(tmp_path / "nope.txt")])
    assert found == [str(tmp_path / "B.MD"), str(tmp_path / "sub" / "a.txt")]
    assert missing == [Rejection(str(tmp_path / "nope.txt"), None, "no such file or directory")]


def test_explicit_file_with_unknown_extension_is_sniffed(tmp_path: Path, today: date) -> None:
    jl = tmp_path / "export.dat"
    jl.write_text('{"text": "One in Skopje."}\n{"text": "Two in Tirana."}\n')
    page = tmp_path / "saved"
    page.write_text("Headline about Bar\n\nThe port of Bar expanded.\n")
    read, rejected = _split(list(read_inputs([str(jl), str(page)], today=today)))
    assert rejected == []
    assert [(r.where, r.article.text) for r in read] == [
        ("line 1", "One in Skopje."),
        ("line 2", "Two in Tirana."),
        (None, "The port of Bar expanded."),
    ]


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path: Path, today: date) -> None:
    big = tmp_path / "dump.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time
    (item,) = read_inputs([str(big)], today=today)
    assert isinstance(item, Rejection)
    assert item.reason == "file is 52.4 MB, more than the 10 MB limit for one article"


def test_non_http_url_is_refused(today: date) -> None:
    (item,) = read_inputs(["ftp://example.org/feed.xml"], today=today)
    assert item == Rejection(
        "ftp://example.org/feed.xml", None, "only http:// and https:// URLs are supported"
    )


def test_progress_callback_sees_every_input(data_dir: Path, today: date) -> None:
    seen: list[tuple[int, int]] = []
    list(
        read_inputs(
            [str(data_dir / "one.json"), str(data_dir / "page.html")],
            today=today,
            on_input=lambda done, total, name: seen.append((done, total)),
        )
    )
    assert seen == [(0, 2), (1, 2), (2, 2)]
