"""Hostile servers, for real on 127.0.0.1: trickling bytes, lying lengths, odd redirects.

The trickling server sends a complete, valid response, one byte every 0.1 s (about twenty
seconds in all), and counts the bytes it got out before the client hung up. A fetch with a
one-second deadline must give up with "timed out" having taken only the first few: if the
deadline only bounded each socket read, the fetch would take all of them, late.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator

import pytest

from newsmap.errors import IngestError
from newsmap.ingest.fetch import fetch_url
from newsmap.ingest.netaddr import allowed_addresses, is_public

FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Slow Wire</title><item>'
    b"<title>Talks in Skopje</title><description>Talks in Skopje went on.</description>"
    b"</item></channel></rss>"
)


def _head(status: str, *headers: str) -> bytes:
    return (
        "\r\n".join([f"HTTP/1.1 {status}", *headers, "Connection: close"]) + "\r\n\r\n"
    ).encode()


ROUTES: dict[str, tuple[bytes, bytes, str]] = {
    # path: (headers, body, how): "trickle-head" drips everything, "trickle-body" only the body
    "/trickle-head": (_head("200 OK", f"Content-Length: {len(FEED)}"), FEED, "head"),
    "/trickle-body": (_head("200 OK", f"Content-Length: {len(FEED)}"), FEED, "body"),
    "/trickle-small": (_head("200 OK", "Content-Length: 12"), b"Skopje talks", "body"),
    "/plus-length": (_head("200 OK", "Content-Length: +5368709120"), b"x" * 100, "body"),
    "/bad-length": (_head("200 OK", "Content-Length: 12abc"), b"x" * 12, "fast"),
    "/two-lengths": (_head("200 OK", "Content-Length: 5", "Content-Length: 7"), b"12345", "fast"),
    "/to-ftp": (_head("302 Found", "Location: ftp://example.org/feed.xml"), b"", "fast"),
    "/to-file": (_head("301 Moved", "Location: file:///etc/passwd"), b"", "fast"),
    "/to-data": (_head("302 Found", "Location: data:text/plain,hello"), b"", "fast"),
    "/to-js": (_head("302 Found", "Location: javascript:alert(1)"), b"", "fast"),
    "/to-gopher": (_head("307 Temp", "Location: gopher://example.org/1"), b"", "fast"),
    "/ok": (_head("200 OK", f"Content-Length: {len(FEED)}", 'ETag: "v1"'), FEED, "fast"),
}


class _Dripper(socketserver.BaseRequestHandler):
    stop: threading.Event
    sent: dict[str, int]  # bytes of the body or head each dripping route got out
    done: dict[str, threading.Event]

    def handle(self) -> None:
        path = "?"
        try:
            path = self._serve()
        finally:
            self.done.setdefault(path, threading.Event()).set()

    def _serve(self) -> str:
        self.request.settimeout(5)
        path = "?"
        try:
            path = self.request.recv(65536).split(b" ")[1].decode()
            if path.startswith("http://"):  # asked as a proxy: answer for any URL
                self.request.sendall(ROUTES["/ok"][0] + FEED)
                return path
            head, body, how = ROUTES.get(path, (_head("404 Nope"), b"", "fast"))
            if how == "fast":
                self.request.sendall(head + body)
                return path
            if how == "body":
                self.request.sendall(head)
            self.sent[path] = 0
            for byte in head + body if how == "head" else body:
                if self.stop.wait(0.1):
                    break
                self.request.sendall(bytes([byte]))
                self.sent[path] += 1
        except OSError:
            pass
        return path


SENT: dict[str, int] = {}
DONE: dict[str, threading.Event] = {}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    patch = pytest.MonkeyPatch()
    patch.setenv("NO_PROXY", "127.0.0.1,localhost")
    patch.setenv("no_proxy", "127.0.0.1,localhost")
    stop = threading.Event()
    handler = type("Handler", (_Dripper,), {"stop": stop, "sent": SENT, "done": DONE})
    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        stop.set()
        srv.shutdown()
        srv.server_close()
        patch.undo()


def test_the_server_really_answers(server: str) -> None:
    fetched = fetch_url(f"{server}/ok")
    assert fetched.body == FEED and fetched.etag == '"v1"'


@pytest.mark.parametrize("route", ["/trickle-head", "/trickle-body"])
def test_one_deadline_covers_headers_and_body(server: str, route: str) -> None:
    DONE[route] = threading.Event()
    with pytest.raises(IngestError, match=rf"^{server}{route}: timed out after 1 s$"):
        fetch_url(f"{server}{route}", timeout=1)
    assert DONE[route].wait(30)  # the server noticed the client hang up
    assert SENT[route] < 60  # of about 200 bytes: the client stopped reading at the deadline


def test_trickle_completes_when_there_is_time_enough(server: str) -> None:
    """The same server is not broken: given time, a body arrives whole."""
    assert fetch_url(f"{server}/trickle-small", timeout=60).body == b"Skopje talks"


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ("/plus-length", "response is 5,368,709,120 bytes, more than the 10,485,760-byte limit"),
        ("/bad-length", "malformed Content-Length header '12abc'"),
        ("/two-lengths", "conflicting Content-Length headers"),
    ],
)
def test_content_length_is_checked_before_reading(server: str, route: str, message: str) -> None:
    # /plus-length sends its 100 body bytes at 10 a second: reading them would time out first.
    with pytest.raises(IngestError, match=f"^{server}{route}: {message}$"):
        fetch_url(f"{server}{route}", timeout=5)


@pytest.mark.parametrize("scheme", ["ftp", "file", "data", "javascript", "gopher"])
def test_redirects_to_other_schemes_are_refused_by_name(server: str, scheme: str) -> None:
    route = {"ftp": "/to-ftp", "file": "/to-file", "data": "/to-data"}.get(
        scheme, f"/to-{'js' if scheme == 'javascript' else scheme}"
    )
    with pytest.raises(IngestError, match=rf"redirected to a {scheme}: URL .*only http and https"):
        fetch_url(f"{server}{route}")


def test_private_addresses_refused_when_asked(server: str) -> None:
    with pytest.raises(IngestError, match=r"'127\.0\.0\.1' is a private, loopback"):
        fetch_url(f"{server}/ok", allow_private=False)
    assert fetch_url(f"{server}/ok", allow_private=True).body == FEED


def test_address_rules() -> None:
    public = ["93.184.216.34", "2a00:1450:4001:80b::200e"]
    private = "127.0.0.1 10.0.0.5 172.16.3.4 192.168.1.1 169.254.169.254 100.64.0.1 0.0.0.0"
    private += " ::1 fe80::1 fd00::1 ::ffff:10.0.0.1 224.0.0.1"
    assert [is_public(a) for a in public] == [True, True]
    assert [a for a in private.split() if is_public(a)] == []
    assert allowed_addresses("x", ["10.0.0.5", *public], allow_private=False) == public
    assert allowed_addresses("x", private.split(), allow_private=True) == private.split()


def test_an_http_proxy_from_the_environment_is_used(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that does not resolve here is fetched through the proxy, which resolves it."""
    monkeypatch.setenv("http_proxy", server)
    monkeypatch.setenv("no_proxy", "")
    monkeypatch.setenv("NO_PROXY", "")
    fetched = fetch_url("http://feeds.newsmap.invalid/rss")
    assert fetched.body == FEED and fetched.url == "http://feeds.newsmap.invalid/rss"


def test_nothing_listening_is_named_unreachable() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(IngestError, match=r"unreachable \(.*\); is the machine offline\?"):
        fetch_url(f"http://127.0.0.1:{port}/feed", timeout=5)
