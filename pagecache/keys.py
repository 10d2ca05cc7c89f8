"""Which request a stored page answers: the normalised address, language and day."""

import hashlib
from urllib.parse import parse_qsl, urlencode

from django.utils import timezone, translation


def normalised_query(query_string):
    """The query string with its parameters in a fixed order, so ?b=1&a=2 and ?a=2&b=1 are one page.

    Nothing is dropped: a page may show any parameter back (the shortlist's return
    address does), and a stored page must show each visitor what they asked for.
    """
    return urlencode(sorted(parse_qsl(query_string, keep_blank_values=True)))


def page_key(request):
    """The key of the page `request` asks for.

    The day is part of it because certificates expire and events pass at midnight
    without any edit.
    """
    address = "|".join(
        (
            request.scheme,
            request.get_host(),
            translation.get_language() or "",
            timezone.localdate().isoformat(),
            request.path,
            normalised_query(request.META.get("QUERY_STRING", "")),
        )
    )
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"ocop:pagecache:page:{digest}"
