"""Bytes to text, decided once per input from all of its bytes, in this order.

1. A byte-order mark names the encoding (UTF-8, UTF-16 little- or big-endian).
2. UTF-16 without a mark is told by its NUL bytes on every other position (Windows
   "Unicode" exports), checked by decoding the start of the file.
3. Any other NUL byte near the start means binary: no text format we read holds one.
4. A charset the transport declared (HTTP ``Content-Type``) is trusted when it decodes.
5. Strict UTF-8: most files.
6. UTF-8 with a few bad bytes (a copy cut mid-letter, one stray Windows-1250 byte in an
   otherwise UTF-8 file) is read as UTF-8 with those bytes replaced by U+FFFD, and the
   reader is told how many, so "Šabac" stays "Šabac" around them...
7. ...unless the whole input reads better in one of the region's legacy code pages
   (Windows-1250 for Latin Serbian, Croatian, Bosnian, Albanian on Windows; Windows-1251 for
   Cyrillic Serbian and Macedonian; ISO-8859-2): fewer unreadable bytes over the whole
   input *and* words that look like the region's words (letters of one script, with the
   diacritics these languages use, no control characters).

Generic detectors get exactly these code pages wrong on short texts (they differ in a
handful of byte values): charset-normalizer 3.5 reads ISO-8859-2 Latin Serbian as
Windows-1250 ("Đaci iz Šapca" loses its letters) and gives no answer for "Šabac" alone, so
the choice among the three is made by the word test below, and the library is not used.

Inputs are read in chunks (`detect` takes a function that yields them, called once or
twice), so a 200 MB JSON Lines file is decided without holding it in memory.
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import BinaryIO

from newsmap.errors import IngestError

#: Tried in this order; on a tie the earlier one wins (Windows-1250 is the most common).
CANDIDATES: tuple[str, ...] = ("cp1250", "cp1251", "iso-8859-2")
#: How much decoded text the word test reads (the unreadable-byte count covers everything).
SCORE_SAMPLE_CHARS = 2_000_000
#: Bytes looked at to recognise UTF-16 without a mark, and binary data.
HEAD_BYTES = 8192

#: Letters with diacritics used by Serbian, Croatian, Bosnian, Montenegrin, Slovene, Albanian
#: (Latin script), plus a few from names of neighbours.
_REGION_LATIN = set("čćđšžČĆĐŠŽëËçÇéÉüÜöÖäÄ")
_ASCII_PUNCT = "\"'()[]{}<>.,;:!?-–—/«»„“”‘’*%&+=#@$_"
#: Words holding at least one non-ASCII character: the only ones the encodings disagree on.
_NON_ASCII_WORD = re.compile(r"[^\s]*[^\x00-\x7f][^\s]*")
#: Control characters that never appear in real text (tab, newlines, form feed excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
#: What Python's ``surrogateescape`` makes of a byte that is not valid UTF-8.
_ESCAPED = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Decoding:
    """How to turn one input's bytes into text, and what that costs.

    ``replaced`` counts the bytes that are not valid in ``encoding`` and are read as U+FFFD
    (``errors == "replace"``); the reader reports them once per input.
    """

    encoding: str
    errors: str = "strict"
    replaced: int = 0

    def decode(self, data: bytes) -> str:
        """The whole text of ``data``."""
        return data.decode(self.encoding, self.errors)

    def text_stream(self, raw: BinaryIO) -> io.TextIOWrapper:
        """A text reader over ``raw`` (line endings kept, as the csv module wants)."""
        return io.TextIOWrapper(raw, encoding=self.encoding, errors=self.errors, newline="")

    def notice(self) -> str | None:
        """The warning for replaced bytes, or None when every byte was read."""
        if not self.replaced:
            return None
        what = "UTF-8" if self.encoding.startswith("utf-8") else self.encoding
        one = self.replaced == 1
        return (
            f"{self.replaced} byte{'' if one else 's'} that {'is' if one else 'are'} not valid "
            f"{what} {'was' if one else 'were'} replaced by U+FFFD; the rest was read"
        )


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f")


def _score(text: str) -> int:
    """How much a decoding looks like regional text: +2 per plausible word with non-ASCII
    letters, +1 for other single-script Latin words, -2 for mixed or symbol-laden words
    (U+FFFD included), -5 per control character."""
    score = -5 * len(_CONTROL.findall(text))
    for token in _NON_ASCII_WORD.findall(text):
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


@dataclass
class _Reading:
    """One encoding's reading of the whole input: unreadable bytes, a sample, a score."""

    encoding: str
    bad: int = 0
    sample: str = ""

    @property
    def score(self) -> int:
        return _score(self.sample)


def _read_all(encoding: str, chunks: Iterable[bytes]) -> _Reading:
    """Decode every chunk, counting the bytes ``encoding`` cannot read."""
    reading = _Reading(encoding)
    utf8 = encoding in ("utf-8", "utf-8-sig")
    decoder = codecs.getincrementaldecoder(encoding)("surrogateescape" if utf8 else "replace")
    parts: list[str] = []
    kept = 0
    for chunk in itertools.chain(chunks, (b"",)):
        text = decoder.decode(chunk, final=not chunk)
        if utf8:
            if _ESCAPED.search(text):
                reading.bad += len(_ESCAPED.findall(text))
                text = _ESCAPED.sub("\ufffd", text)
        else:
            reading.bad += text.count("\ufffd")
        if kept < SCORE_SAMPLE_CHARS:
            parts.append(text[: SCORE_SAMPLE_CHARS - kept])
            kept += len(parts[-1])
    reading.sample = "".join(parts)
    return reading


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs fill one byte position of each pair and the start
    decodes to text; None otherwise (binary data has NULs on both positions)."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 2:
        return None
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd >= 0.1 * len(odd) and zeros_even <= 0.02 * len(even):
        candidate = "utf-16-le"
    elif zeros_even >= 0.1 * len(even) and zeros_odd <= 0.02 * len(odd):
        candidate = "utf-16-be"
    else:
        return None
    try:
        text = codecs.getincrementaldecoder(candidate)("strict").decode(head, final=False)
    except UnicodeDecodeError:
        return None
    return None if _too_many_controls(text) else candidate


def _from_mark(head: bytes) -> Decoding | None:
    if head.startswith(codecs.BOM_UTF8):
        return Decoding("utf-8-sig")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoding("utf-16")  # the codec reads the mark and drops it
    utf16 = _utf16_without_bom(head)
    return Decoding(utf16) if utf16 else None


def detect(
    chunks: Callable[[], Iterable[bytes]], *, name: str, declared: str | None = None
) -> Decoding:
    """Decide how to decode one input whose bytes ``chunks()`` yields (callable twice).

    Raises
    ------
    IngestError
        The bytes are binary (NUL bytes, or control characters in every reading).
    """
    head = b""
    for chunk in chunks():
        head += chunk[: HEAD_BYTES - len(head)]
        if len(head) >= HEAD_BYTES:
            break
    marked = _from_mark(head)
    if marked is not None:
        bad = _read_all(marked.encoding, chunks()).bad
        return Decoding(marked.encoding, "replace", bad) if bad else marked
    if b"\x00" in head:
        raise IngestError(f"{name}: looks like a binary file (NUL bytes), not text")
    if declared and _declared_reads(declared, chunks):
        return Decoding(declared)
    utf8 = _read_all("utf-8", chunks())
    if _too_many_controls(utf8.sample):
        raise IngestError(f"{name}: looks like a binary file (control characters), not text")
    if not utf8.bad:
        return Decoding("utf-8")
    best = _best_legacy(chunks, than=utf8)
    if best is not None:
        return Decoding(best.encoding, "replace" if best.bad else "strict", best.bad)
    return Decoding("utf-8", "replace", utf8.bad)


def _declared_reads(declared: str, chunks: Callable[[], Iterable[bytes]]) -> bool:
    try:
        decoder = codecs.getincrementaldecoder(declared)("strict")
        for chunk in itertools.chain(chunks(), (b"",)):
            decoder.decode(chunk, final=not chunk)
    except (LookupError, UnicodeDecodeError):
        return False
    return True


def _best_legacy(chunks: Callable[[], Iterable[bytes]], *, than: _Reading) -> _Reading | None:
    """The legacy reading with fewer unreadable bytes and better words than ``than``."""
    best: _Reading | None = None
    floor = than.score
    for encoding in CANDIDATES:
        reading = _read_all(encoding, chunks())
        if reading.bad >= than.bad or _too_many_controls(reading.sample):
            continue
        score = reading.score
        if score > floor:
            best, floor = reading, score
    return best


def _too_many_controls(text: str) -> bool:
    sample = text[:65536]
    return bool(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def decode_report(data: bytes, *, name: str, declared: str | None = None) -> tuple[str, Decoding]:
    """Decode one input held in memory; also return the decision (for its notice)."""
    decoding = detect(lambda: (data,), name=name, declared=declared)
    return decoding.decode(data), decoding


def decode_bytes(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Decode one input's bytes to ``str`` (see the module docstring for the order).

    Raises
    ------
    IngestError
        The bytes are binary (NUL bytes, or control characters in every reading).

    Examples
    --------
    >>> decode_bytes("Šabac".encode("cp1250"), name="x")
    'Šabac'
    >>> decode_bytes("Београд".encode("cp1251"), name="x")
    'Београд'
    >>> decode_bytes("Šabac i Niš".encode("utf-16"), name="x")
    'Šabac i Niš'
    """
    return decode_report(data, name=name, declared=declared)[0]
