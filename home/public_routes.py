"""The public addresses of the site, as route templates read from the URL resolver.

Used by the hostile-input property test and by `make fuzz` (bench/fuzz.py), so an address
added later is swept by both.
"""

import re

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern

NOT_PUBLIC = ("admin/", "documents/")
PLACEHOLDER = re.compile(r"<(?:\w+:)?\w+>")
# Wagtail serves these through its "<path>" pattern; listed so their filters meet hostile values too.
PAGES = ["vi/san-pham/", "en/ocop-products/", "vi/tin-tuc/", "vi/su-kien/", "vi/diem-ban/"]
PARAMETERS = ["q", "page", "stars", "group", "category", "district", "commune", "producer_type", "sort", "ma"]


def public_routes(patterns=None, prefix=""):
    """Route templates like "vi/xac-thuc/<str:code>/" for every public pattern, plus PAGES."""
    routes = [] if patterns is not None else list(PAGES)
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry.pattern, LocalePrefixPattern):
            part = "vi/"
        elif isinstance(entry.pattern, RoutePattern):
            part = str(entry.pattern)
        else:  # Wagtail's page-serving regex: any path of slugs
            part = "<path>"
        route = prefix + part
        if route.startswith(NOT_PUBLIC):
            continue
        if isinstance(entry, URLResolver):
            routes += public_routes(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            routes.append(route)
    return sorted(set(routes))


def fill(route, segments):
    """The path for `route` with its placeholders replaced by `segments` in turn."""
    values = iter(segments)
    return "/" + PLACEHOLDER.sub(lambda _match: next(values, "x"), route)
