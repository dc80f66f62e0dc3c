"""Stops a test PostgreSQL server whose owner died, and removes its folder.

A test session that is killed (a timeout, SIGKILL, a closed terminal) never reaches its own
clean-up, and its server would run on with a folder in /tmp.  ``PgServer`` starts this script
beside each server, in a session of its own so that a signal to the test's process group
spares it: once a second it checks that the owner still runs, and when the owner is gone it
stops the server and deletes the folder.  It ends by itself once the folder is gone, which is
what a normal ``PgServer.remove`` leaves.

    python pg_watchdog.py OWNER_PID FOLDER PG_CTL
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def owner_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, under another user
    return True


def main(argv: list[str]) -> int:
    owner, folder, pg_ctl = int(argv[1]), Path(argv[2]), argv[3]
    while folder.exists():
        if not owner_alive(owner):
            data = folder / "data"
            if (data / "postmaster.pid").exists():
                subprocess.run(
                    [pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                    capture_output=True,
                    check=False,
                    # PostgreSQL's programs refuse root; PgServer runs them as postgres too.
                    user="postgres" if os.geteuid() == 0 else None,
                )
            shutil.rmtree(folder, ignore_errors=True)
            return 0
        time.sleep(1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
