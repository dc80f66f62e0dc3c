"""The collector settings for long runs: applied inside the block, restored after it, and
cycles made inside are still freed."""

from __future__ import annotations

import gc
import weakref

from newsmap.engines.gcpolicy import YOUNG_THRESHOLD, long_run_gc


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_the_block_freezes_the_live_heap_and_restores_the_collector_after() -> None:
    before = gc.get_threshold()
    held = [_Node() for _ in range(100)]  # alive when the block starts: frozen
    with long_run_gc():
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_freeze_count() >= len(held)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_nested_block_leaves_the_outer_settings_alone() -> None:
    before = gc.get_threshold()
    with long_run_gc():
        frozen = gc.get_freeze_count()
        with long_run_gc(young=123):
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_freeze_count() == frozen
    assert gc.get_threshold() == before


def test_cycles_made_inside_the_block_are_still_collected() -> None:
    with long_run_gc():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        gc.collect()
        assert gone() is None


def test_an_ingest_run_restores_the_collector(tmp_path) -> None:  # noqa: ANN001
    from newsmap.engines.local import ingest_paths
    from newsmap.store import Store

    src = tmp_path / "a.txt"
    src.write_text("Skopje\n\nOfficials met in Skopje on Monday.\n", encoding="utf-8")
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []

    def tagger(article):  # noqa: ANN001, ANN202
        seen.append(gc.get_threshold())
        return [], []

    with Store.open(str(tmp_path / "s.db")) as store:
        report = ingest_paths(store, [str(src)], tagger)
    assert report.new == 1
    assert seen and seen[0][0] == YOUNG_THRESHOLD
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
