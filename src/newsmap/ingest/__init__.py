"""Ingest: read news from files, folders, feeds and URLs into articles.

- :func:`read_inputs` turns a list of paths and URLs into a stream of articles and
  rejections (one per bad input, or per bad line/entry inside one); it never stops at the
  first bad input, because an analyst's folder of 500 saved pages always holds a few.
Tagging and storing them is the job of :mod:`newsmap.engines`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsmap.errors import IngestError
from newsmap.ingest.csvfmt import parse_csv
from newsmap.ingest.decode import decode_bytes
from newsmap.ingest.feed import looks_like_feed, parse_feed
from newsmap.ingest.fetch import Fetched, fetch_url, is_url
from newsmap.ingest.fields import Entry
from newsmap.ingest.html import parse_html
from newsmap.ingest.jsonfmt import parse_json, parse_jsonl
from newsmap.ingest.text import parse_text
from newsmap.model import Article, Event, Mention

__all__ = [
    "MAX_CONTAINER_BYTES",
    "MAX_DOCUMENT_BYTES",
    "ReadItem",
    "Rejection",
    "Tagger",
    "expand_inputs",
    "read_inputs",
]

Tagger = Callable[[Article], tuple[list[Mention], list[Event]]]
Fetcher = Callable[[str], Fetched]

#: A single-article file (text, Markdown, HTML) larger than this is not one news article.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
#: A many-article file (JSON, JSON Lines, CSV, feed) is read whole; this bounds the memory.
MAX_CONTAINER_BYTES = 256 * 1024 * 1024

_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_SINGLE_KINDS = ("text", "html")


@dataclass(frozen=True)
class Rejection:
    """An input (or one line/entry of it) that was not stored, and why."""

    input: str
    where: str | None
    reason: str

    def __str__(self) -> str:
        place = f" ({self.where})" if self.where else ""
        return f"{self.input}{place}: {self.reason}"


@dataclass(frozen=True)
class ReadItem:
    """An article read from ``input`` (at ``where`` inside it, for many-article inputs)."""

    input: str
    where: str | None
    article: Article


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[Rejection]]:
    """Paths and URLs to read, folders expanded recursively (sorted, hidden files skipped).

    Inside a folder only files with a known extension are taken, so a stray image or PDF
    next to the articles is ignored; a file named explicitly is always read (and sniffed).
    """
    found: list[str] = []
    missing: list[Rejection] = []
    for item in inputs:
        if is_url(item):
            found.append(item)
            continue
        path = Path(item).expanduser()
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in _KINDS:
                        found.append(str(Path(root) / name))
        elif path.is_file():
            found.append(item)
        elif "://" in item:
            missing.append(Rejection(item, None, "only http:// and https:// URLs are supported"))
        else:
            missing.append(Rejection(item, None, "no such file or directory"))
    return found, missing


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


def _entries(
    kind: str, data: bytes, *, name: str, url: str | None, declared: str | None, today: date
) -> Iterator[Entry]:
    if kind == "feed":
        yield from parse_feed(data, today=today)
        return
    text = decode_bytes(data, name=name, declared=declared)
    if kind == "sniff":
        kind = _sniff_kind(text)
    if kind == "text":
        yield Entry(None, article=parse_text(text, today=today))
    elif kind == "html":
        yield Entry(None, article=parse_html(text, today=today, url=url))
    elif kind == "json":
        yield from parse_json(text, today=today)
    elif kind == "jsonl":
        yield from parse_jsonl(text, today=today)
    elif kind == "csv":
        yield from parse_csv(text, today=today)
    else:  # pragma: no cover - kinds come from _KINDS
        raise IngestError(f"unknown input kind {kind!r}")


def _read_file(path: str) -> tuple[str, bytes]:
    kind = _KINDS.get(Path(path).suffix.lower(), "sniff")
    limit = MAX_DOCUMENT_BYTES if kind in (*_SINGLE_KINDS, "sniff") else MAX_CONTAINER_BYTES
    try:
        size = os.stat(path).st_size
        if size == 0:
            raise IngestError("empty file")
        if size > limit:
            what = "one article" if limit == MAX_DOCUMENT_BYTES else "one file"
            raise IngestError(
                f"file is {size / 1e6:.1f} MB, more than the {limit / 1e6:.0f} MB limit for {what}"
            )
        with open(path, "rb") as fh:
            return kind, fh.read(limit + 1)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc


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
) -> Iterator[ReadItem | Rejection]:
    """Read every input, yielding each article found and each rejection, in input order.

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
    paths, missing = expand_inputs(inputs)
    yield from missing
    for done, name in enumerate(paths):
        if on_input:
            on_input(done, len(paths), name)
        try:
            if is_url(name):
                fetched = fetch(name)
                kind, data, url, declared = (
                    _kind_of_fetched(fetched),
                    fetched.body,
                    fetched.url,
                    fetched.charset,
                )
            else:
                (kind, data), url, declared = _read_file(name), None, None
            for entry in _entries(kind, data, name=name, url=url, declared=declared, today=today):
                if entry.article is not None:
                    yield ReadItem(name, entry.where, entry.article)
                else:
                    yield Rejection(name, entry.where, entry.error or "unreadable")
        except IngestError as exc:
            yield Rejection(name, None, str(exc).removeprefix(f"{name}: "))
        except Exception as exc:  # noqa: BLE001 - one odd input must not stop the batch
            yield Rejection(name, None, f"unexpected error ({type(exc).__name__}: {exc})")
    if on_input:
        on_input(len(paths), len(paths), "")
