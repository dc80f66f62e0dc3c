"""Folding: the one spelling under which text and names are compared.

Lower case, diacritics dropped, Serbian and Macedonian Cyrillic transliterated to Latin, and
every character that is not a letter or a digit turned into a space, so that one key matches
"Priština", "Pristina", "PRIŠTINA" and "Приштина".  Almost every character folds to exactly one
character, so a folded index is usually the original index; ``folded_length`` says where it is
not.  The automaton over folded keys is ``newsmap.geotag.matcher``.
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic letters (lower case) to the Latin spelling used in Serbian/Macedonian Latin script,
# already folded (no diacritics).  Russian/Ukrainian/Bulgarian extras fold to a close letter.
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "ђ": "d",
    "е": "e",
    "ж": "z",
    "з": "z",
    "и": "i",
    "ј": "j",
    "к": "k",
    "л": "l",
    "љ": "lj",
    "м": "m",
    "н": "n",
    "њ": "nj",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "ћ": "c",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "c",
    "џ": "dz",
    "ш": "s",
    "ѓ": "g",
    "ќ": "k",
    "ѕ": "z",
    "й": "j",
    "ы": "y",
    "э": "e",
    "ю": "ju",
    "я": "ja",
    "ё": "e",
    "є": "e",
    "і": "i",
    "ї": "i",
    "щ": "sc",
    "ъ": "a",
    "ь": "j",
    "ґ": "g",
    "ў": "u",
}
# Latin letters that NFD does not decompose into base + accent.
_LATIN_SPECIAL = {
    "đ": "d",
    "ł": "l",
    "ø": "o",
    "ß": "s",
    "æ": "a",
    "œ": "o",
    "ı": "i",
    "ħ": "h",
    "þ": "t",
    "ð": "d",
    "ŀ": "l",
    "ŧ": "t",
}


def _fold_char(ch: str) -> str:
    """Fold one character; the result is never empty, so no character disappears."""
    if not ch.isalnum():
        return " "
    low = ch.lower()[:1] or ch
    if low in _CYRILLIC:
        return _CYRILLIC[low]
    if low in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[low]
    base = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    return base[:1] or low


def _build_table() -> tuple[dict[int, str], frozenset[str]]:
    table: dict[int, str] = {}
    wide: set[str] = set()
    ranges = [(0, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x3000, 0x3001)]
    for lo, hi in ranges:
        for code in range(lo, hi):
            ch = chr(code)
            folded = _fold_char(ch)
            if folded != ch:
                table[code] = folded
            if len(folded) != 1:
                wide.add(ch)
    return table, frozenset(wide)


FOLD_TABLE, _WIDE_CHARS = _build_table()
WIDE_RE = re.compile("[" + "".join(sorted(_WIDE_CHARS)) + "]")
# The ASCII part of the table as a bytes table: bytes.translate runs at memory speed, while
# str.translate with a dict costs a dict lookup per character once a text holds one non-ASCII
# character (a dash, a "č"), which made folding the most expensive step of tagging.
_ASCII_BYTES = bytes(ord(FOLD_TABLE.get(b, chr(b))) if b < 128 else ord(" ") for b in range(256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: Folded non-ASCII runs ("č", "–", a Cyrillic word): the same few recur across texts, and a
#: dictionary hit is cheaper than ``str.translate`` with a dictionary table.
_RUN_FOLDS: dict[str, str] = {}
_RUN_FOLDS_MAX = 50_000


def _codepage_table(codec: str) -> tuple[bytes, tuple[tuple[str, str], ...]]:
    """A bytes table that folds text encoded in a one-byte ``codec``, and the letters that fold
    to two characters, each written as a control byte (which nothing else folds to: every
    control character folds to a space) to be spelt out after decoding."""
    table = bytearray(range(256))
    wide: list[tuple[str, str]] = []
    for byte in range(256):
        try:
            ch = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            continue  # a byte the codec never writes
        folded = FOLD_TABLE.get(ord(ch), ch)
        if len(folded) != 1:
            marker = chr(len(wide) + 1)
            wide.append((marker, folded))
            folded = marker
        table[byte] = folded.encode(codec)[0]
    return bytes(table), tuple(wide)


#: The one-byte code pages of the region's text: Central European Latin (č, ć, š, ž, đ, ë, ç)
#: and Cyrillic (ђ, ћ, љ, њ, џ, ѓ, ќ, ѕ), both with the typographic quotes and dashes of news.
_CODEPAGES = tuple((codec, *_codepage_table(codec)) for codec in ("cp1250", "cp1251"))


def fold(text: str) -> str:
    """Fold a name or a text for matching (see the module docstring).

    An ASCII text goes through a bytes table, at memory speed (``str.translate`` with a
    dictionary costs a lookup per character); one with few other characters through the same
    table, those patched in (``_fold_sparse``); one that a region's code page can hold is
    encoded in it and folded through a bytes table too; otherwise its ASCII runs go through a
    bytes table and only the other runs are folded character by character.  Every way folds
    each character to the same string.

    >>> fold("Priština, Kosovo's")
    'pristina  kosovo s'
    >>> fold("Љубљана")
    'ljubljana'
    """
    if len(text) < 48:
        return text.translate(FOLD_TABLE)
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_BYTES).decode("ascii")
    sparse = _fold_sparse(text)
    if sparse is not None:
        return sparse
    for codec, table, wide in _CODEPAGES:
        try:
            raw = text.encode(codec)
        except UnicodeEncodeError:
            continue
        folded = raw.translate(table).decode(codec)
        for marker, spelt in wide:
            if marker in folded:
                folded = folded.replace(marker, spelt)
        return folded
    if "\n" in text:
        # Two scripts in one text (a Cyrillic report quoting a Latin one, a bilingual page)
        # are seldom two scripts in one line: line by line, most lines still take the bytes
        # table, where the whole text went character run by run (1.7 times as slow on the
        # benchmark's joined articles).  A line break folds to a blank, as every one does.
        return " ".join(map(fold, text.split("\n")))
    return _fold_by_runs(text)


#: A text whose characters are one in eight or fewer outside ASCII (English news: quotes,
#: dashes, a name's "č") is folded from its ASCII spelling, each other character patched in
#: (``_fold_sparse``); a denser one through a code page.
_SPARSE_SHARE = 8
#: How much of a text's opening is looked at first (each character outside ASCII is at least
#: two bytes of UTF-8, so the bytes beyond one a character count at least those).
_PROBE = 256
#: How much of a text's opening is looked at first (each character outside ASCII is at least
#: two bytes of UTF-8, so the bytes beyond one a character count at least those).
_PROBE = 256


def _fold_sparse(text: str) -> str | None:
    """``fold(text)`` for a text with few characters outside ASCII, or None for another.

    The ASCII encoder writes "?" for each character it cannot write, and "?" folds to a blank
    as every other sign does: the ASCII table folds the text but for the letters (and digits)
    outside ASCII, which are found by their "?" and spelt in from ``FOLD_TABLE``.  The code
    pages cost about sixty instructions a character; this, a few, and some hundred for each
    character outside ASCII.
    """
    head = text[:_PROBE]
    if (len(head.encode("utf-8", "surrogatepass")) - len(head)) * _SPARSE_SHARE > len(head):
        return None  # it opens densely (Cyrillic, say): spared the count below
    head = text[:_PROBE]
    if (len(head.encode("utf-8", "surrogatepass")) - len(head)) * _SPARSE_SHARE > len(head):
        return None  # it opens densely (Cyrillic, say): spared the count below
    raw = text.encode("ascii", "replace")
    marks = raw.count(b"?")
    if (marks - text.count("?")) * _SPARSE_SHARE > len(text):
        return None
    folded = raw.translate(_ASCII_BYTES).decode("ascii")
    parts: list[str] = []
    table = FOLD_TABLE
    pos = 0
    at = raw.find(b"?")
    while at >= 0:
        ch = text[at]
        if ch != "?":
            spelt = table.get(ord(ch), ch)
            if spelt != " ":
                parts.append(folded[pos:at])
                parts.append(spelt)
                pos = at + 1
        at = raw.find(b"?", at + 1)
    if not parts:
        return folded
    parts.append(folded[pos:])
    return "".join(parts)


def _fold_by_runs(text: str) -> str:
    """``fold`` for a text of any script: ASCII runs through a bytes table, the others (a few
    per article) character by character."""
    # errors="replace" writes one "?" per non-ASCII character, so positions are kept.
    ascii_folded = text.encode("ascii", "replace").translate(_ASCII_BYTES).decode("ascii")
    parts: list[str] = []
    append = parts.append
    runs = _RUN_FOLDS
    pos = 0
    for m in _NON_ASCII.finditer(text):
        start, end = m.span()
        append(ascii_folded[pos:start])
        run = m.group()
        folded = runs.get(run)
        if folded is None:
            if len(runs) >= _RUN_FOLDS_MAX:
                runs.clear()
            folded = runs[run] = run.translate(FOLD_TABLE)
        append(folded)
        pos = end
    if not parts:
        return ascii_folded
    parts.append(ascii_folded[pos:])
    return "".join(parts)


#: Cyrillic letters to Latin with their case kept, for the short names that must be spelt
#: exactly: "БиХ" is "BiH", "САД" is "SAD", "РС" is "RS".
_TO_LATIN = {ord(c): v for c, v in _CYRILLIC.items()} | {
    ord(c.upper()): v[:1].upper() + v[1:] for c, v in _CYRILLIC.items() if c.upper() != c
}


def spelt_as(surface: str, exact: str) -> bool:
    """Whether ``surface`` is the case-sensitive short name ``exact`` (dots aside), in Latin
    or in Cyrillic letters.

    >>> spelt_as("БиХ", "BiH"), spelt_as("B.i.H.", "BiH"), spelt_as("бих", "BiH")
    (True, True, False)
    """
    written = surface.replace(".", "")
    wanted = exact.replace(".", "")
    return written == wanted or written.translate(_TO_LATIN) == wanted


def folded_length(text: str) -> int:
    """``len(fold(text))`` without folding: only letters like "љ" fold to two characters.

    Folding is character by character, so ``fold(text[:n])`` is the first
    ``folded_length(text[:n])`` characters of ``fold(text)``.
    """
    extra = 0
    for ch in WIDE_RE.findall(text):
        extra += len(FOLD_TABLE[ord(ch)]) - 1
    return len(text) + extra


def fold_key(name: str) -> str:
    """Fold a name into its automaton key, padded with one space on each side.

    Whitespace in the name is normalised first; punctuation folds to spaces exactly as it
    does in the text, so "Bosnia & Herzegovina" matches itself.
    """
    return " " + fold(" ".join(name.split())).strip() + " "
