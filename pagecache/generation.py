"""The page cache's generation: one value in the shared cache that every stored page records.

A page is served only while the generation it was stored under is still the current one,
so changing it retires every stored page on every app server at once, since they all read
it from the same cache (in the same round trip as the page: pagecache.middleware). A new generation is a random value, not a
counter: if the cache loses it (eviction, restart), the next reader makes a new one
and never meets a page stored under an old one.
"""

import uuid

from django.core.cache import cache

from home import shared_cache

GENERATION_KEY = "ocop:pagecache:generation"


def current(found=None):
    """The current generation: `found` (read with the page) or, when the cache has none, a new one."""
    if found is not None:
        return found
    cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
    return cache.get(GENERATION_KEY)


def advance():
    """A new generation, at once and when the editor's transaction commits (home.shared_cache).
    When the cache is away, pages stored before expire within OCOP_PAGE_CACHE_SECONDS."""
    shared_cache.now_and_on_commit(
        lambda: cache.set(GENERATION_KEY, uuid.uuid4().hex, None), "start a new page-cache generation"
    )
