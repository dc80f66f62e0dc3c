"""The prepared-gazetteer cache: a built gazetteer pickled once, loaded in a fraction of a build.

Building the gazetteer (reading data/geo, generating case forms, working out the per-key
shortcuts) takes most of a second; unpickling the finished tables takes a tenth of that, so
``Gazetteer.from_path`` keeps one pickle per build in the user's cache folder.  A pickle is
named by a fingerprint of everything the build reads: the bytes of the data/geo files, the
source of the geotag modules and of ``model`` (the rules that turn rows into tables), the
Python and pyahocorasick versions, and the compiled build running (``newsmap.native``).  Any
change to the data or the code gives another name, so a stale pickle is never read; it is
simply left behind (``_prune`` removes old ones).  The code is taken as this process found it
on import (``_Code``): a build after its sources were edited on disk is not stored, since no
name fits a gazetteer built by code that is no longer on the disk.

The cache is only an optimisation: a folder that cannot be written (a read-only home, a
sandbox), a file that cannot be read or unpickled, or ``NEWSMAP_CACHE_DIR=off`` all fall back
to building in memory, with the same result.  Pickles are read only from the user's own cache
folder (``$NEWSMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsmap``, else ``~/.cache/newsmap``),
which is created private to the user.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsmap import native
from newsmap.geotag.entries import Candidate
from newsmap.resources import CACHE_DIR_ENV, cache_dir

__all__ = ["CACHE_DIR_ENV", "cache_dir", "fingerprint", "load_or_build"]

#: The data/geo files the build reads, in the order they are hashed (absent optional layers
#: are hashed as absent).
DATA_FILES = (
    "countries.csv",
    "places.csv",
    "aliases.csv",
    "admin1.geojson",
    "groups.geojson",
    "case_form_clashes.txt",
    "state_adjectives.csv",
)
#: Bump to orphan every existing pickle when the pickled layout itself changes.
LAYOUT = 2
_PREFIX = "gazetteer-"
_KEEP = 4  # pickles kept per folder (several checkouts or data sets may share one)
#: Immutable value types written once per distinct value: the gazetteer holds about five
#: times as many ``Candidate`` objects as distinct ones (each key, case form and support
#: table has its own), and unpickling builds each through its frozen ``__init__``; shared,
#: the load takes about a third less time.  Nothing reads them by identity.
_INTERNED: tuple[type, ...] = (Candidate,)


def fingerprint(geo: Path) -> str | None:
    """A digest of the build's inputs, or None when a required data file is missing (the
    build then raises its own error naming the file)."""
    # the build (compiled or not) is part of it: a pickle is read only by the code that wrote it
    head = f"layout {LAYOUT}\n{sys.version}\n{_ahocorasick_version()}\n{native.build_id()}\n"
    h = hashlib.sha256(head.encode())
    for name in DATA_FILES:
        try:
            data = (geo / name).read_bytes()
        except FileNotFoundError:
            if name.endswith(".csv"):
                return None
            data = b"<absent>"
        except OSError:
            return None
        h.update(f"\n{name} {len(data)}\n".encode())
        h.update(data)
    code = _code_digest()
    if code is None:
        return None  # the code changed on disk since this process took it in: no label fits
    h.update(code.encode())
    return h.hexdigest()[:32]


def _code_files() -> list[Path]:
    here = Path(__file__).resolve().parent
    return sorted(here.glob("*.py")) + [here.parent / "model.py"]


class _Code:
    """The code this process runs, as it was when first asked (at import): its files' sizes,
    times and inodes, and, once a fingerprint needs it, the digest of their bytes.

    A long process (a test run) whose sources are edited on disk meanwhile still runs the code
    it imported; a digest taken from the disk at the time of a later build would label that
    build's pickle with code it never ran, and a fresh process of the new code would read it.
    So the digest is taken once, and only while the files are still as first found."""

    def __init__(self) -> None:
        import time

        self.taken_ns = time.time_ns()
        self.files = _code_files()
        self.newest_ns = 0  # the latest modification or change time among them
        self.stats: tuple[str, ...] | None = _file_stats(self.files, self)
        self.digest: str | None = None


def _file_stats(files: list[Path], code: _Code | None = None) -> tuple[str, ...] | None:
    """Each file's path, size, times and inode (its bytes unread), or None when one cannot be
    read; a file that is absent counts as such.  ``code`` is told the newest time seen."""
    out: list[str] = []
    for path in files:
        name = os.path.abspath(path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            out.append(f"{name} absent")
            continue
        except OSError:
            return None
        if code is not None:
            code.newest_ns = max(code.newest_ns, st.st_mtime_ns, st.st_ctime_ns)
        times = f"{st.st_mtime_ns} {st.st_ctime_ns}"
        out.append(f"{name} {st.st_size} {times} {st.st_ino} {st.st_dev}")
    return tuple(out)


def _remember_code() -> None:
    """Take the code's state now (done at import; a test calls it again for a fresh process)."""
    global _code
    _code = _Code()


def _code_unchanged() -> bool:
    """Whether the code files are still as this process first found them."""
    return _code.stats is not None and _file_stats(_code.files) == _code.stats


def _code_digest() -> str | None:
    """The digest of the code as first found, or None when it changed on disk since (its bytes
    are no longer there to hash)."""
    if _code.digest is None:
        h = hashlib.sha256()
        for path in _code.files:
            h.update(f"\n{path.name}\n".encode())
            try:
                h.update(path.read_bytes())
            except FileNotFoundError:
                h.update(b"<absent>")
            except OSError:
                return None
        # read after the state was taken: the bytes are those of that state only if it holds
        if not _code_unchanged():
            return None
        _code.digest = h.hexdigest()
    return _code.digest


_code = _Code()


def _ahocorasick_version() -> str:
    """The pyahocorasick extension in use, by a digest of its file: ``importlib.metadata``'s
    version lookup imports e-mail parsing, zip and CSV readers and more (a tenth of the whole
    start-up of ``newsmap analyze``), where reading the file takes well under a millisecond."""
    import ahocorasick

    where = getattr(ahocorasick, "__file__", None)
    try:
        return "unknown" if where is None else hashlib.sha256(Path(where).read_bytes()).hexdigest()
    except OSError:
        return "unknown"


def load_or_build(geo: Path, build: Callable[[], Any]) -> Any:
    """The gazetteer of ``geo`` from its pickle when one matches, else ``build()`` (stored
    for next time when the cache folder can be written)."""
    folder = cache_dir()
    digest = remembered_fingerprint(folder, geo) if folder is not None else None
    if folder is None or digest is None:
        with _collector_paused():
            return build()
    path = folder / f"{_PREFIX}{digest}.pickle"
    found = _read(path)
    if found is not None:
        return found
    with _collector_paused():
        built = build()
    if _code_unchanged():  # the build's own modules are imported by it, from the disk as it is
        _write(folder, path, built)
    return built


#: Recent fingerprints by the size, modification time and identity of every input file
#: (``_signature``): a run whose inputs are as an earlier run found them reads none of their
#: 5 MB (hashing them was a tenth of the start-up).  Size and modification time are what
#: CPython trusts to reuse a module's bytecode; the change time and inode are added.
_MEMO = "fingerprints.txt"
_MEMO_KEEP = 8
#: A file modified less than this long ago is hashed, never vouched for by its times: an
#: edit within the same tick of the file system's clock would leave them as they were.
_SETTLED_NS = 2_000_000_000


def remembered_fingerprint(folder: Path, geo: Path) -> str | None:
    """``fingerprint(geo)``, from the memo in ``folder`` when no input changed since."""
    signature = _signature(geo)
    memo = _read_memo(folder)
    if signature is not None and signature in memo:
        return memo[signature]
    digest = fingerprint(geo)
    if signature is not None and digest is not None:
        memo.pop(signature, None)
        memo[signature] = digest
        _write_memo(folder, dict(list(memo.items())[-_MEMO_KEEP:]))
    return digest


def _signature(geo: Path) -> str | None:
    """A digest of every input's path, size, times and inode (not its bytes), or None when
    one cannot be read or was modified just now."""
    import time

    import ahocorasick

    # the code by its state as this process first found it (``_Code``), the data as it is now
    files = [geo / name for name in DATA_FILES]
    where = getattr(ahocorasick, "__file__", None)
    if where is None or _code.stats is None or _code.taken_ns - _code.newest_ns < _SETTLED_NS:
        return None
    files.append(Path(where))
    h = hashlib.sha256(f"layout {LAYOUT}\n{sys.version}\n{native.build_id()}\n".encode())
    h.update("\n".join(_code.stats).encode())
    now = time.time_ns()
    for path in files:
        name = os.path.abspath(path)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            h.update(f"{name} absent\n".encode())
            continue
        except OSError:
            return None
        if now - st.st_mtime_ns < _SETTLED_NS or now - st.st_ctime_ns < _SETTLED_NS:
            return None
        times = f"{st.st_mtime_ns} {st.st_ctime_ns}"
        h.update(f"{name} {st.st_size} {times} {st.st_ino} {st.st_dev}\n".encode())
    return h.hexdigest()[:32]


def _read_memo(folder: Path) -> dict[str, str]:
    try:
        text = (folder / _MEMO).read_text(encoding="ascii")
    except (OSError, ValueError):
        return {}
    memo: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2:
            memo[parts[0]] = parts[1]
    return memo


def _write_memo(folder: Path, memo: dict[str, str]) -> None:
    import tempfile

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".fingerprints-", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write("".join(f"{k} {v}\n" for k, v in memo.items()))
            os.replace(tmp, folder / _MEMO)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading or building makes hundreds of thousands of objects that all live on; the
    collections their creation triggers would walk them again and again (three quarters of
    an unpickling's time, an eighth of a build's)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read(path: Path) -> Any | None:
    try:
        with open(path, "rb") as fh, _collector_paused():
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a damaged or foreign pickle is rebuilt, never fatal
        return None


def _write(folder: Path, path: Path, value: Any) -> None:
    """Write atomically (a temporary file renamed into place), so a reader running at the same
    time sees the old state or the whole new pickle, never half of one."""
    import tempfile  # only a writer needs it; most runs only read

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                _InterningPickler(fh).dump(value)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(folder, keep=path)
    except OSError:
        return  # a read-only or full disk: the gazetteer built in memory serves as it is


class _InterningPickler(pickle.Pickler):
    """Writes an equal ``_INTERNED`` value once and refers back to it after that, and each
    named tuple as a tuple of its class (``tuple.__new__``)."""

    def __init__(self, fh: Any) -> None:
        super().__init__(fh, protocol=pickle.HIGHEST_PROTOCOL)
        self._first: dict[Any, Any] = {}

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, tuple) and _plain_named_tuple(type(obj)):
            # a named tuple loads through its class's ``__new__``, a Python function; the
            # tuple's own makes the same object in C (5,600 of them: the keys' winners, the
            # side words)
            return (_tuple_new, (type(obj), tuple(obj)))
        if type(obj) in _INTERNED:
            first = self._first.setdefault(obj, obj)
            if first is not obj:
                # the first one is in the pickle's memo already: a back reference, and the
                # loader's ``min`` of a one-item tuple hands that same object back
                return (min, ((first,),))
        return NotImplemented


_tuple_new = tuple.__new__


def _plain_named_tuple(cls: type) -> bool:
    """Whether ``cls`` is a named tuple whose ``__new__`` is the one ``namedtuple`` writes
    (which only hands its arguments to ``tuple.__new__``)."""
    fields = getattr(cls, "_fields", None)
    doc = getattr(cls.__new__, "__doc__", None)
    return (
        cls is not tuple
        and isinstance(fields, tuple)
        and doc == f"Create new instance of {cls.__name__}({', '.join(fields)})"
    )


def _prune(folder: Path, keep: Path) -> None:
    """Remove all but the newest few pickles: each data or code change leaves one behind."""
    old = sorted(
        (p for p in folder.glob(f"{_PREFIX}*.pickle") if p != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for p in old[_KEEP - 1 :]:
        p.unlink(missing_ok=True)
