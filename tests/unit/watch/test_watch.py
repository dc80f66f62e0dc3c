"""`newsmap watch` against a real HTTP server on 127.0.0.1 whose feeds change between polls.

The server answers conditional requests the way real feed hosts do (ETag and
Last-Modified, 304 when nothing changed) and records what each request asked, so the tests
check what watch sent as well as what it stored. Each runs on a SQLite store and on a store on
a real PostgreSQL server.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from newsmap.cli import cli
from newsmap.model import Article, Event, Mention
from newsmap.store import Store
from newsmap.watch import WatchSettings, watch
from newsmap.watch.schedule import DEFAULT_INTERVAL_S, parse_stamp
from newsmap.watch.sources import Source

LAST_MODIFIED = "Mon, 06 May 2024 08:00:00 GMT"


def _item(n: int) -> str:
    return (
        f"<item><title>Report {n} from Skopje</title><link>https://wire.test/{n}</link>"
        f"<description>Report {n}: talks in Skopje and Pristina went on.</description>"
        "<pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate></item>"
    )


@dataclass
class Site:
    """What the server serves, changed by the tests between polls."""

    items: int = 2
    ttl: int | None = None
    seen: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    release: threading.Event = field(default_factory=threading.Event)

    def feed(self) -> bytes:
        ttl = f"<ttl>{self.ttl}</ttl>" if self.ttl else ""
        items = "".join(_item(n) for n in range(1, self.items + 1))
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{ttl}'
            f"{items}</channel></rss>"
        ).encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", **headers: str) -> None:
        self.send_response(status)
        headers.setdefault("Content-Type", "application/rss+xml")
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        site = self.site
        with site.lock:
            site.seen.append(
                (
                    self.path,
                    self.headers.get("If-None-Match"),
                    self.headers.get("If-Modified-Since"),
                )
            )
            etag = f'"v{site.items}"'
            body = site.feed()
        if self.path.endswith("/feed.rss"):
            if self.headers.get("If-None-Match") == etag:
                self._send(304, ETag=etag)
            else:
                self._send(200, body, ETag=etag, Last_Modified=LAST_MODIFIED)
        elif self.path == "/down":
            self._send(503, b"maintenance", Content_Type="text/plain")
        elif self.path == "/malformed":
            self._send(200, b"this is not a feed at all")
        elif self.path == "/broken":  # cut off mid-item: the whole items before it are read
            self._send(200, body[: body.rindex(b"<item>") + 20])
        elif self.path == "/slow":  # headers never come: the poll's deadline ends it
            site.release.wait(30)
        elif self.path == "/huge":
            self._send(200, b"<rss>" + b" " * 200_000 + b"</rss>")
        else:
            self._send(404, b"not here", Content_Type="text/plain")


@pytest.fixture
def site() -> Iterator[tuple[str, Site]]:
    patch = pytest.MonkeyPatch()
    patch.setenv("NO_PROXY", "127.0.0.1,localhost")
    patch.setenv("no_proxy", "127.0.0.1,localhost")
    state = Site()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), type("Handler", (_Handler,), {"site": state})
    )
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        patch.undo()


def _tagger(article: Article) -> tuple[list[Mention], list[Event]]:
    start = article.text.index("Skopje")
    place = ("gn:785842", "Skopje", "MK", None, "city", 41.99, 21.43, 1.0)
    return [Mention(start, start + 6, "Skopje", *place)], []


SETTINGS = WatchSettings(allow_private=True, timeout=5, max_bytes=100_000)


def _titles(store: Store) -> list[str]:
    return sorted(store.articles_frame()["title"])


def test_conditional_polls_store_only_what_is_new(site, store_location: str) -> None:
    base, state = site
    feed = Source(f"{base}/feed.rss")
    lines: list[str] = []
    with Store.open(store_location) as store:
        first = watch(store, [feed], _tagger, SETTINGS, once=True, log=lines.append)
        assert (first.polls, first.new) == (1, 2)
        state.items = 3  # the feed gains an item
        second = watch(store, [feed], _tagger, SETTINGS, once=True, log=lines.append)
        third = watch(store, [feed], _tagger, SETTINGS, once=True, log=lines.append)
        assert _titles(store) == [f"Report {n} from Skopje" for n in (1, 2, 3)]
        assert store.counts()["mentions"] == 3
        saved = store.feed(feed.url)
    assert (second.new, third.new) == (1, 0)
    assert [(etag, since) for _, etag, since in state.seen] == [
        (None, None),
        ('"v2"', LAST_MODIFIED),
        ('"v3"', LAST_MODIFIED),
    ]
    assert "1 new, 2 duplicate, 0 rejected in" in lines[1]
    assert lines[2].startswith(f"{base}/feed.rss: not modified in")
    assert saved is not None and saved.etag == '"v3"' and saved.failures == 0


def test_down_slow_malformed_and_huge_sources_fail_alone(site, store_location: str) -> None:
    base, _ = site
    bad = [f"{base}/{path}" for path in ("down", "malformed", "huge", "missing", "slow")]
    sources = [Source(u) for u in bad] + [Source(f"{base}/feed.rss")]
    lines: list[str] = []
    with Store.open(store_location) as store:
        before = datetime.now(UTC)
        quick = replace(SETTINGS, timeout=1)
        summary = watch(store, sources, _tagger, quick, once=True, log=lines.append)
        states = {url: store.feed(url) for url in bad}
        assert _titles(store) == ["Report 1 from Skopje", "Report 2 from Skopje"]
    assert (summary.polls, summary.failed, summary.new) == (6, 5, 2)
    reasons = [line.split(": failed (", 1)[1] for line in lines[:5]]
    assert reasons[0].startswith("HTTP 503 Service Unavailable) in ")
    assert reasons[1].startswith("not an RSS/Atom feed (")
    assert reasons[2].startswith("response is 200,011 bytes, more than the 100,000-byte limit)")
    assert reasons[3].startswith("HTTP 404 Not Found) in ")
    assert reasons[4].startswith("timed out after 1 s) in ")
    for url in bad:
        saved = states[url]
        assert saved is not None and saved.failures == 1 and saved.etag is None
        due = parse_stamp(saved.next_poll_at)
        assert due is not None and due >= before + timedelta(seconds=2 * DEFAULT_INTERVAL_S - 5)


def test_a_feed_cut_off_mid_item_keeps_its_whole_items(site, store_location: str) -> None:
    base, state = site
    state.items = 3
    lines: list[str] = []
    with Store.open(store_location) as store:
        broken = [Source(f"{base}/broken")]
        summary = watch(store, broken, _tagger, SETTINGS, once=True, log=lines.append)
        assert _titles(store) == ["Report 1 from Skopje", "Report 2 from Skopje"]
    assert (summary.new, summary.failed, summary.rejected) == (2, 0, 1)
    assert lines[1].startswith(f"warning: {base}/broken: the feed is not well-formed XML (")
    no_text = "no text (expected a non-empty field: text, body, content)"
    assert lines[2] == f"rejected: {base}/broken (entry 3): {no_text}"


def test_a_restart_backs_off_failing_sources_and_polls_the_rest(site, store_location: str) -> None:
    base, state = site
    sources = [Source(f"{base}/down"), Source(f"{base}/feed.rss")]
    db = store_location
    with Store.open(db) as store:
        watch(store, sources, _tagger, SETTINGS, once=True, log=lambda line: None)
    state.seen.clear()
    lines: list[str] = []
    with Store.open(db) as store:  # a new process would read the same state
        watch(store, sources, _tagger, SETTINGS, once=True, log=lines.append)
    assert [path for path, _, _ in state.seen] == ["/feed.rss"]
    assert lines[0].startswith(f"{base}/down: skipped, backing off after 1 failed polls until")
    assert "HTTP 503 Service Unavailable" in lines[0]


def test_the_loop_picks_up_a_change_and_stops_on_request(site, store_location: str) -> None:
    base, state = site
    stop = threading.Event()
    lines: list[str] = []
    fast = WatchSettings(interval=1, allow_private=True, timeout=5)
    with Store.open(store_location) as store:
        worker = threading.Thread(
            target=watch,
            args=(store, [Source(f"{base}/feed.rss")], _tagger, fast),
            kwargs={"log": lines.append, "stop": stop},
        )
        worker.start()
        try:
            _wait_for(lambda: len(lines) >= 1)
            state.items = 4
            _wait_for(lambda: any("2 new, 2 duplicate" in line for line in lines))
        finally:
            stop.set()
            worker.join(60)
        assert not worker.is_alive()
        assert _titles(store)[-1] == "Report 4 from Skopje" and len(_titles(store)) == 4


def _wait_for(condition, limit: float = 60.0) -> None:  # noqa: ANN001 - a predicate
    end = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < end, "the watch never got there"
        time.sleep(0.05)


def test_feed_ttl_sets_the_interval(site, store_location: str) -> None:
    base, state = site
    state.ttl = 60  # minutes
    with Store.open(store_location) as store:
        now = datetime.now(UTC)
        watch(store, [Source(f"{base}/feed.rss")], _tagger, SETTINGS, once=True, log=print)
        saved = store.feed(f"{base}/feed.rss")
    due = parse_stamp(saved.next_poll_at if saved else None)
    assert due is not None and abs((due - now).total_seconds() - 3600) < 60


def test_cli_refuses_loopback_by_default_and_masks_passwords(
    site, store_location: str, new_location, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsmap.cli.watch as watch_cli

    monkeypatch.setattr(watch_cli, "load_tagger", lambda err: _tagger)
    base, _ = site
    secret = base.replace("http://", "http://reader:s3cret@") + "/feed.rss"
    db = store_location
    refused = CliRunner().invoke(cli, ["watch", "--once", "--db", db, secret])
    assert refused.exit_code == 1
    assert "s3cret" not in refused.output
    assert "reader:***@127.0.0.1" in refused.stdout
    assert "'127.0.0.1' is a private, loopback or link-local address" in refused.stdout
    fresh = new_location()  # in the first store the source now backs off
    allowed = CliRunner().invoke(cli, ["watch", "--once", "--allow-private", "--db", fresh, secret])
    assert allowed.exit_code == 0, allowed.output
    assert "s3cret" not in allowed.output
    assert "2 new, 0 duplicate, 0 rejected" in allowed.stdout
