"""File-system faults met by `newsmap ingest` as a separate process: one reason, said once.

Permissions mean nothing to root, so under root the command runs as ``nobody`` (setpriv);
a full disk is a 2 MB tmpfs mounted in a private mount namespace (``unshare``), which
vanishes with the process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import write_corpus

from newsmap.store import Store

pytestmark = pytest.mark.slow
NOBODY = 65534


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder the unprivileged user can work in (pytest's tmp_path is root's alone)."""
    path = Path(tempfile.mkdtemp(prefix="newsmap-faults-"))
    path.chmod(0o777)
    try:
        yield path
    finally:
        for sub in path.rglob("*"):
            if sub.is_dir() and not sub.is_symlink():
                sub.chmod(0o755)
        shutil.rmtree(path)


def _newsmap(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsmap", *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        command = [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            *command,
        ]
    env = {**os.environ, "NEWSMAP_DB": "", "HOME": str(cwd)}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_unreadable_folder_is_named_and_exits_1(shared_tmp: Path) -> None:
    news = shared_tmp / "news"
    (news / "locked").mkdir(parents=True)
    (news / "locked" / "a.txt").write_text("Talks in Skopje went on.")
    (news / "open.txt").write_text("Rain fell in Tirana on Monday.")
    (news / "locked").chmod(0o000)
    done = _newsmap("ingest", "--db", str(shared_tmp / "s.db"), str(news), cwd=shared_tmp)
    assert done.returncode == 1
    assert f"rejected: {news / 'locked'}: cannot read folder: Permission denied\n" in done.stderr
    assert done.stdout.endswith("1 new, 0 duplicate, 1 rejected\n")


def test_store_in_a_read_only_folder_is_said_before_any_work(shared_tmp: Path) -> None:
    folder = shared_tmp / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    (shared_tmp / "a.txt").write_text("Talks in Skopje went on.")
    done = _newsmap("ingest", "--db", str(folder / "s.db"), "a.txt", cwd=shared_tmp)
    assert done.returncode == 1
    assert done.stderr == (
        f"Error: cannot write to the store '{folder / 's.db'}': its folder '{folder}' cannot "
        "be written (permission denied); SQLite keeps its journal beside the store\n"
    )
    assert done.stdout == ""


def test_read_only_store_file_is_said_before_any_work(shared_tmp: Path) -> None:
    db = shared_tmp / "s.db"
    Store.open(str(db)).close()
    db.chmod(0o444)
    (shared_tmp / "a.txt").write_text("Talks in Skopje went on.")
    done = _newsmap("ingest", "--db", str(db), "a.txt", cwd=shared_tmp)
    assert done.returncode == 1
    assert done.stderr == (
        f"Error: cannot write to the store '{db}': the file is read-only (permission denied)\n"
    )


def _unshare() -> list[str]:
    if not shutil.which("unshare"):
        pytest.skip("unshare is missing: cannot make a small private file system")
    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    probe = subprocess.run(
        ["unshare", *flags, "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
    )
    if probe.returncode:
        pytest.skip("this system allows no private mounts (unshare -m): no small disk to fill")
    return ["unshare", *flags]


def test_full_disk_is_said_once_and_stops(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 3000, words=300)
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (
        # 2 MB: since schema 6 the store keeps each text folded for search too, and one batch
        # of these articles no longer fitted in 1 MB, so nothing was stored before it filled.
        f"mount -t tmpfs -o size=2m tmpfs {disk} && cd {tmp_path} && "
        f"{sys.executable} -m newsmap ingest --db {disk}/s.db {corpus}; echo rc=$?; "
        f"{sys.executable} -c 'import sys; from newsmap.store import Store; "
        f's = Store.open("{disk}/s.db"); print("stored", s.counts()["articles"], '
        "s.integrity_check())'"
    )
    env = {**os.environ, "NEWSMAP_GEO_DIR": str(tmp_path / "no-geo"), "NEWSMAP_DB": ""}
    done = subprocess.run(
        [*_unshare(), "sh", "-c", script], env=env, capture_output=True, text=True, timeout=600
    )
    lines = done.stdout.splitlines()
    assert "rc=1" in lines, done.stdout + done.stderr
    stored = int(lines[-1].split()[1])
    assert 0 < stored < 3000 and lines[-1].endswith(" ok")
    errors = [ln for ln in done.stderr.splitlines() if not ln.startswith("warning:")]
    assert len(errors) == 1, done.stderr[-2000:]
    assert errors[0].startswith("Error: ") and "disk is full" in errors[0]
    were = "article was" if stored == 1 else "articles were"
    assert f"{stored} new {were} stored before that" in errors[0]
