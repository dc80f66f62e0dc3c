"""HTTP(S) fetching with the limits an unattended ingest needs.

A feed URL can hang, trickle, redirect in a loop or to another kind of URL, or serve a
huge file. Every fetch therefore has:

- one deadline for the whole URL: name lookup, connection, TLS, headers, body and every
  redirect. Socket timeouts alone do not give that (a server sending one byte every few
  seconds never trips them), so a watchdog closes the connection when the deadline passes;
- a size cap: a ``Content-Length`` over it (in any spelling Python reads as a number, such
  as ``+5368709120``) is refused before the body is read, and the read stops at the cap;
- a redirect limit, and on every hop the target's scheme checked: only http and https are
  followed, and the message names the scheme that was refused;
- optionally no private or loopback addresses (`newsmap.ingest.netaddr`), checked on every
  hop against the address actually connected to.

Every failure becomes one :class:`IngestError` naming the URL and the reason. Proxies set
in the environment (``http_proxy``, ``https_proxy``, ``no_proxy``) are used as urllib would.
"""

from __future__ import annotations

import base64
import errno
import http.client
import re
import socket
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import unquote, urljoin, urlsplit

from newsmap import __version__
from newsmap.errors import IngestError
from newsmap.ingest.netaddr import allowed_addresses, resolve

DEFAULT_TIMEOUT_S = 15.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)
_LENGTH = re.compile(r"^\s*\+?(\d+)\s*$")


@dataclass(frozen=True)
class Fetched:
    """A fetched body, with the final URL (after redirects), the declared type/charset, and
    what a later conditional request needs (``status`` 304 means "not modified": no body)."""

    url: str
    body: bytes
    content_type: str
    charset: str | None
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None


def is_url(value: str) -> bool:
    """True for http(s) URLs, the only remote inputs we read."""
    return value.lower().startswith(("http://", "https://"))


class _Deadline:
    """Seconds left of one fetch, and the watchdog that shuts its sockets at the end.

    Every socket the fetch opens (the TCP one, then the TLS one around it) is registered,
    because http.client drops its own reference once a response that closes the
    connection starts; shutting the socket down wakes a read blocked in any phase.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.fired = False
        self.sockets: list[socket.socket] = []

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left

    def _fire(self) -> None:
        self.fired = True
        for sock in list(self.sockets):
            try:  # the plain socket call: it works on the descriptor, TLS or not
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    def watch(self) -> threading.Timer:
        timer = threading.Timer(max(self.end - time.monotonic(), 0.0), self._fire)
        timer.daemon = True
        timer.start()
        return timer

    def tls_context(self) -> ssl.SSLContext:
        """A default TLS context whose sockets register with this deadline."""
        sockets = self.sockets

        class _Tracked(ssl.SSLSocket):
            def do_handshake(self, block: bool = False) -> None:
                sockets.append(self)
                super().do_handshake(block)

        context = ssl.create_default_context()
        context.sslsocket_class = _Tracked
        return context

    def connector(self, address: str | None) -> Callable[..., socket.socket]:
        """http.client's socket opener, bounded by the deadline, to ``address`` if given
        (the checked address of the host) and registered for the watchdog."""

        def open_socket(
            addr: tuple[str, int], timeout: float = 0, source: object = None
        ) -> socket.socket:
            sock = socket.create_connection((address or addr[0], addr[1]), timeout=self.left())
            self.sockets.append(sock)
            return sock

        return open_socket


@dataclass(frozen=True)
class _Response:
    status: int
    reason: str
    headers: Message
    body: bytes


def _proxy_for(scheme: str, host: str) -> tuple[str, int] | None:
    proxy = urllib.request.getproxies().get(scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    return (parts.hostname or "", parts.port or 3128) if parts.hostname else None


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise IngestError("the URL's port is not a number from 0 to 65535") from None
    if not parts.hostname:
        raise IngestError("the URL names no host")
    return parts.hostname, port


def _connection(
    url: str, deadline: _Deadline, allow_private: bool
) -> tuple[http.client.HTTPConnection, str]:
    """A connection for ``url`` (to the checked address, or the proxy) and the request
    target to send on it."""
    parts = urlsplit(url)
    host, port = _host_port(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    proxy = _proxy_for(parts.scheme, host)
    address = None
    if not (proxy and allow_private):  # behind a proxy the name may only resolve there
        found = resolve(host, port, timeout=deadline.left())
        address = allowed_addresses(host, found, allow_private=allow_private)[0]
    conn: http.client.HTTPConnection
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection(
            *(proxy or (host, port)), timeout=deadline.left(), context=deadline.tls_context()
        )
        if proxy:
            conn.set_tunnel(host, port)
    else:
        conn = http.client.HTTPConnection(*(proxy or (host, port)), timeout=deadline.left())
        if proxy:
            target = url  # an HTTP proxy takes the absolute URL
    # http.client's hook for opening its socket (an attribute typeshed does not declare)
    conn._create_connection = deadline.connector(None if proxy else address)  # type: ignore[attr-defined]
    return conn, target


def _credentials(url: str) -> dict[str, str]:
    """HTTP Basic authorisation for a URL that carries ``user:password@`` (this hop only:
    a redirect elsewhere does not inherit it)."""
    parts = urlsplit(url)
    if parts.username is None:
        return {}
    pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
    return {"Authorization": "Basic " + base64.b64encode(pair.encode()).decode("ascii")}


def _check_length(headers: Message, max_bytes: int) -> None:
    """Refuse a body announced as larger than ``max_bytes`` before reading any of it."""
    lengths: set[int] = set()
    for value in headers.get_all("Content-Length") or []:
        match = _LENGTH.match(value)
        if match is None:
            raise IngestError(f"malformed Content-Length header {value[:40]!r}")
        lengths.add(int(match.group(1)))
    if len(lengths) > 1:
        raise IngestError("conflicting Content-Length headers")
    if lengths and max(lengths) > max_bytes:
        raise IngestError(
            f"response is {max(lengths):,} bytes, more than the {max_bytes:,}-byte limit"
        )


def _request(
    url: str, headers: dict[str, str], deadline: _Deadline, max_bytes: int, allow_private: bool
) -> _Response:
    conn, target = _connection(url, deadline, allow_private)
    watchdog = deadline.watch()
    resp: http.client.HTTPResponse | None = None
    try:
        conn.request("GET", target, headers={**headers, **_credentials(url)})
        resp = conn.getresponse()
        if resp.status in _REDIRECTS or resp.status == 304:
            return _Response(resp.status, resp.reason, resp.headers, b"")
        _check_length(resp.headers, max_bytes)
        chunks: list[bytes] = []
        size = 0
        while chunk := resp.read(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise IngestError(f"response exceeds the {max_bytes:,}-byte limit")
            chunks.append(chunk)
        if deadline.fired:
            raise TimeoutError
        return _Response(resp.status, resp.reason, resp.headers, b"".join(chunks))
    except (OSError, http.client.HTTPException) as exc:
        if deadline.fired or isinstance(exc, TimeoutError):
            raise TimeoutError from None
        raise
    finally:
        watchdog.cancel()
        if resp is not None:
            resp.close()  # it holds the socket once a closing response has begun
        conn.close()


def _next_hop(url: str, current: str, resp: _Response, max_redirects: int, hop: int) -> str:
    location = (resp.headers.get("Location") or "").strip()
    if not location:
        raise IngestError(f"{url}: HTTP {resp.status} redirect without a Location header")
    target = urljoin(current, location)
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise IngestError(
            f"{url}: redirected to a {scheme or 'relative'}: URL ({target[:80]}); only http "
            "and https are followed"
        )
    if hop >= max_redirects:
        raise IngestError(f"{url}: too many redirects (more than {max_redirects})")
    return target


def _failure(url: str, exc: Exception, timeout: float) -> IngestError:
    """One error naming the URL and the reason, whatever the layer that failed."""
    if isinstance(exc, TimeoutError):
        return IngestError(f"{url}: timed out after {timeout:g} s")
    if isinstance(exc, IngestError):
        message = str(exc)
        return IngestError(message if message.startswith(url) else f"{url}: {message}")
    if isinstance(exc, ssl.SSLError):
        return IngestError(f"{url}: secure connection failed ({exc.reason or exc})")
    unreachable = (errno.ECONNREFUSED, errno.ENETUNREACH, errno.EHOSTUNREACH)
    if isinstance(exc, socket.gaierror) or getattr(exc, "errno", None) in unreachable:
        why = getattr(exc, "strerror", None) or exc
        return IngestError(f"{url}: unreachable ({why}); is the machine offline?")
    return IngestError(f"{url}: fetch failed ({type(exc).__name__}: {exc})")


def fetch_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    allow_private: bool = True,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """GET a URL within ``timeout`` seconds in all, reading at most ``max_bytes``.

    Parameters
    ----------
    allow_private : bool
        Whether loopback, private and link-local addresses may be fetched (on every hop).
    headers : dict, optional
        Extra request headers (``If-None-Match``, ``If-Modified-Since`` for polling).

    Raises
    ------
    IngestError
        Not http(s), unreachable, an HTTP error status, a redirect to another scheme, too
        many redirects, too slow, or larger than ``max_bytes``.
    """
    if not is_url(url):
        raise IngestError(f"{url}: only http:// and https:// URLs can be fetched")
    sent = {"User-Agent": f"newsmap/{__version__}", "Accept": "*/*", **(headers or {})}
    deadline = _Deadline(timeout)
    current = url
    hop = 0
    try:
        while True:
            resp = _request(current, sent, deadline, max_bytes, allow_private)
            if resp.status not in _REDIRECTS:
                break
            current = _next_hop(url, current, resp, max_redirects, hop)
            hop += 1
    except (OSError, http.client.HTTPException, ValueError, IngestError) as exc:
        raise _failure(url, exc, timeout) from None
    if resp.status != 304 and not 200 <= resp.status < 300:
        raise IngestError(f"{url}: HTTP {resp.status} {resp.reason}")
    return Fetched(
        url=current,
        body=resp.body,
        content_type=resp.headers.get_content_type(),
        charset=resp.headers.get_content_charset(),
        status=resp.status,
        etag=resp.headers.get("ETag"),
        last_modified=resp.headers.get("Last-Modified"),
    )
