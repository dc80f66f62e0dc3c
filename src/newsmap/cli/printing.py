"""Text from outside (file names, server replies, feed titles) made safe to print.

A file name or an HTTP reason phrase can hold escape sequences that recolour, move or clear
the terminal, or right-to-left overrides that make a line read backwards. Everything the
CLI prints about an input passes through `printable`, which writes such characters as
Python-style escapes (``\\x1b``, ``\\u202e``) and leaves every letter of every script alone.
"""

from __future__ import annotations

import re

#: C0 and C1 controls and DEL, the bidirectional overrides and isolates, and the Unicode
#: line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    r"""``text`` with control and direction-changing characters escaped.

    Examples
    --------
    >>> printable("evil\x1b[2Jname.txt")
    'evil\\x1b[2Jname.txt'
    >>> printable("Čačak\u202egnp.txt")
    'Čačak\\u202egnp.txt'
    """
    return _UNSAFE.sub(_escape, text)
