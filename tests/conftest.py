"""Settings for the whole suite."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_OWN_CACHE: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """One prepared-gazetteer cache folder per test run (subprocesses inherit it), so the suite
    neither reads nor fills the user's own cache."""
    if "NEWSMAP_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="newsmap-test-cache-")
        _OWN_CACHE.append(folder)
        os.environ["NEWSMAP_CACHE_DIR"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _OWN_CACHE:
        shutil.rmtree(folder, ignore_errors=True)
