"""Reading news from files, folders, feeds and URLs into articles (``newsmap.ingest``'s API).

:func:`read_inputs` turns a list of paths and URLs into a stream of articles and rejections
(one per bad input, or per bad line/entry inside one); it never stops at the first bad input,
because an analyst's folder of 500 saved pages always holds a few.  Tagging and storing them
is the job of :mod:`newsmap.engines`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from newsmap.errors import IngestError
from newsmap.ingest.csvfmt import parse_csv
from newsmap.ingest.decode import decode_report, detect
from newsmap.ingest.feed import looks_like_feed, parse_feed
from newsmap.ingest.fetch import Fetched, fetch_url, is_url
from newsmap.ingest.fields import Entry
from newsmap.ingest.html import read_page
from newsmap.ingest.inputs import KINDS, Notice, Rejection, expand_inputs, open_regular
from newsmap.ingest.jsonfmt import parse_json, parse_jsonl
from newsmap.ingest.text import parse_text
from newsmap.model import Article, Event, Mention

__all__ = [
    "MAX_CONTAINER_BYTES",
    "MAX_DOCUMENT_BYTES",
    "Notice",
    "ReadItem",
    "Rejection",
    "Tagger",
    "expand_inputs",
    "read_fetched",
    "read_inputs",
]

Tagger = Callable[[Article], tuple[list[Mention], list[Event]]]
Fetcher = Callable[[str], Fetched]

#: A single-article file (text, Markdown, HTML) larger than this is not one news article.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
#: A JSON document or a feed is parsed whole; this bounds the memory.  JSON Lines and CSV
#: are read a line at a time and have no size limit.
MAX_CONTAINER_BYTES = 256 * 1024 * 1024
_SINGLE_KINDS = ("text", "html")
_LINE_KINDS = ("jsonl", "csv")
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ReadItem:
    """An article read from ``input`` (at ``where`` inside it, for many-article inputs)."""

    input: str
    where: str | None
    article: Article


def _sniff_kind(text: str) -> str:
    head = text.lstrip()[:2048]
    if head.startswith("<"):
        return "feed" if looks_like_feed(head.encode("utf-8", "replace")) else "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        lines = [ln for ln in text.strip().split("\n", 3) if ln.strip()]
        return (
            "jsonl"
            if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines)
            else "json"
        )
    return "text"


def _text_entries(kind: str, text: str, *, url: str | None, today: date) -> Iterator[Entry]:
    if kind == "sniff":
        kind = _sniff_kind(text)
    if kind == "text":
        yield Entry(None, article=parse_text(text, today=today))
    elif kind == "html":
        page = read_page(text, today=today, url=url)
        if page.notice:
            yield Entry(None, notice=page.notice)
        yield Entry(None, article=page.article)
    elif kind == "json":
        yield from parse_json(text, today=today)
    elif kind == "jsonl":
        yield from parse_jsonl(text, today=today)
    elif kind == "csv":
        yield from parse_csv(text, today=today)
    elif kind == "feed":
        yield from parse_feed(text.encode("utf-8"), today=today)
    else:  # pragma: no cover - kinds come from KINDS
        raise IngestError(f"unknown input kind {kind!r}")


def _bytes_entries(
    kind: str, data: bytes, *, name: str, url: str | None, declared: str | None, today: date
) -> Iterator[Entry]:
    """Entries of an input held in memory (a fetched URL)."""
    if kind == "feed":
        yield from parse_feed(data, today=today)
        return
    text, decoding = decode_report(data, name=name, declared=declared)
    if decoding.notice():
        yield Entry(None, notice=decoding.notice())
    yield from _text_entries(kind, text, url=url, today=today)


def _chunks(fh: BinaryIO) -> Iterator[bytes]:
    fh.seek(0)
    while chunk := fh.read(_CHUNK):
        yield chunk


def _file_entries(path: str, *, today: date) -> Iterator[Entry]:
    """Entries of one regular file; JSON Lines and CSV streamed a line at a time."""
    kind = KINDS.get(Path(path).suffix.lower(), "sniff")
    with open_regular(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size == 0:
            raise IngestError("empty file")
        _check_size(kind, size)
        if kind == "feed":
            yield from parse_feed(fh.read(), today=today)
            return
        decoding = detect(lambda: _chunks(fh), name=path)
        if decoding.notice():
            yield Entry(None, notice=decoding.notice())
        fh.seek(0)
        if kind in _LINE_KINDS:
            lines = decoding.text_stream(fh)
            parse = parse_jsonl if kind == "jsonl" else parse_csv
            yield from parse(lines, today=today)
            return
        yield from _text_entries(kind, decoding.decode(fh.read()), url=None, today=today)


def _check_size(kind: str, size: int) -> None:
    if kind in _LINE_KINDS:
        return
    limit = MAX_DOCUMENT_BYTES if kind in (*_SINGLE_KINDS, "sniff") else MAX_CONTAINER_BYTES
    if size > limit:
        what = "one article" if limit == MAX_DOCUMENT_BYTES else "one file"
        raise IngestError(
            f"file is {size / 1e6:.1f} MB, more than the {limit / 1e6:.0f} MB limit for {what}"
        )


def _kind_of_fetched(fetched: Fetched) -> str:
    ctype = fetched.content_type
    if looks_like_feed(fetched.body) or ctype in ("application/rss+xml", "application/atom+xml"):
        return "feed"
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype in ("application/json",):
        return "json"
    if ctype in ("application/x-ndjson", "application/jsonl"):
        return "jsonl"
    if ctype in ("text/csv",):
        return "csv"
    if ctype.startswith("text/") or ctype in ("application/xml", "application/octet-stream"):
        return "sniff"
    raise IngestError(f"unsupported content type {ctype!r} (expected a web page or a feed)")


def read_inputs(
    inputs: Iterable[str],
    *,
    today: date | None = None,
    fetch: Fetcher | None = None,
    on_input: Callable[[int, int, str], None] | None = None,
) -> Iterator[ReadItem | Rejection | Notice]:
    """Read every input, yielding each article found, each rejection and each notice, in
    input order.

    Parameters
    ----------
    inputs : iterable of str
        Files, folders (recursive) and http(s) URLs.
    today : date, optional
        The reference for "future" publication dates; the real date when omitted.
    fetch : callable, optional
        ``fetch(url) -> Fetched``; :func:`newsmap.ingest.fetch.fetch_url` by default.
    on_input : callable, optional
        ``on_input(done, total, name)`` before each input is read.
    """
    today = today or date.today()
    fetch = fetch or fetch_url
    paths, refused = expand_inputs(inputs)
    yield from refused
    for done, name in enumerate(paths):
        if on_input:
            on_input(done, len(paths), name)
        yield from _read_one(name, fetch, today)
    if on_input:
        on_input(len(paths), len(paths), "")


def _fetched_entries(name: str, fetched: Fetched, today: date) -> Iterator[Entry]:
    return _bytes_entries(
        _kind_of_fetched(fetched),
        fetched.body,
        name=name,
        url=fetched.url,
        declared=fetched.charset,
        today=today,
    )


def _items(
    name: str, entries: Callable[[], Iterable[Entry]]
) -> Iterator[ReadItem | Rejection | Notice]:
    """One input's entries as items; any failure becomes a rejection naming the input."""
    try:
        for entry in entries():
            if entry.article is not None:
                yield ReadItem(name, entry.where, entry.article)
            elif entry.notice is not None:
                yield Notice(name, entry.where, entry.notice)
            else:
                yield Rejection(name, entry.where, entry.error or "unreadable")
    except IngestError as exc:
        yield Rejection(name, None, str(exc).removeprefix(f"{name}: "))
    except Exception as exc:  # noqa: BLE001 - one odd input must not stop the batch
        yield Rejection(name, None, f"unexpected error ({type(exc).__name__}: {exc})")


def _read_one(name: str, fetch: Fetcher, today: date) -> Iterator[ReadItem | Rejection | Notice]:
    if is_url(name):
        return _items(name, lambda: _fetched_entries(name, fetch(name), today))
    return _items(name, lambda: _file_entries(name, today=today))


def read_fetched(
    name: str, fetched: Fetched, *, today: date | None = None
) -> Iterator[ReadItem | Rejection | Notice]:
    """The articles of a body fetched already (``newsmap watch`` fetches with conditional
    requests itself); a rejection with no ``where`` means the body as a whole was unreadable.
    """
    return _items(name, lambda: _fetched_entries(name, fetched, today or date.today()))
