"""The products of a catalog search, for exporting.

The export asks `search.service.search_catalog` with the catalog's own query,
page after page, so it holds exactly what the buyer sees in the catalog.
"""

from dataclasses import replace

from django.conf import settings

from catalog.models import ProductPage
from search.service import search_catalog
from search.types import CatalogQuery

from .exports import with_export_relations


def catalog_products(query: CatalogQuery, limit=None):
    limit = limit or settings.BUYERS_EXPORT_MAX_ROWS
    ids, page = [], 1
    while len(ids) < limit:
        result = search_catalog(replace(query, page=page))
        ids.extend(product.pk for product in result.hits)
        if not result.has_next:
            break
        page += 1
    ids = ids[:limit]
    by_id = with_export_relations(ProductPage.objects.filter(pk__in=ids)).in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]
