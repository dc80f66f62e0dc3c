"""Writing export files so that a failed export never leaves half a file behind.

Every export is written to a temporary name in the target folder and then renamed into
place: a reader (a mail client attaching the file, a browser opening it) sees the old file
or the whole new one, never a torn one.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from newsmap.errors import ExportError


def check_target(path: str | os.PathLike[str], *, folder: bool = False) -> Path:
    """The output path, or a clear ExportError before any work is done.

    Parameters
    ----------
    folder : bool
        The export writes a folder (CSV without ``.zip``): it may exist as a folder.
    """
    target = Path(path).expanduser()
    parent = target.parent
    if target.is_dir() and not folder:
        raise ExportError(f"cannot write {str(target)!r}: it is a folder; give a file name")
    if target.exists() and folder and not target.is_dir():
        raise ExportError(f"cannot write folder {str(target)!r}: a file of that name exists")
    if not parent.is_dir():
        raise ExportError(
            f"cannot write {str(target)!r}: folder {str(parent)!r} does not exist; create it "
            "or choose another output path"
        )
    if not os.access(parent, os.W_OK | os.X_OK) or (
        target.exists() and not os.access(target, os.W_OK)
    ):
        raise ExportError(
            f"cannot write {str(target)!r}: permission denied; choose a folder you can write to"
        )
    return target


def write_atomic(target: Path, write: Callable[[io.BufferedWriter], object]) -> Path:
    """Write through a temporary file in the same folder, then rename it into place."""
    check_target(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, 0o644)
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
