"""What the CLI makes sure of about a store before it starts any work.

SQLite creates the store file (and its ``-wal`` and ``-shm`` companions) on first use, in
whatever folder the path names. So a mistyped ``--db`` would quietly start an empty store,
``--db /dev/null`` run as root would put journal files next to the system's devices, and a
store in a read-only folder would fail only when the first tagged article is written, with
SQLite's "unable to open database file". These checks say what is wrong, once, up front.
They apply to file stores; a URL store (PostgreSQL) is checked by connecting to it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from newsmap.errors import StoreError
from newsmap.filekinds import describe_mode


def _file_location(db: str | None) -> Path | None:
    """The store's file, or None for a URL or an in-memory store."""
    from newsmap.store import resolve_location

    location = resolve_location(db)
    if "://" in location or location == ":memory:":
        return None
    return Path(location).expanduser()


def check_store_path(db: str | None) -> None:
    """Raise StoreError when the store's path exists but is not a regular file."""
    path = _file_location(db)
    if path is None:
        return
    try:
        mode = path.stat().st_mode  # a link to a store file is fine: SQLite follows it
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as exc:
        raise StoreError(f"cannot use store {str(path)!r}: {exc.strerror}") from exc
    if not stat.S_ISREG(mode):
        raise StoreError(
            f"cannot use {str(path)!r} as the store: it is {describe_mode(mode)}, not a store "
            "file; point --db (or $NEWSMAP_DB) at a file"
        )


def require_store(db: str | None) -> None:
    """Raise StoreError when a file store does not exist (commands that only read)."""
    path = _file_location(db)
    if path is not None and not path.is_file():
        raise StoreError(
            f"there is no article store at {str(path)!r}; add articles with `newsmap ingest` "
            "first, or point --db (or $NEWSMAP_DB) at an existing store"
        )


def _read_only_reason(folder: Path) -> str:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "it is on a read-only file system"
    except OSError:
        pass
    return "permission denied"


def require_writable_store(db: str | None) -> None:
    """Raise StoreError when a file store (or the folder it would be created in, which
    also holds its journal) cannot be written (commands that store articles)."""
    path = _file_location(db)
    if path is None:
        return
    folder = path.resolve().parent
    if not folder.is_dir():
        raise StoreError(f"cannot create store {str(path)!r}: folder {str(folder)!r} is missing")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(
            f"cannot write to the store {str(path)!r}: its folder {str(folder)!r} cannot be "
            f"written ({_read_only_reason(folder)}); SQLite keeps its journal beside the store"
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreError(
            f"cannot write to the store {str(path)!r}: the file is read-only "
            f"({_read_only_reason(folder)})"
        )
