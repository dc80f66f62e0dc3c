"""Feeds and pages by URL, served for real by a local HTTP server on 127.0.0.1.

Covers what goes wrong with real servers: a redirect, a redirect loop, a 404, a body over
the size limit, a server too slow to answer, and nothing listening at all.
"""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from newsmap.errors import IngestError
from newsmap.ingest import ReadItem, Rejection, read_inputs
from newsmap.ingest.fetch import fetch_url

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest"


class _Handler(http.server.BaseHTTPRequestHandler):
    release: threading.Event  # set on the class by the fixture; the slow route waits on it

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):  # the client stopped at its limit
            pass

    def _send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        route = self.path
        if route == "/feed.rss":
            self._send(200, (DATA / "feed.rss").read_bytes(), "application/rss+xml")
        elif route == "/story.html":
            self._send(200, (DATA / "page.html").read_bytes(), "text/html; charset=utf-8")
        elif route == "/cp1250.html":
            page = "<html><body><article><p>" + "Đaci iz Šapca su posetili Čačak. " * 5
            body = (page + "</p></article></body></html>").encode("cp1250")
            self._send(200, body, "text/html; charset=windows-1250")
        elif route == "/moved":
            self._send(301, b"", "text/plain", Location="/feed.rss")
        elif route == "/loop":
            self._send(302, b"", "text/plain", Location="/loop")
        elif route == "/huge":
            self._send(200, b"<html>" + b"x" * 300_000 + b"</html>", "text/html")
        elif route == "/huge-chunked":  # no Content-Length: the limit must stop the read
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"y" * 10_000)
        elif route == "/slow":
            self.release.wait(10)
            self._send(200, b"late", "text/plain")
        elif route == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A threaded HTTP server on a free port of 127.0.0.1; yields its base URL.

    NO_PROXY keeps a proxy configured on the machine from intercepting loopback requests.
    """
    patch = pytest.MonkeyPatch()
    patch.setenv("NO_PROXY", "127.0.0.1,localhost")
    patch.setenv("no_proxy", "127.0.0.1,localhost")
    release = threading.Event()
    handler = type("Handler", (_Handler,), {"release": release})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()
        patch.undo()


TODAY = date(2026, 11, 26)


def test_feed_by_url(server: str) -> None:
    items = list(read_inputs([f"{server}/feed.rss"], today=TODAY))
    read = [i for i in items if isinstance(i, ReadItem)]
    assert [r.article.title for r in read] == ["Prizren film festival opens", "Kumanovo road works"]
    assert [(r.where, r.reason) for r in items if isinstance(r, Rejection)] == [
        ("entry 2", "no text (expected a non-empty field: text, body, content)"),
        ("entry 3", "published date 2998-01-01 is in the future (today is 2026-11-26)"),
    ]


def test_page_by_url_keeps_the_url(server: str) -> None:
    (item,) = read_inputs([f"{server}/story.html"], today=TODAY)
    assert isinstance(item, ReadItem)
    assert item.article.title == "Students rally in Novi Sad"
    assert item.article.url == f"{server}/story.html"


def test_declared_legacy_charset(server: str) -> None:
    (item,) = read_inputs([f"{server}/cp1250.html"], today=TODAY)
    assert isinstance(item, ReadItem)
    assert item.article.text.startswith("Đaci iz Šapca su posetili Čačak.")


def test_redirect_is_followed(server: str) -> None:
    fetched = fetch_url(f"{server}/moved")
    assert fetched.url == f"{server}/feed.rss"
    assert fetched.content_type == "application/rss+xml"
    assert b"Western Balkans Wire" in fetched.body


def test_redirect_loop_is_refused(server: str) -> None:
    with pytest.raises(IngestError, match=r"/loop: too many redirects \(more than 3\)"):
        fetch_url(f"{server}/loop", max_redirects=3)


def test_404_is_a_rejection_naming_the_url(server: str) -> None:
    (item,) = read_inputs([f"{server}/gone"], today=TODAY)
    assert item == Rejection(f"{server}/gone", None, "HTTP 404 Not Found")


def test_size_limit_by_content_length(server: str) -> None:
    with pytest.raises(IngestError, match="response is 300,013 bytes, more than the 100,000"):
        fetch_url(f"{server}/huge", max_bytes=100_000)


def test_size_limit_while_streaming(server: str) -> None:
    with pytest.raises(IngestError, match="response exceeds the 100,000-byte limit"):
        fetch_url(f"{server}/huge-chunked", max_bytes=100_000)


def test_timeout(server: str) -> None:
    with pytest.raises(IngestError, match=r"/slow: timed out after 0.5 s"):
        fetch_url(f"{server}/slow", timeout=0.5)


def test_unsupported_content_type(server: str) -> None:
    (item,) = read_inputs([f"{server}/image.png"], today=TODAY)
    assert isinstance(item, Rejection)
    assert item.reason == "unsupported content type 'image/png' (expected a web page or a feed)"


def test_nothing_listening_is_unreachable() -> None:
    with socket.socket() as s:  # a port that was free a moment ago: nobody listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (item,) = read_inputs([f"http://127.0.0.1:{port}/feed"], today=TODAY)
    assert isinstance(item, Rejection)
    assert item.reason.startswith("unreachable (")
    assert item.reason.endswith("is the machine offline?")
