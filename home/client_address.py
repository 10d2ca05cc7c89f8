"""The address a request came from, the one rule every rate limit and lockout uses.

Behind the documented nginx proxy every request arrives from the proxy's address,
so REMOTE_ADDR alone would make all visitors one client. X-Forwarded-For is
believed only as far as it was written by proxies listed in OCOP_TRUSTED_PROXIES:
a client can put anything at its left end, so we read it from the right and stop
at the first address that is not one of ours.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

UNKNOWN = "unknown"


@lru_cache(maxsize=16)
def trusted_networks(entries):
    """OCOP_TRUSTED_PROXIES (addresses or CIDR ranges) as networks."""
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"OCOP_TRUSTED_PROXIES: {entry!r} is not an IP address or range."
            ) from error
    return tuple(networks)


def _parse(value):
    try:
        address = ipaddress.ip_address(value.strip())
    except (AttributeError, ValueError):
        return None
    # An IPv4 client seen through a dual-stack socket is the same client as over IPv4.
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _is_trusted(address, networks):
    return any(address in network for network in networks)


def client_address(request):
    """The client's IP address as a string, or "unknown" when the request carries none."""
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return UNKNOWN
    networks = trusted_networks(tuple(settings.OCOP_TRUSTED_PROXIES))
    if not _is_trusted(remote, networks):
        return str(remote)
    client = remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed([part for part in forwarded.split(",") if part.strip()]):
        address = _parse(hop)
        if address is None:
            # Garbage in the chain: nothing to the left of it can be trusted either.
            break
        client = address
        if not _is_trusted(address, networks):
            break
    return str(client)


def recorded_client_address(request):
    """client_address for django-axes: None, not "unknown", when the request carries no address.

    Axes stores the address in an IP column (inet on PostgreSQL), which refuses the
    word; every login without an address (force_login, a request without REMOTE_ADDR)
    then failed there with a 500. Without an address, lockouts count per user name among those.
    """
    address = client_address(request)
    return None if address == UNKNOWN else address
