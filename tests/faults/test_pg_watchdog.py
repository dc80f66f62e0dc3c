"""A test session killed in the middle leaves no PostgreSQL server behind: the watchdog that
``PgServer`` starts stops the server and deletes its folder once its owner is gone."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

OWNER = """
import sys, time
sys.path.insert(0, {tests!r})
from pgserver import PgServer
server = PgServer()
server.start()
print(server.folder, server.port, flush=True)
time.sleep(600)
"""


def _accepts(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_a_killed_owner_leaves_no_server_and_no_folder() -> None:
    tests = str(Path(__file__).resolve().parents[1])
    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER.format(tests=tests)], stdout=subprocess.PIPE, text=True
    )
    assert owner.stdout is not None
    folder_text, port_text = owner.stdout.readline().split()
    folder, port = Path(folder_text), int(port_text)
    assert folder.is_dir() and _accepts(port)

    owner.kill()  # SIGKILL: no clean-up of its own runs
    owner.wait()
    deadline = time.monotonic() + 60  # a generous wait, not a speed test
    while (folder.exists() or _accepts(port)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not folder.exists()
    assert not _accepts(port)
