"""The products of a supplier-directory search, for exporting.

The export asks `search.suppliers.search_suppliers` with the directory's own
query, so it lists exactly the suppliers the buyer sees, in the directory's
order, each with its live products (best stars first), one row per product.
"""

from dataclasses import replace

from django.conf import settings

from catalog.models import ProductPage
from search.suppliers import search_suppliers

from .exports import with_export_relations


def supplier_products(query, limit=None):
    limit = limit or settings.BUYERS_EXPORT_MAX_ROWS
    result = search_suppliers(replace(query, page=1, per_page=limit))
    ids = [product.pk for hit in result.hits for product in hit.products][:limit]
    by_id = with_export_relations(ProductPage.objects.filter(pk__in=ids)).in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]
