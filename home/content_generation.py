"""The content generation: one value in the shared cache that changes whenever public content may have.

Whatever is kept because it was computed from the published content (stored pages in
pagecache, the supplier directory's rows in search.suppliers) records the generation it
was computed under, and is used only while that is still the current one. Every app
server reads the generation from the same cache, so one change retires every copy on
every server at once.

When it changes: rather than list what each page shows (a product is on the catalog, home,
its producer's page, events, statistics, the supplier directory…), every saved, deleted or
re-linked row advances it, except rows that never change a public page; a page moved or
unpublished by Wagtail advances it too. Editors' writes so retire every copy, which the
next visitors refill.

It advances at once, and again when the transaction commits: a reader of the rows before
the commit may keep a copy in between, and the second advance discards it
(home.shared_cache). A generation is a random value, not a counter: if the cache loses it
(eviction, restart), the next reader makes a new one and never meets a copy kept under an
old one.
"""

import uuid

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_unpublished, post_page_move

from home import shared_cache

GENERATION_KEY = "ocop:content:generation"

# Rows written while serving visitors, or derived from rows that already advanced it.
UNAFFECTING_MODELS = frozenset(
    {
        "sessions.session",  # a visitor's shortlist; visitors with a session are never served cached pages
        "wagtailimages.rendition",  # made on first display of an image, by the page being stored
        "search.zeroresultsearch",  # counted on the catalog's GET
        "search.pendingsearchupdate",  # Elasticsearch's catch-up queue
        "axes.accessattempt",
        "axes.accesslog",
        "axes.accessfailurelog",
    }
)


def current(found=None):
    """The current generation: `found` (read along with a copy) or read now; made when the cache has none.

    Raises when the cache is unreachable: callers then compute without it.
    """
    if found is not None:
        return found
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _start_new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def advance():
    """A new generation, at once and when the editor's transaction commits (home.shared_cache).
    When the cache is away, pages stored before expire within OCOP_PAGE_CACHE_SECONDS."""
    shared_cache.now_and_on_commit(_start_new_generation, "start a new content generation")


def _on_write(sender, **kwargs):
    if sender._meta.label_lower not in UNAFFECTING_MODELS:
        advance()


def _on_page_event(sender, **kwargs):
    advance()


def connect():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_write, dispatch_uid=f"content-generation-{id(signal)}")
    for signal in (post_page_move, page_unpublished):
        signal.connect(_on_page_event, dispatch_uid=f"content-generation-page-{id(signal)}")
