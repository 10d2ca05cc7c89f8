"""When the page cache forgets every page: any write that could change what a visitor sees.

Rather than list what each page shows (a product is on the catalog, home, its producer's
page, events, statistics, the supplier directory…), every saved, deleted or re-linked row
advances the generation, except rows that never change a public page. A page moved by
Wagtail advances it too. So nothing stale survives an edit; the price is that editors'
writes empty the whole cache, which the next visitors refill.

The generation advances at once, and again when the transaction commits: a visitor whose
page was rendered from the data before the commit may store it in between, and the second
advance discards it (generation.advance).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_unpublished, post_page_move

from . import generation

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


def forget_pages():
    generation.advance()


def _on_write(sender, **kwargs):
    if sender._meta.label_lower not in UNAFFECTING_MODELS:
        forget_pages()


def _on_page_event(sender, **kwargs):
    forget_pages()


def connect():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_write, dispatch_uid=f"pagecache-{id(signal)}")
    for signal in (post_page_move, page_unpublished):
        signal.connect(_on_page_event, dispatch_uid=f"pagecache-page-{id(signal)}")
