"""Fixtures for the ingest readers: the fixture folder and a fixed 'today'."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def today() -> date:
    """A fixed reference day, so 'future date' tests do not depend on the clock."""
    return date(2026, 11, 26)
