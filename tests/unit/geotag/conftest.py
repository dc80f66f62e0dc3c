"""One gazetteer per test session, loaded from the project's data/geo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsmap.geotag import Gazetteer

REPO = Path(__file__).resolve().parents[3]
GEO_DIR = Path(os.environ.get("NEWSMAP_GEO_DIR", REPO / "data" / "geo"))


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_path(GEO_DIR)
