"""The page cache: public pages as anonymous visitors see them, kept in the shared cache.

A page is served from the cache only to a visitor with no session and no pending
messages (so never to an editor, and never to a buyer whose shortlist changes the
page), for GET and HEAD, and only if such a visitor's request stored it: a 200 HTML
answer of a view in CACHED_VIEWS that sets no cookie of its own and does not ask to
stay private. OCOP_PAGE_CACHE_SECONDS bounds how long a page is kept (0 turns the
cache off); a page is served only under the content generation it was stored under
(home.content_generation), which every write that could change a public page advances.

Sits after CsrfViewMiddleware, so a page served from the cache still gets the
visitor's CSRF cookie, and before authentication and messages, which a cached page
does not need.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers

from home import content_generation as generation

from . import keys, stored

logger = logging.getLogger(__name__)

# URL names of the views whose pages are cached: every Wagtail page (home, catalog in any
# facet state, products, producers, news, events, sales points), suppliers, statistics, site search.
CACHED_VIEWS = {"wagtail_serve", "buyers:suppliers", "statistics", "search"}
HEADER = "X-Page-Cache"


def _cached_view(request):
    """Whether the page cache answers `request`: an anonymous GET of a view in CACHED_VIEWS."""
    cookies = request.COOKIES
    if (
        request.method not in ("GET", "HEAD")
        or settings.SESSION_COOKIE_NAME in cookies
        or "messages" in cookies
        or "HTTP_AUTHORIZATION" in request.META
    ):
        return False
    try:
        # Resolved first, so other addresses (health checks, feeds, admin) never wait for the cache.
        return resolve(request.path_info, getattr(request, "urlconf", None)).view_name in CACHED_VIEWS
    except Resolver404:
        return False


def _storable(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not any(name != settings.CSRF_COOKIE_NAME for name in response.cookies)
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        # The view may have started a session or left a message for this visitor alone.
        and not getattr(getattr(request, "session", None), "modified", False)
        and not getattr(getattr(request, "_messages", None), "added_new", False)
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.OCOP_PAGE_CACHE_SECONDS
        if not seconds or not _cached_view(request):
            return self.get_response(request)
        key = keys.page_key(request)
        try:
            # One round trip: the page and the generation it must have been stored under.
            found = cache.get_many([key, generation.GENERATION_KEY])
            current = generation.current(found.get(generation.GENERATION_KEY))
        except Exception:
            # The site answers without its cache rather than not at all.
            logger.exception("Page cache unreachable; serving %s uncached", request.path)
            return self.get_response(request)
        page = found.get(key)
        if page is not None and page["generation"] == current:
            response = stored.serve(request, page)
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _storable(request, response):
            page = stored.store(request, response)
            if page is not None:
                # The generation read before rendering: a page rendered from data an edit has
                # since changed is stored under the generation that edit retired.
                page["generation"] = current
                try:
                    cache.set(key, page, seconds)
                    response[HEADER] = "miss"
                except Exception:
                    logger.exception("Page cache unreachable; %s not stored", request.path)
        patch_vary_headers(response, ["Cookie"])
        return response
