"""Text from outside (file names, server replies, feed titles) made safe to print.

A file name or an HTTP reason phrase can hold escape sequences that recolour, move or clear
the terminal, or right-to-left overrides that make a line read backwards. Everything the
CLI prints about an input passes through `printable`, which writes such characters as
Python-style escapes (``\\x1b``, ``\\u202e``) and leaves every letter of every script alone.
It also hides the password of any URL it prints (a feed behind a login, a store's
``postgresql://user:password@host/db``), so a log never carries one.
"""

from __future__ import annotations

import re

#: C0 and C1 controls and DEL, the bidirectional overrides and isolates, and the Unicode
#: line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


#: ``scheme://user:password@``: the password is replaced by ``***``.
_URL_PASSWORD = re.compile(r"\b([a-z][a-z0-9+.-]*://[^\s:/@]*):[^\s@/]*@", re.IGNORECASE)


def printable(text: str) -> str:
    r"""``text`` with control and direction-changing characters escaped, URL passwords hidden.

    Examples
    --------
    >>> printable("evil\x1b[2Jname.txt")
    'evil\\x1b[2Jname.txt'
    >>> printable("Čačak\u202egnp.txt")
    'Čačak\\u202egnp.txt'
    >>> printable("postgresql://desk:hunter2@db.example.org/news: timed out")
    'postgresql://desk:***@db.example.org/news: timed out'
    """
    return _UNSAFE.sub(_escape, _URL_PASSWORD.sub(r"\1:***@", text))
