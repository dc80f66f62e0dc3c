"""Which hosts a fetch may reach: names resolved within the deadline, private networks on request.

A newsmap that polls feeds on a shared server must not become a proxy into that server's
own network: a feed URL (or a redirect) naming ``127.0.0.1``, ``10.0.0.5`` or the cloud
metadata address ``169.254.169.254`` would let anyone who can add a feed read what only the
server can reach. So a fetch can be told to refuse every address that is not globally
routable: loopback, private, link-local, carrier-grade NAT, multicast, reserved and
unspecified addresses, in IPv4 and IPv6 (IPv4-mapped IPv6 included). The name is resolved
once and the connection goes to the address that was checked, so the answer cannot change
between the check and the connection.

The rule: ``newsmap watch`` refuses such addresses unless started with ``--allow-private``
(it is the command that runs unattended on servers); ``newsmap ingest`` allows them (an
analyst on a laptop reads from an intranet page or a local test server on purpose).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from dataclasses import dataclass, field

from newsmap.errors import IngestError


@dataclass
class _Lookup:
    result: list[str] = field(default_factory=list)
    error: OSError | None = None


def is_public(address: str) -> bool:
    """True for a globally routable IP address.

    Examples
    --------
    >>> [is_public(a) for a in ("93.184.216.34", "127.0.0.1", "10.1.2.3", "::ffff:192.168.1.1")]
    [True, False, False, False]
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int, *, timeout: float) -> list[str]:
    """The IP addresses of ``host``, looked up within ``timeout`` seconds.

    The system resolver cannot be interrupted, so it runs on a helper thread that is left
    to finish on its own if it is too slow; the fetch does not wait for it.

    Raises
    ------
    IngestError
        The name does not resolve, or not in time.
    """
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    lookup = _Lookup()

    def run() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            lookup.result = list(dict.fromkeys(str(info[4][0]) for info in infos))
        except OSError as exc:
            lookup.error = exc

    worker = threading.Thread(target=run, name="newsmap-resolve", daemon=True)
    worker.start()
    worker.join(max(timeout, 0.0))
    if worker.is_alive():
        raise IngestError(f"timed out after {timeout:g} s looking up {host!r}")
    if lookup.error is not None or not lookup.result:
        why = getattr(lookup.error, "strerror", None) or lookup.error or "no address"
        raise IngestError(f"unreachable (cannot resolve {host!r}: {why}); is the machine offline?")
    return lookup.result


def allowed_addresses(host: str, addresses: list[str], *, allow_private: bool) -> list[str]:
    """The addresses a fetch may connect to; all of them when ``allow_private``.

    Raises
    ------
    IngestError
        Every address of ``host`` is private, loopback or otherwise not public.
    """
    if allow_private:
        return addresses
    public = [a for a in addresses if is_public(a)]
    if not public:
        raise IngestError(
            f"{host!r} is a private, loopback or link-local address ({addresses[0]}); "
            "fetching from the local network is off (start newsmap watch with --allow-private "
            "to allow it)"
        )
    return public
