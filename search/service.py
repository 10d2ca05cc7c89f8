"""The one public entry point for catalog search.

`search_catalog(query)` answers from Elasticsearch when ELASTICSEARCH_URL is
set and the cluster answers, and from the embedded database backend otherwise.
"""

import logging

from django.conf import settings

from .types import BackendUnavailable, CatalogQuery, CatalogResult

logger = logging.getLogger(__name__)


def get_database_backend():
    from .backends.database import DatabaseCatalogBackend

    return DatabaseCatalogBackend()


def get_backend():
    if settings.ELASTICSEARCH_URL:
        from .elastic.backend import ElasticsearchCatalogBackend

        return ElasticsearchCatalogBackend()
    return get_database_backend()


def search_catalog(query: CatalogQuery) -> CatalogResult:
    backend = get_backend()
    try:
        return backend.search(query)
    except BackendUnavailable as error:
        logger.warning("Catalog search fell back to the database backend: %s", error)
        return get_database_backend().search(query)
