"""Exports replace only regular files: devices, FIFOs and links out of the folder are left alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmap.cli import cli
from newsmap.errors import ExportError
from newsmap.export import check_target, write_bytes


def test_new_and_regular_files_are_written(tmp_path: Path) -> None:
    assert write_bytes(tmp_path / "new.png", b"one").read_bytes() == b"one"
    assert write_bytes(tmp_path / "new.png", b"two").read_bytes() == b"two"


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node (mknod) needs root")
def test_a_device_node_is_never_replaced(tmp_path: Path) -> None:
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    with pytest.raises(ExportError, match="it is a character device, not a regular file"):
        write_bytes(node, b"map")
    assert stat.S_ISCHR(node.stat().st_mode) and node.stat().st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]  # no temporary file left


def test_a_fifo_is_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "out.png"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match=r"it is a FIFO \(named pipe\), not a regular file"):
        write_bytes(fifo, b"map")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "precious.txt"
    outside.parent.mkdir()
    outside.write_text("keep me")
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "map.html").symlink_to(outside)
    with pytest.raises(ExportError, match="symbolic link to .*precious.txt', outside its folder"):
        write_bytes(folder / "map.html", b"<html>")
    assert outside.read_text() == "keep me"
    assert (folder / "map.html").is_symlink()


def test_a_link_inside_the_folder_writes_its_target_and_stays(tmp_path: Path) -> None:
    (tmp_path / "map-2024-05.html").write_text("old")
    (tmp_path / "latest.html").symlink_to("map-2024-05.html")
    written = write_bytes(tmp_path / "latest.html", b"new")
    assert written == (tmp_path / "map-2024-05.html").resolve()
    assert (tmp_path / "map-2024-05.html").read_text() == "new"
    assert (tmp_path / "latest.html").is_symlink()


def test_a_linked_folder_for_csv_must_stay_in_place(tmp_path: Path) -> None:
    (tmp_path / "outside").mkdir()
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "tables").symlink_to(tmp_path / "outside")
    with pytest.raises(ExportError, match="outside its folder"):
        check_target(folder / "tables", folder=True)


def test_cli_export_to_a_fifo_is_one_error_line(tmp_path: Path) -> None:
    from newsmap.store import Store

    db = tmp_path / "s.db"
    Store.open(str(db)).close()
    fifo = tmp_path / "map.html"
    os.mkfifo(fifo)
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(fifo)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: cannot write '{fifo}': it is a FIFO (named pipe), not a regular file; newsmap "
        "only replaces regular files, so give a new file name\n"
    )
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
