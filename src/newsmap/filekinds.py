"""What a path on the file system is, in words, for messages that refuse it.

Ingest reads, and export and the store write, only regular files (and folders where a
folder is asked for); everything else (a FIFO, a device, a socket) is refused by name.
"""

from __future__ import annotations

import stat


def describe_mode(mode: int) -> str:
    """``st_mode`` as a noun phrase: "a FIFO (named pipe)", "a character device", ...

    Examples
    --------
    >>> describe_mode(stat.S_IFCHR | 0o666)
    'a character device'
    """
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISREG(mode):
        return "a regular file"
    return "not a regular file"
