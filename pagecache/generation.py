"""The page cache's generation: one value in the shared cache that every stored page records.

A page is served only while the generation it was stored under is still the current one,
so changing it retires every stored page on every app server at once, since they all read
it from the same cache (in the same round trip as the page: pagecache.middleware). A new generation is a random value, not a
counter: if the cache loses it (eviction, restart), the next reader makes a new one
and never meets a page stored under an old one.
"""

import logging
import uuid

from django.core.cache import cache

GENERATION_KEY = "ocop:pagecache:generation"
logger = logging.getLogger(__name__)


def current(found=None):
    """The current generation: `found` (read with the page) or, when the cache has none, a new one."""
    if found is not None:
        return found
    cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
    return cache.get(GENERATION_KEY)


def advance():
    """A new generation. An unreachable cache is logged, never raised: an editor's publication
    (or a migration run before `createcachetable`) must not fail because the cache is away;
    pages stored before it went away expire within OCOP_PAGE_CACHE_SECONDS."""
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:
        logger.exception("Page cache: could not start a new generation; stored pages expire on their own")
