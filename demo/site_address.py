"""The default Wagtail Site answers at OCOP_PUBLIC_URL, unless an editor gave it another address.

Wagtail builds every absolute page URL (canonical links, hreflang, sitemaps, product sheets,
exports) from the Site's hostname and port, so the Site is where the configured address must
land. `load_demo` (and so `make run`/`make setup`) calls `follow_public_url`. The rule:

- the Site still holds the address this rule last wrote, or one nobody chose (the migration's
  `localhost:80`, or `127.0.0.1:8000`, which `load_demo` wrote before it kept a record): it is
  moved to OCOP_PUBLIC_URL and the address written is recorded;
- anything else was set by an editor (Settings → Sites in the admin) and is kept: the function
  says so, and absolute links use the editor's address until an editor changes it back.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from demo import ownership

RECORD_KEY = "wagtail.site:address"
UNCHOSEN = {("localhost", 80), ("127.0.0.1", 8000)}


@dataclass
class Outcome:
    site_url: str
    kept_editors_address: bool


def configured_address():
    """(hostname, port) of OCOP_PUBLIC_URL, with the scheme's default port spelled out."""
    parts = urlsplit(settings.OCOP_PUBLIC_URL)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def _fingerprint(hostname, port):
    return ownership.fingerprint({"hostname": hostname, "port": port})


def follow_public_url(site):
    """Point `site` (saved) at OCOP_PUBLIC_URL unless an editor chose its address; returns an `Outcome`."""
    hostname, port = configured_address()
    current = (site.hostname, site.port)
    ours = ownership.owns(site, current_fingerprint=_fingerprint(*current)) or ownership.may_adopt(
        site, matches_demo=current in UNCHOSEN or current == (hostname, port), current_fingerprint="-"
    )
    if not ours:
        return Outcome(site_url=site.root_url, kept_editors_address=True)
    if current != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    ownership.record(site, key=RECORD_KEY, current_fingerprint=_fingerprint(hostname, port))
    return Outcome(site_url=site.root_url, kept_editors_address=False)
