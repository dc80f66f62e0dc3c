"""Patterns made from kept code are the patterns ``re.compile`` makes; a bad table is ignored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsmap import regex_cache

pytestmark = pytest.mark.skipif(not regex_cache.usable(), reason="not CPython 3.11+'s re")

#: Made-up patterns of the kinds the rules compile: named groups, flags, lookarounds,
#: alternations of local words, a verbose one.
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<day>\d{1,2})\.\s*(?P<month>januar|februar|mart)\s+(?P<year>\d{4})", 0),
    (r"(?<![\w-])(?:u|na)\s+(?:selu|gradu)\b", re.IGNORECASE),
    (r"\b(?:prošle|ове)\s+(?:sedmice|недеље)\b(?!\s+godine)", 0),
    (r"""(?x) (?P<lead> [A-Z][a-z]+ ) \s+ (?P=lead)  # a word said twice""", 0),
    (r"^\s*[-*]\s+(.+)$", re.MULTILINE),
]


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # else re.compile answers from its own cache and the table is never asked
    return [re.compile(p, f) for p, f in PATTERNS]


def test_kept_code_makes_the_same_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = _compile_all()
    with regex_cache.kept(tmp_path):
        first = _compile_all()
    assert regex_cache.table_path(tmp_path).is_file()

    def no_compiler(pattern: str, flags: int) -> regex_cache.Entry:
        raise AssertionError(f"compiled again: {pattern!r}")

    monkeypatch.setattr(regex_cache, "code_of", no_compiler)
    with regex_cache.kept(tmp_path):
        second = _compile_all()
    for a, b, c in zip(fresh, first, second, strict=True):
        assert a == b == c  # flags, pattern and code
        assert a.groupindex == b.groupindex == c.groupindex
        assert a.groups == c.groups and a.flags == c.flags
    text = "Na 3. mart 2021 u selu; Marko Marko\n - item"
    assert [p.search(text) and p.search(text).span() for p in second] == [
        p.search(text) and p.search(text).span() for p in fresh
    ]


def test_the_compiler_is_restored_after_the_block(tmp_path: Path) -> None:
    before = re._compiler.compile  # type: ignore[attr-defined]
    with regex_cache.kept(tmp_path):
        assert re._compiler.compile is not before  # type: ignore[attr-defined]
    assert re._compiler.compile is before  # type: ignore[attr-defined]


def test_a_damaged_table_is_compiled_afresh_and_replaced(tmp_path: Path) -> None:
    path = regex_cache.table_path(tmp_path)
    path.write_bytes(b"\x00not marshal at all")
    fresh = _compile_all()
    with regex_cache.kept(tmp_path):
        assert _compile_all() == fresh
    assert len(regex_cache._read(path)) == len(PATTERNS)


def test_an_unwritable_folder_only_costs_the_compiler(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache folder should go")
    fresh = _compile_all()
    with regex_cache.kept(blocker / "cache"):
        assert _compile_all() == fresh
    with regex_cache.kept(None):
        assert _compile_all() == fresh


def test_a_full_table_keeps_only_the_patterns_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with regex_cache.kept(tmp_path):
        _compile_all()
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", len(PATTERNS))
    with regex_cache.kept(tmp_path):
        re.purge()
        re.compile(r"(?:nova|stara)\s+pattern\s+\d+")  # a new one: the table is written
        re.compile(*PATTERNS[0])
    kept_now = regex_cache._read(regex_cache.table_path(tmp_path))
    assert sorted(kept_now) == sorted([(r"(?:nova|stara)\s+pattern\s+\d+", 0), PATTERNS[0]])
