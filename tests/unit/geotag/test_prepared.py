"""The prepared-gazetteer cache: read back only when data and code are unchanged, never fatal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer, prepared, tag_text
from newsmap.geotag.scoring import load_corpus

from .conftest import GEO_DIR, REPO

pytestmark = pytest.mark.slow

TEXTS = [d["text"] for d in load_corpus(REPO / "tests" / "data" / "geotag" / "corpus.jsonl")]
#: A made-up village, so only a gazetteer built from the changed file can find it.
NEW_ROW = "gn:99999901,Zlatovrh Donji,Zlatovrh Donji,RS,,,city,PPL,43.9,20.9,4000\n"


def _pickles(folder: Path) -> list[Path]:
    return sorted(folder.glob("gazetteer-*.pickle"))


def _tags(gaz: Gazetteer) -> list[list[tuple]]:
    return [
        [(m.start, m.end, m.place_id, m.score, m.reason) for m in tag_text(gaz, t).mentions]
        for t in TEXTS
    ]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(prepared.CACHE_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def geo_copy(tmp_path: Path) -> Path:
    target = tmp_path / "geo"
    target.mkdir()
    for name in prepared.DATA_FILES:
        if (GEO_DIR / name).exists():
            shutil.copy(GEO_DIR / name, target / name)
    return target


def test_a_second_load_reads_the_pickle_and_tags_alike(
    cache: Path, geo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = Gazetteer.from_path(geo_copy)
    assert len(_pickles(cache)) == 1

    def no_build(geo: Path) -> Gazetteer:
        raise AssertionError("built again although the pickle matches")

    monkeypatch.setattr(Gazetteer, "build", classmethod(lambda cls, geo: no_build(geo)))
    loaded = Gazetteer.from_path(geo_copy)
    assert loaded.source == geo_copy
    assert len(loaded.places) == len(built.places)
    assert _tags(loaded) == _tags(built)


def test_a_changed_data_file_is_built_anew(cache: Path, geo_copy: Path) -> None:
    text = "Farmers of Zlatovrh Donji blocked the road near Kragujevac."
    before = Gazetteer.from_path(geo_copy)
    assert "Zlatovrh Donji" not in [m.surface for m in tag_text(before, text).mentions]
    with open(geo_copy / "places.csv", "a", encoding="utf-8") as fh:
        fh.write(NEW_ROW)
    after = Gazetteer.from_path(geo_copy)
    assert len(_pickles(cache)) == 2
    found = {m.surface: m.place_id for m in tag_text(after, text).mentions}
    assert found["Zlatovrh Donji"] == "gn:99999901"


def test_a_damaged_pickle_is_rebuilt_and_replaced(cache: Path, geo_copy: Path) -> None:
    Gazetteer.from_path(geo_copy)
    (path,) = _pickles(cache)
    path.write_bytes(b"not a pickle at all")
    gaz = Gazetteer.from_path(geo_copy)
    assert [m.name for m in tag_text(gaz, "Talks in Skopje.").mentions] == ["Skopje"]
    assert path.read_bytes()[:1] == b"\x80"  # a pickle again


def test_an_unwritable_cache_folder_only_costs_the_build(
    tmp_path: Path, geo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache folder should go")
    monkeypatch.setenv(prepared.CACHE_DIR_ENV, str(blocker / "cache"))
    gaz = Gazetteer.from_path(geo_copy)
    assert [m.name for m in tag_text(gaz, "Talks in Skopje.").mentions] == ["Skopje"]
    assert blocker.is_file()


def test_off_writes_nothing(
    tmp_path: Path, geo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(prepared.CACHE_DIR_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert prepared.cache_dir() is None
    Gazetteer.from_path(geo_copy)
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()


def test_a_missing_data_file_is_still_named(cache: Path, geo_copy: Path) -> None:
    (geo_copy / "aliases.csv").unlink()
    with pytest.raises(Exception, match="aliases.csv"):
        Gazetteer.from_path(geo_copy)
    assert not cache.exists() or not _pickles(cache)


def test_old_pickles_are_pruned(cache: Path) -> None:
    cache.mkdir()
    for i in range(10):
        (cache / f"gazetteer-old{i}.pickle").write_bytes(b"x")
    keep = cache / "gazetteer-new.pickle"
    keep.write_bytes(b"y")
    prepared._prune(cache, keep)
    assert keep.exists()
    assert len(_pickles(cache)) == prepared._KEEP


def test_unchanged_inputs_are_not_hashed_again(
    cache: Path, geo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prepared, "_SETTLED_NS", 0)  # the copies were made just now
    built = Gazetteer.from_path(geo_copy)

    def no_hashing(geo: Path) -> str:
        raise AssertionError("hashed again although no input changed")

    monkeypatch.setattr(prepared, "fingerprint", no_hashing)
    assert _tags(Gazetteer.from_path(geo_copy)) == _tags(built)


def test_a_changed_input_is_hashed_again(
    cache: Path, geo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prepared, "_SETTLED_NS", 0)
    Gazetteer.from_path(geo_copy)
    with open(geo_copy / "places.csv", "a", encoding="utf-8") as fh:
        fh.write(NEW_ROW)
    after = Gazetteer.from_path(geo_copy)
    assert len(_pickles(cache)) == 2
    text = "Farmers of Zlatovrh Donji blocked the road."
    assert "Zlatovrh Donji" in [m.surface for m in tag_text(after, text).mentions]


def test_a_file_modified_just_now_is_never_vouched_for_by_its_times(
    cache: Path, geo_copy: Path
) -> None:
    assert prepared._signature(geo_copy) is None  # the copies are younger than two seconds
    Gazetteer.from_path(geo_copy)
    assert prepared._read_memo(cache) == {}
