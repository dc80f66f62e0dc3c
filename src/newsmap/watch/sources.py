"""What `newsmap watch` polls: URLs, OPML subscription lists, and plain lists of URLs.

An OPML file is what feed readers export and import: every ``<outline>`` with an ``xmlUrl``
is a feed (nested folders are walked), one with only ``url`` or ``htmlUrl`` and
``type="link"`` is a page. An ``interval`` attribute (seconds) sets that source's polling
interval. A plain text file lists one URL a line (``#`` starts a comment). A bad list is
refused as a whole, naming the file and the reason; a bad URL in it is refused by line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from newsmap.errors import NewsmapError
from newsmap.ingest.fetch import is_url

#: A list file larger than this is not a subscription list.
MAX_LIST_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One feed or page to poll; ``interval`` (seconds) when its list sets one."""

    url: str
    title: str | None = None
    interval: float | None = None


def _interval(value: str | None, where: str) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        seconds = float(value)
    except ValueError:
        raise NewsmapError(f"{where}: interval {value!r} is not a number of seconds") from None
    if not 1 <= seconds <= 7 * 86400:
        raise NewsmapError(f"{where}: interval {value!r} is outside 1 s to 7 days")
    return seconds


def read_opml(path: Path) -> list[Source]:
    """The feeds and pages of an OPML file, in document order.

    Raises
    ------
    NewsmapError
        The file is not OPML, or an outline's URL or interval is unusable.
    """
    try:
        root = ElementTree.fromstring(path.read_bytes())
    except ElementTree.ParseError as exc:
        raise NewsmapError(f"{path}: not an OPML file ({exc})") from None
    if root.tag != "opml":
        raise NewsmapError(f"{path}: not an OPML file (the root element is <{root.tag}>)")
    sources: list[Source] = []
    for n, outline in enumerate(root.iter("outline"), start=1):
        url = outline.get("xmlUrl") or (
            outline.get("url") or outline.get("htmlUrl") if outline.get("type") == "link" else None
        )
        if url is None:
            continue  # a folder of outlines
        where = f"{path} (outline {n})"
        if not is_url(url.strip()):
            raise NewsmapError(f"{where}: {url[:80]!r} is not an http(s) URL")
        title = outline.get("title") or outline.get("text")
        sources.append(Source(url.strip(), title, _interval(outline.get("interval"), where)))
    if not sources:
        raise NewsmapError(f"{path}: the OPML file lists no feeds (no outline with an xmlUrl)")
    return sources


def read_url_list(path: Path) -> list[Source]:
    """One URL a line; blank lines and ``#`` comments skipped.

    Raises
    ------
    NewsmapError
        A line is not an http(s) URL, or the file lists none.
    """
    sources: list[Source] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        if not is_url(text):
            raise NewsmapError(f"{path} (line {lineno}): {text[:80]!r} is not an http(s) URL")
        sources.append(Source(text))
    if not sources:
        raise NewsmapError(f"{path}: lists no URLs")
    return sources


def _read_list(path: Path) -> list[Source]:
    if not path.is_file():
        what = "no such file" if not path.exists() else "not a regular file"
        raise NewsmapError(f"{path}: {what}; give feed URLs, an OPML file or a list of URLs")
    if path.stat().st_size > MAX_LIST_BYTES:
        raise NewsmapError(f"{path}: larger than {MAX_LIST_BYTES // 2**20} MB; not a feed list")
    try:
        head = path.read_bytes()[:512].lstrip()
        if path.suffix.lower() in (".opml", ".xml") or head.startswith(b"<"):
            return read_opml(path)
        return read_url_list(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsmapError(f"{path}: cannot read ({exc})") from None


def read_sources(args: list[str]) -> list[Source]:
    """Every source named on the command line, each URL once (the first mention wins).

    Raises
    ------
    NewsmapError
        A list cannot be read, or an argument is neither a URL nor a file.
    """
    seen: dict[str, Source] = {}
    for arg in args:
        found = [Source(arg)] if is_url(arg) else _read_list(Path(arg).expanduser())
        for source in found:
            seen.setdefault(source.url, source)
    return list(seen.values())
