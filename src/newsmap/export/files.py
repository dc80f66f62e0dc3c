"""Writing export files: whole or not at all, and only ever over a regular file.

Every export is written to a temporary name in the target folder and then renamed into
place: a reader (a mail client attaching the file, a browser opening it) sees the old file
or the whole new one, never a torn one.

A rename replaces whatever the name pointed at. Run as root, ``-o /dev/null`` would have put
a regular file where the system's null device was, and a symbolic link planted in a shared
folder could make an export overwrite a file anywhere. So the target must be a new name or
a regular file; a symbolic link is followed only to a regular file (or a new name) in the
same folder, and the file it points at is replaced, the link kept. Anything else (a device,
a FIFO, a socket, a link out of the folder) is refused with what it is; the type is checked
again just before the rename.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from newsmap.errors import ExportError
from newsmap.filekinds import describe_mode


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return path.lstat()
    except (FileNotFoundError, NotADirectoryError):  # the folder check names the problem
        return None
    except OSError as exc:
        raise ExportError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc


def _follow_link(target: Path) -> Path:
    """Where a symbolic link in the named folder leads, if it stays in that folder."""
    resolved = target.resolve()
    if resolved.parent != target.parent.resolve():
        raise ExportError(
            f"cannot write {str(target)!r}: it is a symbolic link to {str(resolved)!r}, "
            "outside its folder; newsmap does not follow links out of the folder it is given"
        )
    return resolved


def check_target(path: str | os.PathLike[str], *, folder: bool = False) -> Path:
    """The path to write (a link's target in the same folder), or a clear ExportError
    before any work is done.

    Parameters
    ----------
    folder : bool
        The export writes a folder (CSV without ``.zip``): it may exist as a folder.
    """
    target = Path(path).expanduser()
    info = _lstat(target)
    if info is not None and stat.S_ISLNK(info.st_mode):
        target = _follow_link(target)
        info = _lstat(target)
    parent = target.parent
    if info is not None and stat.S_ISDIR(info.st_mode) and not folder:
        raise ExportError(f"cannot write {str(target)!r}: it is a folder; give a file name")
    if info is not None and folder and not stat.S_ISDIR(info.st_mode):
        raise ExportError(f"cannot write folder {str(target)!r}: a file of that name exists")
    if info is not None and not stat.S_ISDIR(info.st_mode) and not stat.S_ISREG(info.st_mode):
        raise ExportError(
            f"cannot write {str(target)!r}: it is {describe_mode(info.st_mode)}, not a regular "
            "file; newsmap only replaces regular files, so give a new file name"
        )
    if not parent.is_dir():
        raise ExportError(
            f"cannot write {str(target)!r}: folder {str(parent)!r} does not exist; create it "
            "or choose another output path"
        )
    if not os.access(parent, os.W_OK | os.X_OK) or (
        info is not None and not os.access(target, os.W_OK)
    ):
        raise ExportError(
            f"cannot write {str(target)!r}: permission denied; choose a folder you can write to"
        )
    return target


def _still_replaceable(target: Path) -> None:
    """The last check before the rename: the name is still new or a regular file."""
    info = _lstat(target)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise ExportError(
            f"cannot write {str(target)!r}: it became {describe_mode(info.st_mode)} while the "
            "export was written; nothing was replaced"
        )


def write_atomic(target: Path, write: Callable[[io.BufferedWriter], object]) -> Path:
    """Write through a temporary file in the same folder, then rename it into place."""
    target = check_target(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, 0o644)
        _still_replaceable(target)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_bytes(target: Path, blob: bytes) -> Path:
    """`write_atomic` for content already in memory."""
    return write_atomic(target, lambda fh: fh.write(blob))
