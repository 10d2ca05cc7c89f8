"""Keeps `ProductSearchEntry` in step with live product pages.

Pages are re-read from the database before indexing, so a draft revision
(held only in memory while an editor saves it) never leaks into the index.
"""

import re

from django.utils.html import strip_tags

from catalog import places, search_index
from catalog.models import ProductPage
from home.text import fold

from .collation import sort_key
from .models import ProductSearchEntry

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold_words(text):
    """`fold(text)` with every run of punctuation turned into one space."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def padded(text):
    return f" {fold_words(text)} "


def product_pages():
    """Product pages with every relation the search indexes denormalise (both backends)."""
    return ProductPage.objects.select_related(
        "locale", "category__group", "district", "commune", "former_district", "former_commune", "producer"
    ).prefetch_related("commune__former_units__district", "standards")


def entry_for(page):
    """An unsaved entry describing `page` (a ProductPage with its relations loaded)."""
    category = page.category
    group = category.group if category else None
    producer = page.producer
    parts = [
        page.title,
        page.short_description,
        strip_tags(page.description or ""),
        page.ingredients,
        producer.title if producer else "",
        category.name if category else "",
        group.name if group else "",
        *places.search_names_of(page),
    ]
    return ProductSearchEntry(
        page_id=page.pk,
        language=page.locale.language_code,
        name_folded=padded(page.title),
        document=padded(" ".join(part for part in parts if part)),
        name_sort=sort_key(page.title)[:400],
        certified_on=page.certified_on,
        valid_until=page.valid_until,
        **facet_columns(page),
    )


def facet_columns(page):
    """{column: value} of every declared facet for `page`."""
    columns = {}
    for facet in search_index.FACETS:
        keys = facet.keys_of(page)
        if facet.multiple:
            columns[facet.column] = search_index.padded_keys(keys)
        elif facet.integer:
            columns[facet.column] = int(keys[0]) if keys else None
        else:
            columns[facet.column] = keys[0] if keys else ""
    return columns


def index_pages(page_ids):
    """(Re)index the given product pages: live ones get an entry, others lose theirs."""
    page_ids = list(page_ids)
    if not page_ids:
        return
    pages = list(product_pages().filter(pk__in=page_ids, live=True))
    live_ids = {page.pk for page in pages}
    ProductSearchEntry.objects.filter(pk__in=set(page_ids) - live_ids).delete()
    entries = [entry_for(page) for page in pages]
    ProductSearchEntry.objects.filter(pk__in=live_ids).delete()
    ProductSearchEntry.objects.bulk_create(entries, batch_size=500)


def rebuild(batch_size=1000):
    """Rebuild the whole index; returns the number of entries written."""
    ProductSearchEntry.objects.all().delete()
    written = 0
    batch = []
    for page in product_pages().filter(live=True).iterator(chunk_size=batch_size):
        batch.append(entry_for(page))
        if len(batch) >= batch_size:
            ProductSearchEntry.objects.bulk_create(batch)
            written += len(batch)
            batch = []
    ProductSearchEntry.objects.bulk_create(batch)
    return written + len(batch)
