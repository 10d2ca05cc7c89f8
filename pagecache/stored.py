"""A response as the page cache keeps it: the page with its per-visitor values taken out.

A page rendered for one visitor carries two values that belong to that visitor alone:
the CSRF token of its forms (shortlist, inquiry) and the CSP nonce of its inline
scripts. They are replaced by placeholders when the page is stored and by the next
visitor's own values when it is served, so forms keep working and scripts keep running.
"""

import re

from django.http import HttpResponse
from django.middleware.csrf import get_token

CSRF_PLACEHOLDER = b"__ocop_csrf_token__"
NONCE_PLACEHOLDER = b"__ocop_csp_nonce__"
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(")')
# Headers set for this response alone, or by middleware that runs again on every response.
NOT_STORED = {
    "set-cookie",
    "content-length",
    "content-security-policy",
    "content-security-policy-report-only",
}


def store(request, response):
    """A picklable dict of `response`, or None when it holds a per-visitor value it cannot take out."""
    content = CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content)
    if b"csrfmiddlewaretoken" in content.replace(
        b'name="csrfmiddlewaretoken" value="' + CSRF_PLACEHOLDER, b""
    ):
        return None
    nonce = getattr(request, "_csp_nonce", None)
    if isinstance(nonce, str):
        content = content.replace(nonce.encode("ascii"), NONCE_PLACEHOLDER)
    headers = [(name, value) for name, value in response.items() if name.lower() not in NOT_STORED]
    return {"status": response.status_code, "headers": headers, "content": content}


def serve(request, stored):
    """The stored page as a response for `request`, with this visitor's token and nonce."""
    content = stored["content"]
    if CSRF_PLACEHOLDER in content:
        # Also asks CsrfViewMiddleware to set the visitor's CSRF cookie, as rendering would.
        content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode("ascii"))
    if NONCE_PLACEHOLDER in content:
        content = content.replace(NONCE_PLACEHOLDER, str(request.csp_nonce).encode("ascii"))
    response = HttpResponse(content, status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    return response
