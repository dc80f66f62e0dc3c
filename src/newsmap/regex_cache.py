"""Regular expressions made from code kept across runs: a start-up without the regex compiler.

The rules compile some 300 regular expressions as their modules are imported, and CPython's
regex compiler (its parser and code generator are written in Python) spent about 50 ms on
them, a sixth of the start-up of ``newsmap analyze``.  What it makes of a pattern is a list of
integers for the C matcher (``_sre.compile``), always the same for the same pattern, flags and
Python build.  While ``kept`` is active, a pattern whose code is in the table is made from that
code at once, and any other is compiled as usual and its code added for the next run.  A
pattern made from kept code equals the one ``re.compile`` makes (``Pattern.__eq__`` compares
the flags, the pattern and the code).

The table is one file per Python build in the prepared-gazetteer cache folder
(``geotag.prepared.cache_dir``).  A missing, unreadable or foreign file, a read-only folder, or
a Python whose ``re`` internals differ from 3.11's all fall back to the ordinary compiler.
Only the patterns compiled inside the window are kept (the modules' own, at import), so the
table does not grow with the documents analysed.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_sre: Any = sys.modules.get("_sre")
_compiler: Any = getattr(re, "_compiler", None)  # CPython 3.11 and later
_parser: Any = getattr(re, "_parser", None)

#: What ``_sre.compile`` takes after the pattern: its final flags, code, group count less
#: one, group index and index group.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_PREFIX = "regex-"
#: A bound on the table: the patterns of older versions of the code are dropped beyond it.
MAX_ENTRIES = 4096


def table_path(folder: Path) -> Path:
    """The table's file for this Python build (its version and the matcher's code format)."""
    tag = f"{sys.version}\n{getattr(_sre, 'MAGIC', '')}\n{getattr(_sre, 'CODESIZE', '')}"
    return folder / f"{_PREFIX}{hashlib.sha256(tag.encode()).hexdigest()[:16]}.marshal"


def usable() -> bool:
    """Whether this Python's ``re`` has the internals the table is made from (CPython 3.11+)."""
    return (
        sys.implementation.name == "cpython"
        and _compiler is not None
        and callable(getattr(_compiler, "compile", None))
        and callable(getattr(_compiler, "_code", None))
        and callable(getattr(_parser, "parse", None))
        and callable(getattr(_sre, "compile", None))
    )


@contextmanager
def kept(folder: Path | None) -> Iterator[None]:
    """Inside the block, ``re.compile`` makes patterns found in ``folder``'s table from their
    kept code; the code of the others is added to the table when the block ends."""
    if folder is None or not usable():
        yield
        return
    path = table_path(folder)
    table = _read(path)
    added: dict[tuple[str, int], Entry] = {}
    used: set[tuple[str, int]] = set()
    original: Callable[..., Any] = _compiler.compile

    def compile_kept(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or flags & re.DEBUG:
            return original(p, flags)
        key = (p, flags)
        used.add(key)
        entry = table.get(key)
        if entry is not None:
            try:
                return _sre.compile(p, *entry)
            except Exception:  # noqa: BLE001 - a damaged entry: compile it afresh
                pass
        entry = code_of(p, flags)
        added[key] = entry
        return _sre.compile(p, *entry)

    _compiler.compile = compile_kept
    try:
        yield
    finally:
        if _compiler.compile is compile_kept:
            _compiler.compile = original
    if added:
        table.update(added)
        if len(table) > MAX_ENTRIES:  # patterns of older code: keep this run's only
            table = {key: table[key] for key in used}
        _write(folder, path, table)


def code_of(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (its steps, kept)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        [int(op) for op in code],  # its opcodes are named int subclasses: plain for marshal
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _write(folder: Path, path: Path, table: dict[tuple[str, int], Entry]) -> None:
    """Atomically (a temporary file renamed into place): a reader sees the old table or the
    new one whole.  A folder that cannot be written leaves the table as it was."""
    import tempfile  # only a run that compiled something new writes

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{_PREFIX}", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(table))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return
