"""Where phones in the room can reach the laptop: its addresses on the local networks.

No internet is needed: "connecting" a UDP socket to an address sends nothing, it only asks
the system which of the laptop's addresses the route there leaves from; the addresses the
laptop's own name resolves to are asked too. When no local network is found (no Wi-Fi, no
cable) the answer is 127.0.0.1, which only the laptop itself can open.
"""
from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"
# Addresses on the usual private networks: a route to one shows the laptop's address there.
# Nothing is sent to them.
PROBES = ("192.168.254.254", "10.254.254.254", "172.31.254.254")


def _route_source(target: str) -> str | None:
    """The laptop's address on the route to ``target`` (no packet is sent), or None."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect((target, 9))
            return probe.getsockname()[0]
    except OSError:
        return None


def _named_addresses() -> list[str]:
    """The IPv4 addresses the laptop's own host name resolves to."""
    try:
        found = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_DGRAM)
    except (OSError, UnicodeError):
        return []
    return [entry[4][0] for entry in found]


def _rank(address: str) -> tuple[int, ...] | None:
    """Where ``address`` goes in the list (lower first), None to leave it out."""
    try:
        ip = ipaddress.IPv4Address(address)
    except ValueError:
        return None
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast:
        return None
    if ip in ipaddress.IPv4Network("192.168.0.0/16"):
        kind = 0
    elif ip in ipaddress.IPv4Network("10.0.0.0/8"):
        kind = 1
    elif ip in ipaddress.IPv4Network("172.16.0.0/12"):
        kind = 2
    elif ip.is_link_local:    # 169.254: two devices cabled without a router
        kind = 4
    else:                     # a public or carrier address: reachable perhaps, but not a room's Wi-Fi
        kind = 3
    return (kind, *ip.packed)


def order_addresses(addresses: list[str]) -> list[str]:
    """``addresses`` without loopback, repeats or non-IPv4, private networks first
    (192.168, 10, 172.16-31), then others, link-local last."""
    ranked = {address: _rank(address) for address in addresses}
    return sorted((a for a, rank in ranked.items() if rank is not None), key=lambda a: ranked[a])


def local_addresses() -> list[str]:
    """The laptop's IPv4 addresses on its local networks, private ones first; ``[LOOPBACK]``
    when there are none (see ``phones_can_reach``)."""
    found = [address for address in map(_route_source, PROBES) if address]
    found += _named_addresses()
    return order_addresses(found) or [LOOPBACK]


def phones_can_reach(address: str) -> bool:
    """False for a loopback address: only the laptop itself can open it."""
    try:
        return not ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def best_address() -> tuple[str, bool]:
    """The address to show the room, and whether phones can reach it."""
    address = local_addresses()[0]
    return address, phones_can_reach(address)


def port_free(host: str, port: int) -> bool:
    """Whether the answer server could listen on ``host``:``port`` now (bound as it would be:
    address reuse on, so connections closing from an earlier session don't count)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as trial:
        trial.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            trial.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = LOOPBACK) -> int:
    """A port nothing listens on now (the system's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as trial:
        trial.bind((host, 0))
        return trial.getsockname()[1]


def join_url(host: str, port: int) -> str:
    """The address a phone opens (and the QR code holds)."""
    return f"http://{host}:{port}/"
