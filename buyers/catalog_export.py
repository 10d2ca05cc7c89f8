"""The products of a catalog search, for exporting.

When the catalog search service is installed (`search.backends.database`), the
export asks `search.service.search_catalog` with the catalog's own query, so the
export holds exactly what the buyer sees. Until then it runs the same filters
over the ORM (stars, group, category, district, commune, producer type,
diacritic-insensitive text, expired certificates left out by default).
"""

import importlib.util

from django.conf import settings

from catalog import certification
from catalog.models import ProductPage
from catalog.text import fold
from search.types import CatalogQuery

from .exports import with_export_relations


def search_service_available():
    try:
        return importlib.util.find_spec("search.backends.database") is not None
    except ModuleNotFoundError:
        return False


def _from_search_service(query, limit):
    from search.service import search_catalog

    products, page = [], 1
    while len(products) < limit:
        result = search_catalog(_replace_page(query, page))
        products.extend(result.hits)
        if not result.has_next:
            break
        page += 1
    ids = [product.pk for product in products[:limit]]
    by_id = with_export_relations(ProductPage.objects.filter(pk__in=ids)).in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


def _replace_page(query, page):
    from dataclasses import replace

    return replace(query, page=page)


def _from_orm(query, limit):
    products = ProductPage.objects.live().filter(locale__language_code=query.language)
    if query.stars:
        products = products.filter(stars__in=query.stars)
    if query.groups:
        products = products.filter(category__group__code__in=query.groups)
    if query.categories:
        products = products.filter(category__code__in=query.categories)
    if query.districts:
        products = products.filter(district__slug__in=query.districts)
    if query.communes:
        products = products.filter(commune__slug__in=query.communes)
    if query.producer_types:
        products = products.filter(producer__producer_type__in=query.producer_types)
    if not query.include_expired:
        products = products.filter(valid_until__gte=certification.today())
    products = with_export_relations(products).order_by("title")
    terms = fold(query.q).split()
    if terms:
        products = [product for product in products if all(term in _haystack(product) for term in terms)]
    return list(products[:limit])


def _haystack(product):
    words = [product.title, product.short_description]
    if product.producer:
        words.append(product.producer.title)
    if product.category:
        words.append(product.category.name)
    if product.district:
        words.append(product.district.name)
    return fold(" ".join(words))


def catalog_products(query: CatalogQuery, limit=None):
    limit = limit or settings.BUYERS_EXPORT_MAX_ROWS
    if search_service_available():
        return _from_search_service(query, limit)
    return _from_orm(query, limit)
