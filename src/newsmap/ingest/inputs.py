"""What to read: folders expanded, only regular files opened, every refusal named.

A path on the command line can be anything the file system holds: a FIFO (opening it waits
for a writer forever), a device, a socket, a folder the user may not list. Each of these is
named with what it is, never mistaken for "no such file" and never skipped in silence.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsmap.errors import IngestError
from newsmap.filekinds import describe_mode
from newsmap.ingest.fetch import is_url

#: Extensions read as each kind; inside a folder, only these files are taken.
KINDS = {
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


def located(input: str, where: str | None, text: str) -> str:
    """``input (where): text``, how every message about an input reads."""
    place = f" ({where})" if where else ""
    return f"{input}{place}: {text}"


@dataclass(frozen=True)
class Rejection:
    """An input (or one line/entry of it) that was not stored, and why."""

    input: str
    where: str | None
    reason: str

    def __str__(self) -> str:
        return located(self.input, self.where, self.reason)


@dataclass(frozen=True)
class Notice:
    """Something the reader of an input should know although nothing was rejected
    (bytes replaced by U+FFFD, a page cut short): the message says what was affected."""

    input: str
    where: str | None
    message: str

    def __str__(self) -> str:
        return located(self.input, self.where, self.message)


def _not_regular(mode: int) -> str:
    return f"not a regular file ({describe_mode(mode)}); newsmap reads files, folders and URLs"


def _walk(folder: Path, found: list[str], refused: list[Rejection]) -> None:
    """Files with a known extension under ``folder`` (sorted, hidden ones skipped)."""

    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(folder)
        refused.append(Rejection(str(where), None, f"cannot read folder: {exc.strerror}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in KINDS:
                continue
            path = Path(root) / name
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                refused.append(Rejection(str(path), None, f"cannot read file: {exc.strerror}"))
                continue
            if stat.S_ISREG(mode):
                found.append(str(path))
            else:
                refused.append(Rejection(str(path), None, _not_regular(mode)))


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[Rejection]]:
    """Paths and URLs to read, folders expanded recursively; and the inputs refused.

    Inside a folder only files with a known extension are taken, so a stray image or PDF
    next to the articles is ignored; a file named explicitly is always read (and sniffed).
    A folder that cannot be listed, and anything that is not a regular file, is refused
    with its reason.
    """
    found: list[str] = []
    refused: list[Rejection] = []
    for item in inputs:
        if is_url(item):
            found.append(item)
            continue
        path = Path(item).expanduser()
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            reason = (
                "only http:// and https:// URLs are supported"
                if "://" in item
                else "no such file or directory"
            )
            refused.append(Rejection(item, None, reason))
            continue
        except OSError as exc:
            refused.append(Rejection(item, None, f"cannot read: {exc.strerror}"))
            continue
        if stat.S_ISDIR(mode):
            _walk(path, found, refused)
        elif stat.S_ISREG(mode):
            found.append(item)
        else:
            refused.append(Rejection(item, None, _not_regular(mode)))
    return found, refused


def open_regular(path: str) -> BinaryIO:
    """Open a file for reading only if it is a regular file, without ever blocking.

    ``O_NONBLOCK`` makes opening a FIFO return at once (a FIFO put in place of a file after
    the folder was listed must not hang the ingest); the type is then checked on the open
    descriptor, so the check and the read are about the same file.

    Raises
    ------
    IngestError
        The file cannot be opened, or is not a regular file.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise IngestError(_not_regular(mode))
    return os.fdopen(fd, "rb")
