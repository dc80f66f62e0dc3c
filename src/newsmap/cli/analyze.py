"""`newsmap analyze`: JSON Lines in, one analysis per line out (DESIGN.md section 4, stable)."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, TextIO

import click

from newsmap.errors import NewsmapError
from newsmap.ingest.language import normalise_language
from newsmap.model import Article


def _parse_line(raw: str, lineno: int) -> tuple[Article, Any]:
    """Validate one input document; every problem names the line it is on."""
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise NewsmapError(
            f"line {lineno}: not valid JSON ({exc.msg} at column {exc.colno})"
        ) from None
    if not isinstance(doc, dict):
        raise NewsmapError(f"line {lineno}: expected a JSON object, got {type(doc).__name__}")
    text = doc.get("text")
    if not isinstance(text, str):
        raise NewsmapError(f"line {lineno}: field 'text' is missing or not a string")
    title = doc.get("title")
    if title is not None and not isinstance(title, str):
        raise NewsmapError(f"line {lineno}: field 'title' must be a string")
    published = doc.get("published")
    pub: date | None = None
    if published not in (None, ""):
        try:
            pub = date.fromisoformat(str(published)[:10])
        except ValueError:
            raise NewsmapError(
                f"line {lineno}: field 'published' is {published!r}, expected YYYY-MM-DD"
            ) from None
    doc_id = doc.get("id")
    article = Article(
        text=text,
        title=title,
        published=pub,
        id=None if doc_id is None else str(doc_id),
        language=normalise_language(doc.get("language")),
    )
    return article, doc_id


def analyze_stream(lines: TextIO, out: TextIO, err: TextIO, gazetteer: Any) -> int:
    """Analyse every line; return how many lines were rejected."""
    from newsmap.pipeline import analyze

    rejected = 0
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            article, raw_id = _parse_line(raw, lineno)
        except NewsmapError as exc:
            err.write(f"Error: {exc}\n")
            rejected += 1
            continue
        result = analyze(gazetteer, article)
        record = {
            "id": raw_id,
            "countries": result.countries,
            "mentions": [m.to_json() for m in result.mentions],
            "events": [e.to_json() for e in result.events],
            "language": result.language,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return rejected


@click.command("analyze", short_help="Tag JSON Lines documents without storing them.")
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
def analyze_command(source: TextIO) -> None:
    """Tag documents without storing them: JSON Lines in, JSON Lines out.

    SOURCE is a file, or - (the default) for standard input. Each input line is
    {"id", "text", "title"?, "published"?: "YYYY-MM-DD"}. Each output line, in the
    same order, holds the region countries the document is about, every place
    mention with exact character offsets, and the dated events (relative dates
    such as "on Monday" need "published"). The store is not touched.

    A malformed line is reported on stderr with its line number and skipped; the
    other lines are still analysed, and the exit status is then 1.

    \b
    Example:
      echo '{"id": "1", "text": "Talks in Skopje on Monday.", "published": "2023-11-23"}' \\
        | newsmap analyze
    """
    from newsmap.geotag import Gazetteer

    gazetteer = Gazetteer.from_path()
    rejected = analyze_stream(source, sys.stdout, sys.stderr, gazetteer)
    if rejected:
        sys.exit(1)
