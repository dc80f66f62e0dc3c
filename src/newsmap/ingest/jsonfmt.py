"""JSON and JSON Lines exports: an object, an array of objects, or one object a line.

Media-monitor exports often wrap the list (``{"articles": [...]}``), so a top-level object
holding one list of objects under a usual key is read as that list.  In JSON Lines a broken
line is rejected on its own, naming its line number, and the other lines still go in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from newsmap.errors import IngestError
from newsmap.ingest.fields import Entry, entry_from_record

#: Keys under which exports wrap their list of articles.
WRAPPER_KEYS = ("articles", "items", "entries", "data", "results", "documents", "docs")


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"invalid JSON: {exc.msg} at column {exc.colno}"


def parse_json(text: str, *, today: date) -> Iterator[Entry]:
    """Entries of a ``.json`` file: an object is one article, an array is many.

    Raises
    ------
    IngestError
        The whole file is not JSON, or is neither an object nor an array.
    """
    if not text.strip():
        raise IngestError("empty file (no JSON)")
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError:
        raise IngestError("invalid JSON: nested too deeply") from None
    if isinstance(data, dict):
        wrapped = [k for k in WRAPPER_KEYS if isinstance(data.get(k), list)]
        if wrapped and not any(k in data for k in ("text", "body", "content")):
            data = data[wrapped[0]]
        else:
            yield entry_from_record(data, "object", today=today)
            return
    if not isinstance(data, list):
        raise IngestError(f"expected a JSON object or array, got {type(data).__name__}")
    if not data:
        raise IngestError("empty JSON array (no articles)")
    for i, record in enumerate(data, start=1):
        yield entry_from_record(record, f"entry {i}", today=today)


def parse_jsonl(source: str | Iterable[str], *, today: date) -> Iterator[Entry]:
    """Entries of a ``.jsonl`` file, one object a line; blank lines are skipped.

    Parameters
    ----------
    source : str or iterable of str
        The whole text, or its lines (an open text file: read one line at a time, so the
        file's size does not bound the memory).

    Raises
    ------
    IngestError
        The file has no non-blank line.
    """
    lines = source.split("\n") if isinstance(source, str) else source
    seen = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen = True
        where = f"line {lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Entry(where, error=_json_error(exc))
            continue
        except RecursionError:
            yield Entry(where, error="invalid JSON: nested too deeply")
            continue
        yield entry_from_record(record, where, today=today)
    if not seen:
        raise IngestError("empty file (no JSON lines)")
