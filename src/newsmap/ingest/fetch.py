"""HTTP(S) fetching with the limits an unattended ingest needs.

Analysts' machines are often offline or behind a proxy, and a feed URL can hang, redirect in
a loop or serve a huge file.  Every fetch therefore has an overall deadline, a size cap that
stops reading (not just complains afterwards), a redirect limit, and turns every failure
into one :class:`IngestError` that names the URL and the reason.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from newsmap import __version__
from newsmap.errors import IngestError

DEFAULT_TIMEOUT_S = 15.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """A fetched body, with the final URL (after redirects) and the declared type/charset."""

    url: str
    body: bytes
    content_type: str
    charset: str | None


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, limit: int) -> None:
        super().__init__()
        # The stdlib reads these as instance attributes first; per-opener limits belong here.
        vars(self)["max_redirections"] = limit
        vars(self)["max_repeats"] = min(urllib.request.HTTPRedirectHandler.max_repeats, limit)


def is_url(value: str) -> bool:
    """True for http(s) URLs, the only remote inputs we read."""
    return value.lower().startswith(("http://", "https://"))


def fetch_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
) -> Fetched:
    """GET a URL within ``timeout`` seconds overall, reading at most ``max_bytes``.

    Raises
    ------
    IngestError
        Not http(s), unreachable, an HTTP error status, too many redirects, too slow, or
        larger than ``max_bytes``.
    """
    if not is_url(url):
        raise IngestError(f"{url}: only http:// and https:// URLs can be fetched")
    opener = urllib.request.build_opener(_LimitedRedirects(max_redirects))
    request = urllib.request.Request(
        url, headers={"User-Agent": f"newsmap/{__version__}", "Accept": "*/*"}
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as resp:
            headers: Message = resp.headers
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(
                    f"{url}: response is {int(length):,} bytes, more than the "
                    f"{max_bytes:,}-byte limit"
                )
            chunks: list[bytes] = []
            size = 0
            while chunk := resp.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(f"{url}: response exceeds the {max_bytes:,}-byte limit")
                if time.monotonic() > deadline:
                    raise IngestError(f"{url}: timed out after {timeout:g} s")
                chunks.append(chunk)
            return Fetched(
                url=resp.geturl(),
                body=b"".join(chunks),
                content_type=headers.get_content_type(),
                charset=headers.get_content_charset(),
            )
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            raise IngestError(f"{url}: too many redirects (more than {max_redirects})") from None
        raise IngestError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise IngestError(f"{url}: timed out after {timeout:g} s") from None
        raise IngestError(f"{url}: unreachable ({reason}); is the machine offline?") from None
    except TimeoutError:
        raise IngestError(f"{url}: timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:  # connection reset, malformed URL, bad status line
        raise IngestError(f"{url}: fetch failed ({type(exc).__name__}: {exc})") from None
