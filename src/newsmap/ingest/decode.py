"""Bytes to text for the encodings Western Balkan sources actually use.

Saved pages and media-monitor exports from the region come in UTF-8, Windows-1250 (Latin
Serbian/Croatian/Bosnian/Albanian on Windows), Windows-1251 (Cyrillic Serbian and Macedonian)
and ISO-8859-2.  Generic detectors often confuse the three 8-bit code pages on short texts
(they differ in a handful of byte values), and a wrong guess turns "Šabac" into "Ĺ abac".
So after UTF-8 fails we decode with each candidate and keep the one whose words look like
words of the region's languages: letters of one script, with the diacritics these languages
use, and no control characters.
"""

from __future__ import annotations

import codecs
import re

from newsmap.errors import IngestError

#: Tried in this order; on a tie the earlier one wins (Windows-1250 is the most common).
CANDIDATES: tuple[str, ...] = ("cp1250", "cp1251", "iso-8859-2")

#: Letters with diacritics used by Serbian, Croatian, Bosnian, Montenegrin, Slovene, Albanian
#: (Latin script), plus a few from names of neighbours.
_REGION_LATIN = set("čćđšžČĆĐŠŽëËçÇéÉüÜöÖäÄ")
_ASCII_PUNCT = "\"'()[]{}<>.,;:!?-–—/«»„“”‘’*%&+=#@$_"
_WS = re.compile(r"\s+")
#: Control characters that never appear in real text (tab, newlines, form feed excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f")


def _score(text: str) -> int:
    """How much a decoding looks like regional text: +2 per plausible word with non-ASCII
    letters, +1 for other single-script Latin words, -2 for mixed or symbol-laden words,
    -5 per control character."""
    score = -5 * len(_CONTROL.findall(text))
    for token in _WS.split(text):
        word = token.strip(_ASCII_PUNCT)
        if not word or word.isascii():
            continue
        letters = [ch for ch in word if not ch.isdigit()]
        if letters and all(_is_cyrillic(ch) for ch in letters):
            score += 2
        elif letters and all(ch.isascii() or ch in _REGION_LATIN for ch in letters):
            score += 2
        elif letters and all(_is_latin_letter(ch) for ch in letters):
            score += 1
        else:
            score -= 2
    return score


def looks_binary(data: bytes) -> bool:
    """A NUL byte in the first 8 KiB: no text format we read contains one."""
    return b"\x00" in data[:8192]


def decode_bytes(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Decode one input's bytes to ``str``.

    Parameters
    ----------
    data : bytes
        The raw input.
    name : str
        The input's path or URL, quoted in error messages.
    declared : str, optional
        A charset the transport declared (HTTP ``Content-Type``); trusted when it decodes.

    Raises
    ------
    IngestError
        The bytes are binary (NUL bytes, or control characters in every decoding).

    Examples
    --------
    >>> decode_bytes("Šabac".encode("cp1250"), name="x")
    'Šabac'
    >>> decode_bytes("Београд".encode("cp1251"), name="x")
    'Београд'
    """
    if looks_binary(data):
        raise IngestError(f"{name}: looks like a binary file (NUL bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_8bit(data, name)
    if _too_many_controls(text):
        raise IngestError(f"{name}: looks like a binary file (control characters), not text")
    return text


def _decode_8bit(data: bytes, name: str) -> str:
    best: tuple[int, str] | None = None
    for encoding in CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None:  # pragma: no cover - iso-8859-2 decodes every byte
        raise IngestError(f"{name}: not decodable as UTF-8, Windows-1250/1251 or ISO-8859-2")
    return best[1]


def _too_many_controls(text: str) -> bool:
    sample = text[:65536]
    return bool(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)
