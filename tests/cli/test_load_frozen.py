"""`newsmap analyze` loads its gazetteer straight into the frozen generation."""

from __future__ import annotations

import gc

import pytest

from newsmap.cli.analyze import load_frozen


def _loader(made: list[list[int]]):
    """A load as the prepared cache's: many objects made with the collector paused, which it
    turns back on if it found it on, and an allocation after that."""

    def load() -> list[list[int]]:
        enabled = gc.isenabled()
        gc.disable()
        made.extend([i] for i in range(50_000))  # each list a tracked object
        if enabled:
            gc.enable()
        made.append([])
        return made

    return load


@pytest.mark.parametrize("enabled", [True, False])
def test_the_loaded_objects_are_frozen_before_any_collection(enabled: bool) -> None:
    """No collection walks what the load made, all of it is frozen, and the collector is left
    as it was found."""
    made: list[list[int]] = []
    collections: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    was = gc.isenabled()
    if not enabled:
        gc.disable()
    gc.callbacks.append(seen)
    try:
        assert load_frozen(_loader(made)) is made
        assert collections == []
        assert gc.get_freeze_count() >= len(made)
        assert gc.isenabled() == enabled
    finally:
        gc.callbacks.remove(seen)
        gc.unfreeze()
        if was:
            gc.enable()


def test_a_load_then_a_freeze_would_collect_first() -> None:
    """What the order above avoids: the collector back on before the freeze walks the load."""
    made: list[list[int]] = []
    collections: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        _loader(made)()
        gc.freeze()
        assert collections  # the allocation after the load brought on a collection
    finally:
        gc.callbacks.remove(seen)
        gc.unfreeze()
