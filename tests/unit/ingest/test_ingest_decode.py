"""Legacy regional encodings come out as the right letters, binary data is refused."""

from __future__ import annotations

import pytest

from newsmap.errors import IngestError
from newsmap.ingest.decode import decode_bytes

LATIN = "Đaci iz Šapca, Čačka i Niša: žiri je nagradio radove o Užicu."
CYRILLIC = "Ђаци из Шапца, Чачка и Ниша: жири је наградио радове о Ужицу."
MACEDONIAN = "Ѓорѓи од Скопје ја посети Охрид, а Ѕвонко остана во Куманово."
ALBANIAN = "Qytetarë të shumtë u mblodhën në Tiranë dhe Prishtinë për çmimet."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (LATIN, "utf-8"),
        (LATIN, "cp1250"),
        (LATIN, "iso-8859-2"),
        (CYRILLIC, "utf-8"),
        (CYRILLIC, "cp1251"),
        (MACEDONIAN, "cp1251"),
        (ALBANIAN, "cp1250"),
        (ALBANIAN, "iso-8859-2"),
    ],
    ids=[
        "latin-utf8",
        "latin-cp1250",
        "latin-iso8859-2",
        "cyrillic-utf8",
        "cyrillic-cp1251",
        "macedonian-cp1251",
        "albanian-cp1250",
        "albanian-iso8859-2",
    ],
)
def test_region_encodings_round_trip(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), name="brief.txt") == text


def test_short_single_word_is_still_right() -> None:
    assert decode_bytes("Šabac".encode("iso-8859-2"), name="x") == "Šabac"
    assert decode_bytes("Šabac".encode("cp1250"), name="x") == "Šabac"


def test_utf8_bom_is_dropped() -> None:
    assert decode_bytes(b"\xef\xbb\xbfTirana", name="x") == "Tirana"


def test_declared_charset_is_trusted_when_it_decodes() -> None:
    assert decode_bytes("Ниш".encode("cp1251"), name="x", declared="windows-1251") == "Ниш"
    # A wrong declaration that cannot decode falls back to detection.
    assert decode_bytes("Niš".encode(), name="x", declared="ascii") == "Niš"


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(IngestError, match=r"photo\.txt: looks like a binary file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", name="photo.txt")


def test_control_characters_mean_binary() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(bytes(range(1, 32)) * 20, name="x")
