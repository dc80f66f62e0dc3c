"""Bad input, read through `read_inputs` as `newsmap ingest` reads it: every article that is
there gets in, every loss is named (input, line, reason), nothing hangs.
"""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from newsmap.ingest import Notice, ReadItem, Rejection, read_inputs
from newsmap.ingest.html import MAX_FALLBACK_BLOCKS, MAX_PAGE_ELEMENTS, bound_page

TODAY = date(2026, 11, 26)
LATIN = "Đaci iz Šapca i Čačka posetili su Niš i Užice."
CYRILLIC = "Ђаци из Шапца и Чачка посетили су Ниш и Ужице."


def _read(*paths: Path | str) -> tuple[list[ReadItem], list[Rejection], list[Notice]]:
    items = list(read_inputs([str(p) for p in paths], today=TODAY))
    return (
        [i for i in items if isinstance(i, ReadItem)],
        [i for i in items if isinstance(i, Rejection)],
        [i for i in items if isinstance(i, Notice)],
    )


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("kind", ["txt", "csv", "jsonl"])
def test_utf16_with_and_without_mark(tmp_path: Path, encoding: str, kind: str) -> None:
    body = {
        "txt": f"{LATIN}\n\n{CYRILLIC}\n",
        "csv": f'title,text\nŠabac,"{LATIN}"\nНиш,"{CYRILLIC}"\n',
        "jsonl": "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (LATIN, CYRILLIC)),
    }[kind]
    path = tmp_path / f"in.{kind}"
    path.write_bytes(body.encode(encoding))
    read, rejected, notices = _read(path)
    assert (rejected, notices) == ([], [])
    texts = [r.article.text for r in read]
    assert texts == ([f"{LATIN}\n\n{CYRILLIC}"] if kind == "txt" else [LATIN, CYRILLIC])


def test_utf8_with_one_bad_byte_keeps_its_letters_and_says_so(tmp_path: Path) -> None:
    good = "Šabac: protest u Šapcu. " * 20
    path = tmp_path / "brief.txt"
    path.write_bytes(good.encode() + b"\x9a tail.")
    read, rejected, notices = _read(path)
    assert rejected == []
    assert read[0].article.text == (good + "\ufffd tail.").strip()
    assert [str(n) for n in notices] == [
        f"{path}: 1 byte that is not valid UTF-8 was replaced by U+FFFD; the rest was read"
    ]


@pytest.mark.parametrize(("text", "encoding"), [(LATIN, "cp1250"), (CYRILLIC, "cp1251")])
def test_legacy_code_page_files_still_read_whole(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(((text + "\n") * 5).encode(encoding))
    read, rejected, notices = _read(path)
    assert (rejected, notices) == ([], [])
    assert read[0].article.text == ((text + "\n") * 5).strip()


# ------------------------------------------------------------------ CSV quotes


def test_unclosed_quote_is_reported_and_the_rows_after_it_go_in(tmp_path: Path) -> None:
    path = tmp_path / "monitor.csv"
    path.write_text(
        "title,text,published\n"
        'One,"Police in Skopje said,2024-01-01\n'
        "Two,Talks in Tirana,2024-01-02\n"
        "Three,Floods in Shkodër,2024-01-03\n"
    )
    read, rejected, _ = _read(path)
    assert [(r.where, r.article.title, r.article.text) for r in read] == [
        ("line 3", "Two", "Talks in Tirana"),
        ("line 4", "Three", "Floods in Shkodër"),
    ]
    why = "a quote opened on this line is never closed, so every line after it would be one cell"
    assert [(r.where, r.reason.split(";")[0]) for r in rejected] == [("line 2", why)]


def test_quote_closed_rows_later_names_the_swallowed_rows(tmp_path: Path) -> None:
    path = tmp_path / "monitor.csv"
    path.write_text(
        "title,text,published,url\n"
        'One,"Police in Skopje said,2024-01-01,https://a.test/1\n'
        "Two,Talks in Tirana,2024-01-02,https://a.test/2\n"
        'Three,Floods in Shkodër",2024-01-03,https://a.test/3\n'
        "Four,Vote in Podgorica,2024-01-04,https://a.test/4\n"
    )
    read, rejected, _ = _read(path)
    assert [r.article.title for r in read] == ["Two", "Three", "Four"]
    why = "a quote opened on this line swallows line 3, which looks like a row of its own"
    assert [(r.where, r.reason.split(";")[0]) for r in rejected] == [("line 2", why)]


def test_quoted_multiline_bodies_are_not_mistaken_for_broken_quotes(tmp_path: Path) -> None:
    path = tmp_path / "monitor.csv"
    path.write_text(
        "title,text,published\n"
        'One,"Police in Skopje said, on Monday,\n'
        "\n"
        'that the talks, 2024-01-01, went on",2024-01-05\n'
        "Two,Talks in Tirana,2024-01-02\n"
    )
    read, rejected, _ = _read(path)
    assert rejected == []
    assert [r.where for r in read] == ["line 2", "line 5"]
    assert read[0].article.text.endswith("went on")


def test_without_date_or_url_a_cell_holding_row_shaped_lines_is_named(tmp_path: Path) -> None:
    path = tmp_path / "monitor.csv"
    path.write_text(
        "title,text\n"
        'One,"Police in Skopje said\n'
        "Two,Talks in Tirana\n"
        "Three,Floods in Tetovo\n"
        'Four,Fire in Shkodër"\n'
        "Five,Vote in Podgorica\n"
        'Six,"Rain in Ohrid\n'
        "and in Struga\n"
        'all day"\n'
    )
    read, rejected, notices = _read(path)
    assert rejected == []  # the cell may be a body with commas in it: nothing is thrown away
    assert [(r.where, r.article.title) for r in read] == [
        ("line 2", "One"),
        ("line 6", "Five"),
        ("line 7", "Six"),
    ]
    assert [str(n) for n in notices] == [
        f"{path} (line 2): a quoted cell opened on this line holds lines 3-4, shaped like rows "
        "(2 cells); it was read as one cell, so if a quote is missing, fix it and ingest the "
        "file again"
    ]


# ------------------------------------------------------------------ HTML


def test_huge_page_is_cut_and_named(tmp_path: Path) -> None:
    rows = "".join(f"<div><span>Report {i} from Ohrid.</span></div>\n" for i in range(20_000))
    page = f"<html><body><article><p>{LATIN} " * 3 + "</p></article>" + rows + "</body></html>"
    path = tmp_path / "big.html"
    path.write_text(page)
    read, rejected, notices = _read(path)
    assert rejected == []
    assert LATIN in read[0].article.text
    assert [str(n) for n in notices] == [
        f"{path}: the page has 40,008 HTML elements; its text was looked for in "
        f"{MAX_PAGE_ELEMENTS:,} of them only (its <article> or <main> first)"
    ]


STORY = [
    "Protesters gathered in Novi Sad on Friday and marched to the court.",
    "The police closed the bridge over the Danube for two hours.",
    "Students from Niš and Kragujevac joined them in the afternoon.",
    "Organisers said more than ten thousand people took part in the march.",
    "The city council had not answered their demands by the evening.",
]  # a short story, but longer than a teaser: the extractor takes it for the page's text


def _story_page(before: str, story: str, after: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    return (
        f"<html><head><title>Protest in Novi Sad</title></head><body>{before}"
        f"{story.format(paragraphs)}{after}</body></html>"
    )


def test_story_after_a_huge_list_is_still_the_one_read(tmp_path: Path) -> None:
    rows = "".join(f"<div><span>Most read {i}</span></div>\n" for i in range(20_000))
    side = "".join(f"<div><a href='/{i}'>Tag {i}</a></div>" for i in range(5_000))
    path = tmp_path / "big.html"
    path.write_text(_story_page(rows, "<article><h1>Protest</h1>{}</article>", side))
    read, rejected, notices = _read(path)
    assert rejected == []
    assert read[0].article.text.splitlines() == STORY
    assert [str(n) for n in notices] == [
        f"{path}: the page has 50,011 HTML elements; its text was looked for in "
        f"{MAX_PAGE_ELEMENTS:,} of them only (its <article> or <main> first)"
    ]


def test_a_cut_page_without_story_elements_is_read_in_page_order(tmp_path: Path) -> None:
    rows = "".join(f"<div><span>Most read {i}</span></div>\n" for i in range(20_000))
    path = tmp_path / "big.html"
    path.write_text(_story_page("", "<div class='story'>{}</div>", rows))
    read, rejected, notices = _read(path)
    assert rejected == []
    assert read[0].article.text.splitlines() == STORY
    assert [str(n).rsplit("(", 1)[1] for n in notices] == ["in page order)"]


def test_a_huge_menu_is_dropped_before_the_page_is_counted(tmp_path: Path) -> None:
    menu = "<nav><ul>" + "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(15_000))
    path = tmp_path / "menu.html"
    path.write_text(_story_page(menu + "</ul></nav>", "<div>{}</div>"))
    read, rejected, notices = _read(path)
    assert rejected == []
    assert read[0].article.text.splitlines() == STORY
    assert notices == []  # nothing that could hold the story was left out


def test_a_page_of_many_short_blocks_is_read_by_the_main_extractor_alone(tmp_path: Path) -> None:
    def page(blocks: int) -> str:
        rows = "".join(f"<div><span>Most read {i}</span></div>" for i in range(blocks))
        return _story_page("", "<div class='story'>{}</div>", rows)

    assert not bound_page(page(MAX_FALLBACK_BLOCKS - 10)).fast
    assert bound_page(page(MAX_FALLBACK_BLOCKS)).fast  # the story's own blocks tip it over
    path = tmp_path / "list.html"
    path.write_text(page(4 * MAX_FALLBACK_BLOCKS))
    read, rejected, notices = _read(path)
    assert rejected == [] and notices == []
    assert read[0].article.text.splitlines() == STORY


@pytest.mark.parametrize("depth", [400, 3000])
def test_deeply_nested_real_text_is_kept(tmp_path: Path, depth: int) -> None:
    text = "Protesters gathered in Novi Sad on Friday and marched to the court. " * 4
    page = (
        "<html><head><title>Protest in\n Novi Sad &amp; Niš</title></head><body>"
        + "<div>" * depth + f"<p>{text}</p>" + "</div>" * depth + "</body></html>"
    )  # fmt: skip
    path = tmp_path / "deep.html"
    path.write_text(page)
    read, rejected, notices = _read(path)
    assert rejected == []
    assert read[0].article.title == "Protest in Novi Sad & Niš"
    assert read[0].article.text == text.strip()
    assert bool(notices) == (depth == 3000)


# ------------------------------------------------------------------ what is not a file


def test_fifo_is_named_and_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    folder = tmp_path / "news"
    folder.mkdir()
    os.mkfifo(folder / "inside.jsonl")
    (folder / "ok.txt").write_text("Talks in Skopje went on for a second day.")
    read, rejected, _ = _read(fifo, folder)
    assert [r.article.text for r in read] == ["Talks in Skopje went on for a second day."]
    reason = "not a regular file (a FIFO (named pipe)); newsmap reads files, folders and URLs"
    assert [(r.input, r.reason) for r in rejected] == [
        (str(fifo), reason),
        (str(folder / "inside.jsonl"), reason),
    ]


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node (mknod) needs root")
def test_device_node_is_named(tmp_path: Path) -> None:
    node = tmp_path / "null.txt"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    _, rejected, _ = _read(node)
    assert [r.reason for r in rejected] == [
        "not a regular file (a character device); newsmap reads files, folders and URLs"
    ]


@pytest.mark.parametrize("text", ["...", "12345 67", "— * —", "\u200b\u200b"])
def test_article_without_words_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n" + json.dumps({"text": "Rain in Bar."}))
    read, rejected, _ = _read(path)
    assert [r.article.text for r in read] == ["Rain in Bar."]
    assert [(r.where, r.reason) for r in rejected] == [
        ("line 1", "text has no words (only digits, punctuation or symbols)")
    ]
