"""`newsmap watch` as the service runs it: a process that polls, logs a line per poll, and
ends cleanly on SIGTERM (what systemd sends), the state of its source left in the store; and
one that loses its PostgreSQL server, says so in one line and leaves the rest to a restart."""

from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newsmap.store import Store

pytestmark = pytest.mark.slow

FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
    b"<title>Talks in Skopje</title><description>Talks in Skopje went on.</description>"
    b"</item></channel></rss>"
)


class _Feed(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)


def test_sigterm_ends_the_watch_after_its_poll(tmp_path: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/rss"
    db = tmp_path / "s.db"
    env = {
        **os.environ,
        "NEWSMAP_GEO_DIR": str(tmp_path / "no-geo"),  # store untagged: the tagger is not tested
        "NEWSMAP_DB": str(db),
        "NO_PROXY": "127.0.0.1",
        "no_proxy": "127.0.0.1",
    }
    command = [sys.executable, "-m", "newsmap", "watch", "--interval", "1", "--allow-private", url]
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        polls = []
        for line in proc.stdout:
            if f" {url}: " in line:
                polls.append(line)
            if len(polls) == 2:
                break
        proc.send_signal(signal.SIGTERM)
        rest, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
        server.shutdown()
        server.server_close()
    assert proc.returncode == 0, err
    assert " 1 new, 0 duplicate, 0 rejected in " in polls[0]
    assert " 0 new, 1 duplicate, 0 rejected in " in polls[1]
    assert "stopping after the current poll (SIGTERM)" in rest
    with Store.open(str(db)) as store:
        state = store.feed(url)
        assert store.counts()["articles"] == 1
    assert state is not None and state.failures == 0 and state.polled_at is not None


class _GrowingFeed(http.server.BaseHTTPRequestHandler):
    """A feed with one more item at each request: every poll brings a new article."""

    served = 0

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        type(self).served += 1
        items = "".join(
            f"<item><title>Talks in Skopje, round {n}</title><link>https://wire.test/{n}</link>"
            f"<description>Round {n} of the talks in Skopje went on.</description></item>"
            for n in range(1, type(self).served + 1)
        )
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
        payload = (body + "</channel></rss>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def test_a_watch_whose_postgresql_server_stops_says_so_and_a_restart_goes_on(
    tmp_path: Path,
) -> None:
    """The store's server goes away under a running watch: one line naming the store without
    its password, exit status 1 (systemd's Restart=on-failure starts it again), every stored
    article whole; the next run stores what the feed brought meanwhile."""
    from pgserver import PASSWORD, PgServer

    feeds = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GrowingFeed)
    threading.Thread(target=feeds.serve_forever, args=(0.05,), daemon=True).start()
    url = f"http://127.0.0.1:{feeds.server_address[1]}/rss"
    pg = PgServer()  # its own server: this test stops it
    try:
        pg.start()
        store_url = pg.url()
        env = {
            **os.environ,
            "NEWSMAP_GEO_DIR": str(tmp_path / "no-geo"),  # store untagged: the tagger is not tested
            "NEWSMAP_DB": store_url,
            "NO_PROXY": "127.0.0.1",
            "no_proxy": "127.0.0.1",
        }
        command = [sys.executable, "-m", "newsmap", "watch", "--allow-private", url]
        proc = subprocess.Popen(
            [*command, "--interval", "1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout is not None
            first = next(line for line in proc.stdout if f" {url}: " in line)
            assert " 1 new, 0 duplicate, 0 rejected in " in first, first
            pg.stop("fast")
            out, err = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 1, out + err
        lines = [line for line in err.splitlines() if line.startswith("Error: ")]
        assert len(lines) == 1, err
        assert f"store 'postgresql://newsmap:***@127.0.0.1:{pg.port}/postgres'" in lines[0]
        assert PASSWORD not in out + err
        pg.start()
        with Store.open(store_url) as store:
            stored = store.counts()["articles"]
            assert stored >= 1
            assert len(store.mentions_frame()) == 0  # untagged, but each article whole
        again = subprocess.run([*command, "--once"], env=env, capture_output=True, text=True)
        assert again.returncode == 0, again.stderr
        served = _GrowingFeed.served
        assert f" {url}: {served - stored} new, {stored} duplicate, 0 rejected" in again.stdout
        with Store.open(store_url) as store:
            assert store.counts()["articles"] == served
            state = store.feed(url)
            assert state is not None and state.failures == 0
    finally:
        pg.remove()
        feeds.shutdown()
        feeds.server_close()
