"""The prepared-gazetteer cache labels a pickle with the code the process runs, not the disk's.

A long run (a test session) imports the code, the sources are edited meanwhile, and a later
build in that run must not be stored under the edited code's fingerprint: a fresh process of
the edited code would read a gazetteer the old code built.
"""

from __future__ import annotations

import io
import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar, NamedTuple

import pytest

from newsmap.geotag import prepared
from newsmap.geotag.entries import Dominant

#: Ten seconds ago: older than ``_SETTLED_NS``, so times alone vouch for a file.
_OLD_NS = 10_000_000_000


def _settle(path: Path, age_ns: int = _OLD_NS) -> None:
    import time

    then = time.time_ns() - age_ns
    os.utime(path, ns=(then, then))


@pytest.fixture
def code_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """One stand-in source file as the whole code, taken in as at an import."""
    source = tmp_path / "code" / "rules.py"
    source.parent.mkdir()
    source.write_text("RULE = 'old'\n")
    _settle(source)
    monkeypatch.setattr(prepared, "_code_files", lambda: [source])
    monkeypatch.setenv(prepared.CACHE_DIR_ENV, str(tmp_path / "cache"))
    saved = prepared._code
    prepared._remember_code()
    yield source
    prepared._code = saved


@pytest.fixture
def geo(tmp_path: Path) -> Path:
    folder = tmp_path / "geo"
    folder.mkdir()
    for name in prepared.DATA_FILES:
        if name.endswith(".csv"):
            (folder / name).write_text(f"a stand-in for {name}\n")
            _settle(folder / name)
    return folder


def _edit(source: Path, text: str) -> None:
    source.write_text(text)
    # ctime cannot be set back, so the edit is younger than two seconds by that clock;
    # a run that never vouches by times hashes, which is where the stale label came from
    _settle(source, age_ns=_OLD_NS // 2)


def test_a_build_after_the_code_changed_on_disk_is_not_stored_under_the_new_code(
    code_file: Path, geo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prepared, "_SETTLED_NS", 0)  # vouch by times whatever the ctime
    _edit(code_file, "RULE = 'new'\n")
    assert prepared.load_or_build(geo, lambda: "built by the old code") == "built by the old code"
    prepared._remember_code()  # a fresh process, which runs the new code
    assert prepared.load_or_build(geo, lambda: "built by the new code") == "built by the new code"


def test_without_the_memo_either(code_file: Path, geo: Path) -> None:
    # every file younger than _SETTLED_NS by its change time: fingerprints are hashed each time
    _edit(code_file, "RULE = 'new'\n")
    assert prepared.load_or_build(geo, lambda: "built by the old code") == "built by the old code"
    prepared._remember_code()
    assert prepared.load_or_build(geo, lambda: "built by the new code") == "built by the new code"


def test_unchanged_code_is_stored_and_read_back(code_file: Path, geo: Path) -> None:
    assert prepared.load_or_build(geo, lambda: "built once") == "built once"
    prepared._remember_code()  # a fresh process of the same code

    def no_build() -> str:
        raise AssertionError("built again although the code did not change")

    assert prepared.load_or_build(geo, no_build) == "built once"


def test_a_build_that_imports_edited_code_is_not_stored(code_file: Path, geo: Path) -> None:
    def build_seeing_an_edit() -> str:
        _edit(code_file, "RULE = 'new'\n")  # the build imports a module edited since
        return "built by a mix"

    assert prepared.load_or_build(geo, build_seeing_an_edit) == "built by a mix"
    assert not list((code_file.parents[1] / "cache").glob("gazetteer-*.pickle"))


def _round_trip(value: object) -> object:
    buffer = io.BytesIO()
    prepared._InterningPickler(buffer).dump(value)
    return pickle.loads(buffer.getvalue())


class _Pair(NamedTuple):
    left: int
    right: str = "r"


class _Counted(_Pair):
    """A named tuple whose own ``__new__`` does more than the tuple's: pickled the usual way."""

    made: ClassVar[list[int]] = []

    def __new__(cls, left: int, right: str = "r") -> _Counted:
        cls.made.append(left)
        return super().__new__(cls, left, right)


def test_named_tuples_load_as_their_class_makes_them() -> None:
    dominant = Dominant(7, ("RS",), ((0.5, "BA"),))
    pairs = [_Pair(1), _Pair(2, "x"), dominant, _Counted(3)]
    loaded = _round_trip(pairs)
    assert loaded == pairs
    assert [type(v) for v in loaded] == [_Pair, _Pair, Dominant, _Counted]  # type: ignore[attr-defined]
    assert _Counted.made == [3, 3]  # built again through its own ``__new__``
    assert prepared._plain_named_tuple(Dominant) and not prepared._plain_named_tuple(_Counted)
